"""The command line as a user runs it: a real process, real exit codes, one line on stderr."""

import json
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


def test_export_then_restore_round_trip(tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    assert reflect("demo-data", data_dir=source).returncode == 0
    exported = reflect(
        "export", "--format", "json", "--out", str(tmp_path / "e.json"), data_dir=source
    )
    assert exported.returncode == 0, exported.stderr
    assert stat.S_IMODE((tmp_path / "e.json").stat().st_mode) == 0o600

    restored = reflect("restore", str(tmp_path / "e.json"), data_dir=target)
    assert restored.returncode == 0, restored.stderr
    assert "100 check-ins" in restored.stdout
    assert list((target / "backups").glob("*before-restore*"))
    assert reflect("check", data_dir=target).returncode == 0

    again = reflect("export", "--out", str(tmp_path / "again.json"), data_dir=target)
    assert again.returncode == 0
    first = json.loads((tmp_path / "e.json").read_text())
    second = json.loads((tmp_path / "again.json").read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second

    refused = reflect("restore", str(tmp_path / "e.json"), data_dir=target)
    assert refused.returncode == 1
    assert "already has data" in one_line(refused.stderr)

    csv_out = reflect("export", "--format", "csv", "--out", str(tmp_path / "csv"), data_dir=target)
    assert csv_out.returncode == 0 and (tmp_path / "csv" / "checkins.csv").exists()


def test_restore_of_a_file_that_is_not_an_export_says_so(tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_text("[1, 2, 3]")
    result = reflect("restore", str(junk), data_dir=tmp_path / "p")
    assert result.returncode == 1
    assert "junk.json: not a Reflect export" in one_line(result.stderr)
