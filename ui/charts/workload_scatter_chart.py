"""Workload against activity: one dot per checked-in week, the least-squares line through
them, and Pearson's r with the number of weeks it rests on.

Dots of the same workload are spread a little sideways so they do not hide each other; the
spread is for the eye only (the tooltip and the table give the exact numbers).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF

from reflect.chart_summaries import fit_words
from reflect.checkins import WORKLOAD_WORDS
from reflect.insight import signed
from reflect.trend_values import METRIC_WORDS
from reflect.workload_scatter import WorkloadScatter
from ui.charts.trend_chart import TrendChart
from ui.text import plural, upper_first
from ui.theme import WORKLOAD_COLOUR

DOT_COLOUR = "#0072b2"
SPREAD = 0.25
_GOLDEN = 0.6180339887498949


def spread(index: int) -> float:
    """Where the ``index``-th dot of a workload sits sideways, in −SPREAD…SPREAD: a golden-
    ratio sequence from the middle out, so the dots fill the band evenly, the first sits on
    its workload, and their order says nothing."""
    return SPREAD * 2 * (((index * _GOLDEN + 0.5) % 1.0) - 0.5)


class WorkloadScatterChart(TrendChart):
    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "WorkloadScatterChart", "No checked-in weeks with numbers in this period yet."
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._dots: Any = None
        self._line: Any = None
        self._scatter = WorkloadScatter("actions", self.tr("All networks"), (), None)
        self._xs: list[float] = []

    def show_weeks(self, scatter: WorkloadScatter) -> None:
        self._ensure_plot()
        import numpy as np

        self._scatter = scatter
        points = scatter.points
        by_load: dict[int, list[int]] = {}
        for index, p in enumerate(points):
            by_load.setdefault(p.workload, []).append(index)
        xs = [0.0] * len(points)
        for indexes in by_load.values():  # in week order
            for rank, i in enumerate(indexes):
                xs[i] = points[i].workload + spread(rank)
        self._xs = xs
        ys = [float(p.value) for p in points]
        self._dots.setData(x=np.array(xs, dtype=float), y=np.array(ys, dtype=float))
        top = max(max(ys, default=0.0) * 1.15, 4.0)
        item = self._plot.getPlotItem()
        item.setYRange(-0.04 * top, top, padding=0)  # dots at zero stay whole
        fit = scatter.fit
        if fit is not None and fit.slope is not None and fit.intercept is not None:
            line_x = np.array([0.7, 5.3])
            self._line.setData(line_x, fit.intercept + fit.slope * line_x)
            self._line.setVisible(True)
        else:
            self._line.setData(np.zeros(0), np.zeros(0))
            self._line.setVisible(False)
        words = QCoreApplication.translate("Metric", METRIC_WORDS[scatter.metric])
        item.getAxis("left").setLabel(
            self.tr("{words} in the week").format(words=upper_first(words)),
            color=self.foreground().name(),
        )
        self._empty.setVisible(not points)
        chips = [
            (
                "●",
                DOT_COLOUR,
                self.tr("A week ({network})").format(network=scatter.network_name),
            )
        ]
        if self._line.isVisible():
            chips.append(("━", WORKLOAD_COLOUR, self.tr("Fitted line (least squares)")))
        self._set_legend(chips, [("", "", self.note_text())])

    def note_text(self) -> str:
        fit = self._scatter.fit
        n = len(self._scatter.points)
        if fit is None or fit.r is None:
            return self.tr("{n}: no correlation to show").format(n=plural(n, "week"))
        return self.tr("r = {r} over {weeks}").format(
            r=signed(fit.r), weeks=plural(fit.weeks, "week")
        )

    def summary(self) -> str:
        return fit_words(self._scatter)

    def data(self) -> WorkloadScatter:
        return self._scatter

    def dots_item(self) -> Any:
        return self._dots

    def line_item(self) -> Any:
        return self._line

    def _build(self, pg: Any, item: Any) -> None:
        bottom, left = item.getAxis("bottom"), item.getAxis("left")
        t = QCoreApplication.translate
        bottom.setTicks([[(n, f"{n} {t('Words', word)}") for n, word in WORKLOAD_WORDS.items()]])
        bottom.setLabel(self.tr("Workload"))
        left.setStyle(maxTickLevel=0)
        left.setGrid(40)
        item.setXRange(0.5, 5.5, padding=0)
        self._dots = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(DOT_COLOUR), hoverable=False)
        self._dots.setZValue(5)
        item.addItem(self._dots)
        self._line = pg.PlotDataItem(pen=pg.mkPen(WORKLOAD_COLOUR, width=2.5), antialias=True)
        self._line.setZValue(10)
        item.addItem(self._line)

    def _restyle(self) -> None:
        self._dots.setPen(self._pg.mkPen(self.background(), width=1))

    def hover_text(self, point: QPointF) -> str | None:
        points = self._scatter.points
        if not points:
            return None
        box = self._plot.getPlotItem().vb
        sx, sy = box.viewPixelSize()
        nearest = min(
            range(len(points)),
            key=lambda i: (
                ((self._xs[i] - point.x()) / sx) ** 2 + ((points[i].value - point.y()) / sy) ** 2
            ),
        )
        dx = (self._xs[nearest] - point.x()) / sx
        dy = (points[nearest].value - point.y()) / sy
        if dx * dx + dy * dy > 12 * 12:
            return None
        p = points[nearest]
        words = QCoreApplication.translate("Metric", METRIC_WORDS[self._scatter.metric])
        return self.tr("{week}\nWorkload: {workload} ({word})\n{words}: {value}").format(
            week=p.week.label(),
            workload=p.workload,
            word=QCoreApplication.translate("Words", WORKLOAD_WORDS[p.workload]),
            words=upper_first(words),
            value=p.value,
        )
