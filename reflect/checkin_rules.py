"""The rules a check-in must keep before it is saved: its shape (no database, safe at every
keystroke) and what it points at (networks, goals and practices that exist)."""

from __future__ import annotations

from datetime import date

from reflect import models as m
from reflect.checkin_types import (
    COUNTS,
    FEEDBACK,
    VERDICTS,
    CheckIn,
)
from reflect.errors import Problem
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek


def problems_with(checkin: CheckIn, today: date | None = None) -> list[Problem]:
    """Every reason this check-in cannot be saved; empty when it can."""
    problems = shape_problems(checkin, today)
    problems += _reference_problems(checkin)
    return problems


def shape_problems(checkin: CheckIn, today: date | None) -> list[Problem]:
    """The rules that need no database: safe to run at every keystroke on the UI thread."""
    problems: list[Problem] = []
    if checkin.week > IsoWeek.current(today):
        problems.append(
            Problem(
                "future_week",
                "week",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect", "{week} has not started yet: check in once it has."
                    ),
                    week=checkin.week,
                ),
            )
        )
    if not isinstance(checkin.workload, int) or not 1 <= checkin.workload <= 5:
        problems.append(
            Problem(
                "workload_range",
                "workload",
                QT_TRANSLATE_NOOP("Reflect", "Workload goes from 1 (light) to 5 (overloaded)."),
            )
        )
    if checkin.energy is not None and not 1 <= checkin.energy <= 5:
        problems.append(
            Problem(
                "energy_range", "energy", QT_TRANSLATE_NOOP("Reflect", "Energy goes from 1 to 5.")
            )
        )
    if checkin.hours is not None and not 0 <= checkin.hours <= 168:
        problems.append(
            Problem(
                "hours_range",
                "hours",
                QT_TRANSLATE_NOOP("Reflect", "Hours worked go from 0 to 168 in a week."),
            )
        )
    for tag in checkin.context:
        if not tag.strip() or len(tag) > 40:
            problems.append(
                Problem(
                    "bad_context",
                    "context",
                    QT_TRANSLATE_NOOP("Reflect", "A context tag has 1 to 40 characters."),
                )
            )
    seen: set[str] = set()
    for index, entry in enumerate(checkin.entries):
        where = f"entries[{index}]"
        if entry.network_id in seen:
            problems.append(
                Problem(
                    "duplicate_entry",
                    where,
                    QT_TRANSLATE_NOOP("Reflect", "A network appears twice in this check-in."),
                )
            )
        seen.add(entry.network_id)
        for name in COUNTS:
            value = getattr(entry, name)
            if value is not None and value < 0:
                problems.append(
                    Problem(
                        "negative_count",
                        f"{where}.{name}",
                        Message(
                            QT_TRANSLATE_NOOP("Reflect", "{name} cannot be negative."),
                            name=name.capitalize(),
                        ),
                    )
                )
        if entry.feedback is not None and entry.feedback not in FEEDBACK:
            problems.append(
                Problem(
                    "bad_feedback",
                    f"{where}.feedback",
                    QT_TRANSLATE_NOOP("Reflect", "Feedback is none, a little or a lot."),
                )
            )
        if entry.roles is not None:
            shares = (entry.roles.creator, entry.roles.commenter, entry.roles.reader)
            if any(s < 0 or s > 100 for s in shares) or entry.roles.total() != 100:
                problems.append(
                    Problem(
                        "roles_sum",
                        f"{where}.roles",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Reflect",
                                "Creator, commenter and reader shares must add up to 100 "
                                "(they add up to {shares}).",
                            ),
                            shares=sum(shares),
                        ),
                    )
                )
        if entry.unused and (any(entry.count(name) for name in COUNTS) or entry.roles):
            problems.append(
                Problem(
                    "unused_with_activity",
                    where,
                    QT_TRANSLATE_NOOP(
                        "Reflect",
                        "A network marked “didn't use it” cannot have activity that week.",
                    ),
                )
            )
    for index, (_, rating) in enumerate(checkin.ratings):
        if not 0 <= rating <= 3:
            problems.append(
                Problem(
                    "rating_range",
                    f"ratings[{index}]",
                    QT_TRANSLATE_NOOP("Reflect", "Practices are rated 0 to 3."),
                )
            )
    for index, (_, verdict) in enumerate(checkin.judgements):
        if verdict not in VERDICTS:
            problems.append(
                Problem(
                    "bad_verdict",
                    f"judgements[{index}]",
                    QT_TRANSLATE_NOOP("Reflect", "A free goal is judged yes, partly or no."),
                )
            )
    return problems


def _reference_problems(checkin: CheckIn) -> list[Problem]:
    problems = []
    network_ids = {e.network_id for e in checkin.entries}
    known = {
        row.id for row in m.Network.alive(m.Network.id).where(m.Network.id.in_(list(network_ids)))
    }
    for network_id in sorted(network_ids - known):
        problems.append(
            Problem(
                "unknown_network",
                "entries",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "There is no network with id {network_id}."),
                    network_id=network_id,
                ),
            )
        )
    practice_ids = {pid for pid, _ in checkin.ratings}
    known = {
        row.id
        for row in m.Practice.alive(m.Practice.id).where(m.Practice.id.in_(list(practice_ids)))
    }
    if practice_ids - known:
        problems.append(
            Problem(
                "unknown_practice",
                "ratings",
                QT_TRANSLATE_NOOP("Reflect", "A rated practice does not exist."),
            )
        )
    goal_ids = {gid for gid, _ in checkin.judgements}
    known = {row.id for row in m.Goal.alive(m.Goal.id).where(m.Goal.id.in_(list(goal_ids)))}
    if goal_ids - known:
        problems.append(
            Problem(
                "unknown_goal",
                "judgements",
                QT_TRANSLATE_NOOP("Reflect", "A judged goal does not exist."),
            )
        )
    clash = m.CheckIn.alive(m.CheckIn.id).where(m.CheckIn.week == checkin.week)
    if checkin.id:
        clash = clash.where(m.CheckIn.id != checkin.id)
        if not m.CheckIn.alive().where(m.CheckIn.id == checkin.id).exists():
            problems.append(
                Problem(
                    "unknown_checkin",
                    "id",
                    QT_TRANSLATE_NOOP("Reflect", "That check-in no longer exists."),
                )
            )
    if clash.exists():
        problems.append(
            Problem(
                "duplicate_week",
                "week",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect", "{week} already has a check-in: open it to edit it."
                    ),
                    week=checkin.week,
                ),
            )
        )
    return problems
