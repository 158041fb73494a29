"""run_gui's contract with the command line: names, one instance, refusals, a whole run."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect.backups import backups
from reflect.profile import Profile, ProfileLock, default_data_dir
from tests.fresh_python import fresh_python
from ui.app import ALREADY_OPEN, create_application, run_gui
from ui.main_window import MainWindow
from ui.settings import FILE_NAME
from ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    """What run_gui would have shown in its blocking message box."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    return shown


def test_app_data_location_is_the_default_profile(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    app = create_application()
    assert (app.applicationName(), app.organizationName()) == ("Reflect", "")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert location == str(default_data_dir())
    assert not app.windowIcon().isNull()


def test_a_new_application_is_in_the_fusion_style(tmp_path):
    """Made in a fresh process, as the app makes it (the style on its command line, which
    wins over a desktop's choice of another), and every widget follows."""
    code = (
        "from PySide6.QtWidgets import QPushButton\n"
        "from ui.app import create_application\n"
        "app = create_application()\n"
        "button = QPushButton('Check in')\n"
        "print(app.style().name(), button.style().name())\n"
    )
    result = fresh_python(code, QT_STYLE_OVERRIDE="Windows")
    assert result.stdout.split() == ["fusion", "fusion"], result.stderr[-2000:]


def test_a_database_from_the_future_is_refused_and_untouched(qapp, profile, refusals):
    profile.ensure()
    connection = sqlite3.connect(profile.database_path)
    connection.execute("CREATE TABLE later (x)")
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    before = profile.database_path.read_bytes()

    assert run_gui(profile.directory) == 1
    assert len(refusals) == 1 and "newer Reflect" in refusals[0]
    assert profile.database_path.read_bytes() == before
    assert not profile.database_path.with_name("reflect.sqlite3-wal").exists()


def test_a_profile_held_by_a_command_runs_no_window(qapp, profile, refusals, monkeypatch):
    monkeypatch.setattr("ui.app.STARTING_MS", 300)  # nobody answers: no need to wait long
    with ProfileLock(profile):
        assert run_gui(profile.directory) == 1
    assert refusals == [
        f"Reflect is already open on the profile {profile.directory}. Close it there first."
    ]
    assert not profile.database_path.exists()


def test_a_second_start_brings_the_first_forward(qtbot, profile, capsys):
    first = SingleInstance(profile.directory)
    first.listen()
    try:
        with ProfileLock(profile), qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert run_gui(profile.directory) == 0
    finally:
        first.close()
    assert capsys.readouterr().err == ALREADY_OPEN + "\n"
    assert not profile.database_path.exists()


FIRST_STILL_STARTING = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from reflect.profile import Profile, ProfileLock
from ui.single_instance import SingleInstance

app = QCoreApplication([])
lock = ProfileLock(Profile(Path(sys.argv[1]))).acquire()
print("locked", flush=True)
first = SingleInstance(Path(sys.argv[1]))
first.activation_requested.connect(lambda: (print("brought forward", flush=True), app.quit()))
QTimer.singleShot(800, first.listen)  # until its window has painted, nobody listens
QTimer.singleShot(15000, app.quit)
app.exec()
lock.release()
"""


def test_a_start_right_after_another_reaches_it_once_it_listens(qapp, profile, capsys):
    """Two quick double-clicks: the first start holds the profile but does not answer until
    its window has painted; the second keeps trying meanwhile, then brings it forward."""
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_STILL_STARTING, str(profile.directory)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert first.stdout.readline().strip() == "locked"
        assert run_gui(profile.directory) == 0
        assert first.stdout.readline().strip() == "brought forward"
    finally:
        if first.poll() is None:
            first.kill()
        first.wait(timeout=20)
    assert capsys.readouterr().err == ALREADY_OPEN + "\n"
    assert not profile.database_path.exists()


def test_a_whole_run_backs_up_and_closes_cleanly(qtbot, profile, monkeypatch):
    """Start, wait for the day's backup, quit from the File menu; then the profile is free."""
    app = QApplication.instance()
    seen: list[MainWindow] = []
    reached: list[bool] = []

    def quit_when_backed_up():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is not None and backups(Profile(profile.directory)):
            seen.append(window)
            timer.stop()
            # the window has painted: it answers a later start now
            reached.append(SingleInstance(profile.directory).notify_running(timeout_ms=2000))
            window.actions["quit"].trigger()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(quit_when_backed_up)
    timer.start()
    hook_before = sys.excepthook
    assert run_gui(profile.directory) == 0
    assert seen and seen[0].windowTitle() == "Reflect"
    assert reached == [True]
    assert sys.excepthook is hook_before
    assert [b.reason for b in backups(profile)] == ["daily"]
    # SQLite removes the write-ahead log when the last connection to the database closes.
    assert not (profile.directory / "reflect.sqlite3-wal").exists()
    settings = profile.directory / FILE_NAME
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    with ProfileLock(profile):  # released
        pass
