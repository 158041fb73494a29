"""Goals per network (or for all of them), with versioned targets and statuses.

A goal's history is a list of versions, each in force from its week until the next one. Two
things change over time, each on its own: the target (what the goal asks) and the status
(active, paused, achieved, retired). Every change overrides one of them over a range of
weeks and leaves the other alone, so a past week is always judged against what was in force
then (``reflect.goal_timeline``: pure functions; the services here store their result).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from reflect import models as m
from reflect.checkins import ROLES
from reflect.errors import InvalidGoal, NotFound, Problem, raise_if

# goals.evaluate is the one evaluation (it lives in reflect.evaluation); Target and the
# timeline functions live in reflect.goal_timeline. Both are re-exported here.
from reflect.evaluation import STATES, UNITS, GoalState, MeasuredWeek, evaluate  # noqa: F401
from reflect.goal_timeline import Target, in_force, restatus, retarget
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

KINDS = ("count", "role", "practice", "free")
METRICS = ("posts", "comments", "shares", "reactions", "minutes", "active_days")
DIRECTIONS = ("at_least", "at_most")
STATUSES = ("active", "paused", "achieved", "retired")
#: The most a weekly count goal may ask for: beyond this a number is a typo, not a goal.
LIMITS = {
    "posts": 10_000,
    "comments": 10_000,
    "shares": 10_000,
    "reactions": 10_000,
    "minutes": 7 * 24 * 60,
    "active_days": 7,
}
TITLE_LENGTH = 120


@dataclass(frozen=True, slots=True)
class GoalDraft:
    """What the goal editor returns. For an edit, ``effective_week`` says from when it applies."""

    title: str
    kind: str
    start_week: IsoWeek
    network_id: str | None = None
    end_week: IsoWeek | None = None
    metric: str | None = None
    direction: str | None = None
    target: float | None = None
    role: str | None = None
    practice_id: str | None = None
    id: str | None = None
    effective_week: IsoWeek | None = None

    def asks(self) -> Target:
        """The target this draft sets, with the fields its kind does not use left empty."""
        kind = self.kind
        return Target(
            self.effective_week or self.start_week,
            "active",
            self.metric if kind == "count" else None,
            self.direction if kind == "count" else None,
            float(self.target) if kind != "free" and self.target is not None else None,
            self.role if kind == "role" else None,
            self.practice_id if kind == "practice" else None,
        )


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    title: str
    kind: str
    network_id: str | None
    start_week: IsoWeek
    end_week: IsoWeek | None
    versions: tuple[Target, ...]  # oldest first
    position: int
    created_at: datetime = field(compare=False)

    @property
    def status(self) -> str:
        """The status of the newest version (see ``status_in`` for a given week)."""
        return self.versions[-1].status

    def status_in(self, week: IsoWeek) -> str:
        return self.target_for(week).status

    def target_for(self, week: IsoWeek) -> Target:
        """The version in force in ``week`` (the first one for weeks before it)."""
        return in_force(self.versions, week)

    def draft(self, effective_week: IsoWeek | None = None) -> GoalDraft:
        """The goal as the editor starts it, asking what it asks in ``effective_week``."""
        t = self.target_for(effective_week or self.versions[-1].from_week)
        return GoalDraft(
            self.title,
            self.kind,
            self.start_week,
            self.network_id,
            self.end_week,
            t.metric,
            t.direction,
            t.target,
            t.role,
            t.practice_id,
            self.id,
            effective_week,
        )


# --- validation ---------------------------------------------------------------------------------


def shape_problems(draft: GoalDraft, original: Goal | None = None) -> list[Problem]:
    """Every problem that needs no database: what the editor checks on each keystroke.

    ``original`` is the goal being edited, if any (its kind and network cannot change).
    """
    problems = []
    title = draft.title.strip()
    if not title:
        problems.append(
            Problem(
                "title_missing",
                "title",
                QT_TRANSLATE_NOOP("Reflect", "Give the goal a short title."),
            )
        )
    elif len(title) > TITLE_LENGTH:
        problems.append(
            Problem(
                "title_too_long",
                "title",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "A title has at most {TITLE_LENGTH} characters."),
                    TITLE_LENGTH=TITLE_LENGTH,
                ),
            )
        )
    if draft.kind not in KINDS:
        problems.append(
            Problem(
                "bad_kind",
                "kind",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "A goal is one of: {join}."), join=", ".join(KINDS)
                ),
            )
        )
    if draft.end_week is not None and draft.end_week < draft.start_week:
        problems.append(
            Problem(
                "end_before_start",
                "end_week",
                QT_TRANSLATE_NOOP("Reflect", "The end week comes before the start week."),
            )
        )
    problems += _target_problems(draft)
    if original is not None:
        problems += _edit_problems(draft, original)
    return problems


def _target_problems(draft: GoalDraft) -> list[Problem]:
    problems = []
    target = draft.target
    if draft.kind == "count":
        if draft.metric not in METRICS:
            problems.append(
                Problem(
                    "bad_metric",
                    "metric",
                    Message(
                        QT_TRANSLATE_NOOP("Reflect", "Count one of: {join}."),
                        join=", ".join(METRICS),
                    ),
                )
            )
        if draft.direction not in DIRECTIONS:
            problems.append(
                Problem(
                    "bad_direction",
                    "direction",
                    QT_TRANSLATE_NOOP("Reflect", "Say at least or at most."),
                )
            )
        if target is None or target < 0:
            problems.append(
                Problem(
                    "bad_target",
                    "target",
                    QT_TRANSLATE_NOOP("Reflect", "The target is a number of 0 or more."),
                )
            )
        elif target != int(target):
            problems.append(
                Problem(
                    "bad_target",
                    "target",
                    QT_TRANSLATE_NOOP("Reflect", "The target is a whole number."),
                )
            )
        elif draft.metric in LIMITS and target > LIMITS[draft.metric]:
            limit, unit = LIMITS[draft.metric], Message(UNITS[draft.metric])
            if draft.metric == "minutes":
                message = Message(
                    QT_TRANSLATE_NOOP("Reflect", "A week has {limit:,} minutes."), limit=limit
                )
            elif draft.metric == "active_days":
                message = QT_TRANSLATE_NOOP("Reflect", "A week has 7 days.")
            else:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect",
                        "{target:,.0f} {unit} a week looks like a typo: a goal asks for at most "
                        "{limit:,}.",
                    ),
                    target=target,
                    unit=unit,
                    limit=limit,
                )
            problems.append(Problem("target_absurd", "target", message))
    elif draft.kind == "role":
        if draft.role not in ROLES:
            problems.append(
                Problem(
                    "bad_role",
                    "role",
                    QT_TRANSLATE_NOOP("Reflect", "Choose creator, commenter or reader."),
                )
            )
        if target is None or not 0 < target <= 100:
            problems.append(
                Problem(
                    "bad_target",
                    "target",
                    QT_TRANSLATE_NOOP("Reflect", "The minimum share is 1 to 100 percent."),
                )
            )
    elif draft.kind == "practice":
        if not draft.practice_id:
            problems.append(
                Problem(
                    "unknown_practice",
                    "practice_id",
                    QT_TRANSLATE_NOOP("Reflect", "Choose a practice."),
                )
            )
        if target is None or not 1 <= target <= 3:
            problems.append(
                Problem(
                    "bad_target",
                    "target",
                    QT_TRANSLATE_NOOP("Reflect", "A practice target is a rating of 1 to 3."),
                )
            )
    return problems


def _edit_problems(draft: GoalDraft, original: Goal) -> list[Problem]:
    problems = []
    if draft.kind != original.kind:
        problems.append(
            Problem(
                "kind_changed",
                "kind",
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "A goal keeps its kind, so its past weeks keep their meaning: retire it and "
                    "add a new goal instead.",
                ),
            )
        )
    if draft.network_id != original.network_id:
        problems.append(
            Problem(
                "network_changed",
                "network_id",
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "A goal stays with its network, so its past weeks keep their meaning: retire "
                    "it and add a new goal instead.",
                ),
            )
        )
    week = draft.effective_week
    if week is not None and week < draft.start_week:
        problems.append(
            Problem(
                "effective_before_start",
                "effective_week",
                QT_TRANSLATE_NOOP(
                    "Reflect", "A change applies from the start week at the earliest."
                ),
            )
        )
    elif week is not None and draft.end_week is not None and week > draft.end_week:
        problems.append(
            Problem(
                "effective_after_end",
                "effective_week",
                QT_TRANSLATE_NOOP("Reflect", "That week is after the goal ends."),
            )
        )
    return problems


def problems_with(draft: GoalDraft) -> list[Problem]:
    """Every reason ``draft`` cannot be saved, the references in the database included."""
    original = None
    if draft.id:
        row = m.Goal.alive().where(m.Goal.id == draft.id).first()
        if row is None:
            return [
                Problem(
                    "unknown_goal",
                    "id",
                    QT_TRANSLATE_NOOP("Reflect", "That goal no longer exists."),
                )
            ]
        original = _load(row)
    problems = shape_problems(draft, original)
    if draft.network_id and not m.Network.alive().where(m.Network.id == draft.network_id).exists():
        problems.append(
            Problem(
                "unknown_network",
                "network_id",
                QT_TRANSLATE_NOOP("Reflect", "That network does not exist."),
            )
        )
    if (
        draft.kind == "practice"
        and draft.practice_id
        and not m.Practice.alive().where(m.Practice.id == draft.practice_id).exists()
    ):
        problems.append(
            Problem(
                "unknown_practice",
                "practice_id",
                QT_TRANSLATE_NOOP("Reflect", "Choose a practice."),
            )
        )
    return problems


# --- services -----------------------------------------------------------------------------------


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


def pause_problems(first: IsoWeek, last: IsoWeek | None) -> list[Problem]:
    if last is not None and last < first:
        return [
            Problem(
                "pause_ends_before_start",
                "last",
                QT_TRANSLATE_NOOP("Reflect", "The pause ends before it starts."),
            )
        ]
    return []


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
