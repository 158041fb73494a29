"""A save that meets a full disk is told in words by the window's exception hook."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reflect import checkins
from reflect.checkins import CheckIn, Entry


def test_a_save_on_a_full_database_is_said_in_words(qtbot, window_on):
    session, data = window_on
    database = session.database.database

    def save_when_full():
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages}")
        try:
            big = Entry(data.blog.id, note="a long note " * 20_000)
            checkins.record_checkin(CheckIn(data.week, 3, entries=(big,)))
        finally:
            database.execute_sql("PRAGMA max_page_count = 1073741823")

    with qtbot.waitSignal(session.hook.error_shown, timeout=10000) as shown:
        session.runner.run_op(save_when_full, lambda _: None)
    assert shown.args[0].startswith("The disk is full, so this could not be written.")
    assert "Everything saved before is still there" in shown.args[0]
    session.window.findChild(QMessageBox, "errorMessage").close()
    weeks = session.runner.run(checkins.checked_in_weeks).result(timeout=10)
    assert len(weeks) == 4 and data.week not in weeks
