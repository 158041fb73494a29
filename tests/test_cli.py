"""The command line as a user runs it: a real process, real exit codes, one line on stderr."""

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reflect import __version__
from reflect.profile import Profile, ProfileLock

ROOT = Path(__file__).resolve().parent.parent


def reflect(*args, env=None, data_dir=None):
    environment = {**os.environ, **(env or {})}
    environment.pop("REFLECT_DEBUG", None)
    if data_dir is not None:
        args = ("--data-dir", str(data_dir), *args)
    return subprocess.run(
        [sys.executable, "-m", "reflect", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got: {text!r}"
    assert "Traceback" not in text
    return lines[0]


def test_version_and_help():
    assert reflect("--version").stdout.strip() == f"Reflect {__version__}"
    shown = reflect("--help")
    assert shown.returncode == 0
    for command in ("demo-data", "check", "backup", "--data-dir", "--demo"):
        assert command in shown.stdout


@pytest.mark.parametrize("args", [("frobnicate",), ("--no-such-option",), ("--demo", "check")])
def test_bad_usage_exits_2_with_one_line(args):
    result = reflect(*args)
    assert result.returncode == 2
    assert one_line(result.stderr).startswith("reflect: ")


def test_demo_data_then_check_then_backup(tmp_path):
    profile = tmp_path / "p"
    filled = reflect("demo-data", data_dir=profile)
    assert filled.returncode == 0, filled.stderr
    assert "check-ins" in filled.stdout

    again = reflect("demo-data", data_dir=profile)
    assert again.returncode == 1
    assert "already has data" in one_line(again.stderr)

    checked = reflect("check", env={"REFLECT_DATA_DIR": str(profile)})  # the variable works too
    assert checked.returncode == 0 and "sound" in checked.stdout

    backed = reflect("backup", "--data-dir", str(profile))  # --data-dir after the command
    assert backed.returncode == 0
    made = list((profile / "backups").glob("reflect-*-manual.sqlite3"))
    assert len(made) == 1 and stat.S_IMODE(made[0].stat().st_mode) == 0o600
    copy = sqlite3.connect(made[0])
    assert copy.execute("SELECT count(*) FROM check_in").fetchone()[0] > 90
    copy.close()

    out = tmp_path / "elsewhere" / "copy.sqlite3"
    assert reflect("backup", "--out", str(out), data_dir=profile).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_check_reports_a_damaged_database_in_one_line(tmp_path):
    profile = Profile(tmp_path / "p").ensure()
    profile.database_path.write_bytes(b"\x00" * 4096)
    result = reflect("check", data_dir=profile.directory)
    assert result.returncode == 1
    assert "damaged" in one_line(result.stderr)


def test_check_without_a_database_says_so(tmp_path):
    result = reflect("check", data_dir=tmp_path / "nothing")
    assert result.returncode == 1
    assert "there is no database" in one_line(result.stderr)
    assert not (tmp_path / "nothing").exists()


def test_a_writer_is_refused_while_another_process_holds_the_profile(tmp_path):
    profile = Profile(tmp_path / "p")
    with ProfileLock(profile):
        result = reflect("demo-data", data_dir=profile.directory)
    assert result.returncode == 1
    assert "already open" in one_line(result.stderr)
    assert not profile.database_path.exists()


def test_the_app_without_a_screen_says_so_in_one_line(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "reflect", "--data-dir", str(tmp_path / "p")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no screen" in one_line(result.stderr)
    assert not (tmp_path / "p").exists()
