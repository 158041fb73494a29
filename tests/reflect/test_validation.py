"""Bad input is refused with a code, a field and a sentence; nothing is written."""

from datetime import date

import pytest

from reflect import checkins, experiments, goals, networks
from reflect.checkins import CheckIn, Entry, Roles
from reflect.errors import InvalidCheckIn, InvalidExperiment, InvalidGoal, InvalidNetwork
from reflect.weeks import IsoWeek

TODAY = date(2026, 11, 22)  # a Sunday in 2026-W47
WEEK = IsoWeek(2026, 46)


def row_counts(db) -> dict[str, int]:
    tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def linkedin(db):
    return networks.add_preset("linkedin")


def refused(db, error, call, *args, **kwargs):
    before = row_counts(db)
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert row_counts(db) == before, "a refused input must write nothing"
    return caught.value


@pytest.mark.parametrize(
    ("change", "code", "field", "words"),
    [
        ({"workload": 0}, "workload_range", "workload", "1 (light) to 5 (overloaded)"),
        ({"workload": 6}, "workload_range", "workload", "1 (light) to 5 (overloaded)"),
        ({"energy": 9}, "energy_range", "energy", "Energy goes from 1 to 5"),
        ({"week": IsoWeek(2026, 48)}, "future_week", "week", "has not started yet"),
        ({"hours": -3.0}, "hours_range", "hours", "0 to 168"),
    ],
)
def test_bad_week_values_are_refused(db, linkedin, change, code, field, words):
    values = {"week": WEEK, "workload": 3} | change
    error = refused(db, InvalidCheckIn, checkins.record_checkin, CheckIn(**values), today=TODAY)
    problem = next(p for p in error.problems if p.code == code)
    assert problem.field == field and words in problem.message


def test_negative_counts_are_refused_naming_the_field(db, linkedin):
    checkin = CheckIn(WEEK, 3, entries=(Entry(linkedin.id, posts=2, comments=-1),))
    error = refused(db, InvalidCheckIn, checkins.record_checkin, checkin, today=TODAY)
    assert [(p.code, p.field) for p in error.problems] == [
        ("negative_count", "entries[0].comments")
    ]
    assert "Comments cannot be negative" in str(error)


def test_role_shares_must_sum_to_100(db, linkedin):
    checkin = CheckIn(WEEK, 3, entries=(Entry(linkedin.id, roles=Roles(50, 30, 10)),))
    error = refused(db, InvalidCheckIn, checkins.record_checkin, checkin, today=TODAY)
    assert error.codes() == {"roles_sum"}
    assert "add up to 90" in str(error)


def test_an_unknown_network_is_refused(db):
    checkin = CheckIn(WEEK, 3, entries=(Entry("no-such-network", posts=1),))
    error = refused(db, InvalidCheckIn, checkins.record_checkin, checkin, today=TODAY)
    assert error.codes() == {"unknown_network"}


def test_a_second_checkin_for_the_same_week_is_refused(db, linkedin):
    first = checkins.record_checkin(
        CheckIn(WEEK, 2, entries=(Entry(linkedin.id, posts=1),)), today=TODAY
    )
    error = refused(db, InvalidCheckIn, checkins.record_checkin, CheckIn(WEEK, 4), today=TODAY)
    assert error.codes() == {"duplicate_week"}
    assert "already has a check-in" in str(error)
    assert checkins.checkin_for_week(WEEK) == first


@pytest.mark.parametrize("entry_values", [{"posts": 2}, {"roles": Roles(0, 0, 100)}])
def test_didnt_use_it_with_activity_is_refused(db, linkedin, entry_values):
    checkin = CheckIn(WEEK, 3, entries=(Entry(linkedin.id, unused=True, **entry_values),))
    error = refused(db, InvalidCheckIn, checkins.record_checkin, checkin, today=TODAY)
    assert error.codes() == {"unused_with_activity"}


def test_the_current_week_is_allowed_and_an_edit_replaces_in_place(db, linkedin):
    this_week = IsoWeek.of(TODAY)
    saved = checkins.record_checkin(
        CheckIn(this_week, 3, entries=(Entry(linkedin.id, posts=1, roles=Roles(60, 20, 20)),)),
        today=TODAY,
    )
    edited = checkins.record_checkin(
        CheckIn(
            this_week,
            5,
            entries=(Entry(linkedin.id, posts=4, roles=Roles(80, 10, 10)),),
            id=saved.id,
        ),
        today=TODAY,
    )
    assert edited.id == saved.id
    again = checkins.checkin_for_week(this_week)
    assert (
        again.workload == 5 and again.entries[0].posts == 4 and again.entries[0].roles.creator == 80
    )
    assert (
        db.execute_sql("SELECT count(*) FROM network_entry WHERE deleted_at IS NULL").fetchone()[0]
        == 1
    )


def test_network_names_are_unique_ignoring_case(db, linkedin):
    error = refused(db, InvalidNetwork, networks.save_network, networks.NetworkDraft("linkedIN"))
    assert error.codes() == {"name_taken"}


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (networks.NetworkDraft("  "), "name_missing"),
        (networks.NetworkDraft("Forum", kind="secret"), "bad_kind"),
        (networks.NetworkDraft("Forum", colour="red"), "bad_colour"),
        (networks.NetworkDraft("Forum", hosts=("not a host",)), "bad_host"),
    ],
)
def test_bad_networks_are_refused(db, draft, code):
    assert code in refused(db, InvalidNetwork, networks.save_network, draft).codes()


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (goals.GoalDraft("", "free", WEEK), "title_missing"),
        (
            goals.GoalDraft("Post", "count", WEEK, metric="likes", direction="at_least", target=1),
            "bad_metric",
        ),
        (
            goals.GoalDraft("Post", "count", WEEK, metric="posts", direction="more", target=1),
            "bad_direction",
        ),
        (
            goals.GoalDraft("Post", "count", WEEK, metric="posts", direction="at_least", target=-1),
            "bad_target",
        ),
        (goals.GoalDraft("Lead", "role", WEEK, role="boss", target=50), "bad_role"),
        (goals.GoalDraft("Free", "free", WEEK, end_week=WEEK - 1), "end_before_start"),
        (goals.GoalDraft("Free", "free", WEEK, network_id="nope"), "unknown_network"),
    ],
)
def test_bad_goals_are_refused(db, draft, code):
    assert code in refused(db, InvalidGoal, goals.save_goal, draft).codes()


def test_bad_experiments_are_refused(db):
    error = refused(
        db,
        InvalidExperiment,
        experiments.save_experiment,
        experiments.Experiment("", WEEK, weeks=0),
    )
    assert error.codes() == {"title_missing", "weeks_range"}
