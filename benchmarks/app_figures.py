"""The figures measured inside one process on one profile, each with its floor measured in
the same process just before or after it:

- the check-in dialog, from ``CheckInFlow.open`` to the dialog shown, filled and its first
  frame painted (the last paint event of that pass);
  floor: an empty ``QDialog`` opened and painted;
- saving a check-in, from the dialog's Save to ``checkin_saved`` (committed on the worker),
  clicked once the dialog is built whole (``CheckInDialog.is_built``: the rows and sections
  below the first screen follow the first paint, as a user reads the first lines) and has
  painted it; the time is taken when ``checkin_saved`` arrives (the dialog closes after it);
  floor: one row inserted and committed in a fresh SQLite file with the same pragmas
  (``journal_mode=wal``, ``synchronous=full``: the fsync every save pays);
- a change of period, network or metric on the Trends page, computed and painted (the slowest
  kind of change, from ``trends_benchmark``); floor: painting the page with nothing changed;
- the JSON export (``reflect.export.write_json``) against ``json.dumps`` of the same
  document, written to a file and synced the same way.

    python -m benchmarks.app_figures PROFILE_DIR --runs 5    # prints one JSON line
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.paint_watch import PaintWatch  # noqa: E402


def _wait(app, done, timeout: float = 30.0) -> None:
    """Run the event loop until ``done()``, as the app's own loop runs: asleep in Qt between
    events, the interpreter lock free for the worker. (Calling ``processEvents`` over and over
    instead kept the lock on this thread, and the worker loading a form waited its turn in
    slices of 5 ms: a cost of the measuring, not of the app.) A timer looks at ``done`` every
    millisecond."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    deadline = time.monotonic() + timeout
    loop, timer = QEventLoop(), QTimer()
    timer.setInterval(1)
    timed_out: list[bool] = []

    def look() -> None:
        if done():
            loop.quit()
        elif time.monotonic() > deadline:
            timed_out.append(True)
            loop.quit()

    timer.timeout.connect(look)
    timer.start()
    loop.exec()
    timer.stop()
    if timed_out:
        raise TimeoutError("the benchmark waited too long")


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def checkin_figures(app, runs: int) -> dict:
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

    from reflect.checkins import checked_in_weeks
    from reflect.weeks import IsoWeek
    from ui.checkin.checkin_flow import CheckInFlow
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    parent = QWidget()
    parent.resize(1120, 740)
    parent.show()
    flow = CheckInFlow(runner, IsoWeek.current, parent)
    watch = PaintWatch(app)
    opened: list = []
    saved: list = []
    flow.dialog_opened.connect(opened.append)
    flow.checkin_saved.connect(lambda _checkin: saved.append(time.perf_counter()))
    # the latest week checked in (valid as it stands), even when the profile was built
    # in an earlier week than this run
    last_week = max(checked_in_weeks())

    # The watch goes on each new dialog as its construction ends, before it is shown: as on
    # the bare dialog, whose watch is armed before ``open``. (Armed once the flow has opened
    # it, the first frame can be missed and a later one timed.)
    from ui.checkin import checkin_dialog

    built = checkin_dialog.CheckInDialog.__init__

    def watched_init(dialog, *args, **kwargs):
        built(dialog, *args, **kwargs)
        watch.arm(dialog)

    checkin_dialog.CheckInDialog.__init__ = watched_init

    def open_dialog(week=None) -> float:
        opened.clear()
        start = time.perf_counter()
        flow.open(week)
        _wait(app, lambda: bool(opened) and watch.done)
        return watch.at - start

    def deleted(dialog) -> Callable[[], bool]:
        """Whether ``dialog`` is closed and deleted: each next open is timed only then (as long
        after the last close as a user takes), not while tearing the last one down."""
        gone: list = []
        dialog.destroyed.connect(lambda *_: gone.append(True))
        return lambda: flow.dialog is None and bool(gone)

    def close_dialog() -> None:
        assert flow.dialog is not None
        done = deleted(flow.dialog)
        flow.dialog.close_quietly()
        _wait(app, done)

    open_times, save_times = [], []
    for _ in range(runs + 1):  # the first one imports the dialog's modules: not counted
        open_times.append(open_dialog())
        _wait(app, flow.dialog.is_built)
        close_dialog()
    for _ in range(runs + 1):
        open_dialog(last_week)  # checked in already: valid as it stands
        dialog = flow.dialog
        # The rows and sections below the first screen are built just after the first paint,
        # while a user reads the first lines. Save is clicked once the dialog is built whole
        # (its explicit state, not a pause) and has painted what it built, so this times the
        # save, not the building.
        _wait(app, dialog.is_built)
        watch.arm(dialog)
        _wait(app, lambda: watch.done)
        saved.clear()
        done = deleted(dialog)
        start = time.perf_counter()
        dialog.save_button.click()
        _wait(app, lambda: bool(saved))
        save_times.append(saved[0] - start)  # when checkin_saved came, not the closing after
        _wait(app, done)

    def bare_dialog() -> float:
        start = time.perf_counter()
        dialog = QDialog(parent)
        QVBoxLayout(dialog).addWidget(QLabel("A bare dialog"))
        dialog.resize(760, 480)
        watch.arm(dialog)
        dialog.open()
        _wait(app, lambda: watch.done)
        elapsed = watch.at - start
        dialog.close()
        dialog.deleteLater()
        return elapsed

    open_floor = [bare_dialog() for _ in range(runs + 1)][1:]
    checkin_dialog.CheckInDialog.__init__ = built
    runner.shutdown()
    parent.close()
    return {
        "checkin_open": {"median": median_ms(open_times[1:]), "floor": median_ms(open_floor)},
        "checkin_save": {"median": median_ms(save_times[1:]), "floor": _commit_floor(runs)},
    }


def _commit_floor(runs: int) -> float:
    """One row inserted and committed, with the app's pragmas, in a fresh file."""
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(Path(folder) / "floor.sqlite3", isolation_level=None)
        connection.execute("PRAGMA journal_mode=wal")
        connection.execute("PRAGMA synchronous=full")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, week TEXT, note TEXT)")
        times = []
        for index in range(runs):
            start = time.perf_counter()
            connection.execute("BEGIN")
            connection.execute("INSERT INTO t (week, note) VALUES (?, ?)", (str(index), "x"))
            connection.execute("COMMIT")
            times.append(time.perf_counter() - start)
        connection.close()
    return median_ms(times)


def trends_figure(runs: int) -> dict:
    from benchmarks.trends_benchmark import _changes
    from reflect import trend_history
    from reflect.weeks import IsoWeek

    current = IsoWeek.current()
    history = trend_history.load_history(current)
    with contextlib.redirect_stdout(io.StringIO()):
        worst, floor = _changes(history, current, runs)
    return {"trends_change": {"median": worst, "floor": floor}}


def export_figure(runs: int) -> dict:
    from reflect import export

    def floor_once(target: Path) -> float:
        document = export.export_document()  # read outside the clock: the floor is the dumps
        start = time.perf_counter()
        text = json.dumps(document, ensure_ascii=False, indent=1)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        return time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.json"
        times, floors = [], []
        for _ in range(runs):
            start = time.perf_counter()
            export.write_json(target)
            times.append(time.perf_counter() - start)
            floors.append(floor_once(Path(folder) / "floor.json"))
        size = target.stat().st_size
    return {"export": {"median": median_ms(times), "floor": median_ms(floors), "bytes": size}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from reflect.db import open_database
    from reflect.profile import Profile
    from ui.app import create_application

    app = create_application()
    app.setStyle("Fusion")
    database = open_database(Profile(args.profile))
    figures: dict = {}
    figures.update(checkin_figures(app, args.runs))
    figures.update(trends_figure(args.runs))
    figures.update(export_figure(args.runs))
    database.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
