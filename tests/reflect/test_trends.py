"""The Trends series against numbers worked out by hand on a small, known profile.

LinkedIn (L) and Mastodon (M); "this week" is 2026-W17. Actions are posts + comments +
shares + reactions.

    week  workload context   L                          M
    W10   1        holiday   2p 1c 3r = 6, 60/20/20     4c = 4, 10/70/20
    W11   2        holiday   1p = 1, 40/20/40           didn't use it
    W12   (no check-in: a gap)
    W13   4                  5r = 5, 30 min, 0/0/100    1c = 1, 0/50/50
    W14   5        deadline  0p 0c = 0                  (no entry)
    W15   3                  3p 2s = 5                  1p 1c = 2, 50/50/0
    W16   (a draft: not a check-in)

All networks, all activity: W10 10, W11 1, W12 gap, W13 6, W14 0, W15 7, W16 gap, W17 gap.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, time, timedelta

import pytest

from reflect import activity, chart_data, chart_summaries, goals, networks, trends, workload_scatter
from reflect.activity import MeasuredItem
from reflect.checkins import CheckIn, Entry, Roles, record_checkin
from reflect.goals import GoalDraft
from reflect.trend_history import load_history
from reflect.trends import TrendQuery
from reflect.weeks import IsoWeek

NOW = IsoWeek(2026, 17)


def w(n: int) -> IsoWeek:
    return IsoWeek(2026, n)


@pytest.fixture
def data(db):
    linkedin = networks.add_preset("linkedin")
    mastodon = networks.add_preset("mastodon")
    L, M = linkedin.id, mastodon.id
    record_checkin(
        CheckIn(
            w(10),
            1,
            context=("holiday",),
            entries=(
                Entry(
                    L, posts=2, comments=1, reactions=3, feedback="a lot", roles=Roles(60, 20, 20)
                ),
                Entry(M, comments=4, feedback="none", roles=Roles(10, 70, 20)),
            ),
        )
    )
    record_checkin(
        CheckIn(
            w(11),
            2,
            context=("holiday",),
            entries=(
                Entry(L, posts=1, feedback="a little", roles=Roles(40, 20, 40)),
                Entry(M, unused=True),
            ),
        )
    )
    record_checkin(
        CheckIn(
            w(13),
            4,
            entries=(
                Entry(L, reactions=5, minutes=30, roles=Roles(0, 0, 100)),
                Entry(M, comments=1, feedback="a little", roles=Roles(0, 50, 50)),
            ),
        )
    )
    record_checkin(
        CheckIn(w(14), 5, context=("deadline",), entries=(Entry(L, posts=0, comments=0),))
    )
    record_checkin(
        CheckIn(
            w(15),
            3,
            entries=(
                Entry(L, posts=3, shares=2),
                Entry(M, posts=1, comments=1, roles=Roles(50, 50, 0)),
            ),
        )
    )
    record_checkin(CheckIn(w(16), 5, entries=(Entry(L, posts=9),), is_draft=True))
    return linkedin, mastodon


def query(history, network_id=None, metric="actions", rolling=False):
    return TrendQuery(w(10), NOW, network_id, metric, rolling)


def test_ebb_flow_sums_each_week_and_leaves_gaps(data):
    linkedin, _ = data
    history = load_history(NOW)
    assert history.first == w(10)
    flow = trends.ebb_flow(history, query(history))
    assert [s.name for s in flow.series] == ["LinkedIn", "Mastodon"]
    assert [(str(x.week), x.workload, x.values) for x in flow.weeks] == [
        ("2026-W10", 1, (6, 4)),
        ("2026-W11", 2, (1, 0)),  # didn't use Mastodon: a zero
        ("2026-W12", None, ()),  # no check-in: a gap, not a zero
        ("2026-W13", 4, (5, 1)),
        ("2026-W14", 5, (0, None)),  # no Mastodon entry: not known
        ("2026-W15", 3, (5, 2)),
        ("2026-W16", None, ()),  # a draft is not a check-in
        ("2026-W17", None, ()),
    ]
    assert [x.total() for x in flow.weeks if x.checked_in] == [10, 1, 6, 0, 7]
    assert [(s.tag, str(s.first), s.weeks) for s in flow.stretches] == [
        ("holiday", "2026-W10", 2),
        ("deadline", "2026-W14", 1),
    ]
    posts = trends.ebb_flow(history, query(history, linkedin.id, "posts"))
    assert [x.values for x in posts.weeks if x.checked_in] == [(2,), (1,), (None,), (0,), (3,)]
    minutes = trends.ebb_flow(history, query(history, linkedin.id, "minutes"))
    assert [x.values for x in minutes.weeks if x.checked_in] == [
        (None,),
        (None,),
        (30,),
        (None,),
        (None,),
    ]


def test_rolling_average_over_four_weeks_needs_two_check_ins(data):
    history = load_history(NOW)
    flow = trends.ebb_flow(history, query(history, rolling=True))
    rolling = [x.rolling for x in flow.weeks]
    # W10 alone: too few; W11 (10+1)/2; W12 still (10+1)/2; W13 (10+1+6)/3; W14 (1+6+0)/3;
    # W15 (6+0+7)/3; W16 (6+0+7)/3 … W17 (0+7)/2
    assert rolling == pytest.approx([None, 5.5, 5.5, 17 / 3, 7 / 3, 13 / 3, 13 / 3, 3.5])


def test_participation_means_the_shares_and_names_the_implied_rung(data):
    linkedin, _ = data
    history = load_history(NOW)
    roles = {str(r.week): r for r in trends.participation(history, query(history))}
    assert (roles["2026-W10"].creator, roles["2026-W10"].commenter, roles["2026-W10"].reader) == (
        35,
        45,
        20,
    )
    assert roles["2026-W10"].rated == 2 and roles["2026-W10"].assessed == "commenter"
    # one creator (posts) and one commenter: a tie goes to the higher rung
    assert roles["2026-W10"].implied == "creator"
    assert (roles["2026-W11"].creator, roles["2026-W11"].rated) == (40, 1)  # Mastodon unused
    assert (roles["2026-W13"].commenter, roles["2026-W13"].reader) == (25, 75)
    assert roles["2026-W13"].implied == "commenter"  # a reader and a commenter
    assert roles["2026-W14"].creator is None and roles["2026-W14"].implied == "unplugged"
    assert roles["2026-W12"].implied is None  # no check-in
    alone = trends.participation(history, query(history, linkedin.id))
    assert [r.implied for r in alone if r.implied] == [
        "creator",
        "creator",
        "reader",
        "unplugged",
        "creator",
    ]


def test_workload_against_activity_fits_a_line_by_hand(data):
    history = load_history(NOW)
    scatter = workload_scatter.workload_scatter(history, query(history))
    assert [(p.workload, p.value) for p in scatter.points] == [
        (1, 10),
        (2, 1),
        (4, 6),
        (5, 0),
        (3, 7),
    ]
    # mean workload 3, mean activity 4.8; Sxx = 10, Sxy = −15, Syy = 70.8
    fit = scatter.fit
    assert fit.weeks == 5
    assert fit.slope == pytest.approx(-1.5)
    assert fit.intercept == pytest.approx(9.3)
    assert fit.r == pytest.approx(-15 / math.sqrt(10 * 70.8))
    assert chart_summaries.fit_words(scatter) == (
        "Workload against all activity, all networks: r = −0.56 over 5 weeks; the fitted "
        "line falls by 1.5 for each step of workload."
    )


def test_a_fit_needs_three_weeks_and_some_variation():
    assert workload_scatter.fit_line([1, 2], [3, 4]) is None
    flat = workload_scatter.fit_line([3, 3, 3], [1, 2, 3])
    assert (flat.r, flat.slope) == (None, None)
    steady = workload_scatter.fit_line([1, 2, 3], [4, 4, 4])
    assert steady.r is None and steady.slope == 0


def test_reported_against_measured_compares_only_weeks_with_both(data):
    linkedin, _ = data

    def at(week: int, minute: int) -> datetime:  # Wednesday noon, UTC: that week anywhere
        return datetime.combine(w(week).monday(), time(12), UTC) + timedelta(days=2, minutes=minute)

    # LinkedIn's export: W13 4 reactions (reported 5), W14 1 post (reported 0), W12 2 posts
    # (no check-in: not compared)
    items = [MeasuredItem(f"r{n}", "reactions", at(13, n)) for n in range(4)]
    items += [MeasuredItem("p1", "posts", at(14, 0))]
    items += [MeasuredItem(f"q{n}", "posts", at(12, n)) for n in range(2)]
    activity.record_items(linkedin.id, "linkedin", items)
    history = load_history(NOW)
    (row,) = trends.reported_measured(history, query(history))
    assert row.series.name == "LinkedIn"
    assert (row.weeks, row.reported, row.measured, row.imported_weeks) == (2, 5, 5, 3)
    minutes = trends.reported_measured(history, query(history, metric="minutes"))
    assert minutes[0].counts_metric is False  # a LinkedIn export has no minutes
    table = chart_data.measured_table(minutes, "minutes")
    assert table.rows[0][-1] == "its imports do not count minutes"


def test_goal_heatmap_lists_each_goal_week_by_week(data):
    linkedin, _ = data
    goals.save_goal(
        GoalDraft("Post twice", "count", w(10), linkedin.id, None, "posts", "at_least", 2)
    )
    paused = goals.save_goal(GoalDraft("Any reply", "free", w(10)))
    goals.set_status(paused.id, "paused", w(13))
    history = load_history(NOW)
    heatmap = trends.goal_heatmap(history, query(history))
    assert len(heatmap.weeks) == 8
    lines = {line.title: [s.state for s in line.states] for line in heatmap.lines}
    # 2 posts met, 1 partly (half of 2), W13 posts left empty: no data, W14 0 missed, W15 3
    assert lines["Post twice"] == [
        "met",
        "partly",
        "no data",
        "no data",
        "missed",
        "met",
        "no data",
        "no data",
    ]
    assert lines["Any reply"][3:] == ["paused"] * 5
    only = trends.goal_heatmap(history, query(history, linkedin.id))
    assert [line.title for line in only.lines] == ["Post twice"]
    table = chart_data.goals_table(heatmap)
    assert table.rows[0] == ("Post twice", "LinkedIn", "2026-W10", "2–8 Mar", "met", "2 of 2 posts")


def test_tables_list_the_same_numbers(data):
    history = load_history(NOW)
    table = chart_data.ebb_flow_table(trends.ebb_flow(history, query(history)))
    assert table.header == (
        "Week",
        "Dates",
        "Workload",
        "Life context",
        "LinkedIn",
        "Mastodon",
        "Total",
    )
    assert table.rows[0] == ("2026-W10", "2–8 Mar", 1, "holiday", 6, 4, 10)
    assert table.rows[2] == ("2026-W12", "16–22 Mar", None, "no check-in", None, None, None)
    assert chart_data.csv_text(table).splitlines()[3] == "2026-W12,16–22 Mar,,no check-in,,,"
    assert table.summary.startswith(
        "Ebb and flow of all activity, 2026-W10 to 2026-W17: 5 of 8 weeks with a check-in, "
        "24 actions in all, average workload 3.0 (busy)."
    )


def test_csv_is_written_privately(data, tmp_path):
    history = load_history(NOW)
    table = chart_data.participation_table(trends.participation(history, query(history)))
    path = chart_data.write_csv(table, tmp_path / "roles.csv")
    assert path.read_text(encoding="utf-8").splitlines()[1] == (
        "2026-W10,2–8 Mar,35.0,45.0,20.0,2,commenter,creator"
    )
    assert path.stat().st_mode & 0o777 == 0o600


def test_an_empty_profile_gives_empty_series(db):
    history = load_history(NOW)
    assert history.first == NOW
    q = TrendQuery(*trends.period(history, None))
    assert (q.first, q.last) == (NOW, NOW)
    flow = trends.ebb_flow(history, q)
    assert flow.series == () and [x.checked_in for x in flow.weeks] == [False]
    assert workload_scatter.workload_scatter(history, q).fit is None
    assert trends.reported_measured(history, q) == ()
    assert trends.goal_heatmap(history, q).lines == ()
    for name in trends.CHARTS:
        assert name in chart_summaries.TITLES
    twelve = TrendQuery(*trends.period(history, 12))
    assert len(trends.participation(history, twelve)) == 12  # before the history: gaps
