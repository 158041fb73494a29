"""History rows with gaps, a year ago, and two periods compared — against numbers worked out
by hand."""

from __future__ import annotations

import pytest

from reflect import checkins, compare, goals, networks
from reflect.checkins import Answer, CheckIn, Entry, Roles
from reflect.history import history_weeks
from reflect.weeks import IsoWeek
from reflect.year_ago import same_week, side_by_side, years_ago


@pytest.fixture
def weeks(db):
    """Q2 2026 (W14–W26): W20 and W21. Q3 2026 (W27–W39): W30 and W31."""
    mastodon = networks.add_preset("mastodon")
    linkedin = networks.add_preset("linkedin")
    goals.save_goal(
        goals.GoalDraft(
            "Reply more",
            "count",
            IsoWeek(2026, 1),
            mastodon.id,
            metric="comments",
            direction="at_least",
            target=2,
        )
    )

    def record(week, workload, *entries, answer=""):
        answers = (Answer("What got traction?", answer),) if answer else ()
        checkins.record_checkin(
            CheckIn(IsoWeek(2026, week), workload, entries=entries, answers=answers)
        )

    record(
        20,
        3,
        Entry(mastodon.id, comments=3, roles=Roles(0, 0, 100)),
        Entry(linkedin.id, posts=1),
        answer="Quiet reading week.\nMore later",
    )
    record(21, 1, Entry(mastodon.id, unused=True))
    record(
        30,
        4,
        Entry(mastodon.id, posts=1, comments=4, roles=Roles(20, 60, 20)),
        Entry(linkedin.id, posts=3),
        answer="Busy, but I replied a lot",
    )
    record(31, 2, Entry(mastodon.id, comments=2))
    return mastodon, linkedin


def test_history_lists_every_week_newest_first_with_gaps(weeks):
    rows = history_weeks(IsoWeek(2026, 34))  # up to last week, W33
    assert [str(r.week) for r in rows[:4]] == ["2026-W33", "2026-W32", "2026-W31", "2026-W30"]
    assert len(rows) == 14 and str(rows[-1].week) == "2026-W20"
    assert [r.is_gap for r in rows].count(False) == 4
    w30 = rows[3]
    assert w30.summary.reflection == "Busy, but I replied a lot"
    assert [(r.name, r.role) for r in w30.roles] == [("Mastodon", "commenter")]
    assert (w30.goals_met, w30.goals_judged) == (1, 1)  # 4 comments against at least 2
    w21 = rows[-2]
    assert [(r.name, r.role) for r in w21.roles] == [("Mastodon", "unplugged")]
    assert rows[-1].summary.reflection == "Quiet reading week."


def test_quarters_and_years_are_iso_weeks_by_their_thursday():
    this, last = compare.preset("quarter", IsoWeek(2026, 47))
    # a period still going on ends with the current week
    assert (str(this.first), str(this.last), this.label) == (
        "2026-W40",
        "2026-W47",
        "2026-Q4 so far",
    )
    assert str(compare.quarter(2026, 4).last) == "2026-W53"
    assert (str(last.first), str(last.last)) == ("2026-W27", "2026-W39")
    this, last = compare.preset("year", IsoWeek(2026, 47))
    assert (str(this.last), str(last.last)) == ("2026-W47", "2025-W52")
    assert str(compare.year(2026).last) == "2026-W53"


def test_two_quarters_compared_per_network_and_in_words(weeks):
    q3, q2 = compare.quarter(2026, 3), compare.quarter(2026, 2)
    result = compare.compare(q3, q2)
    assert (result.first.checkins, result.second.checkins) == (2, 2)
    assert (result.first.workload, result.second.workload) == (3.0, 2.0)
    mastodon = next(r for r in result.networks if r.name == "Mastodon")
    assert (mastodon.first.comments, mastodon.second.comments) == (6, 3)
    assert (mastodon.first.weeks_used, mastodon.second.weeks_used) == (2, 1)
    assert mastodon.first.roles == (("commenter", 1),)
    assert mastodon.second.roles == (("reader", 1), ("unplugged", 1))
    assert (mastodon.first.goals_met, mastodon.second.goals_met) == (2, 1)
    assert result.sentences == (
        "In 2026-Q3 you commented twice as often on Mastodon as in 2026-Q2 (6 comments against 3).",
        "In 2026-Q3 you posted 3 times as often on LinkedIn as in 2026-Q2 (3 posts against 1).",
        "In 2026-Q3 you posted on Mastodon and not at all in 2026-Q2 (1 post against 0).",
        "Your workload averaged 3.0 of 5 in 2026-Q3 against 2.0 in 2026-Q2.",
        "You checked in 2 weeks in 2026-Q3 and 2 weeks in 2026-Q2.",
    )


def test_periods_of_different_length_are_compared_per_week(weeks):
    result = compare.compare(
        compare.custom(IsoWeek(2026, 30), IsoWeek(2026, 30)), compare.quarter(2026, 2)
    )
    # LinkedIn: 3 posts in 1 check-in against 1 in 2: 3 a week against 0.5, 6 times
    assert result.sentences[0] == (
        "In 2026-W30 you posted 6 times as often a week on LinkedIn as in 2026-Q2 "
        "(3 posts in 1 week against 1 in 2)."
    )
    # Mastodon: 4 comments in 1 check-in against 3 in 2: 4 a week against 1.5 (2.7 times)
    assert (
        "In 2026-W30 you commented 3 times as often a week on Mastodon as in "
        "2026-Q2 (4 comments in 1 week against 3 in 2)."
    ) in result.sentences


def test_more_or_less_often_is_said_with_than(weeks):
    result = compare.compare(
        compare.quarter(2026, 3), compare.custom(IsoWeek(2026, 20), IsoWeek(2026, 31))
    )
    # Mastodon comments: 6 in W27–W39 (2 check-ins) against 9 in W20–W31 (4): 3 a week
    # against 2.25, 1.33 times: "more often … than"
    assert (
        "In 2026-Q3 you commented more often a week on Mastodon than in 2026-W20 – 2026-W31 "
        "(6 comments in 2 weeks against 9 in 4)."
    ) in result.sentences


def test_ratio_words():
    assert compare.ratio_words(2) == "twice as often"
    assert compare.ratio_words(0.5) == "half as often"
    assert compare.ratio_words(1.05) == "about as often"
    assert compare.ratio_words(1.5) == "1.5 times as often"
    assert compare.ratio_words(1.3) == "more often"
    assert compare.ratio_words(0.7) == "less often"
    assert compare.ratio_words(1 / 3) == "a third as often"
    assert compare.ratio_words(1 / 6) == "far less often"
    assert compare.ratio_words(1 / 2.5) == "less often"


def test_a_year_ago_finds_the_same_week_of_earlier_years(db):
    network = networks.add_preset("x")
    for year, text in ((2025, "Last year's thoughts"), (2023, "Three years back")):
        checkins.record_checkin(
            CheckIn(
                IsoWeek(year, 47),
                5 if year == 2025 else 2,
                entries=(Entry(network.id, posts=2),),
                answers=(Answer("What got traction?", text),),
            )
        )
    found = years_ago(IsoWeek(2026, 47))
    assert [(f.years, str(f.week), f.summary.reflection) for f in found] == [
        (1, "2025-W47", "Last year's thoughts"),
        (3, "2023-W47", "Three years back"),
    ]
    assert found[0].heading == "A year ago, 2025-W47"
    assert found[1].summary.workload == 2
    assert years_ago(IsoWeek(2026, 46)) == []
    both = side_by_side(IsoWeek(2026, 47), IsoWeek(2025, 47))
    assert both.now.summary is None
    assert [a.text for a in both.then.answers] == ["Last year's thoughts"]
    assert both.then.summary.activity[0].posts == 2


def test_week_53_looks_up_week_52_and_says_so(db):
    network = networks.add_preset("x")
    checkins.record_checkin(CheckIn(IsoWeek(2025, 52), 3, entries=(Entry(network.id, posts=1),)))
    week, note = same_week(IsoWeek(2026, 53), 1)
    assert (str(week), note) == (
        "2025-W52",
        "2025 had no week 53, so this is its last week, 2025-W52.",
    )
    found = years_ago(IsoWeek(2026, 53))
    assert [(str(f.week), f.note) for f in found] == [("2025-W52", note)]
    assert same_week(IsoWeek(2026, 53), 6) == (IsoWeek(2020, 53), "")  # 2020 had a week 53
