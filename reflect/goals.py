"""Goals per network (or for all of them), with versioned targets and one evaluation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reflect import models as m
from reflect.checkins import ROLES, CheckIn
from reflect.errors import InvalidGoal, NotFound, Problem, raise_if
from reflect.weeks import IsoWeek

KINDS = ("count", "role", "practice", "free")
METRICS = ("posts", "comments", "shares", "reactions", "minutes", "active_days")
DIRECTIONS = ("at_least", "at_most")
STATUSES = ("active", "paused", "achieved", "retired")
STATES = ("met", "partly", "missed", "paused", "no data")


@dataclass(frozen=True, slots=True)
class Target:
    """What a goal asks for from ``from_week`` on, until the next version."""

    from_week: IsoWeek
    status: str = "active"
    metric: str | None = None
    direction: str | None = None
    target: float | None = None
    role: str | None = None
    practice_id: str | None = None


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
        return self.versions[-1].status

    def target_for(self, week: IsoWeek) -> Target:
        """The version in force in ``week`` (the first one for weeks before it)."""
        chosen = self.versions[0]
        for version in self.versions:
            if version.from_week <= week:
                chosen = version
        return chosen


@dataclass(frozen=True, slots=True)
class GoalState:
    goal_id: str
    week: IsoWeek
    state: str
    value: float | None = None
    target: float | None = None
    detail: str = ""


def problems_with(draft: GoalDraft) -> list[Problem]:
    problems = []
    if not draft.title.strip():
        problems.append(Problem("title_missing", "title", "Give the goal a short title."))
    if draft.kind not in KINDS:
        problems.append(Problem("bad_kind", "kind", f"A goal is one of: {', '.join(KINDS)}."))
    if draft.end_week is not None and draft.end_week < draft.start_week:
        problems.append(
            Problem("end_before_start", "end_week", "The end week comes before the start week.")
        )
    if draft.kind == "count":
        if draft.metric not in METRICS:
            problems.append(Problem("bad_metric", "metric", f"Count one of: {', '.join(METRICS)}."))
        if draft.direction not in DIRECTIONS:
            problems.append(Problem("bad_direction", "direction", "Say at least or at most."))
        if draft.target is None or draft.target < 0:
            problems.append(Problem("bad_target", "target", "The target is a number of 0 or more."))
    elif draft.kind == "role":
        if draft.role not in ROLES:
            problems.append(Problem("bad_role", "role", "Choose creator, commenter or reader."))
        if draft.target is None or not 0 < draft.target <= 100:
            problems.append(
                Problem("bad_target", "target", "The minimum share is 1 to 100 percent.")
            )
    elif draft.kind == "practice":
        if (
            not draft.practice_id
            or not m.Practice.alive().where(m.Practice.id == draft.practice_id).exists()
        ):
            problems.append(Problem("unknown_practice", "practice_id", "Choose a practice."))
        if draft.target is None or not 1 <= draft.target <= 3:
            problems.append(
                Problem("bad_target", "target", "A practice target is a rating of 1 to 3.")
            )
    if draft.network_id and not m.Network.alive().where(m.Network.id == draft.network_id).exists():
        problems.append(Problem("unknown_network", "network_id", "That network does not exist."))
    if draft.id and not m.Goal.alive().where(m.Goal.id == draft.id).exists():
        problems.append(Problem("unknown_goal", "id", "That goal no longer exists."))
    return problems


def save_goal(draft: GoalDraft) -> Goal:
    """Create a goal, or change one: a changed target applies from ``effective_week`` on."""
    with m.database.atomic():
        raise_if(problems_with(draft), InvalidGoal)
        fields = {
            "title": draft.title.strip(),
            "kind": draft.kind,
            "network": draft.network_id,
            "start_week": draft.start_week,
            "end_week": draft.end_week,
        }
        target = {
            "metric": draft.metric if draft.kind == "count" else None,
            "direction": draft.direction if draft.kind == "count" else None,
            "target": draft.target if draft.kind != "free" else None,
            "role": draft.role if draft.kind == "role" else None,
            "practice": draft.practice_id if draft.kind == "practice" else None,
        }
        if draft.id is None:
            last = m.Goal.alive(m.Goal.position).order_by(m.Goal.position.desc()).first()
            row = m.Goal.create(position=(last.position + 1) if last else 0, **fields)
            m.GoalVersion.create(goal=row, from_week=draft.start_week, status="active", **target)
        else:
            row = m.Goal.get_by_id(draft.id)
            for key, value in fields.items():
                setattr(row, key, value)
            row.save()
            current = _load(row)
            week = draft.effective_week or draft.start_week
            status = current.target_for(week).status
            _put_version(row, week, status=status, **target)
        return _load(row)


def set_status(goal_id: str, status: str, from_week: IsoWeek) -> Goal:
    """Pause, resume, achieve or retire a goal from a week on; the history stays."""
    if status not in STATUSES:
        raise InvalidGoal(
            [Problem("bad_status", "status", f"Status is one of: {', '.join(STATUSES)}.")]
        )
    with m.database.atomic():
        row = m.Goal.alive().where(m.Goal.id == goal_id).first()
        if row is None:
            raise NotFound("goal", goal_id)
        in_force = _load(row).target_for(from_week)
        _put_version(
            row,
            from_week,
            status=status,
            metric=in_force.metric,
            direction=in_force.direction,
            target=in_force.target,
            role=in_force.role,
            practice=in_force.practice_id,
        )
        return _load(row)


def _put_version(row: m.Goal, week: IsoWeek, **values) -> None:
    existing = (
        m.GoalVersion.alive()
        .where((m.GoalVersion.goal == row) & (m.GoalVersion.from_week == week))
        .first()
    )
    if existing:
        for key, value in values.items():
            setattr(existing, key, value)
        existing.save()
    else:
        m.GoalVersion.create(goal=row, from_week=week, **values)


def goals(statuses: tuple[str, ...] | None = None) -> list[Goal]:
    rows = list(m.Goal.alive().order_by(m.Goal.position))
    versions: dict[str, list[m.GoalVersion]] = {row.id: [] for row in rows}
    for version in m.GoalVersion.alive().order_by(m.GoalVersion.from_week):
        versions.setdefault(version.goal_id, []).append(version)
    loaded = [_to_goal(row, versions[row.id]) for row in rows]
    return [g for g in loaded if statuses is None or g.status in statuses]


def get_goal(goal_id: str) -> Goal:
    row = m.Goal.alive().where(m.Goal.id == goal_id).first()
    if row is None:
        raise NotFound("goal", goal_id)
    return _load(row)


def _load(row: m.Goal) -> Goal:
    versions = (
        m.GoalVersion.alive().where(m.GoalVersion.goal == row).order_by(m.GoalVersion.from_week)
    )
    return _to_goal(row, list(versions))


def _to_goal(row: m.Goal, versions: list[m.GoalVersion]) -> Goal:
    return Goal(
        row.id,
        row.title,
        row.kind,
        row.network_id,
        row.start_week,
        row.end_week,
        tuple(
            Target(v.from_week, v.status, v.metric, v.direction, v.target, v.role, v.practice_id)
            for v in versions
        ),
        row.position,
        row.created_at,
    )


def evaluate(goal: Goal, week: IsoWeek, checkin: CheckIn | None) -> GoalState:
    """How ``goal`` went in ``week``, judged against the target in force then."""
    if week < goal.start_week or (goal.end_week and week > goal.end_week):
        return GoalState(goal.id, week, "no data")
    target = goal.target_for(week)
    if target.status == "paused":
        return GoalState(goal.id, week, "paused")
    if target.status != "active" or checkin is None or checkin.is_draft:
        return GoalState(goal.id, week, "no data")
    if goal.kind == "count":
        return _evaluate_count(goal, week, target, checkin)
    if goal.kind == "role":
        return _evaluate_role(goal, week, target, checkin)
    if goal.kind == "practice":
        rating = dict(checkin.ratings).get(target.practice_id)
        if rating is None:
            return GoalState(goal.id, week, "no data")
        state = "met" if rating >= target.target else "partly" if rating > 0 else "missed"
        return GoalState(goal.id, week, state, rating, target.target, f"rated {rating} of 3")
    verdict = dict(checkin.judgements).get(goal.id)
    state = {"yes": "met", "partly": "partly", "no": "missed"}.get(verdict or "", "no data")
    return GoalState(goal.id, week, state, detail=verdict or "")


def _evaluate_count(goal: Goal, week: IsoWeek, target: Target, checkin: CheckIn) -> GoalState:
    if target.metric == "active_days":
        return GoalState(goal.id, week, "no data")
    entries = [e for e in checkin.entries if goal.network_id in (None, e.network_id)]
    if not entries:
        return GoalState(goal.id, week, "no data")
    value = float(sum(e.count(target.metric) for e in entries))
    goal_value = float(target.target or 0)
    if target.direction == "at_most":
        state = (
            "met" if value <= goal_value else "partly" if value <= goal_value * 1.25 else "missed"
        )
        detail = f"{value:g} of at most {goal_value:g} {target.metric}"
    else:
        state = (
            "met"
            if value >= goal_value
            else "partly"
            if value >= goal_value / 2 and value > 0
            else "missed"
        )
        detail = f"{value:g} of {goal_value:g} {target.metric}"
    return GoalState(goal.id, week, state, value, goal_value, detail)


def _evaluate_role(goal: Goal, week: IsoWeek, target: Target, checkin: CheckIn) -> GoalState:
    entry = checkin.entry_for(goal.network_id) if goal.network_id else None
    if entry is None or entry.roles is None:
        return GoalState(goal.id, week, "no data")
    share = getattr(entry.roles, target.role)
    need = target.target or 0
    state = "met" if share >= need else "partly" if share >= need - 15 else "missed"
    return GoalState(goal.id, week, state, share, need, f"{share} % {target.role} (aim {need:g} %)")


def describe(
    draft: GoalDraft | Goal,
    network_name: str | None = None,
    week: IsoWeek | None = None,
    practice_name: str | None = None,
) -> str:
    """Plain words for a goal: "At most 60 minutes a week on X, from 2026-W48"."""
    if isinstance(draft, Goal):
        t = draft.target_for(week or IsoWeek.current())
        metric, direction, target, role = t.metric, t.direction, t.target, t.role
    else:
        metric, direction, target, role = draft.metric, draft.direction, draft.target, draft.role
    where = f" on {network_name}" if network_name else " across all networks"
    if draft.kind == "count":
        how = "At least" if direction == "at_least" else "At most"
        unit = (metric or "").replace("_", " ")
        text = f"{how} {target or 0:g} {unit} a week{where}"
    elif draft.kind == "role":
        text = f"Mostly a {role}{where}: at least {target or 0:g} % of the week"
    elif draft.kind == "practice":
        practice = f"\u201c{practice_name}\u201d" if practice_name else "the practice"
        text = f"Rate {practice} at least {target or 0:g} of 3 each week{where}"
    else:
        text = f"Judged by you each week{where}"
    return f"{text}, from {draft.start_week}"
