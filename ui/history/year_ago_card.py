"""The "A year ago" card on This week: what the user wrote in the same week of earlier years
(hidden when there is nothing), and the two weeks side by side on request."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from reflect.weeks import IsoWeek
from ui.tasks import TaskRunner
from ui.text import domain, week_label, workload_words
from ui.theme import muted_colour
from ui.widgets import Card

if TYPE_CHECKING:  # the services load on the worker, after the window's first paint
    from reflect.year_ago import YearAgo

#: At most this many earlier years are listed on the card.
SHOWN = 3


class YearAgoCard(Card):
    loaded = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        parent: QWidget | None = None,
    ):
        super().__init__("A year ago", parent)
        self.title.setText(self.tr("A year ago"))
        self.setObjectName("card")
        self._runner = runner
        self._current_week = current_week
        self._generation = 0
        self._found: list[YearAgo] = []
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.text)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Which year to set beside this week"))
        self.side_button = QPushButton(self.tr("See &side by side…"))
        self.side_button.clicked.connect(self.open_side_by_side)
        row.addWidget(self.choice)
        row.addWidget(self.side_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.hide()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        week = self._current_week()

        def find() -> list[YearAgo]:
            from reflect.year_ago import years_ago

            return years_ago(week)

        self._runner.run_op(find, lambda found: self._on_found(generation, found))

    def found(self) -> list[YearAgo]:
        return list(self._found)

    def open_side_by_side(self):
        from ui.history.side_by_side_dialog import SideBySideDialog

        if not self._found:
            return None
        chosen = self._found[max(self.choice.currentIndex(), 0)]
        dialog = SideBySideDialog(self._runner, self._current_week(), chosen.week, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_found(self, generation: int, found: list[YearAgo]) -> None:
        if generation != self._generation:
            return
        self._found = found[:SHOWN]
        self.setVisible(bool(found))
        if found:
            only_last_year = len(self._found) == 1 and found[0].years == 1
            self.title.setText(
                self.tr("A year ago") if only_last_year else self.tr("This week in earlier years")
            )
            self.text.setText("".join(self._entry_html(f) for f in self._found))
            self.choice.clear()
            for entry in self._found:
                self.choice.addItem(domain(entry.heading))
            self.choice.setVisible(len(self._found) > 1)
        self.loaded.emit()

    def _entry_html(self, entry: YearAgo) -> str:
        muted = muted_colour(self.palette())
        summary = entry.summary
        nothing, workload = self.tr("No reflection written."), self.tr("Workload")
        reflection = (
            f"<br><i>“{escape(summary.reflection)}”</i>"
            if summary.reflection
            else f"<br><span style='color:{muted}'>{escape(nothing)}</span>"
        )
        note = (
            f"<br><span style='color:{muted}'>{escape(domain(entry.note))}</span>"
            if entry.note
            else ""
        )
        return (
            f"<p style='margin:0 0 8px 0'><b>{escape(domain(entry.ago))}</b> · "
            f"<span style='color:{muted}'>{escape(week_label(summary.week_label))}</span>"
            f"<br>{escape(workload)} {escape(workload_words(summary))}"
            f"{reflection}{note}</p>"
        )
