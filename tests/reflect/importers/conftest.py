"""The fixtures' times are in UTC, and so are the weeks these tests expect: run them in UTC
whatever the machine's zone (test_service checks other zones on purpose)."""

from __future__ import annotations

import os
import time

import pytest


@pytest.fixture(autouse=True)
def utc_zone():
    if not hasattr(time, "tzset"):
        yield
        return
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if previous is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = previous
    time.tzset()
