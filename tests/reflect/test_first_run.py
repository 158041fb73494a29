"""The first start saves the chosen networks and starter goals together, or nothing."""

from __future__ import annotations

import pytest

from reflect import goals, networks
from reflect.errors import InvalidGoal, InvalidNetwork
from reflect.first_run import (
    NetworkChoice,
    StarterGoal,
    needs_welcome,
    set_up,
    shape_problems,
    starter_goal,
)
from reflect.networks import PRESETS, NetworkDraft
from reflect.weeks import IsoWeek

WEEK = IsoWeek(2026, 47)


def test_every_preset_has_a_starter_goal_that_the_goal_rules_accept(db):
    choices = [NetworkChoice(draft, starter_goal(key)) for key, draft in PRESETS.items()]
    done = set_up(choices, WEEK)
    assert len(done.networks) == len(PRESETS) and len(done.goals) == len(PRESETS)
    assert not needs_welcome()


def test_networks_and_goals_are_saved_with_the_users_words(db):
    assert needs_welcome()
    own = NetworkDraft("Book club forum", "private", "personal", "Talking about books.")
    done = set_up(
        [
            NetworkChoice(
                PRESETS["linkedin"], StarterGoal("Post twice", "count", "posts", "at_least", 2)
            ),
            NetworkChoice(PRESETS["mastodon"], None),
            NetworkChoice(own, starter_goal(None)),
        ],
        WEEK,
    )
    assert [n.name for n in networks.networks()] == ["LinkedIn", "Mastodon", "Book club forum"]
    assert networks.networks()[2].purpose == "Talking about books."
    saved = {(g.title, g.network_id) for g in goals.goals()}
    assert saved == {
        ("Post twice", done.networks[0].id),
        ("Take part on purpose", done.networks[2].id),
    }


@pytest.mark.parametrize(
    ("choices", "error"),
    [
        ([NetworkChoice(PRESETS["x"]), NetworkChoice(NetworkDraft(""))], InvalidNetwork),
        (
            [NetworkChoice(PRESETS["x"], StarterGoal("", "count", "posts", "at_least", 1))],
            InvalidGoal,
        ),
    ],
)
def test_a_problem_anywhere_saves_nothing(db, choices, error):
    assert shape_problems(choices, WEEK)  # the wizard would not have let it through
    with pytest.raises(error):
        set_up(choices, WEEK)
    assert networks.networks(include_archived=True) == [] and goals.goals() == []


def test_problems_name_their_network():
    choices = [NetworkChoice(PRESETS["x"], StarterGoal("", "count", "posts", "at_least", 1))]
    assert shape_problems(choices, WEEK) == ["X: Give the goal a short title."]
