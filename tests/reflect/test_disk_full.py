"""A full or read-only disk is said in words, and nothing saved before is lost.

Tests run as root here, where chmod does not stop writes, so a full disk is simulated two
ways: SQLite's ``max_page_count`` (the database cannot grow) and a file-size limit
(``RLIMIT_FSIZE``, with SIGXFSZ ignored so a write fails with EFBIG) in a subprocess.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reflect import checkins, networks
from reflect.checkins import CheckIn, Entry
from reflect.db import check_database
from reflect.errors import DiskProblem, StorageError, disk_problem
from reflect.weeks import IsoWeek

ROOT = Path(__file__).resolve().parents[2]


def _fill_database_up(db) -> None:
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def test_a_full_database_refuses_the_save_in_words_and_keeps_what_was_saved(db, profile):
    network = networks.add_preset("mastodon")
    checkins.record_checkin(CheckIn(IsoWeek(2020, 1), 3, entries=(Entry(network.id, note="kept"),)))
    _fill_database_up(db)
    big = Entry(network.id, note="a long note " * 20_000)
    with pytest.raises(Exception) as raised:
        checkins.record_checkin(CheckIn(IsoWeek(2020, 2), 3, entries=(big,)))
    problem = disk_problem(raised.value)
    assert isinstance(problem, DiskProblem) and problem.kind == "full"
    assert str(problem).startswith("The disk is full, so this could not be written.")
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert checkins.checkin_for_week(IsoWeek(2020, 1)).entries[0].note == "kept"
    assert checkins.checkin_for_week(IsoWeek(2020, 2)) is None  # not half of it
    assert check_database(profile.database_path) == []


def test_peeweees_cannot_rollback_is_seen_through():
    """FACTS item 6: the real reason sits in ``__context__``."""
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    try:
        try:
            raise full
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except sqlite3.OperationalError as outer:
        assert disk_problem(outer).kind == "full"


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.ENOSPC, "full"), (errno.EROFS, "read_only"), (errno.EACCES, "read_only")],
)
def test_os_errors_are_named(code, kind):
    error = StorageError("Could not back up")
    error.__cause__ = OSError(code, os.strerror(code))
    assert disk_problem(error).kind == kind
    assert disk_problem(ValueError("no")) is None


_LIMITED = """
import resource, signal, sys
from reflect.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[2:]))
"""


def _limited(limit: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _LIMITED, str(limit), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def demo_profile(tmp_path):
    folder = tmp_path / "p"
    done = subprocess.run(
        [sys.executable, "-m", "reflect", "--data-dir", str(folder), "demo-data"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return folder


def test_an_export_onto_a_full_disk_says_so_and_keeps_the_old_export(demo_profile, tmp_path):
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    out.write_text("the previous export")
    done = _limited(64 * 1024, "--data-dir", str(demo_profile), "export", "--out", str(out))
    assert done.returncode == 1
    assert done.stderr.startswith("reflect: The file would be larger than this disk"), done.stderr
    assert "Everything saved before is still there" in done.stderr
    assert out.read_text() == "the previous export"
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]  # no half file
    assert check_database(demo_profile / "reflect.sqlite3") == []


def test_a_backup_onto_a_full_disk_says_so(demo_profile):
    done = _limited(64 * 1024, "--data-dir", str(demo_profile), "backup")
    assert done.returncode == 1
    assert done.stderr.startswith("reflect: Could not back up the database"), done.stderr
    assert "full" in done.stderr or "larger" in done.stderr
    backups = demo_profile / "backups"
    assert not [p for p in backups.iterdir() if p.name.endswith(".sqlite3")]
    assert check_database(demo_profile / "reflect.sqlite3") == []
