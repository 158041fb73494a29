"""Nothing typed is lost: drafts while typing, after a crash, and on the way out; and every
refused value is refused with the domain's own words, beside its field."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from reflect import checkins, drafts
from reflect.checkins import CheckIn, Entry
from tests.ui.checkin_helpers import (
    choose,
    click_button,
    message_box,
    on_worker,
    open_checkin,
    press_ctrl_s,
    row_for,
    type_into,
)
from ui.checkin.checkin_dialog import DRAFT_DELAY_MS


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, start, this_week):
    first, _data = start()
    dialog = open_checkin(qtbot, first.window)
    choose(dialog.content.week.workload, "3")
    with qtbot.waitSignal(first.window.checkin.draft_saved, timeout=DRAFT_DELAY_MS + 4000):
        type_into(qtbot, row_for(dialog, "Blog").note, "Half a thought about")
    assert "kept as a draft" in dialog.status.text()

    # The process dies: no Cancel, no closing; the worker and the connection just stop.
    first.runner.shutdown(last=first.database.close)
    first.database.close()
    dialog.hide()
    first.window.hide()

    second, _ = start()
    box = message_box(qtbot, second.window, "draftOffer")
    assert box.text() == f"You were writing the check-in for {this_week.label()} — continue?"
    assert "kept as a draft" in box.informativeText()
    with qtbot.waitSignal(second.window.checkin.dialog_opened, timeout=5000) as opened:
        click_button(box, "Continue")
    back = opened.args[0]
    assert back.form.origin == "draft"
    assert back.origin.text() == "This week · the draft you were writing, just as you left it"
    assert back.content.week.workload.value() == 3
    assert row_for(back, "Blog").note.text() == "Half a thought about"


def test_cancel_with_changes_asks_and_keeps_a_draft(qtbot, window_on):
    session, data = window_on
    window = session.window
    dialog = open_checkin(qtbot, window)
    type_into(qtbot, row_for(dialog, "LinkedIn").counts["posts"], "2")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    box = message_box(qtbot, dialog, "leaveQuestion")
    assert box.text() == f"Close the check-in for {data.week} without saving it?"
    click_button(box, "Keep writing")
    assert dialog.isVisible()
    with qtbot.waitSignal(window.checkin.draft_saved, timeout=5000):
        dialog.cancel_button.click()
        click_button(message_box(qtbot, dialog, "leaveQuestion"), "Keep as draft")
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    kept = on_worker(qtbot, session.runner, lambda: drafts.draft_for(data.week))
    assert kept.entry_for(data.linkedin.id).posts == 2
    assert on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(data.week)) is None

    # Reopened, the draft is there; discarding it throws it away for good.
    dialog = open_checkin(qtbot, window, data.week)
    assert row_for(dialog, "LinkedIn").counts["posts"].text() == "2"
    dialog.reject()
    click_button(message_box(qtbot, dialog, "leaveQuestion"), "Discard")
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    qtbot.waitUntil(lambda: on_worker(qtbot, session.runner, drafts.drafts) == [])


def test_closing_the_window_keeps_what_is_typed(qtbot, start, this_week):
    session, _data = start()
    dialog = open_checkin(qtbot, session.window)
    type_into(qtbot, dialog.content.prompts.boxes[0].answer, "Not yet sent anywhere")
    session.window.close()  # before the draft timer: the window waits for the draft
    session.runner.shutdown()
    again, _ = start()
    kept = on_worker(qtbot, again.runner, lambda: drafts.draft_for(this_week))
    assert kept.answers[0].text == "Not yet sent anywhere"


def test_every_refused_value_is_refused_with_its_message(qtbot, window_on):
    session, data = window_on
    dialog = open_checkin(qtbot, session.window)
    week_section = dialog.content.week
    requested = []
    dialog.save_requested.connect(requested.append)

    def note(widget) -> str:
        return widget.text() if widget.isVisibleTo(dialog) else ""

    # No workload yet: said beside it; Save is off and Ctrl+S does nothing.
    assert note(week_section.notes["workload"]) == (
        "Workload goes from 1 (light) to 5 (overloaded)."
    )
    assert not dialog.save_button.isEnabled()
    press_ctrl_s(qtbot, dialog)
    assert requested == []
    choose(week_section.workload, "2")
    assert note(week_section.notes["workload"]) == "" and dialog.save_button.isEnabled()

    cases = [
        (
            week_section.hours,
            "200",
            week_section.notes["hours"],
            "Hours worked go from 0 to 168 in a week.",
        ),
        (
            week_section.own_tags,
            "x" * 41,
            week_section.notes["context"],
            "A context tag has 1 to 40 characters.",
        ),
        (
            row_for(dialog, "Mastodon").counts["posts"],
            "-3",
            row_for(dialog, "Mastodon").problem,
            "Posts cannot be negative.",
        ),
    ]
    for field, bad, where, message in cases:
        type_into(qtbot, field, bad)
        assert note(where) == message
        assert field.property("problem") is True
        assert not dialog.save_button.isEnabled()
        assert dialog.status.text().startswith("Almost there: one note above")
        field.clear()
        assert note(where) == "" and dialog.save_button.isEnabled()

    # A week that has not started yet: the domain's sentence beside the week picker.
    with qtbot.waitSignal(dialog.week_requested):
        dialog.picker.next.click()
    qtbot.waitUntil(lambda: dialog.form.week == data.week + 1)
    assert note(dialog.week_note) == f"{data.week + 1} has not started yet: check in once it has."
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.week_requested):
        dialog.picker.previous.click()
    qtbot.waitUntil(lambda: dialog.form.week == data.week)

    # Refused at saving time: the week was checked in elsewhere meanwhile.
    choose(dialog.content.week.workload, "2")
    on_worker(
        qtbot,
        session.runner,
        lambda: checkins.record_checkin(CheckIn(data.week, 3, entries=(Entry(data.blog.id),))),
    )
    dialog.save_button.click()
    qtbot.waitUntil(lambda: note(dialog.week_note) != "")
    assert note(dialog.week_note) == f"{data.week} already has a check-in: open it to edit it."
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_moving_to_another_week_keeps_what_was_typed(qtbot, window_on):
    session, data = window_on
    flow = session.window.checkin
    dialog = open_checkin(qtbot, session.window)
    type_into(qtbot, row_for(dialog, "Blog").counts["posts"], "4")
    with qtbot.waitSignal(flow.draft_saved, timeout=5000) as kept:
        dialog.picker.day.setDate(QDate((data.week - 5).monday()).addDays(3))  # a Thursday
    assert kept.args[0] == data.week
    qtbot.waitUntil(lambda: dialog.form.week == data.week - 5)
    assert dialog.form.origin == "saved"  # backfilled weeks open as they were saved
    assert f"Your answers for {data.week} were kept as a draft." in dialog.status.text()
    assert row_for(dialog, "Mastodon").counts["comments"].text() == "6"
    dialog.picker.day.setDate(QDate(data.week.sunday()))
    qtbot.waitUntil(lambda: dialog.form.week == data.week)
    assert dialog.form.origin == "draft"
    assert row_for(dialog, "Blog").counts["posts"].text() == "4"
