"""The weekly reminder on the Qt side: a timer asks :func:`reflect.reminders.decide` again
now and then; what the user answers is kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from reflect.reminders import Reminder, decide, skipped, snoozed
from reflect.weeks import IsoWeek
from ui.settings import Settings
from ui.tasks import TaskRunner

#: How often the decision is taken again while the app runs.
INTERVAL_MS = 60_000


def week_checked_in(week: IsoWeek) -> bool:
    """True when ``week`` needs no reminder: it has a saved check-in (a draft does not count),
    or the profile has no networks yet (nothing to check in about, say during the welcome).
    A task on the worker: the services load there, after the window's first paint."""
    from reflect.checkins import checkin_for_week
    from reflect.networks import networks

    if not networks():
        return True
    checkin = checkin_for_week(week)
    return checkin is not None and not checkin.is_draft


class ReminderController(QObject):
    reminder_due = Signal(object)  # a Reminder: offer the check-in for its week
    reminder_cleared = Signal()  # nothing to offer (any more)

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._clock = clock
        self.showing: Reminder | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.evaluate)

    def start(self) -> None:
        self.timer.start()
        self.evaluate()

    def evaluate(self) -> None:
        """Decide again; the database is asked only when a reminder could be due."""
        now = self._clock()
        settings, state = self._settings.reminder(), self._settings.reminder_state()
        if decide(now, settings, state, checked_in=False) is None:
            self._show(None)
            return
        week = IsoWeek.of(now)
        self._runner.run_op(
            lambda: week_checked_in(week),
            lambda checked: self._show(decide(now, settings, state, checked)),
        )

    def later_today(self) -> None:
        self._settings.set_reminder_state(snoozed(self._clock(), self._settings.reminder_state()))
        self.evaluate()

    def skip_week(self) -> None:
        self._settings.set_reminder_state(skipped(self._clock(), self._settings.reminder_state()))
        self.evaluate()

    def _show(self, reminder: Reminder | None) -> None:
        if reminder == self.showing:
            return
        self.showing = reminder
        if reminder is None:
            self.reminder_cleared.emit()
        else:
            self.reminder_due.emit(reminder)
