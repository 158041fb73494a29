"""The shortcuts ``record_items`` takes for 100,000-item archives give exactly what the plain
ways give: the local week, the UTC text, a version-4 UUID."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.activity import _LocalWeeks, _utc_text, _uuid4, week_of
from reflect.models import format_utc

ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "America/St_Johns",
)
moments = st.datetimes(
    min_value=datetime(1995, 1, 1),
    max_value=datetime(2035, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
    ),
)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
@pytest.mark.parametrize("zone", ZONES)
@settings(max_examples=150, deadline=None)
@given(items=st.lists(moments, min_size=1, max_size=20))
def test_local_weeks_match_week_of_in_every_zone(zone, items):
    os.environ["TZ"] = zone  # the package's conftest puts UTC back afterwards
    time.tzset()
    local = _LocalWeeks()
    for moment in items:
        assert local(moment) == (week_of(moment), str(week_of(moment)))


def test_local_weeks_across_a_dst_change_in_the_middle_of_a_day():
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    local = _LocalWeeks()
    change = datetime(2024, 3, 31, 0, 30, tzinfo=UTC)  # clocks go forward at 01:00 UTC
    for minutes in range(0, 24 * 60, 7):
        moment = change + timedelta(minutes=minutes)
        assert local(moment)[0] == week_of(moment)


@given(moments)
def test_utc_text_is_what_format_utc_writes(moment):
    assert _utc_text(moment) == format_utc(moment)


def test_uuids_are_random_version_4():
    made = {_uuid4() for _ in range(2000)}
    assert len(made) == 2000
    for text in made:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
