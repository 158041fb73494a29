"""The platforms Reflect imports from, in the words the dialog and the command line use, and
what an import request is and which network it may go to. No database here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflect.errors import Problem
from reflect.i18n import QT_TRANSLATE_NOOP
from reflect.networks import PRESETS, Network


@dataclass(frozen=True, slots=True)
class Platform:
    key: str
    name: str
    what: str  # what to choose, in the words of the export
    how: str  # where the network hands it out
    suffixes: tuple[str, ...]


PLATFORMS: dict[str, Platform] = {
    p.key: p
    for p in (
        Platform(
            "x",
            "X",
            "The archive as downloaded (.zip), or data/tweets.js taken out of it.",
            "On X: Settings and privacy → Your account → Download an archive of your data.",
            ("zip", "js"),
        ),
        Platform(
            "mastodon",
            "Mastodon",
            "The archive as downloaded (.zip or .tar.gz), or its outbox.json.",
            "On your server: Preferences → Import and export → Request your archive.",
            ("zip", "tar.gz", "tgz", "json"),
        ),
        Platform(
            "linkedin",
            "LinkedIn",
            "The export as downloaded (.zip), or its Shares.csv, Comments.csv or Reactions.csv.",
            "On LinkedIn: Settings → Data privacy → Get a copy of your data.",
            ("zip", "csv"),
        ),
        Platform(
            "facebook",
            "Facebook",
            "The export as downloaded (.zip, JSON format), or a posts, comments or reactions "
            "file from it.",
            "On Facebook: Settings & privacy → Download your information, format JSON.",
            ("zip", "json"),
        ),
        Platform(
            "bluesky",
            "Bluesky",
            "The repository file (.car).",
            "In Bluesky: Settings → Account → Export my data.",
            ("car", "zip"),
        ),
        Platform(
            "activitywatch",
            "ActivityWatch",
            "The JSON export of its buckets: minutes in the browser on each network's host "
            "names, less the time away from the keyboard.",
            "In ActivityWatch: Raw Data → Export all buckets as JSON.",
            ("json", "zip"),
        ),
    )
}


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What the import dialog collects: which platform, which file, which network (None:
    see :class:`NetworkChoice`)."""

    platform: str
    path: str
    network_id: str | None = None


def request_problems(request: ImportRequest) -> list[Problem]:
    """What keeps the request from being started (checked as the user types)."""
    problems = []
    if request.platform not in PLATFORMS:
        problems.append(
            Problem(
                "unknown_source", "platform", QT_TRANSLATE_NOOP("Reflect", "Choose a platform.")
            )
        )
    path = request.path.strip()
    if not path:
        problems.append(
            Problem("no_file", "path", QT_TRANSLATE_NOOP("Reflect", "Choose the export file."))
        )
    elif not Path(path).expanduser().is_file():
        problems.append(
            Problem(
                "no_such_file",
                "path",
                QT_TRANSLATE_NOOP("Reflect", "There is no file at that place."),
            )
        )
    return problems


@dataclass(frozen=True, slots=True)
class NetworkChoice:
    """Where an import can go. ``network_id`` None means: the platform's preset network
    (made when the profile has none), or for ActivityWatch every network with host names."""

    network_id: str | None
    label: str


def network_choices(platform: str, active: Iterable[Network]) -> list[NetworkChoice]:
    """The networks to offer for an import of ``platform``, the natural one first."""
    active = list(active)
    if platform == "activitywatch":
        with_hosts = [n for n in active if n.hosts]
        choices = []
        if with_hosts:
            names = ", ".join(n.name for n in with_hosts)
            choices.append(NetworkChoice(None, f"Every network with host names ({names})"))
        for n in active:
            hosts = ", ".join(n.hosts) if n.hosts else "no host names yet"
            choices.append(NetworkChoice(n.id, f"{n.name} ({hosts})"))
        return choices
    same = [n for n in active if n.preset == platform]
    others = [n for n in active if n.preset != platform]
    first = [NetworkChoice(n.id, n.name) for n in same]
    if not same:
        first = [NetworkChoice(None, f"{PRESETS[platform].name} (new, from the preset)")]
    return first + [NetworkChoice(n.id, n.name) for n in others]
