"""ActivityWatch: the JSON export from its web UI (Raw Data → Export all buckets as JSON, or
one bucket's export).

Minutes, not counts: the events of the browser watcher buckets (``aw-watcher-web-*``, type
``web.tab.current``) whose URL's host is one of a network's host names (or under it:
``www.linkedin.com`` belongs to ``linkedin.com``), less the time the AFK watcher
(``aw-watcher-afk_*``, type ``afkstatus``) marks as away from the keyboard. An event is
counted in the week it starts; it is keyed by its bucket and id (or start time).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from reflect.activity import MeasuredItem
from reflect.importers import dates
from reflect.importers.base import Archive, Context, Found, ImportFailed
from reflect.importers.jsonstream import JsonStream

PLATFORM = "activitywatch"
MAX_EVENT_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True, slots=True)
class _Visit:
    network_id: str
    key: str
    start: datetime
    seconds: float


def find(archive: Archive) -> Found:
    exports = archive.find(r".*\.json") if archive.is_container else archive.members
    if not exports:
        raise ImportFailed(
            archive.label,
            "not_this_platform",
            "there is no .json export in this zip, so it is not an ActivityWatch export.",
        )
    return Found({"export": exports})


def read(
    archive: Archive, found: Found, context: Context, hosts: Mapping[str, tuple[str, ...]]
) -> dict[str, list[MeasuredItem]]:
    """Minutes per network: ``hosts`` maps each network's id to its host names."""
    wanted = {h.lower().strip("."): n for n, names in hosts.items() for h in names if h.strip()}
    visits: list[_Visit] = []
    away: list[tuple[float, float]] = []
    buckets = {"web": 0, "afk": 0}
    for member in found.roles["export"]:
        stream = JsonStream(archive.text_chunks(member, context), archive.where(member))
        if stream.kind() != "object":
            raise stream.shape("is not an ActivityWatch export (a JSON object with buckets).")
        seen = False
        for key in stream.members():
            if key == "buckets" and stream.kind() == "object":
                seen = True
                for bucket_id in stream.members():
                    kind = _read_bucket(stream, str(bucket_id), wanted, visits, away, context)
                    if kind in buckets:
                        buckets[kind] += 1
            else:
                stream.skip()
        stream.finish()
        if not seen:
            raise stream.shape("has no “buckets”, so it is not an ActivityWatch export.")
    if not buckets["web"]:
        raise ImportFailed(
            archive.label,
            "no_browser_events",
            "the export has no browser bucket "
            "(aw-watcher-web-…), so no time on the networks can be measured. Is the "
            "ActivityWatch browser extension installed?",
        )
    if not buckets["afk"]:
        context.note(
            "The export has no AFK bucket (aw-watcher-afk_…), so time away from the keyboard "
            "could not be left out."
        )
    return _minutes(visits, _merged(away), hosts, context)


def _kind_of(bucket_id: str, bucket_type: object) -> str | None:
    if bucket_id.startswith("aw-watcher-web") or bucket_type == "web.tab.current":
        return "web"
    if bucket_id.startswith("aw-watcher-afk") or bucket_type == "afkstatus":
        return "afk"
    return None if bucket_type is None else "other"


def _read_bucket(stream, bucket_id, wanted, visits, away, context) -> str | None:
    if stream.kind() != "object":
        stream.skip()
        return None
    kind = _kind_of(bucket_id, None)
    held = None  # events met before the bucket's type: kept until the type is known
    for field in stream.members():
        if field == "type":
            bucket_type = stream.value()
            kind = kind or _kind_of("", bucket_type) or "other"
        elif field == "events" and stream.kind() == "array" and kind in ("web", "afk", None):
            if kind is None:
                held = stream.value()
                continue
            for _ in stream.elements():
                _event(stream.value(), kind, bucket_id, wanted, visits, away, context)
        else:
            stream.skip()
    if held is not None and kind in ("web", "afk"):
        for event in held:
            _event(event, kind, bucket_id, wanted, visits, away, context)
    return kind


def _event(event, kind, bucket_id, wanted, visits, away, context) -> None:
    if not isinstance(event, dict):
        context.skip("{n} event(s) could not be read")
        return
    stamp = event.get("timestamp")
    start = dates.parse_numeric(stamp)
    seconds = event.get("duration")
    if (
        start is None
        or isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not 0 <= seconds <= MAX_EVENT_SECONDS
        or math.isnan(seconds)
    ):
        context.skip("{n} event(s) had no readable time or length")
        return
    data = event.get("data") if isinstance(event.get("data"), dict) else {}
    if kind == "afk":
        if data.get("status") == "afk":
            away.append((start.timestamp(), start.timestamp() + seconds))
        return
    network_id = _network_of(data.get("url"), wanted)
    if network_id is None:
        return
    ident = event.get("id")
    suffix = f"#{ident}" if isinstance(ident, int) and not isinstance(ident, bool) else f"@{stamp}"
    visits.append(_Visit(network_id, f"{bucket_id}{suffix}", start, float(seconds)))


def _network_of(url: object, wanted: dict[str, str]) -> str | None:
    if not isinstance(url, str):
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    while host:
        if host in wanted:
            return wanted[host]
        _, _, host = host.partition(".")
    return None


def _merged(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlap(start: float, end: float, away: list[tuple[float, float]], starts) -> float:
    total = 0.0
    index = max(0, bisect.bisect_right(starts, start) - 1)
    while index < len(away) and away[index][0] < end:
        total += max(0.0, min(end, away[index][1]) - max(start, away[index][0]))
        index += 1
    return total


def _minutes(visits, away, hosts, context) -> dict[str, list[MeasuredItem]]:
    starts = [a[0] for a in away]
    result: dict[str, list[MeasuredItem]] = {network_id: [] for network_id in hosts}
    left_out = 0.0
    for visit in visits:
        begin = visit.start.timestamp()
        idle = _overlap(begin, begin + visit.seconds, away, starts)
        left_out += idle
        seconds = visit.seconds - idle
        if seconds <= 0:
            continue
        result[visit.network_id].append(
            MeasuredItem(visit.key, "minutes", visit.start, seconds / 60)
        )
    if left_out >= 60:
        context.note(f"Time away from the keyboard was left out: {_duration(left_out)}.")
    return result


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"
