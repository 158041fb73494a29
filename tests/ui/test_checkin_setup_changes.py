"""Opening the check-in again reuses the networks, goals and practices it read last time, but
only while nothing in the database has changed: a change made anywhere shows at the next open."""

from __future__ import annotations

from reflect import networks, practices
from reflect.goals import GoalDraft, save_goal
from tests.ui.checkin_helpers import on_worker, open_checkin, row_for
from tests.ui.helpers import plain
from ui.checkin.fields import ChoiceGroup


def reopen(qtbot, window):
    dialog = window.checkin.dialog
    dialog.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    return open_checkin(qtbot, window)


def names(dialog) -> list[str]:
    return [row.name.plain().strip("● ").strip() for row in dialog.content.networks.rows]


def test_a_network_added_or_archived_shows_at_the_next_open(qtbot, window_on):
    session, data = window_on
    window = session.window
    dialog = open_checkin(qtbot, window)
    assert names(dialog) == ["LinkedIn", "Mastodon", "Blog"]
    dialog = reopen(qtbot, window)  # nothing changed: the same rows
    assert names(dialog) == ["LinkedIn", "Mastodon", "Blog"]

    on_worker(qtbot, session.runner, lambda: networks.add_preset("bluesky"))
    dialog = reopen(qtbot, window)
    assert names(dialog) == ["LinkedIn", "Mastodon", "Blog", "Bluesky"]

    on_worker(qtbot, session.runner, lambda: networks.set_archived(data.mastodon.id, True))
    dialog = reopen(qtbot, window)
    assert names(dialog) == ["LinkedIn", "Blog", "Bluesky"]
    dialog.reject()


def test_a_new_goal_shows_its_progress_at_the_next_open(qtbot, window_on):
    session, data = window_on
    window = session.window
    dialog = open_checkin(qtbot, window, data.week - 1)
    assert "Post twice" not in plain(row_for(dialog, "LinkedIn").info)
    draft = GoalDraft(
        title="Post twice",
        kind="count",
        network_id=data.linkedin.id,
        metric="posts",
        direction="at_least",
        target=2,
        start_week=data.week - 3,
    )
    on_worker(qtbot, session.runner, lambda: save_goal(draft))
    dialog.reject()
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    dialog = open_checkin(qtbot, window, data.week - 1)
    assert "Post twice: 2 of 2 posts" in plain(row_for(dialog, "LinkedIn").info)
    dialog.reject()


def test_a_change_from_another_connection_shows_too(qtbot, window_on):
    """The command line, or a second copy of the app, writes through a connection of its own."""
    session, _data = window_on
    window = session.window
    dialog = open_checkin(qtbot, window)
    before = [p.name for p in dialog.form.practices]
    dialog.reject()
    qtbot.waitUntil(lambda: window.checkin.dialog is None)
    practices.add_practice("Stretch before writing")  # this thread's own connection
    dialog = open_checkin(qtbot, window)
    assert [p.name for p in dialog.form.practices] == [*before, "Stretch before writing"]
    rated = [group.accessibleName() for group in dialog.content.practices.findChildren(ChoiceGroup)]
    assert "Stretch before writing" in rated
    dialog.reject()


def test_the_set_up_read_while_the_app_settles_is_not_kept_past_a_change(qtbot, window_on):
    """A while after start-up the worker reads the set-up ahead of the first opening; a
    network added after that still shows when the check-in first opens."""
    session, _data = window_on
    window = session.window
    window.checkin._warm_up()  # what the timer does three seconds after start-up
    on_worker(qtbot, session.runner, lambda: None)  # the read has run on the worker
    networks.add_preset("bluesky")  # the command line's connection, after the read
    dialog = open_checkin(qtbot, window)
    assert names(dialog) == ["LinkedIn", "Mastodon", "Blog", "Bluesky"]
    dialog.reject()


def test_a_warm_up_due_after_the_window_closed_does_nothing(qtbot, start):
    session, _data = start()
    session.close()
    session.window.checkin._warm_up()  # the timer, when the window closed within 3 s
    assert session.runner.is_shut_down  # and the call above raised nothing
