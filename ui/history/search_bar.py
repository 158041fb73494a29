"""The search field and its filters. It only builds a :class:`SearchQuery`; the page runs it.

Typing waits ~200 ms for a pause (one QTimer) before it asks, so a fast typist causes one
search, not one per key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.checkins import STANDARD_CONTEXT
from reflect.networks import Network
from reflect.search import SearchQuery
from reflect.weeks import IsoWeek
from ui.flow_layout import FlowLayout

DEBOUNCE_MS = 200


class SearchBar(QWidget):
    """``search_changed(query)`` after a pause in typing or a filter change; the query's text
    is empty when the field is cleared."""

    search_changed = Signal(object)

    def __init__(self, current_week: Callable[[], IsoWeek], parent: QWidget | None = None):
        super().__init__(parent)
        self._current_week = current_week
        self.field = QLineEdit()
        self.field.setObjectName("historySearch")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("Search everything you wrote: reflections, notes, charters, goals…")
        )
        self.field.setAccessibleName(self.tr("Search"))
        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Network"))
        self.context = QComboBox()
        self.context.setAccessibleName(self.tr("Context"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in (
            (None, self.tr("Any time")),
            (12, self.tr("Last 12 weeks")),
            (52, self.tr("Last 52 weeks")),
            ("this", self.tr("This year")),
            ("last", self.tr("Last year")),
        ):
            self.period.addItem(text, key)
        self.lowest = QSpinBox()
        self.highest = QSpinBox()
        for box, value, name in (
            (self.lowest, 1, self.tr("Lowest workload")),
            (self.highest, 5, self.tr("Highest workload")),
        ):
            box.setRange(1, 5)
            box.setValue(value)
            box.setAccessibleName(name)
        self.set_choices([], [])

        # Each filter keeps its words beside it; on a narrow window (or in a longer language)
        # the filters wrap onto a second line instead of squeezing their choices.
        filters = FlowLayout(spacing=14)
        for pairs in (
            ((self.tr("&Network"), self.network),),
            ((self.tr("C&ontext"), self.context),),
            ((self.tr("&Workload"), self.lowest), (self.tr("to"), self.highest)),
            ((self.tr("&Period"), self.period),),
        ):
            group = QWidget()
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            for label, widget in pairs:
                text = QLabel(label)
                text.setBuddy(widget)
                row.addWidget(text)
                row.addWidget(widget)
            filters.addWidget(group)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.field)
        column.addLayout(filters)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.field.textChanged.connect(self._on_anything_changed)
        for combo in (self.network, self.context, self.period):
            combo.currentIndexChanged.connect(self._on_anything_changed)
        for box in (self.lowest, self.highest):
            box.valueChanged.connect(self._on_anything_changed)

    def set_choices(self, networks: Sequence[Network], tags: Sequence[str]) -> None:
        """The networks and context tags the filters offer (keeps what is chosen)."""
        for combo, everything, items in (
            (self.network, self.tr("All networks"), [(n.name, n.id) for n in networks]),
            (self.context, self.tr("Any context"), [(t, t) for t in tags]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def query(self) -> SearchQuery:
        lowest, highest = sorted((self.lowest.value(), self.highest.value()))
        first = last = None
        week = self._current_week()
        period = self.period.currentData()
        if isinstance(period, int):
            first, last = week - (period - 1), week
        elif period == "this":
            first, last = IsoWeek(week.year, 1), week
        elif period == "last":
            first = IsoWeek(week.year - 1, 1)
            last = IsoWeek(week.year, 1) - 1
        network = self.network.currentData()
        return SearchQuery(
            self.field.text(),
            (network,) if network else (),
            self.context.currentData(),
            None if (lowest, highest) == (1, 5) else (lowest, highest),
            first,
            last,
        )

    @staticmethod
    def standard_tags(found: Sequence[str]) -> list[str]:
        """The standard context tags, then the user's own in the order first seen."""
        own = [t for t in dict.fromkeys(found) if t not in STANDARD_CONTEXT]
        return list(STANDARD_CONTEXT) + own

    def _on_anything_changed(self, *_args) -> None:
        self.timer.start()  # restarts: only a pause of DEBOUNCE_MS searches

    def _on_timer_timeout(self) -> None:
        self.search_changed.emit(self.query())
