"""The weekly reminder, decided without a clock of its own: what to offer at a given moment.

The reminder belongs to an ISO week (Monday to Sunday, local time). It is due from the
chosen weekday and time of that week until the week ends, as long as the week has no
check-in, the user has not skipped it, and a "later today" snooze is not running.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from reflect.weeks import IsoWeek

#: ISO weekday numbers, Monday = 1 … Sunday = 7 (as ``date.isoweekday``).
SUNDAY = 7
DEFAULT_TIME = time(18, 0)
SNOOZE = timedelta(hours=3)


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    enabled: bool = True
    weekday: int = SUNDAY
    at: time = DEFAULT_TIME

    def __post_init__(self) -> None:
        if not 1 <= self.weekday <= 7:
            raise ValueError(f"weekday {self.weekday} is not 1 (Monday) … 7 (Sunday)")


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What the user said to earlier reminders."""

    snoozed_until: datetime | None = None
    skipped_week: IsoWeek | None = None


@dataclass(frozen=True, slots=True)
class Reminder:
    """Offer the check-in for ``week``."""

    week: IsoWeek


def moment(week: IsoWeek, settings: ReminderSettings) -> datetime:
    """When the reminder for ``week`` becomes due (naive local time)."""
    day = date.fromisocalendar(week.year, week.week, settings.weekday)
    return datetime.combine(day, settings.at)


def decide(
    now: datetime,
    settings: ReminderSettings,
    state: ReminderState,
    checked_in: bool,
) -> Reminder | None:
    """The reminder to show at ``now`` (naive local time), or None.

    ``checked_in`` says whether the week holding ``now`` has a saved check-in.
    """
    if not settings.enabled or checked_in:
        return None
    week = IsoWeek.of(now)
    if now < moment(week, settings) or state.skipped_week == week:
        return None
    if state.snoozed_until is not None and now < state.snoozed_until:
        return None
    return Reminder(week)


def snoozed(now: datetime, state: ReminderState) -> ReminderState:
    """Later today: quiet for a few hours (past Sunday midnight the week is over anyway)."""
    return ReminderState(now + SNOOZE, state.skipped_week)


def skipped(now: datetime, state: ReminderState) -> ReminderState:
    """Skip this week: nothing more until next week's reminder."""
    return ReminderState(None, IsoWeek.of(now))
