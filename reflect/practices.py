"""The five practices of seed 004 ("Smart and Savvy Social Media") and the user's own."""

from __future__ import annotations

from dataclasses import dataclass

from reflect import models as m
from reflect.errors import InvalidCheckIn, Problem
from reflect.i18n import QT_TRANSLATE_NOOP

RATING_WORDS = (
    QT_TRANSLATE_NOOP("Words", "not at all"),
    QT_TRANSLATE_NOOP("Words", "a little"),
    QT_TRANSLATE_NOOP("Words", "quite a bit"),
    QT_TRANSLATE_NOOP("Words", "a lot"),
)


@dataclass(frozen=True, slots=True)
class Practice:
    id: str
    name: str
    description: str
    standard_key: str | None
    archived: bool


def practices(include_archived: bool = False) -> list[Practice]:
    query = m.Practice.alive()
    if not include_archived:
        query = query.where(m.Practice.archived == False)
    return [_to_practice(row) for row in query.order_by(m.Practice.position)]


def add_practice(name: str, description: str = "") -> Practice:
    name = name.strip()
    if not name:
        raise InvalidCheckIn(
            [
                Problem(
                    "practice_name_missing",
                    "name",
                    QT_TRANSLATE_NOOP("Reflect", "Name the practice."),
                )
            ]
        )
    with m.database.atomic():
        last = m.Practice.select().order_by(m.Practice.position.desc()).first()
        row = m.Practice.create(
            name=name, description=description.strip(), position=(last.position + 1) if last else 0
        )
    return _to_practice(row)


def _to_practice(row: m.Practice) -> Practice:
    return Practice(row.id, row.name, row.description, row.standard_key, bool(row.archived))
