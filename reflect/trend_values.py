"""The numbers the Trends charts are made of, and how each is read from a check-in entry
or an import: pure functions over loaded data (``reflect.trend_history`` loads it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reflect.checkins import COUNTS, ROLES, Entry, Roles
from reflect.i18n import QT_TRANSLATE_NOOP
from reflect.overview import ACTION_COUNTS
from reflect.weeks import IsoWeek

#: The metrics a chart can show; "actions" is posts, comments, shares and reactions together.
METRICS = ("actions", "posts", "comments", "shares", "reactions", "minutes")
METRIC_WORDS = {
    "actions": QT_TRANSLATE_NOOP("Metric", "all activity"),
    "posts": QT_TRANSLATE_NOOP("Metric", "posts"),
    "comments": QT_TRANSLATE_NOOP("Metric", "comments"),
    "shares": QT_TRANSLATE_NOOP("Metric", "shares"),
    "reactions": QT_TRANSLATE_NOOP("Metric", "reactions"),
    "minutes": QT_TRANSLATE_NOOP("Metric", "minutes"),
}


@dataclass(frozen=True, slots=True)
class Series:
    """A network as the charts draw it."""

    network_id: str
    name: str
    colour: str
    archived: bool = False


def entry_value(entry: Entry | None, metric: str) -> int | None:
    """What a check-in says for one network and metric: ``None`` when it is not known (no
    entry, or the field left empty), 0 for a network marked "didn't use it"."""
    if entry is None:
        return None
    if entry.unused:
        return 0
    if metric == "actions":
        known = [
            v for v in (entry.posts, entry.comments, entry.shares, entry.reactions) if v is not None
        ]
        return sum(known) if known else None
    return getattr(entry, metric)


def rung(entry: Entry) -> str:
    """What one network's counts say, on the Technographics ladder: anything posted makes a
    creator, a comment a commenter (conversationalists, critics), shares, reactions or time
    a reader (collectors, joiners, spectators); nothing at all, or "didn't use it", is
    unplugged (inactives)."""
    if entry.unused:
        return "unplugged"
    if entry.posts:
        return "creator"
    if entry.comments:
        return "commenter"
    if entry.shares or entry.reactions or entry.minutes:
        return "reader"
    return "unplugged"


def assessed_role(roles: Roles) -> str:
    """The largest self-assessed share (creator before commenter before reader on a tie)."""
    shares = (roles.creator, roles.commenter, roles.reader)
    return ROLES[shares.index(max(shares))]


def reported_like(entry: Entry, metric: str, counted: frozenset[str]) -> int | None:
    """The self-reported number on the footing of an import: for all activity, only the
    counts the import can see."""
    if metric != "actions":
        return entry_value(entry, metric)
    if entry.unused:
        return 0
    known = [getattr(entry, n) for n in ACTION_COUNTS if n in counted]
    known = [v for v in known if v is not None]
    return sum(known) if known else None


@dataclass(frozen=True, slots=True)
class Measured:
    """What imports counted for one network in one week, every source together."""

    posts: int = 0
    comments: int = 0
    shares: int = 0
    reactions: int = 0
    minutes: int = 0
    counted: frozenset[str] = frozenset(COUNTS)  # what the sources can count at all

    def value(self, metric: str) -> int | None:
        """``None`` when no source counts ``metric`` (an X archive has no minutes)."""
        if metric == "actions":
            names = [n for n in ACTION_COUNTS if n in self.counted]
            return sum(getattr(self, n) for n in names) if names else None
        return getattr(self, metric) if metric in self.counted else None


@dataclass(frozen=True, slots=True, eq=False)
class Columns:
    """One network's weeks as lists aligned with ``TrendHistory.every_week``, worked out
    once when the history loads, so a change of period is slicing and summing."""

    entries: list[Entry | None]  # None: no check-in entry that week
    values: dict[str, list[int | None]]  # metric → what the check-in says (entry_value)
    rungs: list[str | None]  # the rung its counts imply
    assessed: list[str | None]  # the largest self-assessed share, when shares were given
    quiet: list[bool | None]  # nothing done at all (or didn't use it)
    responded: list[bool | None]  # posts or replies, and feedback other than "none"
    measured: dict[str, list[int | None]]  # metric → imported count (None: none, or uncounted)
    compared: dict[str, list[int | None]]  # metric → reported, where an import counts it too
    imported: list[bool]


def build_columns(
    network_id: str,
    weeks: tuple[IsoWeek, ...],
    entries: Mapping[IsoWeek, Mapping[str, Entry]],
    measured: Mapping[IsoWeek, Mapping[str, Measured]],
) -> Columns:
    """One network's columns over ``weeks``, from the loaded entries and measured counts."""
    n = len(weeks)
    found_entries: list[Entry | None] = [None] * n
    values: dict[str, list[int | None]] = {m: [None] * n for m in METRICS}
    rungs: list[str | None] = [None] * n
    assessed: list[str | None] = [None] * n
    quiet: list[bool | None] = [None] * n
    responded: list[bool | None] = [None] * n
    imported_counts: dict[str, list[int | None]] = {m: [None] * n for m in METRICS}
    compared: dict[str, list[int | None]] = {m: [None] * n for m in METRICS}
    imported = [False] * n
    for i, week in enumerate(weeks):
        entry = entries.get(week, {}).get(network_id)
        if entry is not None:
            found_entries[i] = entry
            for metric in METRICS:
                values[metric][i] = entry_value(entry, metric)
            rungs[i] = rung(entry)
            quiet[i] = entry.unused or not (values["actions"][i] or entry.minutes)
            if not entry.unused:
                if entry.feedback is not None and (entry.posts or entry.comments):
                    responded[i] = entry.feedback != "none"
                if entry.roles is not None:
                    assessed[i] = assessed_role(entry.roles)
        counts = measured.get(week, {}).get(network_id)
        if counts is not None:
            imported[i] = True
            for metric in METRICS:
                seen = imported_counts[metric][i] = counts.value(metric)
                if seen is not None and entry is not None:
                    compared[metric][i] = reported_like(entry, metric, counts.counted)
    return Columns(
        found_entries,
        values,
        rungs,
        assessed,
        quiet,
        responded,
        imported_counts,
        compared,
        imported,
    )
