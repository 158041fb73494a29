"""The demo data set: its shape, its refusal of a used profile, and its determinism."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from statistics import correlation, mean

import pytest

from reflect import activity, charters, checkins, experiments, goals, models, networks, practices
from reflect.db import open_database
from reflect.demo import DemoSummary, fill_demo_data
from reflect.errors import ProfileNotEmpty
from reflect.profile import Profile
from reflect.prompts import prompts_for_week
from reflect.weeks import IsoWeek, week_range

TODAY = date(2026, 11, 22)  # a Sunday: the current week is 2026-W47, the last one 2026-W46
LAST = IsoWeek(2026, 46)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """One profile filled once for the read-only tests (a fill takes about a second)."""
    database = open_database(Profile(tmp_path_factory.mktemp("demo")))
    try:
        yield database, fill_demo_data(TODAY)
    finally:
        database.close()
        models.database.initialize(None)


@pytest.fixture
def demo(filled) -> DemoSummary:
    database, summary = filled
    models.database.initialize(database)
    yield summary
    models.database.initialize(None)


def by_name() -> dict[str, str]:
    return {n.name: n.id for n in networks.networks(include_archived=True)}


def talk(checkin: checkins.CheckIn) -> int:
    return sum(e.count("posts") + e.count("comments") for e in checkin.entries)


def row_counts() -> dict[str, int]:
    """How much the profile holds, as the services see it."""
    ids = [n.id for n in networks.networks(include_archived=True)]
    items = [i for nid in ids for i in charters.charter(nid)]
    return {
        "networks": len(ids),
        "charter questions": len(items),
        "charter answers": sum(len(charters.answer_history(i.question_id)) for i in items),
        "checkins": len(checkins.checkins()),
        "goals": len(goals.goals()),
        "goal versions": sum(len(g.versions) for g in goals.goals()),
        "experiments": len(experiments.experiments()),
        "measured": len(activity.measured()),
        "practices": len(practices.practices(include_archived=True)),
    }


def test_five_networks_with_their_own_purpose_and_one_internal(demo):
    found = networks.networks()
    assert [n.name for n in found] == ["LinkedIn", "X", "Mastodon", "Blog", "Company network"]
    assert [n.name for n in found if n.kind == "internal"] == ["Company network"]
    for network in found:
        assert network.purpose and network.purpose != networks.PRESETS[network.preset].purpose
    assert demo.networks == 5


def test_charters_are_answered_with_history_and_an_own_question(demo):
    ids = by_name()
    for name in ("LinkedIn", "Company network"):
        answered = [i for i in charters.charter(ids[name]) if i.standard_key and i.answer]
        assert len(answered) >= 5
    histories = [
        len(charters.answer_history(item.question_id))
        for network_id in ids.values()
        for item in charters.charter(network_id)
    ]
    assert max(histories) == 2
    own = [i for i in charters.charter(ids["LinkedIn"]) if i.standard_key is None]
    assert len(own) == 1 and own[0].answer


def test_two_years_of_checkins_up_to_last_week_with_a_few_gaps(demo):
    found = checkins.checkins()
    assert (demo.first_week, demo.last_week) == (LAST - 103, LAST)
    assert found[0].week == demo.first_week and found[-1].week == LAST
    assert len(found) == demo.checkins
    assert checkins.checkin_for_week(IsoWeek.current(TODAY)) is None
    missing = sorted(set(week_range(LAST - 103, LAST)) - {c.week for c in found})
    assert 3 <= len(missing) <= 5
    assert all(later - earlier > 1 for earlier, later in itertools.pairwise(missing))
    for checkin in found:
        assert not checkin.is_draft and 1 <= checkin.workload <= 5 and checkin.energy
        assert len(checkin.entries) == 5 and len(checkin.ratings) == 5


def test_workload_rises_and_falls_and_hours_are_plausible(demo):
    found = checkins.checkins()
    loads = [c.workload for c in found]
    assert set(loads) == {1, 2, 3, 4, 5}
    assert sum(a != b for a, b in itertools.pairwise(loads)) > len(loads) / 3
    working = [c.hours for c in found if "holiday" not in c.context]
    assert min(working) >= 28 and max(working) <= 60
    assert any("deadline" in c.context for c in found if c.workload >= 4)
    assert any("travel" in c.context for c in found)
    heavy = mean(c.energy for c in found if c.workload >= 4)
    light = mean(c.energy for c in found if c.workload <= 2)
    assert heavy < light


def test_workload_pulls_activity_down(demo):
    found = checkins.checkins()
    r = correlation([c.workload for c in found], [talk(c) for c in found])
    assert r < -0.3


def test_one_two_week_holiday_with_networks_unused(demo):
    holiday = [c for c in checkins.checkins() if "holiday" in c.context]
    assert len(holiday) == 2 and holiday[1].week - holiday[0].week == 1
    entries = [e for c in holiday for e in c.entries]
    assert sum(e.unused for e in entries) >= 0.8 * len(entries)
    assert sum(e.count("posts") for e in entries) <= 1


def test_the_family_stretch_is_near_silent(demo):
    found = checkins.checkins()
    family = [c for c in found if "family" in c.context]
    assert 5 <= len(family) <= 6 and family[-1].week - family[0].week == len(family) - 1
    entries = [e for c in family for e in c.entries]
    assert sum(e.count("posts") for e in entries) <= 2
    assert sum(e.unused for e in entries) >= 0.7 * len(entries)
    assert max(c.energy for c in family) <= 2
    ordinary = [c for c in found if not {"family", "holiday"} & set(c.context)]
    assert mean(talk(c) for c in family) < 0.1 * mean(talk(c) for c in ordinary)


def test_roles_add_up_and_follow_the_counts(demo):
    for checkin in checkins.checkins():
        for entry in checkin.entries:
            if entry.unused:
                assert entry.roles is None and not any(entry.count(k) for k in checkins.COUNTS)
                continue
            assert entry.roles.total() == 100 and entry.feedback in checkins.FEEDBACK
            assert (entry.roles.creator > 0) == (entry.count("posts") > 0)
            said = entry.count("comments") + entry.count("shares")
            assert (entry.roles.commenter > 0) == (said > 0)


def test_mastodon_moves_from_reader_to_commenter_to_creator(demo):
    mastodon = by_name()["Mastodon"]
    roles = [c.entry_for(mastodon).roles for c in checkins.checkins()]
    roles = [r for r in roles if r is not None]
    quarter = len(roles) // 4

    def share(part, role):
        return mean(getattr(r, role) for r in part)

    first, middle, last = roles[:quarter], roles[quarter : 3 * quarter], roles[-quarter:]
    assert share(last, "creator") > share(first, "creator") + 20
    assert share(last, "reader") < share(first, "reader") - 20
    assert max(("creator", "commenter", "reader"), key=lambda r: share(first, r)) == "reader"
    assert max(("creator", "commenter", "reader"), key=lambda r: share(last, r)) == "creator"
    assert share(middle, "commenter") > max(share(first, "commenter"), share(last, "commenter"))


def test_blog_about_monthly_and_company_network_mostly_answers(demo):
    ids, found = by_name(), checkins.checkins()
    blog_posts = sum(c.entry_for(ids["Blog"]).count("posts") for c in found)
    assert 16 <= blog_posts <= 32
    company = [c.entry_for(ids["Company network"]) for c in found]
    assert sum(e.count("comments") for e in company) > 2 * sum(e.count("posts") for e in company)
    notes = [e.note for c in found for e in c.entries if e.note]
    assert len(notes) >= 20 and len(set(notes)) >= 15


def test_practices_rated_every_week_and_varying(demo):
    standard = {p.id for p in practices.practices() if p.standard_key}
    found = checkins.checkins()
    assert all({pid for pid, _ in c.ratings} == standard for c in found)
    for practice_id in standard:
        ratings = [dict(c.ratings)[practice_id] for c in found]
        assert all(0 <= r <= 3 for r in ratings) and len(set(ratings)) >= 3


def test_reflections_are_plain_varied_sentences_for_that_weeks_prompts(demo):
    found = checkins.checkins()
    answers = [a for c in found for a in c.answers]
    for checkin in found:
        asked = {p.text for p in prompts_for_week(checkin.week)}
        assert {a.prompt for a in checkin.answers} <= asked
    for answer in answers:
        assert re.fullmatch(r"[A-Z][^{}|\n]*[.!?]", answer.text), answer.text
        assert "lorem" not in answer.text.lower()
    assert len(set(a.text for a in answers)) >= 60
    assert len(set(a.text for a in answers)) >= 0.6 * len(answers)
    assert any(len(c.answers) < 3 for c in found) and any(len(c.answers) == 3 for c in found)
    quiet = [a.text for c in found if {"family", "holiday"} & set(c.context) for a in c.answers]
    assert quiet and all(len(text) < 70 for text in quiet)


def test_goals_are_met_missed_partly_and_paused(demo):
    found = goals.goals()
    assert len(found) == demo.goals and 6 <= len(found) <= 8
    by_week = {c.week: c for c in checkins.checkins()}
    states = {
        goals.evaluate(goal, week, by_week.get(week)).state
        for goal in found
        for week in week_range(demo.first_week, demo.last_week)
    }
    assert {"met", "partly", "missed", "paused"} <= states
    assert {"active", "retired", "achieved"} <= {g.status for g in found}
    raised = next(g for g in found if g.title.startswith("Post on LinkedIn"))
    assert raised.target_for(demo.first_week).target == 2
    assert raised.target_for(demo.last_week).target == 3
    free = next(g for g in found if g.kind == "free")
    verdicts = {v for c in by_week.values() for gid, v in c.judgements if gid == free.id}
    assert verdicts == {"yes", "partly", "no"}


def test_one_finished_and_one_running_experiment(demo):
    found = experiments.experiments()
    finished = [e for e in found if e.status == "finished"]
    running = [e for e in found if e.status == "running"]
    assert len(finished) == 1 and finished[0].expectation and finished[0].outcome
    assert finished[0].title == "Reply before posting for four weeks"
    assert len(running) == 1 and running[0].expectation and not running[0].outcome
    assert LAST - 4 < running[0].start_week <= LAST


def test_measured_x_activity_is_close_to_but_not_the_reported(demo):
    x = by_name()["X"]
    measured = activity.measured(x)
    assert measured and all(m.source == "x" for m in measured)
    assert min(m.week for m in measured) >= LAST - 25 and max(m.week for m in measured) <= LAST
    reported = {c.week: c.entry_for(x) for c in checkins.checkins(LAST - 25)}
    pairs = [(m, reported[m.week]) for m in measured if m.week in reported]
    told = sum(e.count("posts") + e.count("comments") for _, e in pairs)
    seen = sum(m.posts + m.comments for m, _ in pairs)
    assert 0.8 * told <= seen <= 1.6 * told
    assert any((m.posts, m.comments) != (e.count("posts"), e.count("comments")) for m, e in pairs)


def test_refuses_a_profile_with_data_and_writes_nothing(demo):
    before = row_counts()
    with pytest.raises(ProfileNotEmpty, match="already has data"):
        fill_demo_data(TODAY)
    assert row_counts() == before


def test_refuses_a_profile_with_just_one_network(db):
    networks.add_preset("x")
    before = row_counts()
    with pytest.raises(ProfileNotEmpty):
        fill_demo_data(TODAY)
    assert row_counts() == before and not checkins.checkins() and not goals.goals()


def snapshot() -> dict:
    """Everything the services show, with ids and timestamps swapped for names."""
    names = {n.id: n.name for n in networks.networks(include_archived=True)}
    kinds = {p.id: p.standard_key for p in practices.practices(include_archived=True)}
    found = goals.goals()
    titles = {g.id: g.title for g in found}
    return {
        "networks": [replace(n.draft(), id=None) for n in networks.networks()],
        "charters": [
            (names[nid], i.question, i.answer, len(charters.answer_history(i.question_id)))
            for nid in names
            for i in charters.charter(nid)
        ],
        "checkins": [
            (
                replace(c, id=None, entries=(), ratings=(), judgements=()),
                sorted((names[e.network_id], replace(e, network_id="")) for e in c.entries),
                sorted((kinds[pid], rating) for pid, rating in c.ratings),
                sorted((titles[gid], verdict) for gid, verdict in c.judgements),
            )
            for c in checkins.checkins()
        ],
        "goals": [
            (
                (g.title, g.kind, names.get(g.network_id), g.start_week, g.end_week),
                [replace(v, practice_id=kinds.get(v.practice_id)) for v in g.versions],
            )
            for g in found
        ],
        "experiments": [
            replace(e, id=None, network_id=names[e.network_id]) for e in experiments.experiments()
        ],
        "measured": [replace(m, network_id=names[m.network_id]) for m in activity.measured()],
    }


def test_the_same_day_gives_the_same_data_in_another_profile(db, tmp_path):
    first = fill_demo_data(TODAY)
    expected = snapshot()
    db.close()
    seen = []
    for name, seed in (("same", 2026), ("other-seed", 7)):
        other = open_database(Profile(tmp_path / name))
        try:
            seen.append((fill_demo_data(TODAY, seed=seed), snapshot()))
        finally:
            other.close()
    assert seen[0] == (first, expected)
    assert seen[1][1]["checkins"] != expected["checkins"]  # the comparison can tell them apart
