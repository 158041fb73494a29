"""Weekly check-ins: the week, one entry per network, practices, reflections, judgements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from reflect import models as m
from reflect.errors import InvalidCheckIn, NotFound, Problem, raise_if
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

COUNTS = ("posts", "comments", "shares", "reactions", "minutes")
ROLES = ("creator", "commenter", "reader")
FEEDBACK = (
    QT_TRANSLATE_NOOP("Words", "none"),
    QT_TRANSLATE_NOOP("Words", "a little"),
    QT_TRANSLATE_NOOP("Words", "a lot"),
)
VERDICTS = ("yes", "partly", "no")
WORKLOAD_WORDS = {
    1: QT_TRANSLATE_NOOP("Words", "light"),
    2: QT_TRANSLATE_NOOP("Words", "comfortable"),
    3: QT_TRANSLATE_NOOP("Words", "busy"),
    4: QT_TRANSLATE_NOOP("Words", "heavy"),
    5: QT_TRANSLATE_NOOP("Words", "overloaded"),
}
ENERGY_WORDS = {
    1: QT_TRANSLATE_NOOP("Words", "drained"),
    2: QT_TRANSLATE_NOOP("Words", "low"),
    3: QT_TRANSLATE_NOOP("Words", "steady"),
    4: QT_TRANSLATE_NOOP("Words", "good"),
    5: QT_TRANSLATE_NOOP("Words", "full of energy"),
}
STANDARD_CONTEXT = (
    QT_TRANSLATE_NOOP("Words", "travel"),
    QT_TRANSLATE_NOOP("Words", "illness"),
    QT_TRANSLATE_NOOP("Words", "family"),
    QT_TRANSLATE_NOOP("Words", "holiday"),
    QT_TRANSLATE_NOOP("Words", "deadline"),
)


@dataclass(frozen=True, slots=True)
class Roles:
    """Self-assessed shares of the week on one network, in percent, summing to 100."""

    creator: int
    commenter: int
    reader: int

    def total(self) -> int:
        return self.creator + self.commenter + self.reader


@dataclass(frozen=True, slots=True)
class Entry:
    """What the user did on one network in one week. A count left empty is ``None``."""

    network_id: str
    unused: bool = False
    posts: int | None = None
    comments: int | None = None
    shares: int | None = None
    reactions: int | None = None
    minutes: int | None = None
    feedback: str | None = None
    roles: Roles | None = None
    note: str = ""

    def count(self, name: str) -> int:
        return getattr(self, name) or 0


@dataclass(frozen=True, slots=True)
class Answer:
    prompt: str
    text: str


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A week's check-in. ``id`` is None until it is first saved."""

    week: IsoWeek
    workload: int
    energy: int | None = None
    hours: float | None = None
    context: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = ()
    ratings: tuple[tuple[str, int], ...] = ()  # (practice id, 0–3)
    answers: tuple[Answer, ...] = ()
    judgements: tuple[tuple[str, str], ...] = ()  # (free goal id, yes / partly / no)
    is_draft: bool = False
    id: str | None = None
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    def entry_for(self, network_id: str) -> Entry | None:
        return next((e for e in self.entries if e.network_id == network_id), None)


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
