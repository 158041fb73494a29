"""The practices, goals, reflection and summary are built after the dialog's first paint (they
sit below the first screen). Until then nothing they would hold is lost: the dialog saves it,
keeps it in a draft, shows it once built, and Tab reaches them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from reflect import checkin_form, checkins, drafts, practices
from reflect.checkins import Answer, CheckIn
from tests.ui.checkin_helpers import on_worker
from ui.checkin.checkin_dialog import CheckInDialog

SMALL = QSize(900, 560)  # the three networks of the test data fit; the sections below do not


def checked_in_with_everything(qtbot, session, week) -> CheckIn:
    """A check-in for ``week`` with every practice rated (stored in the opposite order to the
    one shown), a free goal judged and a prompt of that week answered."""

    def add() -> CheckIn:
        form = checkin_form.checkin_form(week)
        ratings = tuple((p.id, n % 4) for n, p in enumerate(reversed(practices.practices())))
        free = next(g for g in form.goals if g.kind == "free")
        answers = (Answer(form.prompts[0], "Asked Sam about the talk.\nTwice."),)
        return checkins.record_checkin(
            CheckIn(
                week,
                workload=3,
                ratings=ratings,
                judgements=((free.id, "partly"),),
                answers=answers,
            )
        )

    return on_worker(qtbot, session.runner, add)


def unbuilt(qtbot, session, week) -> CheckInDialog:
    form = on_worker(qtbot, session.runner, lambda: checkin_form.checkin_form(week))
    dialog = CheckInDialog(form, session.window.checkin.today(), session.window, SMALL)
    assert dialog.content.networks.is_built() and not dialog.is_built()
    return dialog


def rated(checkin: CheckIn) -> tuple:
    return (dict(checkin.ratings), dict(checkin.judgements), checkin.answers)


def test_sections_not_yet_built_give_back_what_was_saved_and_fill_in_once_shown(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    saved = checked_in_with_everything(qtbot, session, week)
    dialog = unbuilt(qtbot, session, week)
    assert rated(dialog.value()) == rated(saved)
    assert not dialog.has_changes()

    dialog.show()
    qtbot.waitUntil(dialog.is_built, timeout=5000)
    content = dialog.content
    shown = [group.value() for group in content.practices.choices]
    assert dict(zip(content.practices.ids, shown, strict=True)) == dict(saved.ratings)
    assert content.free_goals.choices[0].value() == "partly"
    assert content.prompts.boxes[0].answer.toPlainText() == "Asked Sam about the talk.\nTwice."
    summary = content.summary.text()  # written for the week as it stands, once built
    assert summary and "Once you have said how the week was" not in summary
    assert rated(dialog.value()) == rated(saved)
    assert not dialog.has_changes()  # built in the order shown: still as it was
    dialog.close_quietly()


def test_typing_before_the_sections_are_built_loses_nothing_and_saves_them_whole(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    saved = checked_in_with_everything(qtbot, session, week)
    dialog = unbuilt(qtbot, session, week)
    linkedin = dialog.content.networks.rows[0]
    linkedin.note.setText("Typed before the rest was there")
    dialog.content.week.hours.setText("38")
    assert dialog.has_changes() and not dialog.is_built()

    with qtbot.waitSignal(dialog.draft_changed, timeout=5000) as changed:
        dialog.flush_draft()
    on_worker(qtbot, session.runner, lambda: drafts.save_draft(changed.args[0]))
    draft = on_worker(qtbot, session.runner, lambda: drafts.draft_for(week))
    assert draft is not None and rated(draft) == rated(saved) and draft.hours == 38

    dialog.show()
    qtbot.waitUntil(dialog.is_built, timeout=5000)
    assert linkedin.note.text() == "Typed before the rest was there"
    with qtbot.waitSignal(dialog.save_requested, timeout=5000) as requested:
        dialog.save_button.click()
    checkin = requested.args[0]
    on_worker(qtbot, session.runner, lambda: checkin_form.save_checkin(checkin, (), week.monday()))
    stored = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(week))
    assert rated(stored) == rated(saved)
    assert stored.hours == 38
    assert stored.entry_for(linkedin.network_id).note == "Typed before the rest was there"
    dialog.close_quietly()


def test_saving_before_the_sections_are_built_keeps_their_answers(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    saved = checked_in_with_everything(qtbot, session, week)
    dialog = unbuilt(qtbot, session, week)
    with qtbot.waitSignal(dialog.save_requested, timeout=5000) as requested:
        dialog.save_button.click()
    assert not dialog.is_built()  # saving builds nothing more
    checkin = requested.args[0]
    assert dialog.ask_every_week() == ()
    on_worker(qtbot, session.runner, lambda: checkin_form.save_checkin(checkin, (), week.monday()))
    stored = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(week))
    assert rated(stored) == rated(saved)
    dialog.close_quietly()


def test_tab_from_the_last_network_goes_on_to_the_practices_not_yet_built(qtbot, window_on):
    session, data = window_on
    dialog = unbuilt(qtbot, session, data.week - 6)
    dialog.show()  # no turn of the event loop yet: the sections are still waiting
    assert not dialog.is_built()
    last = dialog.content.networks.rows[-1]
    last.note.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(last.note, Qt.Key.Key_Tab)
    assert dialog.is_built()
    assert dialog.focusWidget() is dialog.content.practices.choices[0].buttons[0]
    dialog.close_quietly()


def test_with_room_below_the_networks_every_section_is_in_the_first_frame(qtbot, window_on):
    session, data = window_on
    form = on_worker(qtbot, session.runner, lambda: checkin_form.checkin_form(data.week - 6))
    tall = QSize(900, 1000)  # the three networks end well above the bottom
    dialog = CheckInDialog(form, session.window.checkin.today(), session.window, tall)
    assert dialog.is_built()
    dialog.close_quietly()
