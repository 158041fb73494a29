"""Which week the check-in is for: the previous and next week, or any day picked on a calendar.
The picker allows any week; the domain says when one has not started yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

from reflect.weeks import IsoWeek
from ui.text import Plurals


def relative_words(week: IsoWeek, today: date) -> str:
    """ "this week", "last week", "3 weeks ago", "next week", "in 2 weeks"."""
    distance = IsoWeek.current(today) - week
    if distance == 0:
        return QCoreApplication.translate("WeekPicker", "this week")
    if distance == 1:
        return QCoreApplication.translate("WeekPicker", "last week")
    if distance == -1:
        return QCoreApplication.translate("WeekPicker", "next week")
    if distance > 0:
        return Plurals().weeks_ago(distance)
    return Plurals().in_weeks(-distance)


class DayEdit(QDateEdit):
    """A date with a calendar. Tab leaves it (instead of stepping through day, month and year:
    the arrow keys do that), so it is one stop in the dialog's Tab order."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class WeekPicker(QWidget):
    week_chosen = Signal(object)  # IsoWeek

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.previous = QPushButton("◀")
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.previous.setToolTip(self.tr("The week before (Alt+Left)"))
        self.previous.setShortcut("Alt+Left")
        self.day = DayEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Week of the check-in: any day in it"))
        self.day.setToolTip(
            self.tr("Pick any day: the check-in is for the Monday-to-Sunday week of it.")
        )
        self.next = QPushButton("▶")
        self.next.setAccessibleName(self.tr("Next week"))
        self.next.setToolTip(self.tr("The week after (Alt+Right)"))
        self.next.setShortcut("Alt+Right")
        for button in (self.previous, self.next):
            button.setAutoDefault(False)
            button.setFixedWidth(34)
        row.addWidget(self.previous)
        row.addWidget(self.day)
        row.addWidget(self.next)
        self._week: IsoWeek | None = None
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.day.dateChanged.connect(self._on_day_date_changed)

    def week(self) -> IsoWeek | None:
        return self._week

    def set_week(self, week: IsoWeek) -> None:
        """Show ``week`` without asking for it (the dialog has just loaded it)."""
        self._week = week
        shown = self.day.date().toPython()
        if IsoWeek.of(shown) != week:
            self.day.blockSignals(True)
            self.day.setDate(QDate(week.monday()))
            self.day.blockSignals(False)

    def focus_widgets(self) -> list[QWidget]:
        return [self.previous, self.day, self.next]

    def _step(self, weeks: int) -> None:
        if self._week is not None:
            self.day.setDate(QDate(self._week.monday()).addDays(7 * weeks))

    def _on_day_date_changed(self, day: QDate) -> None:
        week = IsoWeek.of(day.toPython())
        if week != self._week:
            self._week = week
            self.week_chosen.emit(week)
