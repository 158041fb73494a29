"""Every test gets its own profile in ``tmp_path``; GUI tests render offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English whatever the machine speaks: the tests read the English of the sources, and Qt's
# system locale (dates, numbers, the language that "follow the system" picks) is C.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

import pytest

from reflect import models
from reflect.db import open_database
from reflect.profile import Profile


@pytest.fixture
def profile(tmp_path) -> Profile:
    """An empty profile directory (not yet opened)."""
    return Profile(tmp_path / "profile")


@pytest.fixture
def db(profile):
    """The profile's database, opened and migrated; closed after the test."""
    database = open_database(profile)
    yield database
    database.close()
    models.database.initialize(None)
