"""The database handle the app opens on its worker once the window has painted."""

from __future__ import annotations

import pytest

from reflect import checkins, models
from reflect.db_handle import DatabaseHandle
from reflect.errors import DatabaseDamaged
from reflect.profile import Profile
from tests.fresh_python import fresh_python
from tests.reflect.test_damaged_database import digest, flip_middle, make_profile


def test_making_a_handle_loads_no_database_code():
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reflect.db_handle import DatabaseHandle\n"
        "from reflect.profile import Profile\n"
        "DatabaseHandle(Profile(Path('unused')))\n"
        "print(sorted(m for m in ('peewee', 'sqlite3', 'reflect.db', 'reflect.models')"
        " if m in sys.modules))"
    )
    result = fresh_python(code)
    assert result.stdout.strip() == "[]", result.stderr[-2000:]


def test_the_handle_opens_the_profile_once_and_hands_out_the_database(tmp_path):
    profile = make_profile(tmp_path / "p", weeks=3)
    handle = DatabaseHandle(profile)
    assert not handle.is_open
    with pytest.raises(RuntimeError, match="not open yet"):
        _ = handle.database
    handle.close()  # nothing to close yet: no error
    try:
        handle.open()
        opened = handle.database
        handle.open()  # a second open keeps the first
        assert handle.database is opened and handle.is_open
        assert len(checkins.checkins()) == 3
    finally:
        handle.close()
        models.database.initialize(None)


def test_a_handle_on_a_new_profile_creates_its_database(tmp_path):
    profile = Profile(tmp_path / "new")
    handle = DatabaseHandle(profile)
    try:
        handle.open()
        assert profile.database_path.is_file() and checkins.checkins() == []
    finally:
        handle.close()
        models.database.initialize(None)


def test_opening_a_damaged_file_refuses_it_and_leaves_the_handle_closed(tmp_path):
    profile = make_profile(tmp_path / "p")
    flip_middle(profile.database_path)
    before = digest(profile.database_path)
    handle = DatabaseHandle(profile)
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        handle.open()
    assert not handle.is_open
    assert digest(profile.database_path) == before
