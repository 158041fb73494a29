"""Import a network's export: one call, one transaction, an honest report.

``run_import`` opens the input, finds the export's files (refusing the wrong platform, an
empty or damaged zip and files too large before anything else happens), backs the database
up, then reads and stores the items in one transaction: a bad line half-way, a cancel from
the progress callback or a killed process leaves the database as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from reflect import activity, backups, networks
from reflect import models as m
from reflect.activity import MeasuredItem
from reflect.checkins import COUNTS
from reflect.errors import InvalidActivity, Problem, ReflectError
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.importers import activitywatch, bluesky, facebook, linkedin, mastodon, x
from reflect.importers.base import (
    MAX_FILE_BYTES,
    MAX_WHOLE_FILE_BYTES,
    Archive,
    Context,
    Found,
    ImportFailed,
    Progress,
)
from reflect.importers.platforms import PLATFORMS
from reflect.importers.report import Counted, ImportReport
from reflect.networks import PRESETS, Network
from reflect.profile import Profile

READERS = {
    "x": x,
    "mastodon": mastodon,
    "linkedin": linkedin,
    "facebook": facebook,
    "bluesky": bluesky,
    "activitywatch": activitywatch,
}


def network_named(name: str) -> Network:
    """The network called ``name`` (any letter case), archived ones too."""
    wanted = name.strip().casefold()
    every = networks.networks(include_archived=True)
    for network in every:
        if network.name.casefold() == wanted:
            return network
    listed = ", ".join(n.name for n in every) or "none yet"
    raise InvalidActivity(
        [
            Problem(
                "unknown_network",
                "network",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect",
                        "There is no network called {name!r} (the networks are: {listed}).",
                    ),
                    name=name,
                    listed=listed,
                ),
            )
        ]
    )


def guess_platform(archive: Archive) -> str | None:
    """The platform an input clearly comes from, by the names of its files."""
    names = {m.name.lower().lstrip("./") for m in archive.members}
    bases = {m.basename.lower() for m in archive.members}
    if any(n.endswith(("data/tweets.js", "data/manifest.js", "data/tweet.js")) for n in names):
        return "x"
    if not archive.is_container and bases & {"tweets.js", "tweet.js", "like.js"}:
        return "x"
    if "outbox.json" in bases and (not archive.is_container or "actor.json" in bases):
        return "mastodon"
    if bases & {"connections.csv", "profile.csv", "shares.csv", "reactions.csv"}:
        return "linkedin"
    if any(
        part in n
        for n in names
        for part in ("your_facebook_activity/", "your_activity_across_facebook/", "your_posts_")
    ):
        return "facebook"
    if any(b.endswith(".car") for b in bases):
        return "bluesky"
    if any(b.startswith("aw-bucket") for b in bases):
        return "activitywatch"
    return None


def run_import(
    platform: str,
    path: str | os.PathLike[str],
    network_id: str | None = None,
    *,
    profile: Profile | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the export at ``path`` into a network (see :class:`NetworkChoice` for None).

    ``profile``: where the backup made first goes (None: no backup, for tests).
    ``progress(done, total)``: bytes read so far; raise ImportCancelled in it to stop.
    """
    _check_platform(platform)
    reader = READERS[platform]
    with Archive.open(path) as archive:
        found = _find(platform, archive)
        _targets(platform, network_id)  # refuse an unknown network before the backup
        backup = backups.back_up(m.database.obj, profile, "before-import") if profile else None
        context = Context(progress, found.total)
        with m.database.atomic():
            targets, created = _resolve_targets(platform, network_id)
            tally = _Tally()
            before = {n.id: _minutes(n.id, platform) for n in targets}
            known = 0
            if platform == "activitywatch":
                hosts = {n.id: n.hosts for n in targets}
                per_network = _guarded(
                    lambda: activitywatch.read(archive, found, context, hosts), archive.label
                )
                streams = {n.id: iter(per_network[n.id]) for n in targets}
            else:
                items = _guarded_items(reader.read(archive, found, context), archive.label)
                streams = {targets[0].id: items}
            added: dict[str, dict[str, float]] = {}
            for network in targets:
                summary = activity.record_items(
                    network.id, platform, tally.count(network.id, streams[network.id])
                )
                known += summary.already_known
                added[network.id] = dict(summary.added)
                if "minutes" in summary.added:
                    added[network.id]["minutes"] = (
                        _minutes(network.id, platform) - before[network.id]
                    )
    return ImportReport(
        platform=platform,
        platform_name=PLATFORMS[platform].name,
        source=archive.label,
        files=tuple(context.files),
        networks=tuple(n.name for n in targets),
        counted=tuple(tally.rows(targets, added)),
        already_known=known,
        skipped=tuple(context.skipped_sentences()),
        backup=backup.path if backup else None,
        created_network=created,
    )


def check_input(platform: str, path: str | os.PathLike[str]) -> None:
    """Refuse an input that cannot be imported (missing, empty, damaged, another platform's,
    too large), without touching the database: the command line asks before opening it."""
    _check_platform(platform)
    with Archive.open(path) as archive:
        _find(platform, archive)


def _check_platform(platform: str) -> None:
    if platform not in READERS:
        raise InvalidActivity(
            [
                Problem(
                    "unknown_source",
                    "platform",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Reflect", "Unknown platform {platform!r}; choose one of {join}."
                        ),
                        platform=platform,
                        join=", ".join(READERS),
                    ),
                )
            ]
        )


def _find(platform: str, archive: Archive) -> Found:
    other = guess_platform(archive)
    if other is not None and other != platform:
        theirs, ours = PLATFORMS[other].name, PLATFORMS[platform].name
        raise ImportFailed(
            archive.label,
            "other_platform",
            f"this looks like an export from {theirs}, not from {ours}. Choose {theirs} to "
            "import it.",
        )
    found = READERS[platform].find(archive)
    limit = MAX_WHOLE_FILE_BYTES if platform == "bluesky" else MAX_FILE_BYTES
    for member in found.all():
        archive.check_size(member, limit)
    return found


def _targets(platform: str, network_id: str | None) -> list[Network]:
    if network_id is not None:
        network = networks.get_network(network_id)
        if platform == "activitywatch" and not network.hosts:
            raise InvalidActivity(
                [
                    Problem(
                        "no_hosts",
                        "network",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Reflect",
                                "{name} has no host names, so no browser time can be matched to "
                                "it. Add its host names (like example.com) in Networks first.",
                            ),
                            name=network.name,
                        ),
                    )
                ]
            )
        return [network]
    if platform == "activitywatch":
        with_hosts = [n for n in networks.networks() if n.hosts]
        if not with_hosts:
            raise InvalidActivity(
                [
                    Problem(
                        "no_hosts",
                        "network",
                        QT_TRANSLATE_NOOP(
                            "Reflect",
                            "No network has host names, so no browser time "
                            "can be matched. Add host names (like example.com) in Networks first.",
                        ),
                    )
                ]
            )
        return with_hosts
    return []


def _resolve_targets(platform: str, network_id: str | None) -> tuple[list[Network], str | None]:
    targets = _targets(platform, network_id)
    if targets:
        return targets, None
    every = networks.networks(include_archived=True)
    for network in every:
        if network.preset == platform:
            return [network], None
    preset_name = PRESETS[platform].name.casefold()
    for network in every:
        if network.name.casefold() == preset_name:
            return [network], None
    network = networks.add_preset(platform)
    return [network], network.name


def _minutes(network_id: str, platform: str) -> int:
    return sum(a.minutes for a in activity.measured(network_id) if a.source == platform)


def _guarded_items(items: Iterator[MeasuredItem], label: str) -> Iterator[MeasuredItem]:
    """A safety net under the readers: anything they did not foresee becomes one sentence
    naming the file, never a traceback (the fuzz tests hold the readers to never need it)."""
    try:
        yield from items
    except ReflectError:
        raise
    except Exception as error:
        raise _unreadable(label, error) from error


def _guarded(read: Callable[[], dict], label: str) -> dict:
    try:
        return read()
    except ReflectError:
        raise
    except Exception as error:
        raise _unreadable(label, error) from error


def _unreadable(label: str, error: Exception) -> ImportFailed:
    if isinstance(error, MemoryError):
        return ImportFailed(label, "too_large", "the file is too large to read in memory.")
    return ImportFailed(
        label, "unreadable", f"could not be read ({type(error).__name__}: {error})."
    )


@dataclass
class _Tally:
    """What the file held per network and kind: how many (minutes: how long) and when."""

    found: dict[tuple[str, str], float] = field(default_factory=dict)
    spans: dict[tuple[str, str], tuple[datetime, datetime]] = field(default_factory=dict)

    def count(self, network_id: str, items: Iterator[MeasuredItem]) -> Iterator[MeasuredItem]:
        found, spans = self.found, self.spans
        for item in items:
            key = (network_id, item.kind)
            moment = item.occurred_at
            if key in found:
                found[key] += item.amount
                first, last = spans[key]
                if moment < first:
                    spans[key] = (moment, last)
                elif moment > last:
                    spans[key] = (first, moment)
            else:
                found[key] = item.amount
                spans[key] = (moment, moment)
            yield item

    def rows(self, targets: list[Network], added: dict[str, dict[str, float]]) -> list[Counted]:
        rows = []
        for network in targets:
            for kind in COUNTS:
                key = (network.id, kind)
                if key in self.found:
                    first, last = (activity.week_of(moment) for moment in self.spans[key])
                    new = added.get(network.id, {}).get(kind, 0)
                    rows.append(Counted(network.name, kind, self.found[key], new, first, last))
        return rows
