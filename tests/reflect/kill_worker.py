"""Run one kind of write many times, each in a forked process that SIGKILLs itself.

``python -m tests.reflect.kill_worker MODE WORKDIR RUNS SEED``: ``WORKDIR/calibrate`` and
``WORKDIR/run<i>`` are profiles prepared by the test. The work is run once to the end on
``calibrate`` to time it; then each run forks a child that does the same work on its own
profile while a thread kills it with SIGKILL at a random moment within that time (importing
Python and peewee once here, not fifty times, keeps the runs short). Each child appends a
line to ``run<i>.log`` after every commit it saw return. The last line of stdout is a JSON
list: for each run, the delay and whether the kill landed before the work finished.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import threading
import time
from pathlib import Path

from reflect import checkins, networks, restore
from reflect.checkins import Answer, CheckIn, Entry
from reflect.db import open_database
from reflect.importers import run_import
from reflect.profile import Profile
from reflect.weeks import IsoWeek


def save_checkins(profile: Profile, log) -> None:
    open_database(profile)
    network = networks.networks()[0]
    week = IsoWeek(2000, 1)
    for _ in range(25):
        entry = Entry(network.id, posts=1, note="x" * 2000)
        checkins.record_checkin(
            CheckIn(week, 3, entries=(entry,), answers=(Answer("Why?", "Because " * 200),))
        )
        log.write(f"{week}\n")
        log.flush()  # a write(2): the kernel keeps it through a SIGKILL
        week = week + 1


def import_archive(profile: Profile, log) -> None:
    open_database(profile)
    run_import("x", profile.directory.parent / "tweets.js", profile=profile)
    log.write("imported\n")
    log.flush()


def restore_export(profile: Profile, log) -> None:
    database = open_database(profile)
    restore.replace_from_file(database, profile, profile.directory.parent / "export.json")
    log.write("restored\n")
    log.flush()


WORK = {"checkins": save_checkins, "import": import_archive, "restore": restore_export}


def _child(work, profile: Profile, delay: float) -> None:
    killer = threading.Timer(delay, os.kill, (os.getpid(), signal.SIGKILL))
    killer.daemon = True
    killer.start()
    with open(str(profile.directory) + ".log", "w") as log:
        work(profile, log)
    os._exit(0)


def main() -> None:
    mode, workdir, runs, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    work = WORK[mode]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        _child(work, Profile(workdir / "calibrate"), 3600)
    os.waitpid(pid, 0)
    duration = time.perf_counter() - start
    rng = random.Random(f"{mode}-{seed}")
    results = []
    for i in range(runs):
        delay = rng.uniform(0.02, max(0.03, duration * 0.9))
        pid = os.fork()
        if pid == 0:
            _child(work, Profile(workdir / f"run{i}"), delay)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        results.append({"run": i, "delay_ms": round(delay * 1000, 1), "killed": killed})
    print(json.dumps({"duration_ms": round(duration * 1000, 1), "runs": results}), flush=True)


if __name__ == "__main__":
    main()
