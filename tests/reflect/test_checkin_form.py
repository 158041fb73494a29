from datetime import UTC, date, datetime

from reflect import activity, checkin_form, checkins, drafts, goals, networks, prompts
from reflect.activity import MeasuredItem
from reflect.checkins import Answer, CheckIn, Entry
from reflect.weeks import IsoWeek

TODAY = date(2026, 11, 18)  # Wednesday of 2026-W47
LAST = IsoWeek(2026, 46)


def test_the_week_that_most_needs_a_checkin(db):
    x = networks.add_preset("x")
    assert checkin_form.week_needing_checkin(TODAY) == LAST
    checkins.record_checkin(CheckIn(LAST, 3, entries=(Entry(x.id, posts=1),)), today=TODAY)
    assert checkin_form.week_needing_checkin(TODAY) == IsoWeek(2026, 47)


def test_a_new_form_starts_from_measured_numbers_never_from_last_week(db):
    x, li = networks.add_preset("x"), networks.add_preset("linkedin")
    checkins.record_checkin(CheckIn(LAST - 1, 3, entries=(Entry(li.id, posts=5),)), today=TODAY)
    activity.record_items(
        x.id,
        "x",
        [
            MeasuredItem("a", "posts", datetime(2026, 11, 10, 9, tzinfo=UTC)),
            MeasuredItem("b", "comments", datetime(2026, 11, 11, 9, tzinfo=UTC)),
            MeasuredItem("c", "comments", datetime(2026, 11, 12, 9, tzinfo=UTC)),
        ],
    )
    form = checkin_form.checkin_form(LAST)
    assert form.origin == "new"
    by_network = {e.network_id: e for e in form.checkin.entries}
    assert (by_network[x.id].posts, by_network[x.id].comments) == (1, 2)
    assert by_network[li.id] == Entry(li.id)  # empty, not last week's 5 posts
    assert [r.measured_from for r in form.rows] == ["your X archive", ""]


def test_the_form_offers_a_draft_before_the_saved_checkin(db):
    x = networks.add_preset("x")
    saved = checkins.record_checkin(CheckIn(LAST, 3, entries=(Entry(x.id, posts=1),)), today=TODAY)
    assert checkin_form.checkin_form(LAST).origin == "saved"
    drafts.save_draft(CheckIn(LAST, 4, entries=(Entry(x.id, posts=2),), id=saved.id))
    form = checkin_form.checkin_form(LAST)
    assert form.origin == "draft" and form.checkin.entries[0].posts == 2


def test_prompts_goals_and_progress(db):
    li = networks.add_preset("linkedin")
    posts = goals.save_goal(
        goals.GoalDraft(
            "Post twice", "count", LAST - 5, li.id, metric="posts", direction="at_least", target=3
        )
    )
    free = goals.save_goal(goals.GoalDraft("Call Sam", "free", LAST - 5))
    goals.save_goal(goals.GoalDraft("Old", "free", LAST - 20, end_week=LAST - 10))
    prompts.add_own_prompt("What am I grateful for?")
    form = checkin_form.checkin_form(LAST)
    assert form.prompts[:3] == tuple(p.text for p in prompts.prompts_for_week(LAST))
    assert form.prompts[3] == "What am I grateful for?"
    assert [g.title for g in form.rows[0].count_goals] == ["Post twice"]
    assert [g.title for g in form.free_goals] == ["Call Sam"]
    typing = CheckIn(LAST, 2, entries=(Entry(li.id, posts=2),), judgements=((free.id, "yes"),))
    assert checkin_form.progress(posts, typing).detail == "2 of 3 posts"
    lines = checkin_form.summary(typing, form)
    assert lines[0] == "Workload comfortable."
    assert "Goals met: Call Sam." in lines and "Part of the way: Post twice." in lines


def test_a_quiet_week_is_called_a_quiet_week(db):
    x = networks.add_preset("x")
    form = checkin_form.checkin_form(LAST)
    quiet = CheckIn(LAST, 5, context=("family",), entries=(Entry(x.id, unused=True),))
    lines = checkin_form.summary(quiet, form)
    assert lines[:2] == [
        "Workload overloaded, family.",
        "A quiet week. Time away is part of using networks on purpose.",
    ]
    assert not any("miss" in line.lower() or "fail" in line.lower() for line in lines)


def test_an_old_answer_keeps_its_prompt_after_rotation(db):
    networks.add_preset("x")
    checkins.record_checkin(
        CheckIn(LAST, 3, answers=(Answer("A retired prompt?", "Still mine."),)), today=TODAY
    )
    assert "A retired prompt?" in checkin_form.checkin_form(LAST).prompts
