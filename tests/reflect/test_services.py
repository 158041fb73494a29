"""The services end to end through the real database."""

from datetime import UTC, datetime, timedelta

from reflect import activity, charters, checkins, experiments, goals, networks, practices, prompts
from reflect.activity import MeasuredItem
from reflect.checkins import Answer, CheckIn, Entry, Roles
from reflect.goal_words import describe
from reflect.weeks import IsoWeek

W9, W10 = IsoWeek(2026, 9), IsoWeek(2026, 10)


def test_presets_cover_the_design_and_keep_their_order(db):
    for key in ("x", "linkedin", "facebook", "mastodon", "bluesky", "blog", "company"):
        networks.add_preset(key)
    listed = networks.networks()
    assert [n.name for n in listed] == [
        "X",
        "LinkedIn",
        "Facebook",
        "Mastodon",
        "Bluesky",
        "Blog",
        "Company network",
    ]
    company = listed[-1]
    assert company.kind == "internal" and company.audience == "professional"
    assert listed[0].hosts == ("x.com", "twitter.com")


def test_archive_keeps_history_and_reorder_sticks(db):
    x, li, blog = (networks.add_preset(k) for k in ("x", "linkedin", "blog"))
    checkins.record_checkin(CheckIn(W9, 3, entries=(Entry(x.id, posts=2),)))
    networks.set_archived(x.id, True)
    assert [n.name for n in networks.networks()] == ["LinkedIn", "Blog"]
    assert [n.name for n in networks.networks(include_archived=True)] == ["X", "LinkedIn", "Blog"]
    assert checkins.checkin_for_week(W9).entries[0].posts == 2
    networks.reorder([blog.id, li.id, x.id])
    assert [n.name for n in networks.networks(include_archived=True)] == ["Blog", "LinkedIn", "X"]


def test_charter_has_the_eleven_questions_and_keeps_every_version(db):
    li = networks.add_preset("linkedin")
    items = charters.charter(li.id)
    assert len(items) == 11 and items[0].question == "Whom will I follow?"
    follow = items[0].question_id
    charters.save_charter(li.id, {follow: "People I have worked with."})
    charters.save_charter(li.id, {follow: "People I have worked with."})  # unchanged: no version
    charters.save_charter(li.id, {follow: "People I have worked with, and a few I admire."})
    history = charters.answer_history(follow)
    assert [v.text for v in history] == [
        "People I have worked with, and a few I admire.",
        "People I have worked with.",
    ]
    assert charters.charter(li.id)[0].answer == "People I have worked with, and a few I admire."
    own = charters.add_question(li.id, "Will I accept recruiters?")
    assert charters.charter(li.id)[-1] == own and own.standard_key is None


def test_a_raised_target_still_judges_earlier_weeks_by_the_old_one(db):
    li = networks.add_preset("linkedin")
    goal = goals.save_goal(
        goals.GoalDraft(
            "Post on LinkedIn",
            "count",
            IsoWeek(2026, 1),
            li.id,
            metric="posts",
            direction="at_least",
            target=2,
        )
    )
    goal = goals.save_goal(
        goals.GoalDraft(
            "Post on LinkedIn",
            "count",
            IsoWeek(2026, 1),
            li.id,
            metric="posts",
            direction="at_least",
            target=3,
            id=goal.id,
            effective_week=W10,
        )
    )
    week9 = checkins.record_checkin(CheckIn(W9, 3, entries=(Entry(li.id, posts=2),)))
    week10 = checkins.record_checkin(CheckIn(W10, 3, entries=(Entry(li.id, posts=2),)))
    assert goals.evaluate(goal, W9, week9).state == "met"
    state = goals.evaluate(goal, W10, week10)
    assert (state.state, state.detail) == ("partly", "2 of 3 posts")
    assert describe(goal, "LinkedIn", W10) == "At least 3 posts a week on LinkedIn, from 2026-W01"


def test_paused_weeks_are_paused_never_missed(db):
    x = networks.add_preset("x")
    goal = goals.save_goal(
        goals.GoalDraft(
            "Less X",
            "count",
            IsoWeek(2026, 1),
            x.id,
            metric="minutes",
            direction="at_most",
            target=60,
        )
    )
    goals.set_status(goal.id, "paused", W9)
    goal = goals.set_status(goal.id, "active", W10 + 1)
    busy = CheckIn(W9, 3, entries=(Entry(x.id, minutes=300),))
    assert goals.evaluate(goal, W9, busy).state == "paused"
    assert goals.evaluate(goal, W10, None).state == "paused"
    assert goals.evaluate(goal, W10 + 1, busy).state == "missed"
    assert (
        goals.evaluate(
            goal, IsoWeek(2026, 2), CheckIn(IsoWeek(2026, 2), 3, entries=(Entry(x.id, minutes=45),))
        ).detail
        == "45 of at most 60 minutes"
    )
    assert goal.status == "active"


def test_role_practice_and_free_goals(db):
    blog = networks.add_preset("blog")
    promote = next(p for p in practices.practices() if p.standard_key == "promote")
    role = goals.save_goal(
        goals.GoalDraft("Creator", "role", W9, blog.id, role="creator", target=60)
    )
    practice = goals.save_goal(
        goals.GoalDraft("Promote", "practice", W9, practice_id=promote.id, target=2)
    )
    free = goals.save_goal(goals.GoalDraft("Call a friend", "free", W9))
    checkin = checkins.record_checkin(
        CheckIn(
            W9,
            2,
            entries=(Entry(blog.id, posts=1, roles=Roles(70, 10, 20)),),
            ratings=((promote.id, 1),),
            judgements=((free.id, "partly"),),
        )
    )
    assert goals.evaluate(role, W9, checkin).state == "met"
    assert goals.evaluate(practice, W9, checkin).state == "partly"
    assert goals.evaluate(free, W9, checkin).state == "partly"
    assert goals.evaluate(free, W9 - 1, checkin).state == "no data"  # before it started


def test_a_checkin_round_trips_everything(db):
    x = networks.add_preset("x")
    first_practice = practices.practices()[0]
    saved = checkins.record_checkin(
        CheckIn(
            W9,
            4,
            energy=2,
            hours=52.5,
            context=("deadline", "travel"),
            entries=(
                Entry(
                    x.id,
                    posts=1,
                    comments=4,
                    shares=2,
                    reactions=10,
                    minutes=90,
                    feedback="a little",
                    roles=Roles(20, 50, 30),
                    note="Replies went well.",
                ),
            ),
            ratings=((first_practice.id, 3),),
            answers=(Answer("What got traction?", "A thread about onboarding."),),
        )
    )
    assert checkins.get_checkin(saved.id) == saved
    assert checkins.checkins(W9, W9) == [saved]
    assert checkins.checked_in_weeks() == {W9}


def test_measured_items_are_never_counted_twice(db):
    x = networks.add_preset("x")
    monday = datetime(2026, 3, 2, 12, tzinfo=UTC)
    first = [
        MeasuredItem("t1", "posts", monday),
        MeasuredItem("t2", "comments", monday + timedelta(days=1)),
    ]
    overlapping = [
        MeasuredItem("t2", "comments", monday + timedelta(days=1)),
        MeasuredItem("t3", "shares", monday + timedelta(days=8)),
    ]
    activity.record_items(x.id, "x", first)
    summary = activity.record_items(x.id, "x", overlapping)
    assert summary.already_known == 1 and summary.added == {"shares": 1}
    weeks = {(a.week, a.posts, a.comments, a.shares) for a in activity.measured(x.id)}
    assert weeks == {(IsoWeek(2026, 10), 1, 1, 0), (IsoWeek(2026, 11), 0, 0, 1)}


def test_measured_weeks_are_local_time_weeks(db, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    import time

    time.tzset()
    try:
        x = networks.add_preset("x")
        sunday_evening_utc = datetime(2026, 3, 8, 20, tzinfo=UTC)  # Monday morning in Auckland
        activity.record_items(x.id, "x", [MeasuredItem("late", "posts", sunday_evening_utc)])
        assert activity.measured(x.id)[0].week == IsoWeek(2026, 11)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert sunday_evening_utc.astimezone(UTC).isocalendar()[1] == 10


def test_experiments_and_prompts(db):
    saved = experiments.save_experiment(
        experiments.Experiment("Reply before posting", W9, 4, expectation="More replies")
    )
    finished = experiments.save_experiment(
        experiments.Experiment(
            saved.title,
            W9,
            4,
            expectation=saved.expectation,
            outcome="Twice the replies.",
            status="finished",
            id=saved.id,
        )
    )
    assert experiments.experiments() == [finished] and finished.last_week == IsoWeek(2026, 12)
    seen = set()
    for offset in range(9):  # 25 prompts, three a week: the pool goes round in nine weeks
        week_prompts = prompts.prompts_for_week(W9 + offset)
        assert len({p.key for p in week_prompts}) == 3
        seen |= {p.key for p in week_prompts}
    assert seen == {p.key for p in prompts.POOL} and len(prompts.POOL) >= 20
    assert prompts.prompts_for_week(W9) == prompts.prompts_for_week(W9)
    prompts.add_own_prompt("  What am I grateful for?  ")
    assert prompts.own_prompts() == ["What am I grateful for?"]


def test_descriptions_read_as_plain_language(db):
    x = networks.add_preset("x")
    promote = next(p for p in practices.practices() if p.standard_key == "promote")
    week = IsoWeek(2026, 48)
    at_most = goals.GoalDraft(
        "Less X", "count", week, x.id, metric="minutes", direction="at_most", target=60
    )
    assert describe(at_most, "X") == "At most 60 minutes a week on X, from 2026-W48"
    practice = goals.save_goal(
        goals.GoalDraft("Promote", "practice", week, x.id, practice_id=promote.id, target=2)
    )
    assert describe(practice, "X", week, promote.name) == (
        "Rate \u201cPromote others\u201d at least 2 of 3 each week on X, from 2026-W48"
    )
    free = goals.GoalDraft("Call Sam", "free", week)
    assert describe(free) == "Judged by you each week across all networks, from 2026-W48"


def test_entries_come_back_in_the_users_network_order(db):
    x, li, blog = (networks.add_preset(k) for k in ("x", "linkedin", "blog"))
    networks.reorder([blog.id, x.id, li.id])
    saved = checkins.record_checkin(
        CheckIn(
            W9, 3, entries=(Entry(li.id, posts=1), Entry(x.id, posts=2), Entry(blog.id, posts=3))
        )
    )
    assert [e.network_id for e in saved.entries] == [blog.id, x.id, li.id]


def test_a_week_away_or_an_empty_field_is_never_a_failure(db):
    x = networks.add_preset("x")
    at_most = goals.save_goal(
        goals.GoalDraft(
            "Less X", "count", W9, x.id, metric="minutes", direction="at_most", target=60
        )
    )
    at_least = goals.save_goal(
        goals.GoalDraft("Post", "count", W9, x.id, metric="posts", direction="at_least", target=2)
    )
    away = CheckIn(W9, 3, entries=(Entry(x.id, unused=True),))
    assert goals.evaluate(at_most, W9, away).state == "met"
    assert (
        goals.evaluate(at_least, W9, away).state,
        goals.evaluate(at_least, W9, away).detail,
    ) == ("no data", "didn't use it")
    blank = CheckIn(W9, 3, entries=(Entry(x.id, posts=1),))  # minutes left empty
    assert goals.evaluate(at_most, W9, blank).state == "no data"
    assert goals.evaluate(at_most, W9, blank).detail == "minutes not filled in"
    assert goals.evaluate(at_least, W9, blank).detail == "1 of 2 posts"
