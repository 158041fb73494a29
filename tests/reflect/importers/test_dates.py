"""The date formats of the exports, whatever the process locale."""

from __future__ import annotations

import locale
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.importers import dates

moments = st.datetimes(
    min_value=datetime(1991, 1, 1), max_value=datetime(2099, 12, 30), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


@given(moments)
def test_x_dates_round_trip(moment):
    text = moment.strftime("%a %b %d %H:%M:%S +0000 %Y")  # the C locale: English names
    assert dates.parse_x(text) == moment


@given(moments, st.integers(-12 * 60, 14 * 60))
def test_iso_dates_with_any_offset_round_trip(moment, minutes):
    zone = timezone(timedelta(minutes=minutes))
    local = moment.astimezone(zone)
    assert dates.parse_numeric(local.isoformat()) == moment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fri Feb 20 09:10:58 +0000 2026", datetime(2026, 2, 20, 9, 10, 58, tzinfo=UTC)),
        ("Fri Feb 20 10:10:58 +0100 2026", datetime(2026, 2, 20, 9, 10, 58, tzinfo=UTC)),
        ("Mon Mar  2 09:10:58 +0000 2026", datetime(2026, 3, 2, 9, 10, 58, tzinfo=UTC)),
        ("2013-01-31 12:00:00 +0000", datetime(2013, 1, 31, 12, tzinfo=UTC)),
    ],
)
def test_x_forms(text, expected):
    assert dates.parse_x(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-05-04 10:12:13", datetime(2023, 5, 4, 10, 12, 13, tzinfo=UTC)),
        ("2023/05/04 10:12:13 UTC", datetime(2023, 5, 4, 10, 12, 13, tzinfo=UTC)),
        ("2023-05-04T10:12:13.250Z", datetime(2023, 5, 4, 10, 12, 13, 250000, tzinfo=UTC)),
        ("2023-05-04 10:12", datetime(2023, 5, 4, 10, 12, tzinfo=UTC)),
        ("5/4/23, 10:12 AM", datetime(2023, 5, 4, 10, 12, tzinfo=UTC)),
        ("5/4/23, 12:05 AM", datetime(2023, 5, 4, 0, 5, tzinfo=UTC)),
        ("12/31/2023 11:59 PM", datetime(2023, 12, 31, 23, 59, tzinfo=UTC)),
        ("05/04/2023 10:12:13", datetime(2023, 5, 4, 10, 12, 13, tzinfo=UTC)),
    ],
)
def test_linkedin_forms(text, expected):
    assert dates.parse_any(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "2023-13-01 10:00:00",
        "0001-01-01 00:00:00",
        "Fri Foo 20 09:10:58 +0000 2026",
        "2023-05-04 25:00:00",
        "13/45/23, 10:12 AM",
        "Fri Feb 20 09:10:58 +9900 2026",
        None,
        12,
    ],
)
def test_unreadable_dates_are_none(text):
    assert dates.parse_any(text) is None
    assert dates.parse_x(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1708416000, datetime(2024, 2, 20, 8, tzinfo=UTC)),
        (1708416000.5, datetime(2024, 2, 20, 8, 0, 0, 500000, tzinfo=UTC)),
        (1708416000000, datetime(2024, 2, 20, 8, tzinfo=UTC)),
        (True, None),
        ("1708416000", None),
        (-5, None),
        (10**30, None),
        (float("nan"), None),
    ],
)
def test_unix_seconds(value, expected):
    assert dates.from_unix(value) == expected


def test_x_dates_do_not_depend_on_the_locale():
    """Qt sets the process locale from the environment; X writes English names anyway."""
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
        try:
            previous = locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            assert dates.parse_x("Tue Mar 05 12:00:00 +0000 2024") == datetime(
                2024, 3, 5, 12, tzinfo=UTC
            )
        finally:
            locale.setlocale(locale.LC_TIME, previous)
