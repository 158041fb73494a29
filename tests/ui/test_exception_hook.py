"""One hook shows errors: a ReflectError's sentence as it is, anything else with details."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox

from reflect.errors import DatabaseTooNew
from ui.exception_hook import ExceptionHook, explain


def open_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "errorMessage"
    ]


def test_a_reflect_error_shows_its_sentence_without_a_traceback(qtbot):
    hook = ExceptionHook()
    error = DatabaseTooNew("/data/reflect.sqlite3", 9, 1)
    with qtbot.waitSignal(hook.error_shown) as shown:
        hook(type(error), error, None)
    assert shown.args == [str(error)]
    box = open_boxes()[-1]
    assert box.text() == str(error) and box.detailedText() == ""
    box.close()


def test_a_bug_names_its_real_cause_and_keeps_the_traceback(qtbot):
    """peewee reports a disk-full rollback as "cannot rollback"; the cause is underneath."""
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise RuntimeError("cannot rollback - no transaction is active") from None
    except RuntimeError as error:
        error.__suppress_context__ = False
        caught = error
    assert "database or disk is full" in explain(caught)
    hook = ExceptionHook()
    hook.report(caught)
    box = open_boxes()[-1]
    assert box.text().startswith("Something unexpected went wrong: database or disk is full")
    assert "Traceback" in box.detailedText()
    box.close()
