"""The weekly reminder decided at given moments: no clock, no waiting."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from reflect.reminders import (
    Reminder,
    ReminderSettings,
    ReminderState,
    decide,
    moment,
    skipped,
    snoozed,
)
from reflect.weeks import IsoWeek

WEEK = IsoWeek(2026, 47)  # Monday 16 – Sunday 22 November 2026
SUNDAY_EVENING = datetime(2026, 11, 22, 18, 0)
DEFAULT = ReminderSettings()


def test_the_default_is_sunday_at_six_in_the_evening():
    assert moment(WEEK, DEFAULT) == SUNDAY_EVENING


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 22, 17, 59), None),
        (SUNDAY_EVENING, Reminder(WEEK)),
        (datetime(2026, 11, 22, 23, 30), Reminder(WEEK)),
        (datetime(2026, 11, 23, 9, 0), None),  # a new week: its own reminder comes Sunday
        (datetime(2026, 11, 18, 12, 0), None),
    ],
)
def test_due_from_the_chosen_moment_to_the_end_of_the_week(now, expected):
    assert decide(now, DEFAULT, ReminderState(), checked_in=False) == expected


def test_a_week_with_a_checkin_or_a_switched_off_reminder_gets_none():
    assert decide(SUNDAY_EVENING, DEFAULT, ReminderState(), checked_in=True) is None
    off = ReminderSettings(enabled=False)
    assert decide(SUNDAY_EVENING, off, ReminderState(), checked_in=False) is None


def test_a_monday_morning_reminder_stays_due_all_week():
    monday = ReminderSettings(weekday=1, at=time(9, 0))
    assert decide(datetime(2026, 11, 16, 8, 59), monday, ReminderState(), False) is None
    assert decide(datetime(2026, 11, 19, 14, 0), monday, ReminderState(), False) == Reminder(WEEK)


def test_later_today_is_quiet_for_three_hours_then_asks_again():
    state = snoozed(SUNDAY_EVENING, ReminderState())
    assert decide(SUNDAY_EVENING + timedelta(hours=2, minutes=59), DEFAULT, state, False) is None
    assert decide(SUNDAY_EVENING + timedelta(hours=3), DEFAULT, state, False) == Reminder(WEEK)


def test_skip_this_week_is_quiet_until_next_weeks_reminder():
    state = skipped(SUNDAY_EVENING, ReminderState())
    assert state.skipped_week == WEEK
    assert decide(datetime(2026, 11, 22, 23, 59), DEFAULT, state, False) is None
    next_sunday = SUNDAY_EVENING + timedelta(days=7)
    assert decide(next_sunday, DEFAULT, state, False) == Reminder(WEEK + 1)


def test_a_weekday_out_of_range_is_refused():
    with pytest.raises(ValueError, match="weekday 0"):
        ReminderSettings(weekday=0)
