"""Goals through the real database: versioned targets, pauses, refusals, the strip, the
measured numbers beside the reported ones, and experiments that await an outcome."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from reflect import activity, checkins, experiments, goal_overview, goals, networks, practices
from reflect.activity import MeasuredItem
from reflect.checkins import CheckIn, Entry
from reflect.errors import InvalidExperiment, InvalidGoal
from reflect.experiments import Experiment
from reflect.goal_words import describe
from reflect.goals import GoalDraft
from reflect.weeks import IsoWeek

W = IsoWeek(2026, 10)  # "week 10" of the issue
START = IsoWeek(2026, 1)


def rows(db) -> dict[str, int]:
    tables = ("goal", "goal_version", "experiment")
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def linkedin(db):
    return networks.add_preset("linkedin")


def posts_goal(network_id: str, target: float = 2) -> goals.Goal:
    draft = GoalDraft("Post", "count", START, network_id, None, "posts", "at_least", target)
    return goals.save_goal(draft)


def post(week: IsoWeek, network_id: str, n: int) -> CheckIn:
    return checkins.record_checkin(CheckIn(week, 3, entries=(Entry(network_id, posts=n),)))


def strip_states(goal_id: str, last: IsoWeek, weeks: int) -> list[str]:
    return [s.state for s in goal_overview.goal_strip(goal_id, last, weeks)]


def test_a_goal_raised_from_2_to_3_posts_in_week_10_still_shows_week_9_as_met(linkedin):
    goal = posts_goal(linkedin.id)
    post(W - 1, linkedin.id, 2)
    post(W, linkedin.id, 2)
    raised = replace(goal.draft(), target=3, effective_week=W)
    goals.save_goal(raised)
    states = goal_overview.goal_strip(goal.id, W, 2)
    assert [(s.state, s.detail) for s in states] == [
        ("met", "2 of 2 posts"),
        ("partly", "2 of 3 posts"),
    ]


def test_a_new_target_after_a_pause_holds_after_the_resume_too(linkedin):
    goal = posts_goal(linkedin.id)
    goals.pause(goal.id, W, W + 1)  # a holiday planned ahead: W and W+1
    goals.save_goal(replace(goal.draft(), target=3, effective_week=W - 2))
    goal = goals.get_goal(goal.id)
    assert [goal.status_in(w) for w in (W - 1, W, W + 1, W + 2)] == [
        "active",
        "paused",
        "paused",
        "active",
    ]
    assert [goal.target_for(w).target for w in (W - 3, W - 2, W + 2)] == [2, 3, 3]


def test_paused_weeks_are_paused_and_resuming_early_keeps_a_planned_pause(linkedin):
    goal = posts_goal(linkedin.id)
    for week in (W, W + 1, W + 2):
        post(week, linkedin.id, 0)
    goals.pause(goal.id, W + 6, W + 7)  # a holiday, planned ahead
    goals.pause(goal.id, W, W + 3)  # then a crisis
    goals.resume(goal.id, W + 2)  # over sooner than feared
    assert strip_states(goal.id, W + 8, 9) == [
        "paused",
        "paused",
        "missed",  # back, and the week counts again
        "no data",
        "no data",
        "no data",
        "paused",
        "paused",
        "no data",
    ]
    assert goal_overview.status_note(goals.get_goal(goal.id), W + 3) == (
        f"Pause planned from {W + 6}"
    )
    assert goal_overview.status_note(goals.get_goal(goal.id), W + 6) == f"Resumes {W + 8}"
    with pytest.raises(InvalidGoal, match="not paused"):
        goals.resume(goal.id, W + 3)
    with pytest.raises(InvalidGoal, match="ends before it starts"):
        goals.pause(goal.id, W, W - 1)


def test_a_pause_until_resumed_lasts_until_resumed(linkedin):
    goal = posts_goal(linkedin.id)
    goals.pause(goal.id, W)
    assert strip_states(goal.id, W + 20, 3) == ["paused"] * 3
    goals.resume(goal.id, W + 19)
    assert strip_states(goal.id, W + 20, 3) == ["paused", "no data", "no data"]


def test_achieve_and_retire_keep_the_history(linkedin):
    goal = posts_goal(linkedin.id)
    post(W - 1, linkedin.id, 2)
    post(W, linkedin.id, 3)
    achieved = goals.set_status(goal.id, "achieved", W)
    assert achieved.status == "achieved" and achieved.status_in(W - 1) == "active"
    assert strip_states(goal.id, W, 2) == ["met", "no data"]
    again = goals.set_status(goal.id, "active", W)
    assert strip_states(again.id, W, 2) == ["met", "met"]
    goals.set_status(goal.id, "retired", W + 1)
    assert [g.status for g in goals.goals()] == ["retired"]
    assert strip_states(goal.id, W, 2) == ["met", "met"]


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"target": 20_000}, "target_absurd", "20,000 posts a week looks like a typo"),
        ({"target": -1}, "bad_target", "0 or more"),
        ({"target": 2.5}, "bad_target", "whole number"),
        ({"metric": "minutes", "target": 20_000}, "target_absurd", "A week has 10,080 minutes."),
        ({"metric": "active_days", "target": 8}, "target_absurd", "A week has 7 days."),
        ({"title": "   "}, "title_missing", "short title"),
        ({"end_week": START - 1}, "end_before_start", "end week comes before the start week"),
    ],
)
def test_bad_goals_are_refused_with_a_sentence_and_nothing_written(
    db, linkedin, change, code, words
):
    draft = replace(
        GoalDraft("Post", "count", START, linkedin.id, None, "posts", "at_least", 2), **change
    )
    before = rows(db)
    with pytest.raises(InvalidGoal) as refused:
        goals.save_goal(draft)
    assert code in refused.value.codes() and words in str(refused.value)
    assert rows(db) == before


def test_an_edit_keeps_kind_and_network_and_applies_from_the_start_at_the_earliest(db, linkedin):
    goal = posts_goal(linkedin.id)
    other = networks.add_preset("x")
    before = rows(db)
    for change, code in (
        ({"kind": "free"}, "kind_changed"),
        ({"network_id": other.id}, "network_changed"),
        ({"effective_week": START - 1}, "effective_before_start"),
        ({"end_week": W, "effective_week": W + 1}, "effective_after_end"),
    ):
        with pytest.raises(InvalidGoal) as refused:
            goals.save_goal(replace(goal.draft(), **change))
        assert code in refused.value.codes()
    assert rows(db) == before


def test_an_unchanged_target_writes_no_new_version(db, linkedin):
    goal = posts_goal(linkedin.id)
    goals.save_goal(replace(goal.draft(), title="Post more", effective_week=W))
    assert rows(db)["goal_version"] == 1
    assert goals.get_goal(goal.id).title == "Post more"


def test_descriptions_for_the_preview(db, linkedin):
    week = IsoWeek(2026, 48)
    one = GoalDraft("One", "count", week, linkedin.id, week + 4, "active_days", "at_least", 1)
    assert describe(one, "LinkedIn") == (
        "At least 1 active day a week on LinkedIn, from 2026-W48 to 2026-W52"
    )
    reader = GoalDraft("Read", "role", week, role="reader", target=100)
    assert describe(reader, weeks=False) == "Only a reader across all networks"


def test_measured_numbers_sit_beside_the_reported_ones(linkedin):
    x = networks.add_preset("x")
    minutes = goals.save_goal(
        GoalDraft("Less X", "count", START, x.id, None, "minutes", "at_most", 60)
    )
    replies = goals.save_goal(
        GoalDraft("Talk", "count", START, x.id, None, "comments", "at_least", 2)
    )
    days = goals.save_goal(
        GoalDraft("Days", "count", START, x.id, None, "active_days", "at_least", 3)
    )
    monday, wednesday = W.days()[0], W.days()[2]
    items = [
        MeasuredItem("r1", "comments", datetime.combine(monday, time(9)).astimezone()),
        MeasuredItem("r2", "comments", datetime.combine(monday, time(21)).astimezone()),
        MeasuredItem("r3", "comments", datetime.combine(wednesday, time(12)).astimezone()),
    ]
    activity.record_items(x.id, "x", items)
    checkins.record_checkin(CheckIn(W, 3, entries=(Entry(x.id, comments=2, minutes=50),)))
    states = goal_overview.goal_states(W, W)
    assert states[replies.id][0].detail == "2 of 2 comments (measured 3)"
    assert states[minutes.id][0].detail == "50 of at most 60 minutes"  # an archive has no minutes
    assert (states[days.id][0].state, states[days.id][0].value) == ("partly", 2)
    measured = goal_overview.measured_weeks(W, W)[W][0]
    assert (measured.comments, measured.days, measured.counted) == (
        3,
        frozenset({0, 2}),
        frozenset({"posts", "comments", "shares"}),
    )


def test_the_goals_page_takes_the_same_few_queries_for_3_goals_as_for_30(db, linkedin):
    promote = practices.practices()[0]

    def add(n: int) -> None:
        for i in range(n):
            goals.save_goal(
                GoalDraft(f"Post {i}", "count", START, linkedin.id, None, "posts", "at_least", 1)
            )
            goals.save_goal(
                GoalDraft(f"Promote {i}", "practice", START, practice_id=promote.id, target=2)
            )
            goals.save_goal(GoalDraft(f"Free {i}", "free", START))

    def queries() -> int:
        seen: list[str] = []
        connection = db.connection()
        connection.set_trace_callback(seen.append)
        try:
            view = goal_overview.goals_overview(W)
        finally:
            connection.set_trace_callback(None)
        assert all(len(row.strip) == 12 for row in view.goals)
        return len(seen)

    for week in range(8):
        post(W - week, linkedin.id, week % 3)
    add(1)
    few = queries()
    add(9)
    assert queries() == few <= 20


def test_experiments_remind_once_their_last_week_is_past(db):
    running = experiments.save_experiment(Experiment("Reply first", W - 5, 4))
    current = experiments.save_experiment(Experiment("Ask a question a week", W - 1, 4))
    assert [e.title for e in experiments.awaiting_outcome(W)] == ["Reply first"]
    assert running.progress(W) == f"ended {W - 2}" and current.progress(W) == "week 2 of 4"
    with pytest.raises(InvalidExperiment, match="Write what happened"):
        experiments.save_experiment(replace(running, status="finished"))
    experiments.save_experiment(replace(running, status="finished", outcome="More replies."))
    assert experiments.awaiting_outcome(W) == []
    view = goal_overview.goals_overview(W)
    assert [r.progress for r in view.experiments] == [
        "week 2 of 4",
        f"finished · {W - 5} – {W - 2}",
    ]


def test_active_days_are_local_days(db, monkeypatch):
    import time as clock

    monkeypatch.setenv("TZ", "Pacific/Auckland")
    clock.tzset()
    try:
        x = networks.add_preset("x")
        sunday_evening_utc = datetime(2026, 3, 8, 20, tzinfo=UTC)  # Monday morning there
        activity.record_items(x.id, "x", [MeasuredItem("late", "posts", sunday_evening_utc)])
        week = IsoWeek(2026, 11)
        assert goal_overview.measured_weeks(week, week)[week][0].days == frozenset({0})
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()
