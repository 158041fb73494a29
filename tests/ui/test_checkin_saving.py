"""While a check-in is being saved, nothing typed goes into it unseen; a slow save greys the
fields, and they come back when the save is over."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from reflect import checkins
from tests.ui.checkin_helpers import choose, on_worker, open_checkin, row_for
from ui.checkin.saving_guard import GREY_AFTER_MS


def test_typing_while_saving_does_not_reach_the_fields(qtbot, window_on):
    session, data = window_on
    dialog = open_checkin(qtbot, session.window)
    choose(dialog.content.week.workload, "2")
    note = row_for(dialog, "Blog").note
    note.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(note, "Before")
    go_on = threading.Event()
    session.runner.run(lambda: go_on.wait(10))  # the worker is busy: the save waits its turn

    dialog.save_button.click()
    assert dialog.status.text() == "Saving…" and not dialog.save_button.isEnabled()
    qtbot.keyClicks(note, " and after")
    assert note.text() == "Before"
    qtbot.waitUntil(lambda: not dialog.content.isEnabled(), timeout=GREY_AFTER_MS + 2000)
    assert not dialog.picker.isEnabled()

    with qtbot.waitSignal(session.window.checkin.checkin_saved, timeout=5000):
        go_on.set()
    assert not dialog.isVisible()
    saved = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(data.week))
    assert saved.entry_for(data.blog.id).note == "Before"


def test_after_a_save_that_went_wrong_the_fields_take_typing_again(qtbot, window_on):
    session, _ = window_on
    dialog = open_checkin(qtbot, session.window)
    choose(dialog.content.week.workload, "2")
    go_on = threading.Event()
    session.runner.run(lambda: go_on.wait(10))
    dialog.save_button.click()
    assert dialog.status.text() == "Saving…"
    dialog.set_saving(False)  # what the flow does when the save failed

    note = row_for(dialog, "Blog").note
    note.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(note, "Still here")
    assert note.text() == "Still here"
    assert dialog.content.isEnabled() and dialog.picker.isEnabled()
    assert dialog.save_button.isEnabled()
    dialog.close_quietly()
    go_on.set()
