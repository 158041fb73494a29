"""The app in a real X window, driven with the keyboard like a person would: Ctrl+K, the
workload, a count, Ctrl+S; then the database holds the check-in and This week shows it.

Skipped where Xvfb or xdotool is missing. Every wait is a poll with a deadline, and every
process started here is killed in a ``finally``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reflect import models
from reflect.checkins import checkin_for_week
from reflect.db import open_database
from reflect.profile import Profile
from reflect.weeks import IsoWeek
from tests.ui.helpers import fill

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path("/work/shots/desktop")
pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"
)


def poll(what, timeout: float, step: float = 0.1):
    """``what()`` until it is truthy, else fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"gave up waiting after {timeout} s: {getattr(what, '__doc__', what)}")


def free_display() -> int:
    for number in range(140, 400):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    pytest.skip("no free X display number")


def xdotool(env, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=20)
    return done.stdout.strip() if done.returncode == 0 else ""


def window_named(env, name: str) -> str:
    """The id of a visible window whose title is ``name`` (a regular expression)."""
    found = xdotool(env, "search", "--onlyvisible", "--name", name)
    return found.splitlines()[0] if found else ""


def saved_workload(profile: Profile, week: IsoWeek) -> int | None:
    """Read the database beside the running app (read-only; WAL lets both in)."""
    uri = f"file:{profile.database_path}?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=5) as connection:
        row = connection.execute(
            "SELECT workload FROM check_in WHERE week = ? AND is_draft = 0 AND deleted_at IS NULL",
            (str(week),),
        ).fetchone()
    return row[0] if row else None


def screen_settles(env, target: Path) -> None:
    """Screenshots until two in a row are the same: the page has loaded what changed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    previous = b""

    def same_as_before() -> bool:
        nonlocal previous
        subprocess.run(["import", "-window", "root", str(target)], env=env, timeout=30)
        now = target.read_bytes()
        settled, previous = now == previous, now
        return settled

    poll(same_as_before, 30, step=0.5)


def test_check_in_with_the_keyboard_in_a_real_window(tmp_path):
    week = IsoWeek.current()
    profile = Profile(tmp_path / "profile")
    database = open_database(profile)
    data = fill(week)
    database.close()
    models.database.initialize(None)

    number = free_display()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app = None
    try:
        poll(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20)
        log = (tmp_path / "app.log").open("w")
        app = subprocess.Popen(
            [sys.executable, "-m", "reflect", "--data-dir", str(profile.directory)],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        main = poll(lambda: app.poll() is None and window_named(env, "^Reflect$"), 60)
        xdotool(env, "windowfocus", "--sync", main)
        poll(lambda: xdotool(env, "getwindowfocus") == main, 20)
        xdotool(env, "key", "--clearmodifiers", "ctrl+k")
        dialog = poll(lambda: window_named(env, "^Weekly check-in"), 30)
        xdotool(env, "windowfocus", "--sync", dialog)
        xdotool(env, "key", "4")  # focus starts on the workload: 4 · heavy
        # Hours, energy, five context tags, other context, "didn't use LinkedIn", posts
        xdotool(env, "key", "--delay", "60", *["Tab"] * 10)
        xdotool(env, "type", "--delay", "60", "3")
        xdotool(env, "key", "--clearmodifiers", "ctrl+s")
        poll(lambda: not window_named(env, "^Weekly check-in"), 30)
        poll(lambda: saved_workload(profile, week) == 4, 30)
        if shutil.which("import"):
            screen_settles(env, SHOTS / "real-window-this-week.png")
        xdotool(env, "windowfocus", "--sync", main)
        xdotool(env, "key", "--clearmodifiers", "ctrl+q")
        poll(lambda: app.poll() is not None, 30)
        assert app.returncode == 0, (tmp_path / "app.log").read_text()
    finally:
        for process in (app, xvfb):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=10)

    database = open_database(profile)
    try:
        saved = checkin_for_week(week)
    finally:
        database.close()
        models.database.initialize(None)
    assert saved is not None and not saved.is_draft
    assert saved.workload == 4
    assert saved.entry_for(data.linkedin.id).posts == 3
