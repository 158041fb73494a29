"""Ebb and flow: weekly activity per network as stacked bars, workload as a line.

One way in, :meth:`EbbFlowChart.show_weeks`; it updates the existing plot items in place.
pyqtgraph costs about half a second to import (FACTS.md item 3), so it is imported the
first time a chart has something to draw, after the window is on screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from reflect.checkins import WORKLOAD_WORDS
from reflect.overview import TrendPoint
from reflect.weeks import IsoWeek
from ui.text import plural
from ui.theme import WORKLOAD_COLOUR, chart_colours
from ui.widgets import muted_label

WEEK_SECONDS = 7 * 24 * 3600
BAR_WIDTH = 0.62 * WEEK_SECONDS


def week_centre(week: IsoWeek) -> float:
    """The chart's x for a week: its Thursday noon, local time, as a Unix timestamp."""
    return datetime.combine(week.monday() + timedelta(days=3), time(12)).timestamp()


def week_ticks(weeks: Sequence[IsoWeek], most: int) -> list[tuple[float, str]]:
    """At most ``most`` labels for these weeks: every week or every few weeks ("14 Sep",
    counted back from the last week so the newest is labelled), or month starts for long
    periods ("Sep", with the year at January and at the first label)."""
    if not weeks:
        return []
    if len(weeks) <= 2 * most:
        step = math.ceil(len(weeks) / most)
        chosen = weeks[::-1][::step][::-1]
        return [(week_centre(w), f"{w.monday().day} {w.monday():%b}") for w in chosen]
    starts = [w for w in weeks if w.monday().day <= 7]
    step = math.ceil(len(starts) / most)
    ticks = []
    for position, week in enumerate(starts[::step]):
        monday = week.monday()
        text = f"{monday:%b %Y}" if position == 0 or monday.month <= step else f"{monday:%b}"
        ticks.append((week_centre(week), text))
    return ticks


class EbbFlowChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self._compact = compact
        self._pg: Any = None
        self._plot: Any = None
        self._workload_box: Any = None
        self._workload: Any = None
        self._bars: dict[str, Any] = {}
        self._points: tuple[TrendPoint, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._placeholder = muted_label("Loading the chart…")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setMinimumHeight(220 if compact else 260)
        layout.addWidget(self._placeholder, 1)
        self._empty = muted_label(
            "No check-ins in these weeks yet. The chart fills in as you check in."
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.hide()
        layout.addWidget(self._empty)
        self._legend = QLabel()
        self._legend.setObjectName("muted")
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(4, 0, 4, 0)
        legend_row.addWidget(self._legend, 1)
        layout.addLayout(legend_row)
        self._legend_names: list[str] = []

    # -- the one way in -------------------------------------------------------------------

    def show_weeks(self, points: Sequence[TrendPoint]) -> None:
        """Draw these weeks: a bar stack for each week with a check-in, a gap otherwise."""
        self._ensure_plot()
        import numpy as np  # loaded with pyqtgraph already

        self._points = tuple(points)
        checked = [p for p in points if p.checked_in]
        xs_all = np.array([week_centre(p.week) for p in points], dtype=float)
        xs = np.array([week_centre(p.week) for p in checked], dtype=float)
        series = list(checked[-1].counts) if checked else []
        bottom = np.zeros(len(checked))
        shown: set[str] = set()
        for position, count in enumerate(series):
            heights = np.array([p.counts[position].actions for p in checked], dtype=float)
            bar = self._bar_for(count.network_id)
            bar.setOpts(
                x=xs,
                y0=bottom.copy(),
                height=heights,
                width=BAR_WIDTH,
                brush=self._pg.mkBrush(count.colour),
            )
            bar.setVisible(True)
            bar.setZValue(position)
            bottom += heights
            shown.add(count.network_id)
        for network_id, bar in self._bars.items():
            if network_id not in shown:
                bar.setOpts(x=np.zeros(0), y0=np.zeros(0), height=np.zeros(0))
                bar.setVisible(False)
        workload = np.array(
            [p.workload if p.workload is not None else math.nan for p in points], dtype=float
        )
        if checked:
            self._workload.setSymbolSize(8 if len(points) <= 30 else 4)
            self._workload.setData(xs_all, workload, connect="finite")
        else:  # all gaps: nothing to draw (and no all-NaN bounds for pyqtgraph to warn on)
            self._workload.setData(np.zeros(0), np.zeros(0))
        self._set_ranges(xs_all, float(bottom.max()) if len(bottom) else 0.0)
        ticks = week_ticks([p.week for p in points], 6 if self._compact else 12)
        self._plot.getPlotItem().getAxis("bottom").setTicks([ticks])
        self._empty.setVisible(not checked)
        self._update_legend(series)

    # -- what tests and the page read back --------------------------------------------------

    def bar_item(self, network_id: str) -> Any:
        return self._bars[network_id]

    def workload_item(self) -> Any:
        return self._workload

    def legend_names(self) -> list[str]:
        return list(self._legend_names)

    def has_plot(self) -> bool:
        return self._plot is not None

    # -- building the plot once -----------------------------------------------------------

    def _ensure_plot(self) -> None:
        if self._plot is not None:
            return
        import pyqtgraph as pg

        self._pg = pg
        background, foreground = chart_colours(self.palette())
        widget = pg.PlotWidget(
            background=background,
            axisItems={"bottom": pg.DateAxisItem(orientation="bottom")},
        )
        if self._compact:
            widget.setFixedHeight(220)
        else:
            widget.setMinimumHeight(260)
        widget.setMenuEnabled(False)
        item = widget.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showAxis("right")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (0.85 if self._compact else 0.95))
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(foreground, width=1))
            axis.setTextPen(pg.mkPen(foreground))
            axis.setStyle(tickFont=font, maxTickLevel=0)
        item.getAxis("left").setGrid(40)
        if not self._compact:
            item.getAxis("left").setLabel("Actions (posts, comments, shares, reactions)")
            item.getAxis("right").setLabel("Workload")
        item.getAxis("right").setTicks([[(n, str(n)) for n in WORKLOAD_WORDS]])
        box = pg.ViewBox(enableMouse=False)
        box.setMenuEnabled(False)
        item.scene().addItem(box)
        box.setZValue(item.zValue() + 1)  # the workload line is drawn over the bars
        item.getAxis("right").linkToView(box)
        box.setXLink(item)
        box.setYRange(0, 5.4, padding=0)
        curve = pg.PlotDataItem(
            pen=pg.mkPen(WORKLOAD_COLOUR, width=2.5),
            symbol="o",
            symbolSize=7 if self._compact else 8,
            symbolBrush=pg.mkBrush(background),
            symbolPen=pg.mkPen(WORKLOAD_COLOUR, width=2),
            antialias=True,
        )
        box.addItem(curve)
        item.vb.sigResized.connect(self._on_view_resized)
        widget.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self._plot, self._workload_box, self._workload = widget, box, curve
        self._placeholder.hide()
        self.layout().insertWidget(0, widget, 1)
        self._on_view_resized()

    def _bar_for(self, network_id: str) -> Any:
        bar = self._bars.get(network_id)
        if bar is None:
            background, _ = chart_colours(self.palette())
            bar = self._pg.BarGraphItem(
                x=[], height=[], width=BAR_WIDTH, pen=self._pg.mkPen(background, width=1)
            )
            self._plot.getPlotItem().addItem(bar)
            self._bars[network_id] = bar
        return bar

    def _set_ranges(self, xs: Any, top: float) -> None:
        item = self._plot.getPlotItem()
        if len(xs):
            item.setXRange(xs[0] - 0.6 * WEEK_SECONDS, xs[-1] + 0.6 * WEEK_SECONDS, padding=0)
        item.setYRange(0, max(top * 1.12, 4.0), padding=0)
        self._workload_box.setYRange(0, 5.4, padding=0)

    def _on_view_resized(self) -> None:
        item = self._plot.getPlotItem()
        self._workload_box.setGeometry(item.vb.sceneBoundingRect())
        self._workload_box.linkedViewChanged(item.vb, self._workload_box.XAxis)

    def _update_legend(self, series: Sequence[Any]) -> None:
        chips = [
            f'<span style="color:{c.colour}; font-size:13pt">■</span>&nbsp;'
            + escape(c.name).replace(" ", "&nbsp;")
            for c in series
        ]
        chips.append(
            f'<span style="color:{WORKLOAD_COLOUR}; font-size:11pt">━●━</span>&nbsp;Workload'
        )
        self._legend_names = [c.name for c in series] + ["Workload"]
        self._legend.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(chips))

    def _on_scene_mouse_moved(self, position: QPointF) -> None:
        item = self._plot.getPlotItem()
        if not self._points or not item.vb.sceneBoundingRect().contains(position):
            return
        x = item.vb.mapSceneToView(position).x()
        point = min(self._points, key=lambda p: abs(week_centre(p.week) - x))
        if abs(week_centre(point.week) - x) > WEEK_SECONDS / 2:
            return
        QToolTip.showText(self.cursor().pos(), _describe(point), self._plot)


def _describe(point: TrendPoint) -> str:
    if not point.checked_in:
        return f"{point.week.label()}\nNo check-in"
    lines = [point.week.label(), f"Workload: {WORKLOAD_WORDS.get(point.workload, '')}"]
    lines += [f"{c.name}: {plural(c.actions, 'action')}" for c in point.counts]
    return "\n".join(lines)
