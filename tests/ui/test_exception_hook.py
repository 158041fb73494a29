"""One hook shows errors: a ReflectError's sentence as it is, anything else with details."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

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


def test_a_bug_is_logged_privately_and_its_details_copied_without_closing(qtbot, tmp_path):
    import stat

    from ui.exception_hook import LOG_NAME

    hook = ExceptionHook()
    path = hook.set_log_directory(tmp_path)
    try:
        try:
            raise KeyError("goal-17")
        except KeyError as error:
            hook(type(error), error, error.__traceback__)
        box = open_boxes()[-1]
        copy = box.findChild(QPushButton, "copyDetails")
        assert copy.text() == "&Copy details"
        copy.click()
        assert box.isVisible()  # copying keeps the message up
        copied = QApplication.clipboard().text()
        assert copied.startswith("Something unexpected went wrong: 'goal-17'")
        assert "Traceback" in copied and "KeyError" in copied
        assert path == tmp_path / LOG_NAME
        logged = path.read_text()
        assert "Unexpected error" in logged and "KeyError: 'goal-17'" in logged
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        box.close()  # closing the window (or Esc) works as OK does
        assert not box.isVisible()
    finally:
        hook.close_log()


def test_the_log_is_capped_in_size(qtbot, tmp_path, monkeypatch):
    import logging

    from ui import exception_hook

    monkeypatch.setattr(exception_hook, "LOG_MAX_BYTES", 2000)
    hook = ExceptionHook()
    path = hook.set_log_directory(tmp_path)
    try:
        for n in range(200):
            logging.getLogger("reflect.test").warning("line %d %s", n, "x" * 50)
    finally:
        hook.close_log()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["reflect.log", "reflect.log.1", "reflect.log.2"]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text()


def test_the_app_keeps_running_after_an_error_in_a_slot(qtbot, start):
    session, _ = start()
    window = session.window

    def broken():
        raise ValueError("a slot went wrong")

    import sys

    previous, sys.excepthook = sys.excepthook, session.hook
    try:
        window.actions["about"].triggered.connect(broken)
        with qtbot.waitSignal(session.hook.error_shown, timeout=5000) as shown:
            window.actions["about"].trigger()
    finally:
        sys.excepthook = previous
    assert shown.args == [
        "Something unexpected went wrong: a slot went wrong. The details are in the log."
    ]
    assert window.isVisible()
    window.actions["page_trends"].trigger()
    assert window.current_page_key() == "trends"
    for box in window.findChildren(QMessageBox, "errorMessage"):
        box.done(0)
