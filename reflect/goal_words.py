"""A goal in plain words, in the user's language: "At most 60 minutes a week on X, from
2026-W48"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

if TYPE_CHECKING:
    from reflect.goals import Goal, GoalDraft


#: What describe() counts, one and many, and the roles, for the user's language.
_UNIT_ONE = {
    "posts": QT_TRANSLATE_NOOP("Reflect", "post"),
    "comments": QT_TRANSLATE_NOOP("Reflect", "comment"),
    "shares": QT_TRANSLATE_NOOP("Reflect", "share"),
    "reactions": QT_TRANSLATE_NOOP("Reflect", "reaction"),
    "minutes": QT_TRANSLATE_NOOP("Reflect", "minute"),
    "active_days": QT_TRANSLATE_NOOP("Reflect", "active day"),
}
_UNIT_MANY = {
    "posts": QT_TRANSLATE_NOOP("Reflect", "posts"),
    "comments": QT_TRANSLATE_NOOP("Reflect", "comments"),
    "shares": QT_TRANSLATE_NOOP("Reflect", "shares"),
    "reactions": QT_TRANSLATE_NOOP("Reflect", "reactions"),
    "minutes": QT_TRANSLATE_NOOP("Reflect", "minutes"),
    "active_days": QT_TRANSLATE_NOOP("Reflect", "active days"),
}
_ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("Reflect", "creator"),
    "commenter": QT_TRANSLATE_NOOP("Reflect", "commenter"),
    "reader": QT_TRANSLATE_NOOP("Reflect", "reader"),
}


def describe(
    draft: GoalDraft | Goal,
    network_name: str | None = None,
    week: IsoWeek | None = None,
    practice_name: str | None = None,
    *,
    weeks: bool = True,
) -> Message:
    """Plain words for a goal: "At most 60 minutes a week on X, from 2026-W48" (without
    the weeks when ``weeks`` is False)."""
    from reflect.goals import Goal  # at call time: goals.py holds the types, this the words

    if isinstance(draft, Goal):
        t = draft.target_for(week or IsoWeek.current())
        metric, direction, target, role = t.metric, t.direction, t.target, t.role
    else:
        metric, direction, target, role = draft.metric, draft.direction, draft.target, draft.role
    where = (
        Message(QT_TRANSLATE_NOOP("Reflect", " on {network}"), network=network_name)
        if network_name
        else Message(QT_TRANSLATE_NOOP("Reflect", " across all networks"))
    )
    n = target or 0
    if draft.kind == "count":
        words = (_UNIT_ONE if target == 1 else _UNIT_MANY).get(metric or "")
        unit = Message(words) if words else (metric or "").replace("_", " ")
        if direction == "at_least":
            template = QT_TRANSLATE_NOOP("Reflect", "At least {target:g} {unit} a week{where}")
        else:
            template = QT_TRANSLATE_NOOP("Reflect", "At most {target:g} {unit} a week{where}")
        text = Message(template, target=n, unit=unit, where=where)
    elif draft.kind == "role":
        role_words = Message(_ROLE_WORDS[role]) if role in _ROLE_WORDS else role
        if n >= 100:
            text = Message(
                QT_TRANSLATE_NOOP("Reflect", "Only a {role}{where}"), role=role_words, where=where
            )
        else:
            text = Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", "Mostly a {role}{where}: at least {target:g} % of the week"
                ),
                role=role_words,
                where=where,
                target=n,
            )
    elif draft.kind == "practice":
        practice = (
            Message(QT_TRANSLATE_NOOP("Reflect", "“{name}”"), name=practice_name)
            if practice_name
            else Message(QT_TRANSLATE_NOOP("Reflect", "the practice"))
        )
        text = Message(
            QT_TRANSLATE_NOOP(
                "Reflect", "Rate {practice} at least {target:g} of 3 each week{where}"
            ),
            practice=practice,
            target=n,
            where=where,
        )
    else:
        text = Message(QT_TRANSLATE_NOOP("Reflect", "Judged by you each week{where}"), where=where)
    if not weeks:
        return text
    if draft.end_week is not None:
        return Message(
            QT_TRANSLATE_NOOP("Reflect", "{goal}, from {start} to {end}"),
            goal=text,
            start=draft.start_week,
            end=draft.end_week,
        )
    return Message(
        QT_TRANSLATE_NOOP("Reflect", "{goal}, from {start}"), goal=text, start=draft.start_week
    )
