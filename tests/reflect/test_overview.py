"""The read side of the pages, checked against numbers worked out by hand."""

from __future__ import annotations

import pytest

from reflect import goals, networks, overview
from reflect.checkins import Answer, CheckIn, Entry, record_checkin
from reflect.goals import GoalDraft
from reflect.weeks import IsoWeek

W = IsoWeek(2026, 20)  # "this week" in these tests; every check-in lies before it


@pytest.fixture
def data(db):
    """LinkedIn, Mastodon, Blog (archived, used in W17) and Facebook (archived, never used).

    Check-ins: W15 (workload 5), W17 (4), W18 (a draft), W19 (2). W16 has none.
    """
    linkedin = networks.add_preset("linkedin")
    mastodon = networks.add_preset("mastodon")
    blog = networks.add_preset("blog")
    facebook = networks.add_preset("facebook")
    networks.set_archived(facebook.id, True)
    record_checkin(
        CheckIn(
            IsoWeek(2026, 15),
            workload=5,
            entries=(Entry(linkedin.id, posts=0), Entry(mastodon.id, shares=3)),
        )
    )
    record_checkin(
        CheckIn(
            IsoWeek(2026, 17),
            workload=4,
            energy=3,
            context=("deadline",),
            entries=(
                Entry(linkedin.id, posts=2, comments=3, shares=1, reactions=4, minutes=50),
                Entry(mastodon.id, comments=5, reactions=2),
                Entry(blog.id, posts=1),
            ),
            answers=(Answer("What got traction?", "\n  Shipped the report.\nSecond line"),),
        )
    )
    record_checkin(
        CheckIn(
            IsoWeek(2026, 18), workload=2, entries=(Entry(linkedin.id, posts=9),), is_draft=True
        )
    )
    record_checkin(
        CheckIn(
            IsoWeek(2026, 19),
            workload=2,
            energy=4,
            entries=(Entry(linkedin.id, posts=1, reactions=6), Entry(mastodon.id, unused=True)),
            answers=(Answer("First?", ""), Answer("Second?", "Quiet week, on purpose.")),
        )
    )
    networks.set_archived(blog.id, True)
    start = IsoWeek(2026, 10)
    g1 = goals.save_goal(
        GoalDraft("Post twice", "count", start, linkedin.id, None, "posts", "at_least", 2)
    )
    g2 = goals.save_goal(
        GoalDraft("Fewer likes", "count", start, None, None, "reactions", "at_most", 8)
    )
    g3 = goals.save_goal(GoalDraft("Reply to two people", "free", start, mastodon.id))
    goals.set_status(g3.id, "paused", IsoWeek(2026, 19))
    g4 = goals.save_goal(GoalDraft("Write", "role", start, blog.id, role="creator", target=60))
    goals.set_status(g4.id, "retired", IsoWeek(2026, 12))
    return {
        "linkedin": linkedin,
        "mastodon": mastodon,
        "blog": blog,
        "facebook": facebook,
        "goals": (g1, g2, g3, g4),
    }


def totals(point):
    return [(c.name, c.actions) for c in point.counts]


def test_trend_points_have_gaps_for_missing_weeks_and_drafts(data):
    points = overview.trend_points(IsoWeek(2026, 15), IsoWeek(2026, 19))
    assert [str(p.week) for p in points] == [f"2026-W{n}" for n in range(15, 20)]
    assert [p.workload for p in points] == [5, None, 4, None, 2]
    assert [p.checked_in for p in points] == [True, False, True, False, True]
    # Blog is archived but used in W17, so it stays in the series; Facebook does not.
    assert totals(points[0]) == [("LinkedIn", 0), ("Mastodon", 3), ("Blog", 0)]
    assert points[1].counts == () and points[3].counts == ()
    # W17: LinkedIn 2 + 3 + 1 + 4 = 10 (minutes are not actions), Mastodon 5 + 2, Blog 1.
    assert totals(points[2]) == [("LinkedIn", 10), ("Mastodon", 7), ("Blog", 1)]
    assert points[2].total() == 18
    assert totals(points[4]) == [("LinkedIn", 7), ("Mastodon", 0), ("Blog", 0)]
    assert points[2].counts[0].colour == networks.PRESETS["linkedin"].colour


def test_trend_points_leave_out_archived_networks_unused_in_the_period(data):
    points = overview.trend_points(IsoWeek(2026, 18), IsoWeek(2026, 19))
    assert totals(points[1]) == [("LinkedIn", 7), ("Mastodon", 0)]


def test_trend_points_from_the_first_checkin(data):
    points = overview.trend_points(None, IsoWeek(2026, 19))
    assert points[0].week == IsoWeek(2026, 15)
    assert len(points) == 5


def test_trend_points_on_an_empty_profile(db):
    points = overview.trend_points(None, W)
    assert [(p.week, p.workload, p.counts) for p in points] == [(W, None, ())]


def test_history_rows_newest_first_with_words_and_first_reflection(data):
    rows = overview.history_rows()
    assert [str(r.week) for r in rows] == ["2026-W19", "2026-W18", "2026-W17", "2026-W15"]
    latest = rows[0]
    assert (latest.workload, latest.workload_word) == (2, "comfortable")
    assert (latest.energy, latest.energy_word) == (4, "good")
    assert latest.reflection == "Quiet week, on purpose."
    assert [(a.name, a.actions, a.unused) for a in latest.activity] == [
        ("LinkedIn", 7, False),
        ("Mastodon", 0, True),
    ]
    assert rows[1].is_draft and not latest.is_draft
    w17 = rows[2]
    assert w17.context == ("deadline",)
    assert w17.reflection == "Shipped the report."
    assert [(a.name, a.actions) for a in w17.activity] == [
        ("LinkedIn", 10),
        ("Mastodon", 7),
        ("Blog", 1),
    ]
    assert w17.activity[0].minutes == 50
    assert w17.energy_word == "steady"
    assert w17.week_label == "2026-W17 (20–26 Apr)"
    assert rows[3].energy is None and rows[3].energy_word is None


def test_goal_rows_grouped_with_all_networks_first(data):
    rows = overview.goal_rows(W)
    assert [(r.network_name, r.title) for r in rows] == [
        ("All networks", "Fewer likes"),
        ("LinkedIn", "Post twice"),
        ("Mastodon", "Reply to two people"),
        ("Blog", "Write"),
    ]
    likes, twice, reply, write = rows
    assert (likes.network_colour, twice.network_colour) == (None, "#0072b2")
    assert twice.description == "At least 2 posts a week on LinkedIn, from 2026-W10"
    assert likes.description == "At most 8 reactions a week across all networks, from 2026-W10"
    # This week (W20) has no check-in yet.
    assert {r.this_week.state for r in rows} == {"no data", "paused"}
    # Last week, W19: LinkedIn 1 post of 2 is half the target, so partly.
    assert overview.state_text(twice.last_week) == "partly (1 of 2 posts)"
    # Reactions: LinkedIn 6 + Mastodon 0 = 6, at most 8.
    assert overview.state_text(likes.last_week) == "met (6 of at most 8 reactions)"
    assert (reply.status, reply.last_week.state) == ("paused", "paused")
    assert (write.status, write.last_week.state) == ("retired", "no data")


def test_goal_rows_skip_a_draft_and_judge_the_week_before(data):
    rows = {r.title: r for r in overview.goal_rows(IsoWeek(2026, 18))}
    assert rows["Post twice"].this_week.state == "no data"  # W18 is a draft
    assert overview.state_text(rows["Post twice"].last_week) == "met (2 of 2 posts)"
    assert overview.state_text(rows["Fewer likes"].last_week) == "met (6 of at most 8 reactions)"


def test_week_overview(data):
    view = overview.week_overview(W)
    assert view.week_label == "2026-W20 (11–17 May)"
    assert view.last_week == IsoWeek(2026, 19) and view.last_week_status == "done"
    assert view.last_checkin.week == IsoWeek(2026, 19)
    # Retired goals are left out; a paused one stays, saying so.
    assert [(g.title, g.this_week.state) for g in view.goals] == [
        ("Fewer likes", "no data"),
        ("Post twice", "no data"),
        ("Reply to two people", "paused"),
    ]
    assert len(view.trend) == 12
    assert view.trend[0].week == IsoWeek(2026, 9) and view.trend[-1].week == W
    assert [p.total() for p in view.trend if p.checked_in] == [3, 18, 7]
    assert view.network_count == 2


def test_week_overview_notices_a_draft_or_a_missing_last_week(data):
    assert overview.week_overview(IsoWeek(2026, 19)).last_week_status == "draft"
    later = overview.week_overview(IsoWeek(2026, 40))
    assert later.last_week_status == "missing"
    # The last finished check-in is older than the chart's 12 weeks, and still shown.
    assert later.last_checkin.week == IsoWeek(2026, 19)
    assert not any(p.checked_in for p in later.trend)


def test_week_overview_on_an_empty_profile(db):
    view = overview.week_overview(W)
    assert (view.goals, view.last_checkin, view.network_count) == ((), None, 0)
    assert view.last_week_status == "missing"


def test_network_rows_count_active_goals(data):
    rows = overview.network_rows()
    assert [(r.network.name, r.network.archived, r.active_goals) for r in rows] == [
        ("LinkedIn", False, 1),
        ("Mastodon", False, 0),
        ("Blog", True, 0),
        ("Facebook", True, 0),
    ]


def count_queries(db, call) -> int:
    seen: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(seen.append)
    try:
        call()
    finally:
        connection.set_trace_callback(None)
    return len([s for s in seen if s.lstrip().upper().startswith("SELECT")])


def test_queries_do_not_grow_with_the_number_of_rows(data, db):
    calls = {
        "history": overview.history_rows,
        "trend": lambda: overview.trend_points(None, W),
        "goals": lambda: overview.goal_rows(W),
        "week": lambda: overview.week_overview(W),
    }
    before = {name: count_queries(db, call) for name, call in calls.items()}
    linkedin = data["linkedin"]
    for n in range(1, 9):
        record_checkin(CheckIn(IsoWeek(2026, n), workload=3, entries=(Entry(linkedin.id),)))
        goals.save_goal(GoalDraft(f"Goal {n}", "free", IsoWeek(2026, 1), linkedin.id))
    after = {name: count_queries(db, call) for name, call in calls.items()}
    assert after == before
    assert max(after.values()) <= 12
