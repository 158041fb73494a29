"""Property tests (hypothesis) for the goal timeline and the one evaluation. No database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from reflect.checkins import CheckIn, Entry, Roles
from reflect.evaluation import count_state
from reflect.goal_timeline import Target, in_force, restatus, retarget
from reflect.goals import STATES, STATUSES, Goal, MeasuredWeek, evaluate
from reflect.weeks import IsoWeek

START = IsoWeek(2026, 1)
NET = "net-1"
weeks_after_start = st.integers(0, 40).map(lambda n: START + n)
targets = st.builds(
    Target,
    from_week=st.just(START),
    status=st.sampled_from(STATUSES),
    metric=st.sampled_from(("posts", "comments", "minutes")),
    direction=st.sampled_from(("at_least", "at_most")),
    target=st.integers(0, 50).map(float),
)


@st.composite
def timelines(draw) -> tuple[Target, ...]:
    """A valid history: the first version at the start week, later ones in order."""
    first = draw(targets)
    offsets = sorted(draw(st.sets(st.integers(1, 40), max_size=5)))
    later = [replace(draw(targets), from_week=START + n) for n in offsets]
    return (first, *later)


def goal(versions: tuple[Target, ...], kind: str = "count", end: IsoWeek | None = None) -> Goal:
    return Goal("g", "Goal", kind, NET, START, end, versions, 0, datetime(2026, 1, 1, tzinfo=UTC))


def checkin(week: IsoWeek, **counts) -> CheckIn:
    return CheckIn(week, 3, entries=(Entry(NET, **counts),))


@given(timelines(), targets, weeks_after_start, weeks_after_start)
def test_a_new_target_leaves_earlier_weeks_and_every_status_alone(versions, new, at, week):
    changed = retarget(versions, replace(new, from_week=at))
    before, after = in_force(versions, week), in_force(changed, week)
    assert after.status == before.status
    if week < at:
        assert after.asks() == before.asks()
    else:
        assert after.asks() == new.asks()


@given(
    timelines(),
    weeks_after_start,
    st.one_of(st.none(), st.integers(0, 10)),
    st.sampled_from(STATUSES),
    weeks_after_start,
)
def test_a_status_change_covers_its_weeks_only_and_keeps_targets(
    versions, first, length, status, week
):
    last = None if length is None else first + length
    changed = restatus(versions, first, last, status)
    before, after = in_force(versions, week), in_force(changed, week)
    assert after.asks() == before.asks()
    inside = first <= week and (last is None or week <= last)
    assert after.status == (status if inside else before.status)


@given(timelines(), targets, weeks_after_start)
def test_a_timeline_stays_sorted_without_repeats(versions, new, at):
    changed = retarget(versions, replace(new, from_week=at))
    weeks = [v.from_week for v in changed]
    assert weeks == sorted(set(weeks))
    for older, newer in pairwise(changed):
        assert (older.status, older.asks()) != (newer.status, newer.asks())


@given(timelines(), weeks_after_start, st.integers(0, 60), st.booleans())
def test_every_state_is_one_of_five_and_paused_weeks_are_never_missed(versions, week, n, draft):
    state = evaluate(
        goal(versions), week, replace(checkin(week, posts=n, minutes=n), is_draft=draft)
    )
    assert state.state in STATES
    if in_force(versions, week).status == "paused":
        assert state.state == "paused"
    elif in_force(versions, week).status != "active" or draft:
        assert state.state == "no data"


@given(
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(0, 40),
    st.sampled_from(("at_least", "at_most")),
)
def test_doing_more_never_looks_worse_for_at_least_nor_better_for_at_most(aim, a, b, direction):
    versions = (Target(START, "active", "posts", direction, float(aim)),)
    rank = {"met": 2, "partly": 1, "missed": 0}
    low, high = sorted((a, b))
    first = rank[evaluate(goal(versions), START, checkin(START, posts=low)).state]
    second = rank[evaluate(goal(versions), START, checkin(START, posts=high)).state]
    assert (second >= first) if direction == "at_least" else (second <= first)


@given(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), st.integers(0, 7))
def test_measured_numbers_are_shown_beside_and_never_change_the_state(told, seen, aim, days):
    versions = (Target(START, "active", "posts", "at_least", float(aim)),)
    week_checkin = checkin(START, posts=told)
    plain = evaluate(goal(versions), START, week_checkin)
    measured = (MeasuredWeek(NET, START, posts=seen, days=frozenset(range(days))),)
    beside = evaluate(goal(versions), START, week_checkin, measured)
    assert (beside.state, beside.value) == (plain.state, plain.value)
    assert beside.measured == seen and f"(measured {seen})" in beside.detail


@given(timelines(), weeks_after_start, st.integers(0, 45))
def test_weeks_outside_the_goal_have_no_data(versions, week, end_offset):
    end = START + end_offset
    state = evaluate(goal(versions, end=end), week, checkin(week, posts=5))
    if week > end:
        assert state.state == "no data"
    assert evaluate(goal(versions), START - 1, checkin(START - 1, posts=5)).state == "no data"


@given(st.integers(0, 100), st.integers(0, 100), st.integers(1, 100))
def test_a_bigger_share_of_the_role_never_looks_worse(a, b, aim):
    versions = (Target(START, "active", role="creator", target=float(aim)),)
    rank = {"met": 2, "partly": 1, "missed": 0}

    def state(share: int) -> int:
        entry = Entry(NET, posts=1, roles=Roles(share, 100 - share, 0))
        return rank[
            evaluate(goal(versions, "role"), START, CheckIn(START, 3, entries=(entry,))).state
        ]

    low, high = sorted((a, b))
    assert state(high) >= state(low)


@given(st.lists(st.frozensets(st.integers(0, 6)), min_size=1, max_size=3), st.integers(0, 7))
def test_active_days_count_each_measured_day_once_across_networks(day_sets, aim):
    versions = (Target(START, "active", "active_days", "at_least", float(aim)),)
    every = Goal("g", "Days", "count", None, START, None, versions, 0, datetime.now(UTC))
    measured = [MeasuredWeek(f"n{i}", START, days=days) for i, days in enumerate(day_sets)]
    state = evaluate(every, START, None, measured)
    union = frozenset().union(*day_sets)
    if not union:
        assert state.state == "no data"
    else:
        assert state.value == len(union)
        assert state.state == count_state("at_least", len(union), aim)


def test_active_days_without_an_import_are_no_data_and_an_unused_week_is_zero():
    versions = (Target(START, "active", "active_days", "at_least", 3.0),)
    days = goal(versions)
    assert evaluate(days, START, checkin(START, posts=4)).state == "no data"
    unused = CheckIn(START, 3, entries=(Entry(NET, unused=True),))
    state = evaluate(days, START, unused)
    assert (state.state, state.value, state.detail) == (
        "missed",
        0,
        "0 of 3 active days (measured)",
    )
    measured = (MeasuredWeek(NET, START, posts=2, days=frozenset({0, 2, 4})),)
    state = evaluate(days, START, None, measured)
    assert (state.state, state.detail) == ("met", "3 of 3 active days (measured)")


def test_an_import_that_cannot_count_a_metric_shows_nothing_beside_it():
    versions = (Target(START, "active", "minutes", "at_most", 60.0),)
    x_archive = (MeasuredWeek(NET, START, posts=3, counted=frozenset({"posts"})),)
    state = evaluate(goal(versions), START, checkin(START, minutes=45), x_archive)
    assert (state.state, state.measured, state.detail) == ("met", None, "45 of at most 60 minutes")
