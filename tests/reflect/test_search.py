"""Search over everything the user wrote: ranking, safe highlights, filters, bad input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect import charters, checkins, experiments, goals, networks
from reflect.checkins import Answer, CheckIn, Entry
from reflect.search import SearchQuery, match_expression, needles, passage, search
from reflect.weeks import IsoWeek


@pytest.fixture
def written(db):
    """Two networks, three check-ins with notes and reflections, a charter, a goal and an
    experiment — a small profile whose hits can be worked out by hand."""
    linkedin = networks.add_preset("linkedin")
    mastodon = networks.add_preset("mastodon")
    checkins.record_checkin(
        CheckIn(
            IsoWeek(2026, 10),
            4,
            context=("deadline",),
            entries=(Entry(linkedin.id, posts=1, note="Posted the <b>garden</b> & compost story"),),
            answers=(Answer("What got traction?", "Garden garden garden: the garden post"),),
        )
    )
    checkins.record_checkin(
        CheckIn(
            IsoWeek(2026, 20),
            2,
            context=("holiday",),
            entries=(Entry(mastodon.id, comments=3, note="Talked about the garden once"),),
            answers=(Answer("What got traction?", "Nothing much, a quiet week in the sun"),),
        )
    )
    checkins.record_checkin(
        CheckIn(
            IsoWeek(2026, 30),
            5,
            entries=(Entry(mastodon.id, posts=2, note="Café crème notes, naïve résumé"),),
        )
    )
    question = charters.charter(mastodon.id)[0]
    charters.save_charter(mastodon.id, {question.question_id: "People who garden"})
    goals.save_goal(
        goals.GoalDraft("Write about the garden", "free", IsoWeek(2026, 1), linkedin.id)
    )
    experiments.save_experiment(
        experiments.Experiment(
            "Reply before posting", IsoWeek(2026, 12), 4, mastodon.id, "More garden replies"
        )
    )
    return linkedin, mastodon


def kinds(hits):
    return [(h.kind, str(h.week) if h.week else None) for h in hits]


def test_every_kind_of_text_is_found_and_the_densest_comes_first(written):
    hits = search(SearchQuery("garden"))
    assert len(hits) == 6
    assert hits[0].kind == "answer"  # "garden" four times in a short text ranks first
    assert str(hits[0].week) == "2026-W10"
    assert {h.kind for h in hits} == {"answer", "note", "charter", "goal", "experiment"}
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    note = next(h for h in hits if h.kind == "note" and str(h.week) == "2026-W10")
    assert note.network_name == "LinkedIn" and note.checkin_id
    assert note.where == "Note · 2026-W10 · LinkedIn"


def test_highlights_escape_the_users_text_and_bold_only_the_matches(written):
    note = next(h for h in search(SearchQuery("compost")) if h.kind == "note")
    assert note.html == "Posted the &lt;b&gt;garden&lt;/b&gt; &amp; <b>compost</b> story"
    assert note.text == "Posted the <b>garden</b> & compost story"


def test_a_prefix_and_accents_find_the_word(written):
    assert kinds(search(SearchQuery("gard"))) == kinds(search(SearchQuery("garden")))
    hit = search(SearchQuery("creme resume"))[0]
    assert hit.html == "Café <b>crème</b> notes, naïve <b>résumé</b>"


def test_all_words_must_be_there(written):
    assert kinds(search(SearchQuery("garden sun"))) == []
    assert kinds(search(SearchQuery("quiet sun"))) == [("answer", "2026-W20")]


def test_filters_by_network_context_workload_and_period(written):
    linkedin, _ = written
    on_linkedin = search(SearchQuery("garden", network_ids=(linkedin.id,)))
    assert sorted(kinds(on_linkedin)) == [("goal", "2026-W01"), ("note", "2026-W10")]
    assert kinds(search(SearchQuery("garden", context="holiday"))) == [("note", "2026-W20")]
    heavy = search(SearchQuery("garden", workload=(4, 5)))
    assert sorted(kinds(heavy)) == [("answer", "2026-W10"), ("note", "2026-W10")]
    spring = search(SearchQuery("garden", first=IsoWeek(2026, 11), last=IsoWeek(2026, 25)))
    assert sorted(kinds(spring)) == [("experiment", "2026-W12"), ("note", "2026-W20")]


def test_edits_and_deletes_follow_into_the_index(written):
    linkedin, _ = written
    week10 = checkins.checkin_for_week(IsoWeek(2026, 10))
    changed = CheckIn(
        week10.week,
        week10.workload,
        entries=(Entry(linkedin.id, posts=1, note="Now about tomatoes"),),
        answers=week10.answers,
        id=week10.id,
    )
    checkins.record_checkin(changed)
    assert search(SearchQuery("compost")) == []
    assert kinds(search(SearchQuery("tomatoes"))) == [("note", "2026-W10")]
    checkins.delete_checkin(week10.id)
    assert search(SearchQuery("tomatoes")) == []


def test_only_the_charter_answer_in_force_is_found(written):
    _, mastodon = written
    question = charters.charter(mastodon.id)[0]
    charters.save_charter(mastodon.id, {question.question_id: "People who cook"})
    assert [h.kind for h in search(SearchQuery("garden")) if h.kind == "charter"] == []
    hit = search(SearchQuery("cook"))[0]
    assert (hit.kind, hit.label) == ("charter", question.question)


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"garden',
        "garden*",
        "-garden",
        "^garden",
        "garden)",
        "(",
        "*",
        "'",
        "🌱 garden",
        "",
        "   ",
        "garden -",
        "garden :",
        "NEAR(garden",
        "body:garden",
        "garden AND",
    ],
)
def test_symbols_and_operators_are_just_text(written, text):
    hits = search(SearchQuery(text))
    # "NEAR(garden" is the phrase "near garden"; "AND" is the word "and": nowhere here
    alone = "garden" in text and not any(w in text for w in ("NEAR", "body", "AND"))
    assert len(hits) == (6 if alone else 0)


def test_operator_words_are_words(written):
    assert kinds(search(SearchQuery("garden AND"))) == []  # no word starting with "and"
    assert kinds(search(SearchQuery("in OR the"))) == []  # "or" is a word too
    found = sorted(kinds(search(SearchQuery("NOT"))))
    assert found == [("answer", "2026-W20"), ("note", "2026-W30")]  # "Nothing", "notes"


def test_markup_the_user_typed_stays_text(db):
    network = networks.add_preset("x")
    note = 'odd <script>alert("x")</script> <b>seeds</b> \x02'
    checkins.record_checkin(CheckIn(IsoWeek(2026, 5), 3, entries=(Entry(network.id, note=note),)))
    hit = search(SearchQuery("seeds"))[0]
    assert hit.html == (
        "odd &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;b&gt;<b>seeds</b>&lt;/b&gt; \x02"
    )
    assert hit.text == note


def test_a_long_text_shows_the_passage_around_the_match():
    body = " ".join(f"w{i}" for i in range(100)) + " garden " + " ".join("x" * 3 for _ in range(50))
    marked, plain = passage(body, needles("garden"), length=8)
    assert marked == "…w97 w98 w99 <b>garden</b> xxx xxx xxx xxx…"
    assert plain == "…w97 w98 w99 garden xxx xxx xxx xxx…"
    assert passage("Crème brûlée", needles("creme"))[0] == "<b>Crème</b> brûlée"


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_text_is_a_search_sqlite_accepts(written, text):
    hits = search(SearchQuery(text))  # any exception fails the test
    assert (hits == []) == (match_expression(text) == "" or hits == [])


def test_the_database_check_finds_an_index_out_of_step(written, profile):
    from reflect.db import check_database

    assert check_database(profile.database_path) == []
    from reflect import models

    models.database.execute_sql(
        "DELETE FROM search_source WHERE id = (SELECT min(id) FROM search_source)"
    )
    assert check_database(profile.database_path) == [
        "the search index holds 8 texts for 7 source rows"
    ]
