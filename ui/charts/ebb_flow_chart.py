"""Ebb and flow: weekly activity per network as stacked bars, workload as a line on a second
y axis, life-context weeks shaded and labelled, and a rolling average when asked for.

One way in, :meth:`EbbFlowChart.show_weeks`; it updates the existing plot items in place.
It takes the Trends page's :class:`reflect.trends.EbbFlow` or the This week page's trend
points. A week without a check-in is a gap: no bar and a break in the workload line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF

from reflect.checkin_types import WORKLOAD_WORDS
from reflect.weeks import IsoWeek
from ui.charts.trend_chart import WEEK_SECONDS, TrendChart, faint, week_centre
from ui.text import plural, upper_first
from ui.theme import WORKLOAD_COLOUR

if TYPE_CHECKING:  # the chart's data loads with its first weeks, after the window's first paint
    from reflect.overview import TrendPoint
    from reflect.trends import ContextStretch, EbbFlow, FlowWeek

BAR_WIDTH = 0.62 * WEEK_SECONDS
#: Stretches shorter than this many weeks get no label once the period is long.
LABEL_MIN_WEEKS = 2
AXIS_WORDS = {
    "actions": QT_TRANSLATE_NOOP("EbbFlowChart", "Actions a week"),
    "minutes": QT_TRANSLATE_NOOP("EbbFlowChart", "Minutes a week"),
}


class EbbFlowChart(TrendChart):
    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "EbbFlowChart", "No check-ins in these weeks yet. The chart fills in as you check in."
    )

    def __init__(self, parent=None, *, compact: bool = False):
        super().__init__(parent, compact=compact)
        self._workload_box: Any = None
        self._workload: Any = None
        self._rolling: Any = None
        self._shade: Any = None
        self._labels: list[Any] = []
        self._bars: dict[str, Any] = {}
        self._flow: EbbFlow | None = None  # nothing shown yet
        self._top = 4.0

    # -- the one way in -------------------------------------------------------------------

    def show_weeks(self, data: EbbFlow | Sequence[TrendPoint]) -> None:
        """Draw these weeks: a bar stack for each week with a check-in, a gap otherwise."""
        self._ensure_plot()
        import numpy as np  # loaded with pyqtgraph already

        from reflect.trend_values import METRIC_WORDS
        from reflect.trends import EbbFlow, flow_from_points

        flow = data if isinstance(data, EbbFlow) else flow_from_points(data)
        self._flow = flow
        weeks = flow.weeks
        checked = [w for w in weeks if w.checked_in]
        xs_all = np.array([week_centre(w.week) for w in weeks], dtype=float)
        xs = np.array([week_centre(w.week) for w in checked], dtype=float)
        bottom = np.zeros(len(checked))
        shown: set[str] = set()
        for position, series in enumerate(flow.series):
            heights = np.array([w.values[position] or 0 for w in checked], dtype=float)
            bar = self._bar_for(series.network_id)
            bar.setOpts(
                x=xs,
                y0=bottom.copy(),
                height=heights,
                width=BAR_WIDTH,
                brush=self._pg.mkBrush(series.colour),
            )
            bar.setVisible(True)
            bar.setZValue(position)
            bottom += heights
            shown.add(series.network_id)
        for network_id, bar in self._bars.items():
            if network_id not in shown:
                bar.setOpts(x=np.zeros(0), y0=np.zeros(0), height=np.zeros(0))
                bar.setVisible(False)
        workload = np.array(
            [w.workload if w.workload is not None else math.nan for w in weeks], dtype=float
        )
        if checked:
            self._workload.setSymbolSize(8 if len(weeks) <= 30 else 4 if len(weeks) <= 120 else 0)
            self._workload.setData(xs_all, workload, connect="finite")
        else:  # all gaps: nothing to draw (and no all-NaN bounds for pyqtgraph to warn on)
            self._workload.setData(np.zeros(0), np.zeros(0))
        rolling = np.array(
            [w.rolling if w.rolling is not None else math.nan for w in weeks], dtype=float
        )
        if flow.rolling and np.isfinite(rolling).any():
            self._rolling.setData(xs_all, rolling, connect="finite")
            self._rolling.setVisible(True)
        else:
            self._rolling.setData(np.zeros(0), np.zeros(0))
            self._rolling.setVisible(False)
        highest = float(bottom.max()) if len(bottom) else 0.0
        if flow.rolling and np.isfinite(rolling).any():
            highest = max(highest, float(np.nanmax(rolling)))
        self._top = max(highest * 1.15, 4.0)
        self._shade_context(weeks)
        self._set_ranges(xs_all)
        if not self._compact:
            axis = self._plot.getPlotItem().getAxis("left")
            if flow.metric in AXIS_WORDS:
                words = self.tr(AXIS_WORDS[flow.metric])
            else:
                words = self.tr("{metric} a week").format(
                    metric=upper_first(
                        QCoreApplication.translate("Metric", METRIC_WORDS[flow.metric])
                    )
                )
            axis.setLabel(words, color=self.foreground().name())
        self._empty.setVisible(not checked)
        self._update_legend()

    # -- what tests and the page read back --------------------------------------------------

    def bar_item(self, network_id: str) -> Any:
        return self._bars[network_id]

    def workload_item(self) -> Any:
        return self._workload

    def rolling_item(self) -> Any:
        return self._rolling

    def shade_item(self) -> Any:
        return self._shade

    def context_labels(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self._labels if label.isVisible()]

    def data(self) -> EbbFlow:
        if self._flow is None:
            from reflect.trends import EbbFlow

            return EbbFlow("actions", (), ())
        return self._flow

    # -- building the plot once -----------------------------------------------------------

    def _axis_items(self, pg: Any) -> dict[str, Any]:
        from ui.charts.week_axis import WeekAxisItem

        return {"bottom": WeekAxisItem(orientation="bottom")}

    def _build(self, pg: Any, item: Any) -> None:
        item.showAxis("right")
        for name in ("left", "bottom", "right"):
            item.getAxis(name).setStyle(maxTickLevel=0 if name != "bottom" else 1)
        item.getAxis("left").setGrid(40)
        if not self._compact:
            item.getAxis("left").setLabel(self.tr(AXIS_WORDS["actions"]))
            item.getAxis("right").setLabel(self.tr("Workload"))
        item.getAxis("right").setTicks([[(n, str(n)) for n in WORKLOAD_WORDS]])
        self._shade = pg.BarGraphItem(x=[], height=[], width=WEEK_SECONDS, pen=None)
        self._shade.setZValue(-10)
        item.addItem(self._shade)
        self._rolling = pg.PlotDataItem(antialias=True)
        self._rolling.setZValue(100)
        item.addItem(self._rolling)
        box = pg.ViewBox(enableMouse=False)
        box.setMenuEnabled(False)
        item.scene().addItem(box)
        box.setZValue(item.zValue() + 1)  # the workload line is drawn over the bars
        item.getAxis("right").linkToView(box)
        box.setXLink(item)
        box.setYRange(0, 5.4, padding=0)
        self._workload = pg.PlotDataItem(
            pen=pg.mkPen(WORKLOAD_COLOUR, width=2.5),
            symbol="o",
            symbolSize=7 if self._compact else 8,
            symbolPen=pg.mkPen(WORKLOAD_COLOUR, width=2),
            antialias=True,
        )
        box.addItem(self._workload)
        self._workload_box = box
        item.vb.sigResized.connect(self._on_view_resized)
        self._on_view_resized()

    def _restyle(self) -> None:
        pg, background, foreground = self._pg, self.background(), self.foreground()
        self._workload.setSymbolBrush(pg.mkBrush(background))
        self._rolling.setPen(pg.mkPen(foreground, width=2, style=pg.QtCore.Qt.PenStyle.DashLine))
        self._shade.setOpts(brush=pg.mkBrush(faint(foreground, 26)))
        for bar in self._bars.values():
            bar.setOpts(pen=pg.mkPen(background, width=1))
        for label in self._labels:
            label.setColor(self.muted())

    def _bar_for(self, network_id: str) -> Any:
        bar = self._bars.get(network_id)
        if bar is None:
            bar = self._pg.BarGraphItem(
                x=[], height=[], width=BAR_WIDTH, pen=self._pg.mkPen(self.background(), width=1)
            )
            self._plot.getPlotItem().addItem(bar)
            self._bars[network_id] = bar
        return bar

    def _shade_context(self, weeks: Sequence[FlowWeek]) -> None:
        """Shade every week with a life-context tag; label the longer stretches."""
        import numpy as np

        tagged = [week_centre(w.week) for w in weeks if w.context]
        self._shade.setOpts(
            x=np.array(tagged, dtype=float),
            y0=np.zeros(len(tagged)),
            height=np.full(len(tagged), self._top * 1.08),
            width=WEEK_SECONDS,
        )
        chosen = [] if self._compact else self._stretches_to_label(len(weeks))
        while len(self._labels) < len(chosen):
            label = self._pg.TextItem(anchor=(0, 0), color=self.muted())
            font = label.textItem.font()
            font.setPointSizeF(self.font().pointSizeF() * 0.85)
            label.setFont(font)
            label.setZValue(50)
            self._plot.getPlotItem().addItem(label)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            if index < len(chosen):
                stretch = chosen[index]
                label.setText(QCoreApplication.translate("Words", stretch.tag))
                label.setPos(week_centre(stretch.first) - WEEK_SECONDS / 2, self._top)
                label.setVisible(True)
            else:
                label.setVisible(False)

    def _stretches_to_label(self, weeks: int) -> list[ContextStretch]:
        """The longest stretches first, at most one label per slot of the plot's width;
        tags that share the same weeks share one label ("deadline, travel")."""
        from reflect.trends import ContextStretch

        together: dict[tuple[IsoWeek, IsoWeek], list[str]] = {}
        for stretch in self.data().stretches:
            together.setdefault((stretch.first, stretch.last), []).append(stretch.tag)
        stretches = [ContextStretch(", ".join(t), f, last) for (f, last), t in together.items()]
        if weeks > 26:
            stretches = [s for s in stretches if s.weeks >= LABEL_MIN_WEEKS]
        width = max(self._plot.getPlotItem().vb.width(), 300.0)
        slots = max(1, int(width // 90))
        room = max(weeks / slots, 1.0)
        chosen: list[ContextStretch] = []
        for stretch in sorted(stretches, key=lambda s: (-s.weeks, s.first)):
            if len(chosen) >= slots:
                break
            if all(abs(stretch.first - c.first) >= room for c in chosen):
                chosen.append(stretch)
        return sorted(chosen, key=lambda s: s.first)

    def _set_ranges(self, xs: Any) -> None:
        item = self._plot.getPlotItem()
        item.setYRange(0, self._top * (1.08 if not self._compact else 1.0), padding=0)
        self._workload_box.setYRange(0, 5.4, padding=0)
        if not len(xs):
            return
        low, high = xs[0] - 0.6 * WEEK_SECONDS, xs[-1] + 0.6 * WEEK_SECONDS
        if self._compact:
            item.setXRange(low, high, padding=0)
        else:
            self._keep_x_inside(low, high, 6 * WEEK_SECONDS)

    def _on_view_resized(self) -> None:
        item = self._plot.getPlotItem()
        self._workload_box.setGeometry(item.vb.sceneBoundingRect())
        self._workload_box.linkedViewChanged(item.vb, self._workload_box.XAxis)

    def _update_legend(self) -> None:
        from reflect.trends import ROLLING_WEEKS

        flow = self.data()
        chips = [("■", s.colour, s.name) for s in flow.series]
        chips.append(("━●━", WORKLOAD_COLOUR, self.tr("Workload")))
        if flow.rolling:
            chips.append(
                (
                    "╌╌",
                    "",
                    self.tr("{weeks}-week average").format(weeks=ROLLING_WEEKS),
                )
            )
        notes = []
        if any(w.context for w in flow.weeks) and not self._compact:
            notes.append(("▒", "", self.tr("Shaded: weeks with a life context")))
        self._set_legend(chips, notes)

    def hover_text(self, point: QPointF) -> str | None:
        if self._flow is None or not self._flow.weeks:
            return None
        weeks = self._flow.weeks
        week = min(weeks, key=lambda w: abs(week_centre(w.week) - point.x()))
        if abs(week_centre(week.week) - point.x()) > WEEK_SECONDS / 2:
            return None
        return describe(week, self._flow)


def describe(week: FlowWeek, flow: EbbFlow) -> str:
    """The tooltip: the week, its workload and context, and each network's number."""
    if not week.checked_in:
        return QCoreApplication.translate("EbbFlowChart", "{week}\nNo check-in").format(
            week=week.week.label()
        )
    lines = [
        week.week.label(),
        QCoreApplication.translate("EbbFlowChart", "Workload: {word}").format(
            word=QCoreApplication.translate("Words", WORKLOAD_WORDS.get(week.workload or 0, ""))
        ),
    ]
    if week.context:
        lines.append(
            QCoreApplication.translate("EbbFlowChart", "Life: {context}").format(
                context=", ".join(QCoreApplication.translate("Words", c) for c in week.context)
            )
        )
    from reflect.chart_data import cell_text, unit  # not on This week's way to its first paint
    from reflect.trends import ROLLING_WEEKS

    name = unit(flow.metric)
    for series, value in zip(flow.series, week.values, strict=True):
        shown = cell_text(value) if value is None else plural(value, name.rstrip("s"))
        lines.append(f"{series.name}: {shown}")
    if len(flow.series) > 1:
        lines.append(
            QCoreApplication.translate("EbbFlowChart", "Total: {total}").format(
                total=plural(week.total(), name.rstrip("s"))
            )
        )
    if week.rolling is not None:
        lines.append(
            QCoreApplication.translate(
                "EbbFlowChart", "{weeks}-week average: {rolling:.1f}"
            ).format(weeks=ROLLING_WEEKS, rolling=week.rolling)
        )
    return "\n".join(lines)
