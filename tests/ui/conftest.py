"""A profile with a few networks, goals and check-ins, and the real window on top of it."""

from __future__ import annotations

import pytest

from reflect import models
from reflect.db import open_database
from reflect.db_handle import DatabaseHandle
from reflect.weeks import IsoWeek
from tests.ui.helpers import Data, fill
from ui.app import Session, start_session
from ui.exception_hook import ExceptionHook


@pytest.fixture
def this_week() -> IsoWeek:
    return IsoWeek.current()


@pytest.fixture
def start(qtbot, profile, this_week):
    """Start the real window (real runner, real database) on ``profile``; closed after."""
    sessions: list[Session] = []

    def start_window(*, data: bool = True, demo: bool = False) -> tuple[Session, Data | None]:
        database = DatabaseHandle(profile, open_database(profile))
        filled = fill(this_week) if data and not sessions else None
        hook = ExceptionHook()
        session = start_session(profile, database, hook, demo=demo, current_week=lambda: this_week)
        sessions.append(session)
        return session, filled

    yield start_window
    for session in sessions:
        session.close()
    models.database.initialize(None)


@pytest.fixture
def window_on(qtbot, start):
    """The window with data, the first page loaded."""
    session, data = start()
    qtbot.waitUntil(lambda: bool(session.window.pages["this_week"].week_label.text()))
    return session, data
