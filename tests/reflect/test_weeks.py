from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.weeks import IsoWeek, week_range, weeks_in_year

days = st.dates(min_value=date(1900, 1, 8), max_value=date(2200, 12, 20))


@given(days)
def test_a_day_lies_between_its_weeks_monday_and_sunday(day):
    week = IsoWeek.of(day)
    assert week.monday() <= day <= week.sunday()
    assert week.monday().weekday() == 0 and week.sunday().weekday() == 6


@given(days)
def test_text_round_trip(day):
    week = IsoWeek.of(day)
    assert IsoWeek.parse(str(week)) == week
    assert len(str(week)) == 8  # 2026-W05: zero-padded so text sorts like weeks


@given(days, st.integers(min_value=-500, max_value=500))
def test_adding_weeks_moves_seven_days_and_subtraction_undoes_it(day, n):
    week = IsoWeek.of(day)
    assert (week + n).monday() == week.monday() + timedelta(weeks=n)
    assert (week + n) - week == n
    assert (week + n) - n == week


@given(days, days)
def test_order_is_chronological_and_matches_text_order(a, b):
    wa, wb = IsoWeek.of(a), IsoWeek.of(b)
    assert (wa < wb) == (wa.monday() < wb.monday())
    assert (wa < wb) == (str(wa) < str(wb))


def test_year_boundaries_follow_iso_8601():
    assert IsoWeek.of(date(2026, 12, 31)) == IsoWeek(2026, 53)
    assert IsoWeek.of(date(2027, 1, 3)) == IsoWeek(2026, 53)
    assert IsoWeek.of(date(2024, 12, 30)) == IsoWeek(2025, 1)
    assert weeks_in_year(2026) == 53 and weeks_in_year(2025) == 52
    assert IsoWeek(2026, 53) + 1 == IsoWeek(2027, 1)


def test_week_range_includes_both_ends():
    weeks = week_range(IsoWeek(2026, 52), IsoWeek(2027, 2))
    assert [str(w) for w in weeks] == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    assert week_range(IsoWeek(2027, 2), IsoWeek(2026, 52)) == []


@pytest.mark.parametrize("text", ["2026-W54", "2025-W53", "2026-47", "W47", "", "2026-W00"])
def test_bad_weeks_are_refused_with_a_reason(text):
    with pytest.raises(ValueError):
        IsoWeek.parse(text)


def test_label_reads_as_dates():
    assert IsoWeek(2026, 47).label() == "2026-W47 (16–22 Nov)"
    assert IsoWeek(2026, 49).label() == "2026-W49 (30 Nov – 6 Dec)"
