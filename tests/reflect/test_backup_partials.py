"""A backup killed half way leaves ``NAME.partial`` in backups/; the next start clears it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

from reflect import backups
from reflect.backups import STALE_PARTIAL_SECONDS, remove_stale_partials, run_automatic_backup

ROOT = Path(__file__).resolve().parents[2]

KILLED_BACKUP = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from reflect import db as storage
    from reflect.profile import Profile
    from reflect import backups

    def killed(path):  # the copy is whole, the rename not yet done: die here
        os.kill(os.getpid(), signal.SIGKILL)

    storage.make_private_file = killed
    profile = Profile(Path(sys.argv[1]))
    backups.back_up(profile.database_path, profile, "manual")
    """
)


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_killed_backup_leaves_a_partial_that_the_next_start_removes(db, profile):
    result = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(profile.directory)],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL
    left = list(profile.backups_dir.glob("*.partial"))
    assert len(left) == 1  # what a kill leaves behind
    assert backups.backups(profile) == []  # and it is never listed as a backup
    age(left[0], STALE_PARTIAL_SECONDS + 60)

    made = run_automatic_backup(db, profile, today=date(2026, 11, 22))

    assert made is not None
    assert not left[0].exists()
    assert [b.path for b in backups.backups(profile)] == [made.path]


def test_a_partial_still_being_written_and_the_backups_are_left_alone(db, profile):
    kept = backups.back_up(db, profile, "manual")
    fresh = profile.backups_dir / "reflect-20261122T210000000000Z-daily.sqlite3.partial"
    fresh.write_bytes(b"half")
    stale = profile.backups_dir / "reflect-20261101T210000000000Z-daily.sqlite3.partial"
    stale.write_bytes(b"half")
    age(stale, STALE_PARTIAL_SECONDS)
    other = profile.backups_dir / "notes.txt"  # not ours to judge
    other.write_text("mine")
    age(other, 10 * STALE_PARTIAL_SECONDS)

    assert remove_stale_partials(profile) == [stale]

    assert fresh.exists() and other.exists() and kept.path.exists()
    assert remove_stale_partials(profile, now=time.time() + STALE_PARTIAL_SECONDS) == [fresh]


def test_no_backups_folder_yet_is_nothing_to_clean(profile):
    assert remove_stale_partials(profile) == []
