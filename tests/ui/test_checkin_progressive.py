"""With many networks the dialog builds the rows on screen first and the others just after it
shows. Nothing of a row still waiting is lost: its values are saved, kept in a draft, and
Tab reaches it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt

from reflect import checkin_form, checkins, drafts, networks
from reflect.checkins import CheckIn, Entry, Roles
from reflect.networks import NetworkDraft
from tests.ui.checkin_helpers import on_worker
from ui.checkin.checkin_dialog import CheckInDialog

SMALL = QSize(900, 560)  # room for two or three network rows before scrolling


def twelve_networks_checked_in(qtbot, session, week) -> CheckIn:
    """Nine networks more than the three of the test data, and a check-in for ``week`` with a
    different entry on each of the twelve."""

    def add() -> CheckIn:
        for number in range(9):
            networks.save_network(NetworkDraft(f"Forum {number + 1}"))
        entries = tuple(
            Entry(
                network.id,
                posts=index,
                comments=2 * index,
                feedback="a little" if index % 2 else None,
                roles=Roles(20, 30, 50) if index % 3 == 0 else None,
                note=f"Note {index}",
            )
            for index, network in enumerate(networks.networks())
        )
        return checkins.record_checkin(CheckIn(week, workload=3, entries=entries))

    return on_worker(qtbot, session.runner, add)


def half_built(qtbot, session, week) -> CheckInDialog:
    form = on_worker(qtbot, session.runner, lambda: checkin_form.checkin_form(week))
    dialog = CheckInDialog(form, session.window.checkin.today(), session.window, SMALL)
    section = dialog.content.networks
    assert 0 < sum(row.built for row in section.rows) < len(section.rows) == 12
    return dialog


def entries_by_network(checkin: CheckIn) -> dict[str, Entry]:
    return {e.network_id: e for e in checkin.entries}


def test_rows_still_waiting_keep_their_values_and_fill_in_once_the_dialog_shows(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    saved = twelve_networks_checked_in(qtbot, session, week)
    dialog = half_built(qtbot, session, week)
    assert entries_by_network(dialog.value()) == entries_by_network(saved)
    assert not dialog.has_changes()

    dialog.show()
    qtbot.waitUntil(dialog.content.networks.is_built, timeout=5000)
    last = dialog.content.networks.rows[-1]
    assert last.note.text() == "Note 11"
    assert last.counts["comments"].text() == "22"
    assert last.feedback.currentText() == "a little"
    assert entries_by_network(dialog.value()) == entries_by_network(saved)
    assert not dialog.has_changes()
    dialog.close_quietly()


def test_saving_before_every_row_is_built_saves_every_row(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    saved = twelve_networks_checked_in(qtbot, session, week)
    dialog = half_built(qtbot, session, week)
    first = dialog.content.networks.rows[0]
    first.note.setText("Changed on the first row")

    with qtbot.waitSignal(dialog.save_requested, timeout=5000) as requested:
        dialog.save_button.click()
    checkin = requested.args[0]
    on_worker(qtbot, session.runner, lambda: checkin_form.save_checkin(checkin, (), week.monday()))

    stored = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(week))
    assert stored is not None
    expected = entries_by_network(saved)
    expected[first.network_id] = replace(
        expected[first.network_id], note="Changed on the first row"
    )
    assert entries_by_network(stored) == expected
    assert dialog.status.text() == "Saving…"
    dialog.close_quietly()


def test_a_draft_from_a_half_built_dialog_is_whole(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    saved = twelve_networks_checked_in(qtbot, session, week)
    dialog = half_built(qtbot, session, week)
    first = dialog.content.networks.rows[0]
    first.counts["posts"].setText("7")

    with qtbot.waitSignal(dialog.draft_changed, timeout=5000) as changed:
        dialog.flush_draft()
    on_worker(qtbot, session.runner, lambda: drafts.save_draft(changed.args[0]))

    draft = on_worker(qtbot, session.runner, lambda: drafts.draft_for(week))
    assert draft is not None
    kept = entries_by_network(draft)
    assert kept[first.network_id].posts == 7
    for network_id, entry in entries_by_network(saved).items():
        if network_id != first.network_id:
            assert kept[network_id] == entry
    dialog.close_quietly()


def test_tab_from_the_last_row_built_goes_on_to_the_next_network(qtbot, window_on):
    session, data = window_on
    week = data.week - 6
    twelve_networks_checked_in(qtbot, session, week)
    dialog = half_built(qtbot, session, week)
    rows = dialog.content.networks.rows
    built = sum(row.built for row in rows)
    dialog.show()  # no turn of the event loop yet: the other rows are still waiting
    assert not rows[built].built

    rows[built - 1].note.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(rows[built - 1].note, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is rows[built].unused

    reached = set()
    for _ in range(len(rows) * 12):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.add(dialog.focusWidget())
    assert all(row.note in reached and row.roles.boxes[2] in reached for row in rows[built:])
    dialog.close_quietly()
