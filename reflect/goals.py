"""Goals per network (or for all of them), with versioned targets and statuses.

A goal's history is a list of versions, each in force from its week until the next one. Two
things change over time, each on its own: the target (what the goal asks) and the status
(active, paused, achieved, retired). Every change overrides one of them over a range of
weeks and leaves the other alone, so a past week is always judged against what was in force
then (``reflect.goal_timeline``: pure functions; the services here store their result).
What a goal is lives in ``goal_types`` and the rules it keeps in ``goal_rules``; both are
named here too, where most callers look for them.
"""

from __future__ import annotations

from dataclasses import replace

from reflect import models as m
from reflect.errors import InvalidGoal, NotFound, Problem, raise_if

# goals.evaluate is the one evaluation (it lives in reflect.evaluation); Target and the
# timeline functions live in reflect.goal_timeline. Both are re-exported here.
from reflect.evaluation import STATES, UNITS, GoalState, MeasuredWeek, evaluate
from reflect.goal_rules import pause_problems, shape_problems, stored_problems
from reflect.goal_timeline import Target, restatus, retarget
from reflect.goal_types import (
    DIRECTIONS,
    KINDS,
    LIMITS,
    METRICS,
    STATUSES,
    TITLE_LENGTH,
    Goal,
    GoalDraft,
)
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

__all__ = [
    "DIRECTIONS",
    "KINDS",
    "LIMITS",
    "METRICS",
    "STATES",
    "STATUSES",
    "TITLE_LENGTH",
    "UNITS",
    "Goal",
    "GoalDraft",
    "GoalState",
    "MeasuredWeek",
    "Target",
    "evaluate",
    "pause_problems",
    "problems_with",
    "shape_problems",
]


def problems_with(draft: GoalDraft) -> list[Problem]:
    """Every reason ``draft`` cannot be saved, the references in the database included."""
    original = None
    if draft.id:
        row = m.Goal.alive().where(m.Goal.id == draft.id).first()
        original = _load(row) if row is not None else None
    return stored_problems(draft, original)


def save_goal(draft: GoalDraft) -> Goal:
    """Create a goal, or change one: a changed target applies from ``effective_week`` on
    (from the start week when it is None: a correction). One transaction."""
    with m.database.atomic():
        raise_if(problems_with(draft), InvalidGoal)
        fields = {
            "title": draft.title.strip(),
            "kind": draft.kind,
            "network": draft.network_id,
            "start_week": draft.start_week,
            "end_week": draft.end_week,
        }
        if draft.id is None:
            last = m.Goal.alive(m.Goal.position).order_by(m.Goal.position.desc()).first()
            row = m.Goal.create(position=(last.position + 1) if last else 0, **fields)
            _write_versions(row, (replace(draft.asks(), from_week=draft.start_week),))
        else:
            row = m.Goal.get_by_id(draft.id)
            row.assign(**fields)
            _write_versions(row, retarget(_load(row).versions, draft.asks()))
        return _load(row)


def set_status(goal_id: str, status: str, from_week: IsoWeek) -> Goal:
    """From ``from_week`` on, the goal is ``status`` (achieve, retire, pause until resumed,
    or make active again). Earlier weeks keep their status; the history stays."""
    return _change_status(goal_id, status, from_week, None)


def pause(goal_id: str, first: IsoWeek, last: IsoWeek | None = None) -> Goal:
    """Pause weeks ``first``…``last`` (a holiday), or from ``first`` until resumed."""
    raise_if(pause_problems(first, last), InvalidGoal)
    return _change_status(goal_id, "paused", first, last)


def resume(goal_id: str, week: IsoWeek) -> Goal:
    """End the pause that holds ``week``: active from ``week`` to where the pause would have
    ended. A later, planned pause stays."""
    with m.database.atomic():
        goal = _load(_alive(goal_id))
        if goal.status_in(week) != "paused":
            raise InvalidGoal(
                [
                    Problem(
                        "not_paused",
                        "status",
                        QT_TRANSLATE_NOOP("Reflect", "That goal is not paused then."),
                    )
                ]
            )
        ends = [v.from_week for v in goal.versions if v.from_week > week and v.status != "paused"]
        return _change_status(goal_id, "active", week, ends[0] - 1 if ends else None)


def _change_status(goal_id: str, status: str, first: IsoWeek, last: IsoWeek | None) -> Goal:
    if status not in STATUSES:
        raise InvalidGoal(
            [
                Problem(
                    "bad_status",
                    "status",
                    Message(
                        QT_TRANSLATE_NOOP("Reflect", "Status is one of: {join}."),
                        join=", ".join(STATUSES),
                    ),
                )
            ]
        )
    with m.database.atomic():
        row = _alive(goal_id)
        _write_versions(row, restatus(_load(row).versions, first, last, status))
        return _load(row)


def _alive(goal_id: str) -> m.Goal:
    row = m.Goal.alive().where(m.Goal.id == goal_id).first()
    if row is None:
        raise NotFound("goal", goal_id)
    return row


def _write_versions(row: m.Goal, versions: tuple[Target, ...]) -> None:
    """Store ``versions`` as the goal's history: change what differs, mark the rest deleted."""
    existing = {v.from_week: v for v in m.GoalVersion.alive().where(m.GoalVersion.goal == row)}
    for version in versions:
        values = {
            "status": version.status,
            "metric": version.metric,
            "direction": version.direction,
            "target": version.target,
            "role": version.role,
            "practice": version.practice_id,
        }
        stored = existing.pop(version.from_week, None)
        if stored is None:
            m.GoalVersion.create(goal=row, from_week=version.from_week, **values)
        elif _to_target(stored) != version:
            stored.assign(**values)
    for stale in existing.values():
        stale.mark_deleted()


def goals(statuses: tuple[str, ...] | None = None) -> list[Goal]:
    """Every goal in the user's order; ``statuses`` filters on the newest version's status.

    Read as plain tuples of the columns a ``Goal`` holds (no model objects: a third of the
    check-in form's loading on a profile with 200 goals)."""
    g, v = m.Goal, m.GoalVersion
    rows = list(
        g.alive(
            g.id, g.title, g.kind, g.network, g.start_week, g.end_week, g.position, g.created_at
        )
        .order_by(g.position)
        .tuples()
    )
    versions: dict[str, list[Target]] = {row[0]: [] for row in rows}
    query = v.alive(
        v.goal, v.from_week, v.status, v.metric, v.direction, v.target, v.role, v.practice
    ).order_by(v.from_week)
    for goal_id, *target in query.tuples():
        versions.setdefault(goal_id, []).append(Target(*target))
    loaded = [
        Goal(goal_id, title, kind, network_id, start, end, tuple(versions[goal_id]), position, at)
        for goal_id, title, kind, network_id, start, end, position, at in rows
    ]
    return [goal for goal in loaded if statuses is None or goal.status in statuses]


def get_goal(goal_id: str) -> Goal:
    return _load(_alive(goal_id))


def _load(row: m.Goal) -> Goal:
    versions = (
        m.GoalVersion.alive().where(m.GoalVersion.goal == row).order_by(m.GoalVersion.from_week)
    )
    return _to_goal(row, list(versions))


def _to_target(v: m.GoalVersion) -> Target:
    return Target(v.from_week, v.status, v.metric, v.direction, v.target, v.role, v.practice_id)


def _to_goal(row: m.Goal, versions: list[m.GoalVersion]) -> Goal:
    return Goal(
        row.id,
        row.title,
        row.kind,
        row.network_id,
        row.start_week,
        row.end_week,
        tuple(_to_target(v) for v in versions),
        row.position,
        row.created_at,
    )
