"""Reported against measured: for each network with imports, what you wrote in your
check-ins beside what its own export counted, over the same weeks.

Reported bars are solid, measured ones hatched, so the pair reads without colour too; the
numbers stand above the bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor

from reflect.chart_data import unit
from reflect.trend_values import METRIC_WORDS
from reflect.trends import Comparison
from ui.charts.trend_chart import TrendChart
from ui.text import plural, upper_first

WIDTH = 0.36


class MeasuredChart(TrendChart):
    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "MeasuredChart",
        "Nothing imported in these weeks. File ▸ Import activity reads a network's own export.",
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._reported: Any = None
        self._measured: Any = None
        self._texts: list[Any] = []
        self._rows: tuple[Comparison, ...] = ()
        self._metric = "actions"

    def show_weeks(self, comparisons: Sequence[Comparison], metric: str = "actions") -> None:
        self._ensure_plot()
        import numpy as np

        self._rows = rows = tuple(comparisons)
        self._metric = metric
        compared = [c for c in rows if c.weeks]
        xs = np.arange(len(rows), dtype=float)
        reported = np.array([c.reported if c.weeks else 0 for c in rows], dtype=float)
        measured = np.array([c.measured if c.weeks else 0 for c in rows], dtype=float)
        pg = self._pg
        # (pyqtgraph 0.14 fails on empty lists of pens or brushes: None when there are no bars)
        self._reported.setOpts(
            x=xs - WIDTH / 2,
            height=reported,
            width=WIDTH,
            brushes=[pg.mkBrush(c.series.colour) for c in rows] or None,
        )
        self._measured.setOpts(
            x=xs + WIDTH / 2,
            height=measured,
            width=WIDTH,
            brushes=[QBrush(QColor(c.series.colour), Qt.BrushStyle.BDiagPattern) for c in rows]
            or None,
            pens=[pg.mkPen(c.series.colour, width=1.5) for c in rows] or None,
        )
        top = max(float(max(reported.max(initial=0), measured.max(initial=0))) * 1.18, 4.0)
        item = self._plot.getPlotItem()
        item.setYRange(0, top, padding=0)
        extra = max(0.0, (4 - len(rows)) / 2)  # a lone network keeps bars of a sane width
        item.setXRange(-0.6 - extra, len(rows) - 0.4 + extra, padding=0)
        item.getAxis("bottom").setTicks([[(i, self._tick(c)) for i, c in enumerate(rows)]])
        item.getAxis("left").setLabel(
            self.tr("{metric} in the weeks compared").format(
                metric=upper_first(QCoreApplication.translate("Metric", METRIC_WORDS[metric]))
            ),
            color=self.foreground().name(),
        )
        self._label_bars(rows)
        self._empty.setVisible(not compared)
        self._set_legend(
            [
                ("■", "", self.tr("Reported: what you wrote in your check-ins")),
                ("▨", "", self.tr("Measured: what the network's export counted")),
            ]
        )

    def data(self) -> tuple[Comparison, ...]:
        return self._rows

    def bar_items(self) -> tuple[Any, Any]:
        return self._reported, self._measured

    @staticmethod
    def _tick(c: Comparison) -> str:
        if not c.counts_metric:
            return QCoreApplication.translate("MeasuredChart", "{name} (not counted)").format(
                name=c.series.name
            )
        return QCoreApplication.translate("MeasuredChart", "{name} · {weeks}").format(
            name=c.series.name, weeks=plural(c.weeks, "week")
        )

    def _label_bars(self, rows: Sequence[Comparison]) -> None:
        wanted = []
        for index, c in enumerate(rows):
            if c.weeks:
                wanted += [(index - WIDTH / 2, c.reported), (index + WIDTH / 2, c.measured)]
        while len(self._texts) < len(wanted):
            text = self._pg.TextItem(anchor=(0.5, 1), color=self.foreground())
            self._plot.getPlotItem().addItem(text)
            self._texts.append(text)
        for index, text in enumerate(self._texts):
            if index < len(wanted):
                x, value = wanted[index]
                text.setText(str(value))
                text.setPos(x, value)
                text.setVisible(True)
            else:
                text.setVisible(False)

    def _build(self, pg: Any, item: Any) -> None:
        item.getAxis("left").setStyle(maxTickLevel=0)
        item.getAxis("left").setGrid(40)
        item.getAxis("bottom").setStyle(maxTickLevel=0)
        self._reported = pg.BarGraphItem(x=[], height=[], width=WIDTH, pen=None)
        self._measured = pg.BarGraphItem(x=[], height=[], width=WIDTH)
        item.addItem(self._reported)
        item.addItem(self._measured)

    def _restyle(self) -> None:
        for text in self._texts:
            text.setColor(self.foreground())

    def hover_text(self, point: QPointF) -> str | None:
        index = round(point.x())
        if not 0 <= index < len(self._rows):
            return None
        c = self._rows[index]
        name = unit(self._metric)
        if not c.counts_metric:
            return self.tr("{name}\nIts imports do not count {metric}.").format(
                name=c.series.name,
                metric=QCoreApplication.translate("Metric", METRIC_WORDS[self._metric]),
            )
        if not c.weeks:
            return self.tr("{name}\nNo week has both a check-in and an import.").format(
                name=c.series.name
            )
        return self.tr(
            "{name}, over {weeks} with both\nReported: {reported}\nMeasured: {measured}"
        ).format(
            name=c.series.name,
            weeks=plural(c.weeks, "week"),
            reported=plural(c.reported, name.rstrip("s")),
            measured=plural(c.measured, name.rstrip("s")),
        )
