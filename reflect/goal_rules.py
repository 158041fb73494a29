"""The rules a goal must keep before it is saved: its shape (no database), an edit against the
goal it changes, what it points at (networks and practices that exist), and a pause's range."""

from __future__ import annotations

from reflect import models as m
from reflect.checkins import ROLES
from reflect.errors import Problem
from reflect.evaluation import UNITS
from reflect.goal_types import (
    DIRECTIONS,
    KINDS,
    LIMITS,
    METRICS,
    TITLE_LENGTH,
    Goal,
    GoalDraft,
)
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek


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


def stored_problems(draft: GoalDraft, original: Goal | None) -> list[Problem]:
    """Every reason ``draft`` cannot be saved, the references in the database included.
    ``original``: the stored goal an edit changes (None for a new goal, or one that is gone)."""
    if draft.id and original is None:
        return [
            Problem(
                "unknown_goal",
                "id",
                QT_TRANSLATE_NOOP("Reflect", "That goal no longer exists."),
            )
        ]
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
