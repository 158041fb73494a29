"""A damaged database is found at open, left untouched, and a good backup is offered."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from reflect import backups, checkins, models, networks
from reflect.checkins import CheckIn, Entry
from reflect.db import check_database, open_database, quick_check
from reflect.errors import DatabaseDamaged, StorageError
from reflect.profile import Profile
from reflect.weeks import IsoWeek


def make_profile(directory: Path, weeks: int = 60) -> Profile:
    """A closed profile with ``weeks`` check-ins of long notes (many pages), backed up once."""
    profile = Profile(directory)
    database = open_database(profile)
    network = networks.add_preset("mastodon")
    for n in range(weeks):
        note = f"week {n}: " + "words I wrote " * 60
        checkins.record_checkin(
            CheckIn(IsoWeek(2020, 1) + n, 3, entries=(Entry(network.id, note=note),))
        )
    backups.back_up(database, profile, "daily")
    database.close()
    models.database.initialize(None)
    return profile


def overwrite_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"this is not a database at all!!!")


def flip_middle(path: Path) -> None:
    """Garbage over the start of the pages in the middle of the file (b-tree page headers)."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as handle:
        for number in range(size // page // 3, size // page * 2 // 3):
            handle.seek(number * page)
            handle.write(b"\xa5" * 64)


def flip_a_leaf(path: Path) -> None:
    """Garbage over the header of one leaf page of the check-ins' entries: the file opens and
    its schema reads; only SQLite's check (or reading those rows) finds the damage."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'network_entry' AND pagetype = 'leaf'"
            )
        ]
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        handle.seek((pages[len(pages) // 2] - 1) * size)
        handle.write(b"\xa5" * 64)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", [overwrite_header, flip_middle])
def test_a_damaged_file_is_refused_and_left_untouched(tmp_path, damage):
    profile = make_profile(tmp_path / "p")
    damage(profile.database_path)
    before = digest(profile.database_path)
    listing = sorted(p.name for p in profile.directory.iterdir())
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(profile)
    assert "is damaged" in str(raised.value) and "left untouched" in str(raised.value)
    assert digest(profile.database_path) == before  # not written to
    assert sorted(p.name for p in profile.directory.iterdir()) == listing  # nothing created


def test_flipped_bytes_are_what_quick_check_finds(tmp_path):
    profile = make_profile(tmp_path / "p")
    quick_check(profile.database_path)  # a sound file passes
    flip_middle(profile.database_path)
    with pytest.raises(DatabaseDamaged, match=r"SQLite's check found|malformed"):
        quick_check(profile.database_path)


def test_the_newest_good_backup_is_offered_and_restoring_keeps_the_damaged_file(tmp_path):
    profile = make_profile(tmp_path / "p")
    good = backups.backups(profile)[0]
    newer = backups.back_up(profile.database_path, profile, "manual")
    flip_middle(newer.path)  # the newest backup is damaged too: it is passed over
    chosen = backups.newest_good_backup(profile)
    assert chosen == good

    flip_middle(profile.database_path)
    damaged = digest(profile.database_path)
    aside = backups.recover_from_backup(profile, chosen)
    assert digest(aside) == damaged  # kept, renamed, never deleted
    assert aside.parent == profile.directory and aside.name.startswith("damaged-")
    database = open_database(profile)
    try:
        assert len(checkins.checked_in_weeks()) == 60
    finally:
        database.close()
        models.database.initialize(None)
    assert check_database(profile.database_path) == []


def test_no_good_backup_means_none_is_offered(tmp_path):
    profile = make_profile(tmp_path / "p")
    for backup in backups.backups(profile):
        overwrite_header(backup.path)
    assert backups.newest_good_backup(profile) is None


def test_a_damaged_backup_is_not_restored_over_anything(tmp_path):
    profile = make_profile(tmp_path / "p")
    backup = backups.backups(profile)[0]
    flip_middle(backup.path)
    before = digest(profile.database_path)
    with pytest.raises(StorageError):
        backups.recover_from_backup(profile, backup)
    assert digest(profile.database_path) == before
    assert not [p for p in os.listdir(profile.directory) if p.startswith("damaged-")]
