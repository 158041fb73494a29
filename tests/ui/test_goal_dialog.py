"""The goal, pause and experiment editors, driven through their widgets: live preview,
problems next to the fields, Save only when the domain finds nothing wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from reflect.experiments import Experiment
from reflect.goal_timeline import Target
from reflect.goals import Goal, GoalDraft
from reflect.networks import PRESETS, Network
from reflect.practices import Practice
from reflect.weeks import IsoWeek
from ui.goals.experiment_dialog import ExperimentDialog
from ui.goals.goal_dialog import GoalChoices, GoalDialog
from ui.goals.pause_dialog import PauseDialog

WEEK = IsoWeek(2026, 48)
NOW = datetime(2026, 11, 23, tzinfo=UTC)


def network(key: str, ident: str, archived: bool = False) -> Network:
    p = PRESETS[key]
    return Network(
        ident, p.name, p.kind, p.audience, p.purpose, p.colour, p.hosts, key, 0, archived, NOW, NOW
    )


NETWORKS = (network("x", "n-x"), network("linkedin", "n-li"))
PRACTICES = (
    Practice("p-1", "Express vulnerability", "", "vulnerability", False),
    Practice("p-2", "Promote others", "", "promote", False),
)
CHOICES = GoalChoices(NETWORKS, PRACTICES, WEEK)


@pytest.fixture
def new_goal(qtbot):
    dialog = GoalDialog(
        None, GoalDraft("", "count", WEEK, metric="posts", direction="at_least"), CHOICES
    )
    qtbot.addWidget(dialog)
    return dialog


def test_save_waits_for_a_title_and_a_number(new_goal):
    dialog = new_goal
    assert not dialog.save_button.isEnabled()
    assert dialog.problems.texts() == {
        "title": "Give the goal a short title.",
        "target": "The target is a number of 0 or more.",
    }
    dialog.title.setText("Less X")
    dialog.network.setCurrentIndex(dialog.network.findText("X"))
    dialog.direction.setCurrentIndex(dialog.direction.findData("at_most"))
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("minutes"))
    dialog.count_target.setText("60")
    assert dialog.save_button.isEnabled() and dialog.problems.texts() == {}
    assert dialog.preview.text() == "At most 60 minutes a week on X, from 2026-W48"
    assert dialog.value() == GoalDraft(
        "Less X", "count", WEEK, "n-x", None, "minutes", "at_most", 60.0
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("-3", "The target is a number of 0 or more."),
        ("many", "The target is a number of 0 or more."),
        ("20000", "20,000 posts a week looks like a typo: a goal asks for at most 10,000."),
        ("2.5", "The target is a whole number."),
    ],
)
def test_a_bad_target_is_explained_next_to_it(new_goal, typed, words):
    new_goal.title.setText("Post")
    new_goal.count_target.setText(typed)
    assert new_goal.problems.texts() == {"target": words}
    assert not new_goal.save_button.isEnabled()


def test_an_end_before_the_start_is_explained_under_the_end(new_goal):
    new_goal.title.setText("Post")
    new_goal.count_target.setText("2")
    new_goal.has_end.setChecked(True)
    new_goal.end.set_week(WEEK - 1)
    assert new_goal.problems.texts() == {"end_week": "The end week comes before the start week."}
    new_goal.end.set_week(WEEK + 4)
    assert new_goal.save_button.isEnabled()
    assert new_goal.preview.text().endswith("from 2026-W48 to 2026-W52")


def test_the_four_kinds(new_goal):
    dialog = new_goal
    dialog.title.setText("Mine")
    dialog.set_kind("role")
    dialog.role.setCurrentIndex(dialog.role.findData("reader"))
    dialog.share.setText("100")
    assert dialog.preview.text() == "Only a reader across all networks, from 2026-W48"
    assert (dialog.value().role, dialog.value().target, dialog.value().metric) == (
        "reader",
        100,
        None,
    )
    dialog.share.setText("120")
    assert dialog.problems.texts() == {"target": "The minimum share is 1 to 100 percent."}
    dialog.set_kind("practice")
    dialog.practice.setCurrentIndex(1)
    dialog.rating.setCurrentIndex(dialog.rating.findData(2))
    assert dialog.preview.text() == (
        "Rate “Promote others” at least 2 of 3 each week across all networks, from 2026-W48"
    )
    assert (dialog.value().practice_id, dialog.value().target) == ("p-2", 2)
    dialog.set_kind("free")
    assert dialog.preview.text() == "Judged by you each week across all networks, from 2026-W48"
    assert dialog.value().target is None and dialog.save_button.isEnabled()


def test_editing_changes_the_target_from_a_chosen_week_and_keeps_kind_and_network(qtbot):
    start = WEEK - 20
    goal = Goal(
        "g-1",
        "Post on LinkedIn",
        "count",
        "n-li",
        start,
        None,
        (Target(start, "active", "posts", "at_least", 2.0),),
        0,
        NOW,
    )
    dialog = GoalDialog(None, goal.draft(WEEK), replace(CHOICES, original=goal))
    qtbot.addWidget(dialog)
    assert not dialog.network.isEnabled()
    assert not any(b.isEnabled() for b in dialog.kind_buttons.buttons())
    assert dialog.count_target.text() == "2" and dialog.effective.week() == WEEK
    dialog.count_target.setText("3")
    assert dialog.preview.text() == (
        "At least 3 posts a week on LinkedIn, from 2026-W48\n"
        f"Until then: at least 2 posts a week on LinkedIn, from {start}"
    )
    dialog.effective.set_week(start - 1)
    assert dialog.problems.texts() == {
        "effective_week": "A change applies from the start week at the earliest."
    }
    dialog.effective.set_week(WEEK - 2)
    assert dialog.value() == replace(goal.draft(), target=3.0, effective_week=WEEK - 2)


def test_the_week_field_steps_and_takes_typing(qtbot, new_goal):
    field = new_goal.start
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.week() == WEEK + 1 and field.text() == (WEEK + 1).label()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2027-W02")
    assert field.week() == IsoWeek(2027, 2)
    qtbot.keyClicks(field, "x")  # not part of a week: refused as typed
    assert field.week() == IsoWeek(2027, 2)


def test_a_pause_until_a_week_or_until_resumed(qtbot):
    dialog = PauseDialog(None, "Post", WEEK)
    qtbot.addWidget(dialog)
    assert dialog.value() == (WEEK, None) and dialog.ok_button.isEnabled()
    dialog.until.setChecked(True)
    dialog.last.set_week(WEEK - 1)
    assert dialog.problems.texts() == {"last": "The pause ends before it starts."}
    assert not dialog.ok_button.isEnabled()
    dialog.last.set_week(WEEK + 1)
    assert dialog.value() == (WEEK, WEEK + 1)


def test_an_experiment_that_ended_asks_what_happened(qtbot):
    ended = Experiment("Reply first", WEEK - 6, 4, "n-x", "More replies.", id="e-1")
    dialog = ExperimentDialog(None, ended, NETWORKS, WEEK)
    qtbot.addWidget(dialog)
    assert not dialog.reminder.isHidden()
    assert dialog.reminder.text().startswith(f"This experiment ended in {WEEK - 3}.")
    assert dialog.status.currentData() == "running" and dialog.problems.texts() == {}
    dialog.outcome.setPlainText("Twice the replies, half the posts.")
    assert dialog.status.currentData() == "finished"
    assert dialog.value() == replace(
        ended, outcome="Twice the replies, half the posts.", status="finished"
    )
    dialog.outcome.setPlainText("")
    assert dialog.status.currentData() == "running"
    dialog.status.setCurrentIndex(dialog.status.findData("finished"))
    assert dialog.problems.texts() == {
        "outcome": "Write what happened before calling the experiment finished."
    }
    assert not dialog.save_button.isEnabled()


def test_a_new_experiment_previews_its_weeks(qtbot):
    dialog = ExperimentDialog(None, Experiment("", WEEK), NETWORKS, WEEK)
    qtbot.addWidget(dialog)
    assert dialog.reminder.isHidden() and not dialog.save_button.isEnabled()
    dialog.title.setText("One question a week")
    dialog.weeks.setValue(6)
    dialog.network.setCurrentIndex(dialog.network.findText("LinkedIn"))
    assert dialog.preview.text() == (
        f"I will try “One question a week” for 6 weeks on LinkedIn, {WEEK} to {WEEK + 5} "
        "· week 1 of 6"
    )
    assert dialog.save_button.isEnabled()


def test_the_dialog_text_grows_with_the_system_font(qtbot):
    """Form dialogs scale their style sheet's sizes with the application font."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    before = QApplication.font()
    try:
        big = QFont(before)
        big.setPointSizeF(20)
        QApplication.setFont(big)
        dialog = GoalDialog(
            None, GoalDraft("", "count", WEEK, metric="posts", direction="at_least"), CHOICES
        )
        qtbot.addWidget(dialog)
        assert "font-size: 28.0pt" in dialog.styleSheet()  # the title's 14pt, twice the base
    finally:
        QApplication.setFont(before)
