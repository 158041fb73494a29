"""Automatic and manual backups of a profile, with the retention of DESIGN.md.

Backups are made with SQLite's backup API (never by copying an open file), written 0600,
and named ``reflect-<UTC time>-<reason>.sqlite3`` in ``backups/`` beside the database.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import peewee as pw

from reflect.db import backup_database, backup_name, check_database
from reflect.errors import StorageError
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.profile import KEEP_DAILY, KEEP_WEEKLY, Profile

#: A ``*.partial`` file untouched this long is left over from a backup that was killed.
STALE_PARTIAL_SECONDS = 15 * 60
_NAME_RE = re.compile(r"^reflect-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    size: int


def backups(profile: Profile) -> list[Backup]:
    """The profile's backups, newest first."""
    found = []
    if profile.backups_dir.is_dir():
        for path in profile.backups_dir.iterdir():
            match = _NAME_RE.match(path.name)
            if match:
                made = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
                found.append(Backup(path, made, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def back_up(db: pw.SqliteDatabase | Path, profile: Profile, reason: str = "manual") -> Backup:
    """A backup now, into the profile's backups folder."""
    moment = datetime.now(UTC)
    path = backup_database(db, profile.backups_dir / backup_name(reason, moment))
    return Backup(path, moment, reason, path.stat().st_size)


def run_automatic_backup(
    db: pw.SqliteDatabase,
    profile: Profile,
    today: date | None = None,
    *,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> Backup | None:
    """At the first start of a day: back up, then prune daily backups to the retention policy."""
    today = today or date.today()
    remove_stale_partials(profile)
    made_today = [
        b
        for b in backups(profile)
        if b.reason == "daily" and b.made_at.astimezone().date() == today
    ]
    if made_today:
        return None
    backup = back_up(db, profile, "daily")
    prune(profile, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return backup


def prune(
    profile: Profile, *, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[Path]:
    """Keep the newest daily backup of each of the last 7 days that have one, and the newest of
    each of the last 8 ISO weeks beyond them (or the counts given). Other kinds (before a
    migration, an import, a restore; manual) are never removed here."""
    daily = [b for b in backups(profile) if b.reason == "daily"]
    keep: set[Path] = set()
    days: dict[date, Backup] = {}
    for b in daily:  # newest first, so the first of each day wins
        days.setdefault(b.made_at.astimezone().date(), b)
    day_list = list(days.values())
    keep.update(b.path for b in day_list[:keep_daily])
    weeks: dict[tuple[int, int], Backup] = {}
    for b in day_list[keep_daily:]:
        weeks.setdefault(b.made_at.astimezone().isocalendar()[:2], b)
    keep.update(b.path for b in list(weeks.values())[:keep_weekly])
    removed = []
    for b in daily:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def remove_stale_partials(profile: Profile, now: float | None = None) -> list[Path]:
    """Remove the half-written ``*.partial`` files a killed backup left in ``backups/``.

    A backup is written under ``NAME.partial`` and renamed when whole, so such a file is
    never a backup; one that has not changed for ``STALE_PARTIAL_SECONDS`` belongs to no
    backup still being written (a running one keeps writing to it)."""
    removed: list[Path] = []
    if not profile.backups_dir.is_dir():
        return removed
    moment = time.time() if now is None else now
    for path in profile.backups_dir.glob("*.partial"):
        try:
            if moment - path.stat().st_mtime >= STALE_PARTIAL_SECONDS and path.is_file():
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            continue  # gone already
    return removed


def newest_good_backup(profile: Profile) -> Backup | None:
    """The newest backup that passes SQLite's integrity and foreign-key checks."""
    for backup in backups(profile):
        try:
            if not check_database(backup.path):
                return backup
        except (StorageError, OSError):
            continue
    return None


def set_damaged_aside(profile: Profile, moment: datetime | None = None) -> Path:
    """Rename the damaged database (and its -wal and -shm) out of the way; never delete it.

    Returns the new path of the database file, beside the old one.
    """
    stamp = (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    source = profile.database_path
    aside = source.with_name(f"damaged-{stamp}-{source.name}")
    for suffix in ("-wal", "-shm"):
        sidecar = Path(str(source) + suffix)
        if sidecar.exists():
            os.replace(sidecar, Path(str(aside) + suffix))
    os.replace(source, aside)
    return aside


def recover_from_backup(profile: Profile, backup: Backup) -> Path:
    """Put the damaged database aside and a copy of ``backup`` in its place.

    The backup is checked again first; the copy is made with SQLite's backup API and only
    renamed into place once whole. Returns where the damaged file now is.
    """
    problems = check_database(backup.path)
    if problems:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("Reflect", "The backup {name} is damaged too: {problem}."),
                name=backup.path.name,
                problem=problems[0],
            )
        )
    aside = set_damaged_aside(profile)
    backup_database(backup.path, profile.database_path)
    return aside
