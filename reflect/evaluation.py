"""How a goal went in one week: the one evaluation every screen and report uses.

``evaluate`` is pure: it takes the goal, the week, that week's check-in and what was measured
from imports, and returns a :class:`GoalState`. ``reflect.goals`` re-exports it as
``goals.evaluate``.

- count targets are judged on the check-in's self-reported numbers; measured numbers, when
  there are any, are shown beside them (``GoalState.measured``) and never replace them;
- ``active_days`` has no self-reported number, so it is judged on the days with at least one
  measured item (a week the check-in marks "didn't use it" counts as 0 days); a week with
  neither is ``no data``, because an import that does not cover a week looks like a quiet one;
- role targets on the check-in's role shares (the mean over networks for "all networks");
- practice targets on the week's rating; free goals on the user's own verdict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reflect.checkins import COUNTS, CheckIn, Entry
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

if TYPE_CHECKING:
    from reflect.goals import Goal, Target

STATES = ("met", "partly", "missed", "paused", "no data")
UNITS = {
    "posts": QT_TRANSLATE_NOOP("Reflect", "posts"),
    "comments": QT_TRANSLATE_NOOP("Reflect", "comments"),
    "shares": QT_TRANSLATE_NOOP("Reflect", "shares"),
    "reactions": QT_TRANSLATE_NOOP("Reflect", "reactions"),
    "minutes": QT_TRANSLATE_NOOP("Reflect", "minutes"),
    "active_days": QT_TRANSLATE_NOOP("Reflect", "active days"),
}
_ROLES = {
    "creator": QT_TRANSLATE_NOOP("Reflect", "creator"),
    "commenter": QT_TRANSLATE_NOOP("Reflect", "commenter"),
    "reader": QT_TRANSLATE_NOOP("Reflect", "reader"),
}
VERDICT_STATES = {"yes": "met", "partly": "partly", "no": "missed"}
#: A role share this many points under the aim is "partly".
ROLE_SLACK = 15


@dataclass(frozen=True, slots=True)
class GoalState:
    goal_id: str
    week: IsoWeek
    state: str
    value: float | None = None
    target: float | None = None
    detail: str = ""
    measured: float | None = None  # the same number from imports, when there is one


@dataclass(frozen=True, slots=True)
class MeasuredWeek:
    """What imports counted for one network in one week (every source together)."""

    network_id: str
    week: IsoWeek
    posts: int = 0
    comments: int = 0
    shares: int = 0
    reactions: int = 0
    minutes: int = 0
    days: frozenset[int] = field(default_factory=frozenset)  # weekdays with an item, Monday 0
    counted: frozenset[str] = frozenset(COUNTS)  # what the sources can count at all

    def count(self, name: str) -> int:
        return len(self.days) if name == "active_days" else getattr(self, name)

    def counts(self, name: str) -> bool:
        """Whether an import measured ``name`` (an X archive has no minutes: not zero)."""
        return bool(self.days) if name == "active_days" else name in self.counted


def evaluate(
    goal: Goal,
    week: IsoWeek,
    checkin: CheckIn | None,
    measured: Iterable[MeasuredWeek] = (),
) -> GoalState:
    """How ``goal`` went in ``week``, judged against the target in force then.

    ``checkin`` is that week's check-in (a draft counts as none); ``measured`` may hold rows
    for other weeks and networks: only this week's rows for the goal's network are used.
    """
    if week < goal.start_week or (goal.end_week is not None and week > goal.end_week):
        return GoalState(goal.id, week, "no data")
    target = goal.target_for(week)
    if target.status == "paused":
        return GoalState(goal.id, week, "paused")
    if target.status != "active":
        return GoalState(goal.id, week, "no data")
    if checkin is not None and checkin.is_draft:
        checkin = None
    if goal.kind == "count":
        mine = [m for m in measured if m.week == week and goal.network_id in (None, m.network_id)]
        return _evaluate_count(goal, week, target, checkin, mine)
    if checkin is None:
        return GoalState(goal.id, week, "no data")
    if goal.kind == "role":
        return _evaluate_role(goal, week, target, checkin)
    if goal.kind == "practice":
        return _evaluate_practice(goal, week, target, checkin)
    verdict = dict(checkin.judgements).get(goal.id)
    return GoalState(
        goal.id, week, VERDICT_STATES.get(verdict or "", "no data"), detail=verdict or ""
    )


def count_state(direction: str | None, value: float, aim: float) -> str:
    """``at_least``: met at the aim, partly from half of it; ``at_most``: partly up to 25 % over."""
    if direction == "at_most":
        return "met" if value <= aim else "partly" if value <= aim * 1.25 else "missed"
    if value >= aim:
        return "met"
    return "partly" if value > 0 and value >= aim / 2 else "missed"


def _entries(goal: Goal, checkin: CheckIn | None) -> list[Entry]:
    if checkin is None:
        return []
    return [e for e in checkin.entries if goal.network_id in (None, e.network_id)]


def _measured_value(metric: str, rows: list[MeasuredWeek]) -> float | None:
    rows = [r for r in rows if r.counts(metric)]
    if not rows:
        return None
    if metric == "active_days":
        return float(len(frozenset().union(*(r.days for r in rows))))
    return float(sum(r.count(metric) for r in rows))


def _evaluate_count(
    goal: Goal,
    week: IsoWeek,
    target: Target,
    checkin: CheckIn | None,
    measured: list[MeasuredWeek],
) -> GoalState:
    metric = target.metric or "posts"
    unit = Message(UNITS[metric]) if metric in UNITS else metric
    aim = float(target.target or 0)
    seen = _measured_value(metric, measured)
    entries = _entries(goal, checkin)
    if metric == "active_days":
        if seen is None and entries and all(e.unused for e in entries):
            seen = 0.0
        if seen is None:
            return GoalState(goal.id, week, "no data")
        value, note = seen, Message(QT_TRANSLATE_NOOP("Reflect", " (measured)"))
    elif not entries:
        note = (
            Message(QT_TRANSLATE_NOOP("Reflect", "measured {seen:g} {unit}"), seen=seen, unit=unit)
            if seen is not None
            else ""
        )
        return GoalState(goal.id, week, "no data", detail=note, measured=seen)
    else:
        note = (
            Message(QT_TRANSLATE_NOOP("Reflect", " (measured {seen:g})"), seen=seen)
            if seen is not None
            else ""
        )
        used = [e for e in entries if not e.unused]
        given = [getattr(e, metric) for e in used if getattr(e, metric) is not None]
        if not used:  # "didn't use it": nothing bad, and well within any "at most"
            if target.direction == "at_most":
                detail = Message(
                    QT_TRANSLATE_NOOP("Reflect", "didn't use it, so 0 of at most {aim:g} {unit}"),
                    aim=aim,
                    unit=unit,
                )
                return GoalState(goal.id, week, "met", 0.0, aim, detail, seen)
            unused = Message(QT_TRANSLATE_NOOP("Reflect", "didn't use it"))
            return GoalState(goal.id, week, "no data", detail=unused, measured=seen)
        if not given:  # left empty: not known, so not judged (an empty field is not a zero)
            detail = Message(
                QT_TRANSLATE_NOOP("Reflect", "{unit} not filled in{note}"), unit=unit, note=note
            )
            return GoalState(goal.id, week, "no data", None, aim, detail, seen)
        value = float(sum(given))
    if target.direction == "at_most":
        template = QT_TRANSLATE_NOOP("Reflect", "{value:g} of at most {aim:g} {unit}{note}")
    else:
        template = QT_TRANSLATE_NOOP("Reflect", "{value:g} of {aim:g} {unit}{note}")
    detail = Message(template, value=value, aim=aim, unit=unit, note=note)
    state = count_state(target.direction, value, aim)
    return GoalState(goal.id, week, state, value, aim, detail, seen)


def _evaluate_role(goal: Goal, week: IsoWeek, target: Target, checkin: CheckIn) -> GoalState:
    rated = [e for e in _entries(goal, checkin) if e.roles is not None and not e.unused]
    if not rated:
        return GoalState(goal.id, week, "no data")
    role = target.role or "creator"
    share = round(sum(getattr(e.roles, role) for e in rated) / len(rated))
    need = float(target.target or 0)
    state = "met" if share >= need else "partly" if share >= need - ROLE_SLACK else "missed"
    if goal.network_id is None:
        template = QT_TRANSLATE_NOOP("Reflect", "{share} % {role} on average (aim {need:g} %)")
    else:
        template = QT_TRANSLATE_NOOP("Reflect", "{share} % {role} (aim {need:g} %)")
    role_words = Message(_ROLES[role]) if role in _ROLES else role
    detail = Message(template, share=share, role=role_words, need=need)
    return GoalState(goal.id, week, state, float(share), need, detail)


def _evaluate_practice(goal: Goal, week: IsoWeek, target: Target, checkin: CheckIn) -> GoalState:
    rating = dict(checkin.ratings).get(target.practice_id or "")
    if rating is None:
        return GoalState(goal.id, week, "no data")
    need = float(target.target or 0)
    state = "met" if rating >= need else "partly" if rating > 0 else "missed"
    return GoalState(
        goal.id,
        week,
        state,
        float(rating),
        need,
        Message(QT_TRANSLATE_NOOP("Reflect", "rated {rating} of 3"), rating=rating),
    )
