"""Trends: how activity on each network ebbs and flows against workload."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from reflect import overview
from reflect.checkins import WORKLOAD_WORDS
from reflect.overview import TrendPoint
from reflect.weeks import IsoWeek
from ui.charts.ebb_flow_chart import EbbFlowChart
from ui.tasks import TaskRunner
from ui.text import plural
from ui.widgets import Card, muted_label, page_layout

#: key → (button text, number of weeks; None for everything since the first check-in)
PERIODS: dict[str, tuple[str, int | None]] = {
    "12w": ("12 weeks", 12),
    "6m": ("6 months", 26),
    "1y": ("1 year", 52),
    "all": ("All", None),
}
DEFAULT_PERIOD = "12w"


def summary_words(points: Sequence[TrendPoint]) -> str:
    """ "12 weeks · 9 with a check-in · 124 actions · average workload 3.1 (busy)"."""
    checked = [p for p in points if p.checked_in]
    parts = [plural(len(points), "week"), f"{len(checked)} with a check-in"]
    if checked:
        parts.append(plural(sum(p.total() for p in checked), "action"))
        average = sum(p.workload or 0 for p in checked) / len(checked)
        parts.append(f"average workload {average:.1f} ({WORKLOAD_WORDS[round(average)]})")
    return " · ".join(parts)


class TrendsPage(QWidget):
    data_loaded = Signal()
    period_changed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        period: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._period = period if period in PERIODS else DEFAULT_PERIOD
        self._generation = 0
        layout, _ = page_layout(
            self,
            "Trends",
            "How your activity on each network ebbs and flows with your workload. "
            "Weeks without a check-in are left as gaps.",
        )
        row = QHBoxLayout()
        row.setSpacing(6)
        self._buttons = QButtonGroup(self)
        for key, (text, _) in PERIODS.items():
            button = QPushButton(text)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setChecked(key == self._period)
            button.setProperty("period", key)
            self._buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self._buttons.buttonClicked.connect(self._on_period_button_clicked)
        layout.addLayout(row)
        card = Card("Ebb and flow")
        self.chart = EbbFlowChart(card)
        card.body.addWidget(self.chart, 1)
        layout.addWidget(card, 1)
        self.summary = muted_label()
        layout.addWidget(self.summary)

    @property
    def period(self) -> str:
        return self._period

    def set_period(self, key: str) -> None:
        if key not in PERIODS or key == self._period:
            return
        self._period = key
        for button in self._buttons.buttons():
            button.setChecked(button.property("period") == key)
        self.period_changed.emit(key)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        last = self._current_week()
        weeks = PERIODS[self._period][1]
        first = last - (weeks - 1) if weeks else None
        self._runner.run_op(
            lambda: overview.trend_points(first, last),
            lambda points: self._on_points_loaded(generation, points),
        )

    def _on_period_button_clicked(self, button: QPushButton) -> None:
        self.set_period(button.property("period"))

    def _on_points_loaded(self, generation: int, points: list[TrendPoint]) -> None:
        if generation != self._generation:
            return
        self.chart.show_weeks(points)
        self.summary.setText(summary_words(points))
        self.data_loaded.emit()
