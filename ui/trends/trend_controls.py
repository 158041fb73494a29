"""The Trends page's controls: the period, the network, the metric and the rolling average.

It only collects choices; ``changed`` fires once per change and the page asks ``period_key``,
``custom_range``, ``network_id``, ``metric`` and ``rolling`` what they are now.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.trend_values import METRIC_WORDS, METRICS, Series
from reflect.weeks import IsoWeek
from ui.text import upper_first
from ui.week_edit import WeekEdit

#: key → (button text, number of weeks; None for everything, or the custom range)
PERIODS: dict[str, tuple[str, int | None]] = {
    "12w": (QT_TRANSLATE_NOOP("TrendControls", "12 weeks"), 12),
    "6m": (QT_TRANSLATE_NOOP("TrendControls", "6 months"), 26),
    "1y": (QT_TRANSLATE_NOOP("TrendControls", "1 year"), 52),
    "all": (QT_TRANSLATE_NOOP("TrendControls", "All"), None),
    "custom": (QT_TRANSLATE_NOOP("TrendControls", "Custom…"), None),
}
DEFAULT_PERIOD = "12w"
ALL_NETWORKS = QT_TRANSLATE_NOOP("TrendControls", "All networks")


class TrendControls(QWidget):
    changed = Signal()
    period_changed = Signal(str)

    def __init__(self, current: IsoWeek, period: str | None = None, parent=None):
        super().__init__(parent)
        self._period = period if period in PERIODS else DEFAULT_PERIOD
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.buttons = QButtonGroup(self)
        for key, (text, _) in PERIODS.items():
            button = QPushButton(self.tr(text))
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(key == self._period)
            button.setProperty("period", key)
            button.setAccessibleName(
                self.tr("Period: {period}").format(period=self.tr(text).rstrip("…"))
            )
            self.buttons.addButton(button)
            row.addWidget(button)
        self.buttons.buttonClicked.connect(self._on_period_button_clicked)
        self.range_box = QWidget()
        span = QHBoxLayout(self.range_box)
        span.setContentsMargins(8, 0, 0, 0)
        self.first_edit = WeekEdit(current - 11)
        self.last_edit = WeekEdit(current)
        wide = self.fontMetrics().horizontalAdvance("2026-W40 (28 Sep – 4 Oct)") + 44
        for edit in (self.first_edit, self.last_edit):
            edit.setMinimumWidth(wide)
        self.first_edit.setAccessibleName(self.tr("First week of the period"))
        self.last_edit.setAccessibleName(self.tr("Last week of the period"))
        span.addWidget(QLabel(self.tr("from")))
        span.addWidget(self.first_edit)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.last_edit)
        self.first_edit.week_changed.connect(self._on_range_week_changed)
        self.last_edit.week_changed.connect(self._on_range_week_changed)
        self.range_box.setVisible(self._period == "custom")
        row.addWidget(self.range_box)
        row.addStretch(1)
        column.addLayout(row)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.network_box = QComboBox()
        self.network_box.addItem(self.tr(ALL_NETWORKS), None)
        self.network_box.setAccessibleName(self.tr("Network"))
        self.metric_box = QComboBox()
        for metric in METRICS:
            self.metric_box.addItem(
                upper_first(QCoreApplication.translate("Metric", METRIC_WORDS[metric])), metric
            )
        self.metric_box.setAccessibleName(self.tr("What to count"))
        self.rolling_box = QCheckBox(self.tr("Rolling average (4 weeks)"))
        network_label, metric_label = QLabel(self.tr("&Network")), QLabel(self.tr("&Show"))
        network_label.setBuddy(self.network_box)
        metric_label.setBuddy(self.metric_box)
        for widget in (network_label, self.network_box, metric_label, self.metric_box):
            filters.addWidget(widget)
        filters.addSpacing(8)
        filters.addWidget(self.rolling_box)
        filters.addStretch(1)
        self.actions_row = filters  # the page adds its buttons on the right
        column.addLayout(filters)
        self.network_box.currentIndexChanged.connect(self._on_filter_changed)
        self.metric_box.currentIndexChanged.connect(self._on_filter_changed)
        self.rolling_box.toggled.connect(self._on_filter_changed)

    # -- what the page reads --------------------------------------------------------------

    @property
    def period_key(self) -> str:
        return self._period

    def weeks(self) -> int | None:
        return PERIODS[self._period][1]

    def custom_range(self) -> tuple[IsoWeek, IsoWeek]:
        first, last = self.first_edit.week(), self.last_edit.week()
        return (first, last) if first <= last else (last, first)

    def network_id(self) -> str | None:
        return self.network_box.currentData()

    def metric(self) -> str:
        return self.metric_box.currentData()

    def rolling(self) -> bool:
        return self.rolling_box.isChecked()

    # -- what the page sets ---------------------------------------------------------------

    def set_period(self, key: str) -> None:
        if key not in PERIODS or key == self._period:
            return
        self._period = key
        for button in self.buttons.buttons():
            button.setChecked(button.property("period") == key)
        self.range_box.setVisible(key == "custom")
        self.period_changed.emit(key)
        self.changed.emit()

    def set_range(self, first: IsoWeek, last: IsoWeek) -> None:
        """Choose a custom range (and the custom period)."""
        self.first_edit.blockSignals(True)
        self.last_edit.blockSignals(True)
        self.first_edit.set_week(first)
        self.last_edit.set_week(last)
        self.first_edit.blockSignals(False)
        self.last_edit.blockSignals(False)
        if self._period != "custom":
            self.set_period("custom")
        else:
            self.changed.emit()

    def set_networks(self, networks: Sequence[Series]) -> None:
        """List these networks, keeping the one chosen if it is still there."""
        chosen = self.network_id()
        self.network_box.blockSignals(True)
        self.network_box.clear()
        self.network_box.addItem(self.tr(ALL_NETWORKS), None)
        for series in networks:
            name = (
                self.tr("{network} (archived)").format(network=series.name)
                if series.archived
                else series.name
            )
            self.network_box.addItem(name, series.network_id)
        index = self.network_box.findData(chosen) if chosen else 0
        self.network_box.setCurrentIndex(max(index, 0))
        self.network_box.blockSignals(False)
        if chosen and index < 0:
            self.changed.emit()

    def set_network(self, network_id: str | None) -> None:
        index = self.network_box.findData(network_id) if network_id else 0
        if index >= 0:
            self.network_box.setCurrentIndex(index)

    def set_metric(self, metric: str) -> None:
        self.metric_box.setCurrentIndex(self.metric_box.findData(metric))

    def enable_for(self, chart: str) -> None:
        """Grey out what a chart does not use, and say why."""
        uses_metric = chart in ("ebb-flow", "workload", "measured")
        self.metric_box.setEnabled(uses_metric)
        self.metric_box.setToolTip(
            "" if uses_metric else self.tr("This chart does not count activity.")
        )
        self.rolling_box.setEnabled(chart == "ebb-flow")

    # -- slots ----------------------------------------------------------------------------

    def _on_period_button_clicked(self, button: QPushButton) -> None:
        self.set_period(button.property("period"))

    def _on_range_week_changed(self, _week: IsoWeek) -> None:
        if self._period == "custom":
            self.changed.emit()

    def _on_filter_changed(self, *_: object) -> None:
        self.changed.emit()
