"""Insight sentences against a twelve-week profile whose numbers are worked out by hand.

"This week" is 2026-W13; check-ins W01–W12 with workloads 1 2 3 4 5 1 2 3 4 5 2 4: five
heavy weeks (4–5) and seven lighter ones.

- LinkedIn: 4 posts in each lighter week, 1 in each heavy one; a response ("a little") in
  W01 W02 W03 W06 W07, none in the other seven weeks; role shares 20/20/60 in W01–W06, then
  60/20/20.
- Mastodon: 2 comments a week and "a lot" of feedback in W01–W08, then "didn't use it".
- Blog: never in a check-in.
- Goals: "Post twice" (LinkedIn, at least 2 posts), "Reply" (Mastodon, at least 2 comments).
"""

from __future__ import annotations

import statistics

import pytest

from reflect import goals, insights, networks
from reflect.checkins import CheckIn, Entry, Roles, record_checkin
from reflect.goals import GoalDraft
from reflect.insight import signed
from reflect.trend_history import load_history
from reflect.trends import TrendQuery
from reflect.weeks import IsoWeek

NOW = IsoWeek(2026, 13)
LOADS = (1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 2, 4)
RESPONSE_WEEKS = {1, 2, 3, 6, 7}


def w(n: int) -> IsoWeek:
    return IsoWeek(2026, n)


@pytest.fixture
def data(db):
    linkedin = networks.add_preset("linkedin")
    mastodon = networks.add_preset("mastodon")
    networks.add_preset("blog")
    for n, load in enumerate(LOADS, start=1):
        heavy = load >= 4
        shares = Roles(20, 20, 60) if n <= 6 else Roles(60, 20, 20)
        feedback = "a little" if n in RESPONSE_WEEKS else "none"
        entries = [Entry(linkedin.id, posts=1 if heavy else 4, feedback=feedback, roles=shares)]
        if n <= 8:
            entries.append(Entry(mastodon.id, comments=2, feedback="a lot"))
        else:
            entries.append(Entry(mastodon.id, unused=True))
        record_checkin(CheckIn(w(n), load, entries=tuple(entries)))
    goals.save_goal(
        GoalDraft("Post twice", "count", w(1), linkedin.id, None, "posts", "at_least", 2)
    )
    goals.save_goal(GoalDraft("Reply", "count", w(1), mastodon.id, None, "comments", "at_least", 2))
    return linkedin, mastodon


def said(first=1, metric="actions", network_id=None) -> list[str]:
    history = load_history(NOW)
    return [
        i.text for i in insights.insights(history, TrendQuery(w(first), NOW, network_id, metric))
    ]


def test_every_rule_with_the_numbers_behind_it(data):
    posts = [1 if load >= 4 else 4 for load in LOADS]
    r = statistics.correlation(LOADS, posts)  # an independent calculation of Pearson's r
    mastodon = [2] * 8 + [0] * 4
    r_mastodon = statistics.correlation(LOADS, mastodon)
    sentences = said()
    assert sentences[0] == (
        # heavy weeks 1 post on average, lighter ones 4: (1 − 4) / 4 = −75 %
        "In weeks with workload 4–5 you were 75 % less active on LinkedIn than in lighter "
        f"weeks (r = {signed(r)} over 12 weeks)."
    )
    assert (
        "on Mastodon" in sentences[1]
        and f"(r = {signed(r_mastodon)} over 12 weeks)" in sentences[1]
    )
    assert sentences[2:] == [
        "Your posts and replies on Mastodon got a response in 8 of 8 weeks — more than "
        "anywhere else.",
        "On LinkedIn a response came in 5 of 12 weeks. Worth asking whether the people you "
        "want to reach are there.",
        "On LinkedIn you moved from mostly reader to mostly creator (creator 20 % → 60 %, the "
        "first 6 weeks with shares against the last 6).",
        "Quiet on Mastodon for 4 weeks (since 2026-W09) — fine if that is on purpose.",
        "Met most often: “Reply” (Mastodon), in 8 of 8 weeks.",
        # lighter weeks: 4 of 2 posts, met; heavy weeks: 1 of 2, partly
        "Met least often: “Post twice” (LinkedIn), in 7 of 12 weeks, partly in 5. Perhaps it "
        "asks more than these weeks allowed; a smaller target is still a goal.",
    ]


def test_the_numbers_travel_with_the_sentence(data):
    history = load_history(NOW)
    found = insights.insights(history, TrendQuery(w(1), NOW, data[0].id, "posts"))
    first = found[0]
    assert first.topic == "workload" and first.network_id == data[0].id
    r = statistics.correlation(LOADS, [1 if load >= 4 else 4 for load in LOADS])
    assert dict(first.numbers) == {
        "r": signed(r),
        "weeks": "12",
        "heavy weeks": "5",
        "lighter weeks": "7",
    }
    assert first.text.startswith("In weeks with workload 4–5 you posted 75 % less on LinkedIn")


def test_too_few_weeks_say_nothing_about_workload(data):
    sentences = said(first=2)  # eleven check-ins: under MIN_WORKLOAD_WEEKS
    assert insights.MIN_WORKLOAD_WEEKS == 12
    assert not any("workload" in s for s in sentences)
    assert not any(s.startswith("Quiet") for s in said(first=10))  # three quiet check-ins


def test_an_empty_profile_has_no_insights(db):
    history = load_history(NOW)
    assert insights.insights(history, TrendQuery(NOW - 11, NOW)) == []


def test_r_is_written_with_a_real_minus():
    assert signed(-0.624) == "−0.62" and signed(0.5) == "0.50"
