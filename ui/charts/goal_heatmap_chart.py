"""Goals week by week: one row per goal, one cell per week, coloured by how the goal went.

Colour is never the only cue: each state has its own mark drawn in the cell when the cells
are wide enough (✓ met, ½ partly, – not met, ‖ paused, nothing for no data), the legend names
them, the tooltip says the state in words, and the table lists every cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainterPath, QTransform

from reflect.goals import STATES
from reflect.trends import GoalHeatmap
from ui.charts.trend_chart import WEEK_SECONDS, TrendChart, faint, week_centre
from ui.text import STATE_WORDS, domain, state_words, tr
from ui.theme import STATE_COLOURS

MARKS = {"met": "✓", "partly": "½", "missed": "–", "paused": "‖", "no data": ""}
#: Marks are drawn only when a cell is at least this many pixels wide and high.
MARK_MIN_PIXELS = 11
TITLE_CHARACTERS = 30
#: Dark marks: they read on every state colour (contrast 6:1 or more), light theme or dark.
MARK_COLOUR = "#1b1b1b"


def _mark_path(text: str) -> QPainterPath:
    """A scatter symbol shaped like ``text``, centred in a unit box."""
    path = QPainterPath()
    font = QFont()
    font.setBold(True)
    path.addText(0, 0, font, text)
    box = path.boundingRect()
    scale = 1.0 / max(box.width(), box.height(), 1e-6)
    transform = QTransform()
    transform.scale(scale, scale)
    transform.translate(-box.center().x(), -box.center().y())
    return transform.map(path)


def short(title: str) -> str:
    return title if len(title) <= TITLE_CHARACTERS else title[: TITLE_CHARACTERS - 1] + "…"


class GoalHeatmapChart(TrendChart):
    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "GoalHeatmapChart",
        "No goals ran in these weeks. Goals you add on the Goals page show up here.",
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._image: Any = None
        self._marks: dict[str, Any] = {}  # a scatter item per state that has a mark
        self._map = GoalHeatmap((), ())
        self._codes: Any = None  # the states as numbers, week by goal
        self._placing = False  # while the view is set up, marks wait to be placed once

    def show_weeks(self, heatmap: GoalHeatmap) -> None:
        self._ensure_plot()
        import numpy as np

        self._map = heatmap
        weeks, lines = heatmap.weeks, heatmap.lines
        item = self._plot.getPlotItem()
        colours = self._state_rgba()
        grid = np.zeros((max(len(weeks), 1), max(len(lines), 1), 4), dtype=np.ubyte)
        table = np.array([colours[s] for s in STATES], dtype=np.ubyte)
        self._codes = None
        if weeks and lines:
            index = np.array([line.state_codes() for line in lines], dtype=np.intp)
            grid = table[index.T]  # x = week, y = goal
            self._codes = index
        # two pixels a goal: pyqtgraph 0.14 draws nothing for an image one pixel high
        self._image.setImage(np.repeat(grid, 2, axis=1), autoLevels=False)
        self._placing = True  # setting the view moves the range: place the marks once, below
        try:
            if weeks:
                x0 = week_centre(weeks[0]) - WEEK_SECONDS / 2
                self._image.setRect(QRectF(x0, 0, len(weeks) * WEEK_SECONDS, max(len(lines), 1)))
                self._image.setVisible(bool(lines))
                self._keep_x_inside(x0, x0 + len(weeks) * WEEK_SECONDS, 6 * WEEK_SECONDS)
            item.setYRange(0, max(len(lines), 4), padding=0.02)  # a lone goal: a band, not a wall
            item.getAxis("left").setTicks(
                [[(i + 0.5, short(line.title)) for i, line in enumerate(lines)]]
            )
        finally:
            self._placing = False
        self._place_marks()
        self._empty.setVisible(not lines)
        colours = {s: QColor(*rgba).name() for s, rgba in self._state_rgba(solid=True).items()}
        self._set_legend([("■", colours[s], self._legend_word(s)) for s in STATES])

    def data(self) -> GoalHeatmap:
        return self._map

    def image_item(self) -> Any:
        return self._image

    def marks_items(self) -> dict[str, Any]:
        """The scatter item of each state that has a mark."""
        return self._marks

    @staticmethod
    def _legend_word(state: str) -> str:
        mark = MARKS[state]
        return f"{mark} {tr(STATE_WORDS[state])}" if mark else tr(STATE_WORDS[state])

    def _state_rgba(self, solid: bool = False) -> dict[str, tuple[int, ...]]:
        """Each state's colour; "no data" is a faint wash of the text colour (``solid``:
        as it looks on the chart's background, for the legend)."""
        colours = {s: QColor(c).getRgb() for s, c in STATE_COLOURS.items()}
        wash = faint(self.foreground(), 22)
        if solid:
            back, fore = self.background(), self.foreground()
            mix = [
                round(b + (f - b) * 22 / 255)
                for b, f in zip(back.getRgb()[:3], fore.getRgb()[:3], strict=True)
            ]
            wash = QColor(*mix)
        colours["no data"] = wash.getRgb()
        return colours

    def _axis_items(self, pg: Any) -> dict[str, Any]:
        from ui.charts.week_axis import WeekAxisItem

        return {"bottom": WeekAxisItem(orientation="bottom")}

    def _build(self, pg: Any, item: Any) -> None:
        item.getAxis("bottom").setStyle(maxTickLevel=1)
        item.getAxis("left").setStyle(maxTickLevel=0)
        item.invertY(True)  # the first goal on top, as the Goals page lists them
        self._image = pg.ImageItem(axisOrder="col-major")
        item.addItem(self._image)
        for state, mark in MARKS.items():
            if mark:  # one symbol per item: pyqtgraph draws it once and stamps it
                marks = pg.ScatterPlotItem(pxMode=True, pen=None, symbol=_mark_path(mark))
                marks.setZValue(10)
                item.addItem(marks)
                self._marks[state] = marks
        item.vb.sigXRangeChanged.connect(self._place_marks)
        item.vb.sigResized.connect(self._place_marks)

    def _restyle(self) -> None:
        if self._map.lines:
            self.show_weeks(self._map)  # "no data" cells take the new text colour

    def _place_marks(self, *_: Any) -> None:
        """Marks in the cells, when a cell is wide enough to hold one."""
        if self._placing:
            return
        import numpy as np

        weeks, lines = self._map.weeks, self._map.lines
        box = self._plot.getPlotItem().vb
        low, high = box.viewRange()[0]
        cell = box.width() * WEEK_SECONDS / max(high - low, 1.0)
        row = box.height() / max(len(lines), 4)  # every goal is in view: see show_weeks
        small = min(cell, row) < MARK_MIN_PIXELS  # a mark that small cannot be read
        if not weeks or not lines or small or self._codes is None:
            for marks in self._marks.values():
                marks.setData([], [])
            return
        size = min(cell * 0.6, row * 0.5, 14)
        centres = np.array([week_centre(w) for w in weeks], dtype=float)
        brush = self._pg.mkBrush(MARK_COLOUR)
        for code, state in enumerate(STATES):
            marks = self._marks.get(state)
            if marks is None:
                continue
            rows, columns = np.nonzero(self._codes == code)
            marks.setData(x=centres[columns], y=rows + 0.5, size=size, brush=brush, pen=None)

    def hover_text(self, point: QPointF) -> str | None:
        weeks, lines = self._map.weeks, self._map.lines
        if not weeks or not lines:
            return None
        column = int((point.x() - week_centre(weeks[0]) + WEEK_SECONDS / 2) // WEEK_SECONDS)
        row = int(point.y())
        if not (0 <= column < len(weeks) and 0 <= row < len(lines)):
            return None
        line = lines[row]
        state = line.states[column]
        network = domain(line.network_name)
        return f"{line.title} ({network})\n{state.week.label()}\n{state_words(state)}"
