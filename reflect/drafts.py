"""Drafts: a check-in as it is being typed, kept so that a crash or a kill loses no word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reflect import models as m
from reflect.checkins import CheckIn, clear_draft
from reflect.serialize import checkin_from_dict, checkin_to_dict
from reflect.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class DraftInfo:
    week: IsoWeek
    saved_at: datetime


def save_draft(checkin: CheckIn) -> None:
    """Keep what the dialog holds for its week, valid or not (one small transaction)."""
    payload = checkin_to_dict(checkin)
    with m.database.atomic():
        row = m.Draft.alive().where(m.Draft.week == checkin.week).first()
        if row:
            row.payload = payload
            row.save()
        else:
            m.Draft.create(week=checkin.week, payload=payload)


def draft_for(week: IsoWeek) -> CheckIn | None:
    row = m.Draft.alive().where(m.Draft.week == week).first()
    return checkin_from_dict(row.payload) if row else None


def drafts() -> list[DraftInfo]:
    """Drafts waiting to be finished, newest first: the next start offers them back."""
    rows = m.Draft.alive().order_by(m.Draft.updated_at.desc())
    return [DraftInfo(row.week, row.updated_at) for row in rows]


def discard_draft(week: IsoWeek) -> None:
    with m.database.atomic():
        clear_draft(week)
