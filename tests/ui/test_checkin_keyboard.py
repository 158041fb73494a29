"""The check-in with the keyboard only: Tab order, choices by key, Enter never saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from reflect import checkins
from reflect.checkins import STANDARD_CONTEXT
from tests.ui.checkin_helpers import accessible_name, on_worker, open_checkin


def network_names(name: str) -> list[str]:
    return [
        f"Didn't use {name} this week",
        *(f"{name} {count}" for count in ("posts", "comments", "shares", "reactions", "minutes")),
        f"{name} feedback received",
        *(f"{name} {role} share, percent" for role in ("creator", "commenter", "reader")),
        f"{name} note",
    ]


def tab(qtbot, dialog) -> str:
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    return accessible_name(dialog.focusWidget())


def test_every_field_in_order_with_tab_and_saved_without_a_mouse(qtbot, window_on):
    session, _data = window_on
    dialog = open_checkin(qtbot, session.window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    content = dialog.content
    assert dialog.focusWidget() is content.week.workload.buttons[0]  # it starts on workload
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_4)
    assert content.week.workload.value() == 4
    assert accessible_name(dialog.focusWidget()) == "Workload: 4 · heavy"

    seen = []
    while dialog.focusWidget() is not dialog.save_button and len(seen) < 120:
        seen.append(tab(qtbot, dialog))
    prompts = [box.prompt for box in content.prompts.boxes]
    practices = [p.name for p in dialog.form.practices]
    assert seen == [
        "Hours worked (optional)",
        "Energy: 1 · drained",
        *(f"Life context: {tag}" for tag in STANDARD_CONTEXT),
        "Other life context, separated by commas",
        *network_names("LinkedIn"),
        *network_names("Mastodon"),
        *network_names("Blog"),
        *(f"{name}: 0 · not at all" for name in practices),
        "Promote others' work: yes",
        *(name for prompt in prompts for name in (prompt, f"Skip: {prompt}")),
        "A question of your own",
        "Ask my own question every week",
        "Your answer to your own question",
        "Cancel",
        "Save check-in",
    ]
    # round again: the week picker, then back to the chosen workload
    assert [tab(qtbot, dialog) for _ in range(4)] == [
        "Previous week",
        "Week of the check-in: any day in it",
        "Next week",
        "Workload: 4 · heavy",
    ]


def test_keys_choose_and_enter_never_saves(qtbot, window_on):
    session, data = window_on
    dialog = open_checkin(qtbot, session.window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    content = dialog.content
    requested = []
    dialog.save_requested.connect(requested.append)

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)  # workload "2 · comfortable"
    energy = content.week.energy
    energy.setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_3)
    assert energy.value() == 3
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert energy.value() == 4
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Delete)  # energy is optional
    assert energy.value() is None
    content.week.workload.setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Delete)  # workload is not
    assert content.week.workload.value() == 2
    goal = content.free_goals.choices[0]
    goal.setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P)
    assert goal.value() == "partly"

    posts = content.networks.rows[0].counts["posts"]
    posts.setFocus()
    qtbot.keyClicks(posts, "2")
    qtbot.keyClick(posts, Qt.Key.Key_Up)
    assert posts.text() == "3"
    qtbot.keyClick(posts, Qt.Key.Key_Return)
    assert dialog.focusWidget() is content.networks.rows[0].counts["comments"]
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Enter)
    assert dialog.isVisible() and requested == []

    with qtbot.waitSignal(session.window.checkin.checkin_saved, timeout=5000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    saved = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(data.week))
    assert saved.workload == 2 and saved.entry_for(data.linkedin.id).posts == 3


def test_every_control_has_an_accessible_name(qtbot, window_on):
    session, _ = window_on
    dialog = open_checkin(qtbot, session.window)
    qtbot.waitUntil(dialog.is_built)  # the sections below the networks follow the first paint
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(dialog)
        and not isinstance(w.parent(), QAbstractSpinBox)  # a spin box's own line edit
    ]
    assert len(focusable) > 60
    nameless = [w for w in focusable if not accessible_name(w).strip()]
    assert nameless == []
