"""Weekly check-ins kept: saving one in a transaction (after its rules), loading them back,
and the drafts it replaces. The types live in ``checkin_types`` and the rules in
``checkin_rules``; both are named here too, where most callers look for them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from reflect import models as m
from reflect.checkin_rules import problems_with, shape_problems
from reflect.checkin_types import (
    COUNTS,
    ENERGY_WORDS,
    FEEDBACK,
    ROLES,
    STANDARD_CONTEXT,
    VERDICTS,
    WORKLOAD_WORDS,
    Answer,
    CheckIn,
    Entry,
    Roles,
)
from reflect.errors import InvalidCheckIn, NotFound, raise_if
from reflect.weeks import IsoWeek

__all__ = [
    "COUNTS",
    "ENERGY_WORDS",
    "FEEDBACK",
    "ROLES",
    "STANDARD_CONTEXT",
    "VERDICTS",
    "WORKLOAD_WORDS",
    "Answer",
    "CheckIn",
    "Entry",
    "Roles",
    "problems_with",
    "shape_problems",
]


def record_checkin(checkin: CheckIn, today: date | None = None) -> CheckIn:
    """Save a new check-in or replace an existing one, in one transaction."""
    with m.database.atomic():
        raise_if(problems_with(checkin, today), InvalidCheckIn)
        values = {
            "week": checkin.week,
            "workload": checkin.workload,
            "energy": checkin.energy,
            "hours": checkin.hours,
            "context": [t.strip() for t in checkin.context],
            "is_draft": checkin.is_draft,
        }
        if checkin.id:
            row = m.CheckIn.get_by_id(checkin.id)
            row.assign(**values)
        else:
            row = m.CheckIn.create(**values)
        new = checkin.id is None
        _write_entries(row, checkin.entries, new)
        _write_ratings(row, checkin.ratings, new)
        _write_answers(row, checkin.answers, new)
        _write_judgements(row, checkin.judgements, new)
        if not checkin.is_draft:  # saved for real: the typing draft has done its job
            clear_draft(checkin.week)
        return _load(row)


def clear_draft(week: IsoWeek) -> None:
    """Mark the week's typing draft done (inside the caller's transaction)."""
    m.Draft.update(deleted_at=m.utc_now(), updated_at=m.utc_now()).where(
        (m.Draft.week == week) & m.Draft.deleted_at.is_null()
    ).execute()


def _sync(model, checkin_row, key, wanted: dict, new_values, update, new: bool) -> None:
    """Bring ``model``'s rows of a check-in in line with ``wanted`` (key → value): update what
    is there, insert what is new in one statement, soft-delete what is gone. A ``new``
    check-in has no rows yet, so nothing is looked up."""
    existing = (
        {} if new else {key(row): row for row in model.alive().where(model.checkin == checkin_row)}
    )
    now = m.utc_now()
    fresh = []
    for k, value in wanted.items():
        if k in existing:
            update(existing.pop(k), value)
        else:
            row = {"id": m.new_id(), "created_at": now, "updated_at": now, "checkin": checkin_row}
            fresh.append(row | new_values(k, value))
    if fresh:
        model.insert_many(fresh).execute()
    for row in existing.values():
        row.mark_deleted()


def _entry_values(entry: Entry) -> dict:
    roles = entry.roles
    values = {name: getattr(entry, name) for name in COUNTS}
    values.update(
        unused=entry.unused,
        feedback=entry.feedback,
        note=entry.note,
        creator=roles.creator if roles else None,
        commenter=roles.commenter if roles else None,
        reader=roles.reader if roles else None,
    )
    return values


def _write_entries(row: m.CheckIn, entries: Iterable[Entry], new: bool) -> None:
    _sync(
        m.NetworkEntry,
        row,
        lambda r: r.network_id,
        {e.network_id: _entry_values(e) for e in entries},
        lambda network_id, values: {"network": network_id, **values},
        lambda r, values: r.assign(**values),
        new,
    )


def _write_ratings(row: m.CheckIn, ratings: Iterable[tuple[str, int]], new: bool) -> None:
    _sync(
        m.PracticeRating,
        row,
        lambda r: r.practice_id,
        dict(ratings),
        lambda pid, rating: {"practice": pid, "rating": rating},
        lambda r, rating: r.assign(rating=rating),
        new,
    )


def _write_answers(row: m.CheckIn, answers: Iterable[Answer], new: bool) -> None:
    _sync(
        m.PromptAnswer,
        row,
        lambda r: r.prompt,
        {a.prompt: (pos, a.text) for pos, a in enumerate(answers)},
        lambda prompt, v: {"prompt": prompt, "position": v[0], "text": v[1]},
        lambda r, v: r.assign(position=v[0], text=v[1]),
        new,
    )


def _write_judgements(row: m.CheckIn, judgements: Iterable[tuple[str, str]], new: bool) -> None:
    _sync(
        m.GoalJudgement,
        row,
        lambda r: r.goal_id,
        dict(judgements),
        lambda gid, verdict: {"goal": gid, "verdict": verdict},
        lambda r, verdict: r.assign(verdict=verdict),
        new,
    )


def checkin_for_week(week: IsoWeek) -> CheckIn | None:
    row = m.CheckIn.alive().where(m.CheckIn.week == week).first()
    return _load(row) if row else None


def get_checkin(checkin_id: str) -> CheckIn:
    row = m.CheckIn.alive().where(m.CheckIn.id == checkin_id).first()
    if row is None:
        raise NotFound("check-in", checkin_id)
    return _load(row)


def checkins(first: IsoWeek | None = None, last: IsoWeek | None = None) -> list[CheckIn]:
    """Check-ins between two weeks (both included), oldest first, loaded in a few queries."""
    query = m.CheckIn.alive()
    if first:
        query = query.where(m.CheckIn.week >= first)
    if last:
        query = query.where(m.CheckIn.week <= last)
    rows = list(query.order_by(m.CheckIn.week))
    return _load_many(rows)


def checked_in_weeks() -> set[IsoWeek]:
    return {row.week for row in m.CheckIn.alive(m.CheckIn.week)}


def delete_checkin(checkin_id: str) -> None:
    """Mark a check-in deleted (kept until compaction)."""
    with m.database.atomic():
        row = m.CheckIn.alive().where(m.CheckIn.id == checkin_id).first()
        if row is None:
            raise NotFound("check-in", checkin_id)
        row.mark_deleted()


def _load(row: m.CheckIn) -> CheckIn:
    return _load_many([row])[0]


def _children(model, ids: list[str]) -> dict[str, list]:
    grouped: dict[str, list] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for child in model.alive().where(model.checkin.in_(chunk)):
            grouped[child.checkin_id].append(child)
    return grouped


def _load_many(rows: list[m.CheckIn]) -> list[CheckIn]:
    ids = [row.id for row in rows]
    entries = _children(m.NetworkEntry, ids)
    ratings = _children(m.PracticeRating, ids)
    answers = _children(m.PromptAnswer, ids)
    judgements = _children(m.GoalJudgement, ids)
    position = {
        n.id: (n.position, n.name)
        for n in m.Network.select(m.Network.id, m.Network.position, m.Network.name)
    }
    for listed in entries.values():  # in the order the user arranged the networks
        listed.sort(key=lambda e: position.get(e.network_id, (len(position), "")))
    return [
        CheckIn(
            week=row.week,
            workload=row.workload,
            energy=row.energy,
            hours=row.hours,
            context=tuple(row.context),
            is_draft=bool(row.is_draft),
            id=row.id,
            created_at=row.created_at,
            updated_at=row.updated_at,
            entries=tuple(_to_entry(e) for e in entries[row.id]),
            ratings=tuple((r.practice_id, r.rating) for r in ratings[row.id]),
            answers=tuple(
                Answer(a.prompt, a.text) for a in sorted(answers[row.id], key=lambda a: a.position)
            ),
            judgements=tuple((j.goal_id, j.verdict) for j in judgements[row.id]),
        )
        for row in rows
    ]


def _to_entry(row: m.NetworkEntry) -> Entry:
    roles = None
    if row.creator is not None:
        roles = Roles(row.creator, row.commenter, row.reader)
    return Entry(
        row.network_id,
        bool(row.unused),
        row.posts,
        row.comments,
        row.shares,
        row.reactions,
        row.minutes,
        row.feedback,
        roles,
        row.note,
    )
