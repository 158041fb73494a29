"""The first start: the networks the user is on, their purposes and one starter goal each,
saved together in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reflect import goals, networks
from reflect import models as m
from reflect.goals import GoalDraft
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
    "x": StarterGoal("At most an hour a week on X", "count", "minutes", "at_most", 60),
    "linkedin": StarterGoal("Share one thing I learned", "count", "posts", "at_least", 1),
    "facebook": StarterGoal(
        "At most 90 minutes a week on Facebook", "count", "minutes", "at_most", 90
    ),
    "mastodon": StarterGoal("Reply to a few people", "count", "comments", "at_least", 3),
    "bluesky": StarterGoal("Join two conversations", "count", "comments", "at_least", 2),
    "blog": StarterGoal("Publish one piece", "count", "posts", "at_least", 1),
    "company": StarterGoal("Answer a colleague's question", "count", "comments", "at_least", 1),
}
OWN_GOAL = StarterGoal("Take part on purpose", "free")


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
            draft = GoalDraft(
                goal.title,
                goal.kind,
                week,
                network.id,
                metric=goal.metric,
                direction=goal.direction,
                target=goal.target,
            )
            made_goals.append(goals.save_goal(draft))
    return SetUp(tuple(made_networks), tuple(made_goals))
