"""A kill at any moment loses nothing that was saved (FACTS.md item 10 is the bar)."""

import signal
import subprocess
import sys
from pathlib import Path

from reflect import checkins, networks
from reflect.db import check_database, open_database
from reflect.profile import Profile
from reflect.weeks import IsoWeek

ROOT = Path(__file__).resolve().parents[2]

_WRITER = """
import sys
from pathlib import Path
from reflect import checkins, networks
from reflect.checkins import CheckIn, Entry, Answer
from reflect.db import open_database
from reflect.profile import Profile
from reflect.weeks import IsoWeek

open_database(Profile(Path(sys.argv[1])))
network = networks.networks()[0]
week = IsoWeek(2000, 1)
while True:
    checkins.record_checkin(CheckIn(week, 3, entries=(Entry(network.id, posts=1, note="x" * 2000),),
                                    answers=(Answer("Why?", "Because " * 200),)))
    print(week, flush=True)  # printed only after the commit returned
    week = week + 1
"""


def test_sigkill_while_saving_checkins_loses_no_committed_week(tmp_path):
    profile = Profile(tmp_path / "p")
    database = open_database(profile)
    networks.add_preset("x")
    database.close()

    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(profile.directory)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    committed = [writer.stdout.readline().strip() for _ in range(40)]
    assert all(committed), "the writer stopped before it was killed"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    writer.stdout.close()

    assert check_database(profile.database_path) == []
    database = open_database(profile)
    try:
        saved = {str(w) for w in checkins.checked_in_weeks()}
        assert set(committed) <= saved
        for week in saved:  # every saved check-in is whole, never half-written
            checkin = checkins.checkin_for_week(IsoWeek.parse(week))
            assert len(checkin.entries) == 1 and len(checkin.answers) == 1
    finally:
        database.close()
