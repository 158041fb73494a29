"""Measured activity: counts from a network's own data export, kept apart from reports."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import peewee as pw

from reflect import models as m
from reflect.checkins import COUNTS
from reflect.errors import InvalidActivity, NotFound, Problem
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.platforms import SOURCES
from reflect.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class MeasuredItem:
    """One thing the user did, as an export shows it: a post, a reply, a like, or minutes."""

    key: str  # the platform's own id, so the same item is never counted twice
    kind: str  # one of COUNTS
    occurred_at: datetime  # aware
    amount: float = 1.0


@dataclass(frozen=True, slots=True)
class ActivityWeek:
    network_id: str
    week: IsoWeek
    source: str
    posts: int = 0
    comments: int = 0
    shares: int = 0
    reactions: int = 0
    minutes: int = 0

    def count(self, name: str) -> int:
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class RecordSummary:
    added: Counter  # kind → new items counted
    already_known: int
    weeks: tuple[IsoWeek, ...]


def week_of(moment: datetime) -> IsoWeek:
    """The ISO week of a moment in the user's local time zone."""
    return IsoWeek.of(moment.astimezone())


_INSERT_ITEM = (
    'INSERT INTO "imported_item" ("id", "created_at", "updated_at", "network_id", "source", '
    '"item_key", "kind", "week", "occurred_at", "amount") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
)


class _LocalWeeks:
    """The local ISO week of a moment, and its text, as ``week_of`` gives them.

    An archive holds 100,000 items; asking the operating system for the local time of each
    took a good part of an import. The zone's offset is looked up twice per UTC day instead
    (at its start and its end) and, when it is the same all day, added by arithmetic.
    """

    def __init__(self) -> None:
        self._offsets: dict[int, timedelta | None] = {}
        self._weeks: dict[date, tuple[IsoWeek, str]] = {}

    def __call__(self, moment: datetime) -> tuple[IsoWeek, str]:
        utc = moment.astimezone(UTC)
        ordinal = utc.toordinal()
        offset = self._offsets.get(ordinal, _UNSET)
        if offset is _UNSET:
            start = datetime.fromordinal(ordinal).replace(tzinfo=UTC)
            first = start.astimezone().utcoffset()
            last = (start + timedelta(hours=23, minutes=59)).astimezone().utcoffset()
            offset = self._offsets[ordinal] = first if first == last else None
        day = (utc + offset).date() if offset is not None else moment.astimezone().date()
        found = self._weeks.get(day)
        if found is None:
            week = IsoWeek.of(day)
            found = self._weeks[day] = (week, str(week))
        return found


_UNSET = object()


def _utc_text(moment: datetime) -> str:
    """What ``models.format_utc`` writes, made faster for imports of 100,000 items."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _uuid4() -> str:
    """A random (version 4) UUID as text, as ``models.new_id`` makes, in a third of the time."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def record_items(network_id: str, source: str, items: Iterable[MeasuredItem]) -> RecordSummary:
    """Store new items and refresh the weekly counts they touch, all in one transaction.

    Items already stored (same network, source and key) are skipped, so importing the same
    archive twice or two overlapping archives counts nothing twice.
    """
    if source not in SOURCES:
        raise InvalidActivity(
            [
                Problem(
                    "unknown_source",
                    "source",
                    Message(
                        QT_TRANSLATE_NOOP("Reflect", "Unknown source {source!r}."), source=source
                    ),
                )
            ]
        )
    added: Counter = Counter()
    known = 0
    weeks: set[IsoWeek] = set()
    with m.database.atomic():
        if not m.Network.alive().where(m.Network.id == network_id).exists():
            raise NotFound("network", network_id)
        existing = {
            key
            for (key,) in m.ImportedItem.select(m.ImportedItem.item_key)
            .where((m.ImportedItem.network == network_id) & (m.ImportedItem.source == source))
            .tuples()
        }
        # Rows go in through the driver's executemany: an archive holds 100,000 items, and
        # building that many rows through the query builder took most of an import's time.
        now = m.format_utc(m.utc_now())
        cursor = m.database.cursor()
        batch: list[tuple] = []
        local_week = _LocalWeeks()
        for item in items:
            if item.kind not in COUNTS:
                raise InvalidActivity(
                    [
                        Problem(
                            "unknown_kind",
                            "kind",
                            Message(
                                QT_TRANSLATE_NOOP("Reflect", "Unknown kind {kind!r}."),
                                kind=item.kind,
                            ),
                        )
                    ]
                )
            if item.key in existing:
                known += 1
                continue
            existing.add(item.key)
            week, week_text = local_week(item.occurred_at)
            weeks.add(week)
            added[item.kind] += 1
            batch.append(
                (
                    _uuid4(),
                    now,
                    now,
                    network_id,
                    source,
                    item.key,
                    item.kind,
                    week_text,
                    _utc_text(item.occurred_at),
                    float(item.amount),
                )
            )
            if len(batch) >= 1000:
                cursor.executemany(_INSERT_ITEM, batch)
                batch.clear()
        if batch:
            cursor.executemany(_INSERT_ITEM, batch)
        _refresh_weeks(network_id, source, weeks)
    return RecordSummary(added, known, tuple(sorted(weeks)))


def _refresh_weeks(network_id: str, source: str, weeks: set[IsoWeek]) -> None:
    if not weeks:
        return
    items = m.ImportedItem
    week_list = [str(w) for w in weeks]
    totals: dict[str, dict[str, float]] = {w: dict.fromkeys(COUNTS, 0.0) for w in week_list}
    for start in range(0, len(week_list), 500):
        rows = (
            items.select(items.week, items.kind, pw.fn.SUM(items.amount).alias("total"))
            .where(
                (items.network == network_id)
                & (items.source == source)
                & items.deleted_at.is_null()
                & items.week.in_(week_list[start : start + 500])
            )
            .group_by(items.week, items.kind)
            .tuples()
        )
        for week, kind, total in rows:
            totals[str(week)][kind] = total
    stored = {}
    for start in range(0, len(week_list), 500):
        query = m.Activity.alive().where(
            (m.Activity.network == network_id)
            & (m.Activity.source == source)
            & m.Activity.week.in_(week_list[start : start + 500])
        )
        stored.update({str(row.week): row for row in query})
    new_rows = []
    for week, counts in totals.items():
        values = {k: round(v) for k, v in counts.items()}
        row = stored.get(week)
        if row:
            row.assign(**values)
        else:
            new_rows.append(
                {"network": network_id, "week": IsoWeek.parse(week), "source": source, **values}
            )
    for start in range(0, len(new_rows), 100):
        m.Activity.insert_many(new_rows[start : start + 100]).execute()


def measured(
    network_id: str | None = None, first: IsoWeek | None = None, last: IsoWeek | None = None
) -> list[ActivityWeek]:
    query = m.Activity.alive()
    if network_id:
        query = query.where(m.Activity.network == network_id)
    if first:
        query = query.where(m.Activity.week >= first)
    if last:
        query = query.where(m.Activity.week <= last)
    return [
        ActivityWeek(
            r.network_id, r.week, r.source, r.posts, r.comments, r.shares, r.reactions, r.minutes
        )
        for r in query.order_by(m.Activity.week, m.Activity.source)
    ]
