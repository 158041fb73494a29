"""The first start: the networks the user is on, their purposes and one starter goal each,
saved together in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reflect import goals, networks
from reflect import models as m
from reflect.goals import GoalDraft
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.networks import NetworkDraft
from reflect.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class StarterGoal:
    """A goal offered for a new network; the user may change the title and the number."""

    title: str
    kind: str = "count"
    metric: str | None = None
    direction: str | None = None
    target: float | None = None


#: One sensible goal per preset: small, kind, and about using the network on purpose.
STARTER_GOALS: dict[str, StarterGoal] = {
    "x": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "At most an hour a week on X"),
        "count",
        "minutes",
        "at_most",
        60,
    ),
    "linkedin": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "Share one thing I learned"), "count", "posts", "at_least", 1
    ),
    "facebook": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "At most 90 minutes a week on Facebook"),
        "count",
        "minutes",
        "at_most",
        90,
    ),
    "mastodon": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "Reply to a few people"), "count", "comments", "at_least", 3
    ),
    "bluesky": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "Join two conversations"), "count", "comments", "at_least", 2
    ),
    "blog": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "Publish one piece"), "count", "posts", "at_least", 1
    ),
    "company": StarterGoal(
        QT_TRANSLATE_NOOP("FirstRun", "Answer a colleague's question"),
        "count",
        "comments",
        "at_least",
        1,
    ),
}
OWN_GOAL = StarterGoal(QT_TRANSLATE_NOOP("FirstRun", "Take part on purpose"), "free")


def starter_goal(preset: str | None) -> StarterGoal:
    return STARTER_GOALS.get(preset or "", OWN_GOAL)


@dataclass(frozen=True, slots=True)
class NetworkChoice:
    """One network the user is on, and the goal they kept for it (None: skipped)."""

    network: NetworkDraft
    goal: StarterGoal | None = None


@dataclass(frozen=True, slots=True)
class SetUp:
    networks: tuple[networks.Network, ...]
    goals: tuple[goals.Goal, ...]


def needs_welcome() -> bool:
    """True for a profile that has no networks yet (archived ones count)."""
    return not m.Network.alive().exists()


def _goal_draft(goal: StarterGoal, week: IsoWeek, network_id: str | None) -> GoalDraft:
    return GoalDraft(
        goal.title,
        goal.kind,
        week,
        network_id,
        metric=goal.metric,
        direction=goal.direction,
        target=goal.target,
    )


def shape_problems(choices: Sequence[NetworkChoice], week: IsoWeek) -> list[str]:
    """What is wrong with the choices, each sentence naming its network (no database)."""
    found, names = [], []
    for choice in choices:
        name = choice.network.name.strip() or Message(
            QT_TRANSLATE_NOOP("FirstRun", "A network"), "FirstRun"
        )
        for problem in networks.shape_problems(choice.network, names):
            found.append(_problem(name, problem.message))
        names.append(choice.network.name)
        if choice.goal is not None:
            for problem in goals.shape_problems(_goal_draft(choice.goal, week, None)):
                found.append(_problem(name, problem.message))
    return found


def _problem(name: str, message: str) -> Message:
    """ "LinkedIn: The purpose is one line…", each part still translatable."""
    return Message(
        QT_TRANSLATE_NOOP("FirstRun", "{name}: {message}"), "FirstRun", name=name, message=message
    )


def set_up(choices: Sequence[NetworkChoice], week: IsoWeek) -> SetUp:
    """Add the networks and their goals, starting ``week``: all of them or, on any problem,
    none (one transaction; the problem says which network)."""
    made_networks, made_goals = [], []
    with m.database.atomic():
        for choice in choices:
            network = networks.save_network(choice.network)
            made_networks.append(network)
            goal = choice.goal
            if goal is None:
                continue
            made_goals.append(goals.save_goal(_goal_draft(goal, week, network.id)))
    return SetUp(tuple(made_networks), tuple(made_goals))
