"""Measured activity: counts from a network's own data export, kept apart from reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from reflect import models as m
from reflect.checkins import COUNTS
from reflect.errors import InvalidActivity, NotFound, Problem
from reflect.weeks import IsoWeek

SOURCES = ("x", "mastodon", "linkedin", "facebook", "bluesky", "activitywatch")


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


def record_items(network_id: str, source: str, items: Iterable[MeasuredItem]) -> RecordSummary:
    """Store new items and refresh the weekly counts they touch, all in one transaction.

    Items already stored (same network, source and key) are skipped, so importing the same
    archive twice or two overlapping archives counts nothing twice.
    """
    if source not in SOURCES:
        raise InvalidActivity([Problem("unknown_source", "source", f"Unknown source {source!r}.")])
    added: Counter = Counter()
    known = 0
    weeks: set[IsoWeek] = set()
    with m.database.atomic():
        if not m.Network.alive().where(m.Network.id == network_id).exists():
            raise NotFound("network", network_id)
        existing = {
            row.item_key
            for row in m.ImportedItem.select(m.ImportedItem.item_key).where(
                (m.ImportedItem.network == network_id) & (m.ImportedItem.source == source)
            )
        }
        batch = []
        for item in items:
            if item.kind not in COUNTS:
                raise InvalidActivity(
                    [Problem("unknown_kind", "kind", f"Unknown kind {item.kind!r}.")]
                )
            if item.key in existing:
                known += 1
                continue
            existing.add(item.key)
            week = week_of(item.occurred_at)
            weeks.add(week)
            added[item.kind] += 1
            batch.append(
                {
                    "id": m.new_id(),
                    "network": network_id,
                    "source": source,
                    "item_key": item.key,
                    "kind": item.kind,
                    "week": week,
                    "occurred_at": item.occurred_at,
                    "amount": item.amount,
                    "created_at": m.utc_now(),
                    "updated_at": m.utc_now(),
                }
            )
            if len(batch) >= 500:
                m.ImportedItem.insert_many(batch).execute()
                batch.clear()
        if batch:
            m.ImportedItem.insert_many(batch).execute()
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
    for week, counts in totals.items():
        values = {k: round(v) for k, v in counts.items()}
        row = (
            m.Activity.alive()
            .where(
                (m.Activity.network == network_id)
                & (m.Activity.week == week)
                & (m.Activity.source == source)
            )
            .first()
        )
        if row:
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        else:
            m.Activity.create(network=network_id, week=IsoWeek.parse(week), source=source, **values)


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
