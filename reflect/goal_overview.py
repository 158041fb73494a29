"""What the Goals page shows: every goal with its state this week and a strip of recent weeks,
and the experiments. Read-only, built from the services in a fixed handful of queries.

Every state comes from ``goals.evaluate``, the same function the check-in, Trends and
reports use; this module only gathers the check-ins and measured counts it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import peewee as pw

from reflect import checkins as checkin_service
from reflect import experiments as experiment_service
from reflect import goals as goal_service
from reflect import models as m
from reflect import networks as network_service
from reflect import practices as practice_service
from reflect.checkins import COUNTS, CheckIn
from reflect.experiments import Experiment
from reflect.goal_words import describe
from reflect.goals import Goal, GoalState, MeasuredWeek
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.networks import Network
from reflect.practices import Practice
from reflect.weeks import IsoWeek, week_range

#: What each import source counts (DESIGN.md, "Importers"); the rest it cannot see.
SOURCE_COUNTS = {
    "x": ("posts", "comments", "shares"),
    "mastodon": ("posts", "comments", "shares"),
    "linkedin": ("posts", "comments", "reactions"),
    "facebook": ("posts", "comments", "reactions"),
    "bluesky": ("posts", "comments", "shares", "reactions"),
    "activitywatch": ("minutes",),
}
#: How many weeks the strip on the Goals page shows, ending with the current week.
STRIP_WEEKS = 12
ALL_NETWORKS = QT_TRANSLATE_NOOP("Reflect", "All networks")
REMOVED_NETWORK = QT_TRANSLATE_NOOP("Reflect", "(removed network)")


@dataclass(frozen=True, slots=True)
class GoalRow:
    """A goal as the pages list it, with how it went this week and last week."""

    goal_id: str
    title: str
    kind: str
    network_id: str | None
    network_name: str
    network_colour: str | None  # None for goals across all networks
    description: str
    status: str  # the status in force in the week shown
    this_week: GoalState
    last_week: GoalState
    strip: tuple[GoalState, ...] = ()  # oldest first, ending with this week
    goal: Goal | None = None
    status_note: str = ""  # "Pause planned from 2026-W30", "Ended 2026-W20", or ""
    network_archived: bool = False


@dataclass(frozen=True, slots=True)
class ExperimentRow:
    experiment: Experiment
    network_name: str
    network_colour: str | None
    progress: str  # "week 2 of 4", "ended 2026-W47", "finished · 2026-W10 – 2026-W13"
    awaits_outcome: bool


@dataclass(frozen=True, slots=True)
class GoalsOverview:
    """Everything the Goals page shows and its editors start from."""

    week: IsoWeek
    goals: tuple[GoalRow, ...]  # every goal, grouped by network ("All networks" first)
    experiments: tuple[ExperimentRow, ...]  # newest first
    networks: tuple[Network, ...]  # archived ones included, in the user's order
    practices: tuple[Practice, ...]  # for practice goals; archived ones too (flagged)

    def awaiting_outcome(self) -> tuple[ExperimentRow, ...]:
        return tuple(row for row in self.experiments if row.awaits_outcome)


def measured_weeks(first: IsoWeek, last: IsoWeek) -> dict[IsoWeek, tuple[MeasuredWeek, ...]]:
    """What imports counted per week and network from ``first`` to ``last``, every source
    together, with the weekdays that had at least one item (two queries)."""
    counts: dict[tuple[str, IsoWeek], dict[str, int]] = {}
    counted: dict[tuple[str, IsoWeek], set[str]] = {}
    for row in m.Activity.alive().where((m.Activity.week >= first) & (m.Activity.week <= last)):
        key = (row.network_id, row.week)
        totals = counts.setdefault(key, dict.fromkeys(COUNTS, 0))
        for name in COUNTS:
            totals[name] += getattr(row, name) or 0
        counted.setdefault(key, set()).update(SOURCE_COUNTS.get(row.source, COUNTS))
    days: dict[tuple[str, IsoWeek], set[int]] = {}
    items = m.ImportedItem
    # The local weekday of each item, one row per network, week and day (SQLite's
    # 'localtime' follows the same time zone rules as Python's astimezone()).
    weekday = pw.fn.strftime("%w", items.occurred_at, "localtime")
    query = (
        items.select(items.network, items.week, weekday)
        .where(items.deleted_at.is_null() & (items.week >= first) & (items.week <= last))
        .distinct()
    )
    for network_id, week, sunday_first in query.tuples():
        days.setdefault((network_id, week), set()).add((int(sunday_first) + 6) % 7)
        counts.setdefault((network_id, week), dict.fromkeys(COUNTS, 0))
    by_week: dict[IsoWeek, list[MeasuredWeek]] = {}
    for (network_id, week), totals in sorted(counts.items(), key=lambda kv: str(kv[0][1])):
        key = (network_id, week)
        found = frozenset(days.get(key, ()))
        measured = MeasuredWeek(
            network_id, week, **totals, days=found, counted=frozenset(counted.get(key, ()))
        )
        by_week.setdefault(week, []).append(measured)
    return {week: tuple(rows) for week, rows in by_week.items()}


def states(
    goal: Goal,
    weeks: Sequence[IsoWeek],
    checkins: Mapping[IsoWeek, CheckIn],
    measured: Mapping[IsoWeek, Sequence[MeasuredWeek]],
) -> tuple[GoalState, ...]:
    """The goal's state in each of ``weeks``, from data already loaded."""
    return tuple(
        goal_service.evaluate(goal, week, checkins.get(week), measured.get(week, ()))
        for week in weeks
    )


def goal_states(first: IsoWeek, last: IsoWeek) -> dict[str, tuple[GoalState, ...]]:
    """Every goal's state in every week from ``first`` to ``last`` (for the heatmap and
    reports), in a fixed number of queries however many goals and weeks."""
    weeks = week_range(first, last)
    checkins = {c.week: c for c in checkin_service.checkins(first, last)}
    measured = measured_weeks(first, last)
    return {g.id: states(g, weeks, checkins, measured) for g in goal_service.goals()}


def goal_strip(goal_id: str, last: IsoWeek, weeks: int = STRIP_WEEKS) -> tuple[GoalState, ...]:
    """One goal's states in the ``weeks`` weeks ending with ``last``, oldest first."""
    first = last - (weeks - 1)
    goal = goal_service.get_goal(goal_id)
    checkins = {c.week: c for c in checkin_service.checkins(first, last)}
    return states(goal, week_range(first, last), checkins, measured_weeks(first, last))


def goal_rows(week: IsoWeek, weeks: int = STRIP_WEEKS) -> list[GoalRow]:
    """Every goal, grouped by network ("All networks" first), each with its strip."""
    first = week - (weeks - 1)
    networks = network_service.networks(include_archived=True)
    checkins = {c.week: c for c in checkin_service.checkins(first, week)}
    return rows_for(
        goal_service.goals(),
        networks,
        practice_service.practices(include_archived=True),
        checkins,
        measured_weeks(first, week),
        week,
        weeks,
    )


def rows_for(
    goals: Iterable[Goal],
    networks: Sequence[Network],
    practices: Sequence[Practice],
    checkins: Mapping[IsoWeek, CheckIn],
    measured: Mapping[IsoWeek, Sequence[MeasuredWeek]],
    week: IsoWeek,
    weeks: int = 2,
) -> list[GoalRow]:
    """Goal rows from loaded data; the strip holds ``weeks`` weeks ending with ``week``."""
    by_id = {n.id: n for n in networks}
    practice_names = {p.id: p.name for p in practices}
    order = {n.id: i for i, n in enumerate(networks)}
    shown = week_range(week - (max(weeks, 2) - 1), week)
    rows = []
    for goal in goals:
        network = by_id.get(goal.network_id or "")
        name = (network.name if network else REMOVED_NETWORK) if goal.network_id else None
        strip = states(goal, shown, checkins, measured)
        rows.append(
            GoalRow(
                goal.id,
                goal.title,
                goal.kind,
                goal.network_id,
                name or ALL_NETWORKS,
                network.colour if network else None,
                describe(
                    goal, name, week, practice_names.get(goal.target_for(week).practice_id or "")
                ),
                goal.status_in(week),
                strip[-1],
                strip[-2],
                strip[-weeks:],
                goal,
                status_note(goal, week),
                bool(network and network.archived),
            )
        )

    def group(row: GoalRow) -> int:
        return -1 if row.network_id is None else order.get(row.network_id, len(order))

    return sorted(rows, key=group)  # stable: goals keep their own order inside a group


def status_note(goal: Goal, week: IsoWeek) -> str:
    """The next planned change of status, or how the goal's weeks end, in a few words."""
    now = goal.status_in(week)
    change = next((v for v in goal.versions if v.from_week > week and v.status != now), None)
    if change is not None:
        if change.status == "paused":
            return Message(
                QT_TRANSLATE_NOOP("Reflect", "Pause planned from {week}"), week=change.from_week
            )
        if change.status == "active" and now == "paused":
            return Message(QT_TRANSLATE_NOOP("Reflect", "Resumes {week}"), week=change.from_week)
        if change.status == "achieved":
            return Message(
                QT_TRANSLATE_NOOP("Reflect", "Achieved from {week}"), week=change.from_week
            )
        if change.status == "retired":
            return Message(
                QT_TRANSLATE_NOOP("Reflect", "Retired from {week}"), week=change.from_week
            )
        return f"{change.status.capitalize()} from {change.from_week}"
    if goal.end_week is not None:
        if goal.end_week < week:
            return Message(QT_TRANSLATE_NOOP("Reflect", "Ended {week}"), week=goal.end_week)
        return Message(QT_TRANSLATE_NOOP("Reflect", "Until {week}"), week=goal.end_week)
    return ""


def experiment_rows(
    experiments: Iterable[Experiment], networks: Sequence[Network], week: IsoWeek
) -> list[ExperimentRow]:
    by_id = {n.id: n for n in networks}
    rows = []
    for e in experiments:
        network = by_id.get(e.network_id or "")
        name = (network.name if network else REMOVED_NETWORK) if e.network_id else ALL_NETWORKS
        colour = network.colour if network else None
        rows.append(ExperimentRow(e, name, colour, e.progress(week), e.awaits_outcome(week)))
    return rows


def goals_overview(week: IsoWeek, weeks: int = STRIP_WEEKS) -> GoalsOverview:
    """The Goals page: goals with their strips, experiments, and the editors' choices."""
    networks = network_service.networks(include_archived=True)
    every_practice = practice_service.practices(include_archived=True)
    first = week - (weeks - 1)
    checkins = {c.week: c for c in checkin_service.checkins(first, week)}
    rows = rows_for(
        goal_service.goals(),
        networks,
        every_practice,
        checkins,
        measured_weeks(first, week),
        week,
        weeks,
    )
    return GoalsOverview(
        week,
        tuple(rows),
        tuple(experiment_rows(experiment_service.experiments(), networks, week)),
        tuple(networks),
        tuple(every_practice),
    )
