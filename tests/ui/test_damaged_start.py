"""Starting on a damaged database: the app says what is wrong and offers a good backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reflect import backups, models
from reflect.db import check_database
from reflect.errors import DatabaseDamaged
from tests.reflect.test_damaged_database import (
    digest,
    flip_a_leaf,
    flip_middle,
    make_profile,
    overwrite_header,
)
from ui.app import run_gui
from ui.main_window import MainWindow
from ui.safety.damaged_dialog import DamagedDialog, offer_recovery

SHOTS = Path(__file__).resolve().parents[2] / "shots" / "safety"


def guarded_run(profile) -> int:
    """``run_gui`` on ``profile``; a failure ends the run after 30 s instead of hanging."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.instance().quit)
    guard.start(30_000)
    try:
        return run_gui(profile.directory)
    finally:
        guard.stop()


@pytest.fixture
def damaged(tmp_path):
    profile = make_profile(tmp_path / "p", weeks=30)
    flip_middle(profile.database_path)
    yield profile
    models.database.initialize(None)


def test_the_offer_says_what_is_wrong_and_names_the_backup(qtbot, damaged):
    backup = backups.newest_good_backup(damaged)
    error = DatabaseDamaged(str(damaged.database_path), "database disk image is malformed")
    dialog = DamagedDialog(error, backup, None)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "is damaged (database disk image is malformed)" in text
    assert "has not changed it and has not made a new one" in text
    assert "The newest good backup was made on" in text and "daily, automatic" in text
    assert "never deleted" in text
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "damaged-offer.png"))
    dialog.restore_button.click()
    assert dialog.result() == DamagedDialog.DialogCode.Accepted


def test_with_no_good_backup_there_is_only_quit(qtbot, damaged):
    for backup in backups.backups(damaged):
        overwrite_header(backup.path)
    error = DatabaseDamaged(str(damaged.database_path), "x")
    dialog = DamagedDialog(error, None, None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "There is no backup that passes" in dialog.text.text()


def test_quitting_the_offer_leaves_everything_as_it_was(qtbot, damaged):
    before = digest(damaged.database_path)
    listing = sorted(p.name for p in damaged.directory.iterdir())
    error = DatabaseDamaged(str(damaged.database_path), "x")
    assert offer_recovery(damaged, error, ask=lambda *_: False) is None
    assert digest(damaged.database_path) == before
    assert sorted(p.name for p in damaged.directory.iterdir()) == listing


@pytest.mark.parametrize("damage", [overwrite_header, flip_middle, flip_a_leaf])
def test_a_whole_start_on_a_damaged_file_restores_the_offered_backup(
    qtbot, tmp_path, monkeypatch, damage
):
    """Damage in the first pages or deeper in the file is found as the worker opens the
    database once the window has painted: that window closes without any task having touched
    the file, the backup is offered, and a new window opens on it."""
    profile = make_profile(tmp_path / "p", weeks=30)
    damage(profile.database_path)
    damaged_digest = digest(profile.database_path)
    offered: list[str] = []
    app = QApplication.instance()

    def windows() -> list[MainWindow]:  # this run's windows, not one an earlier test left
        return [
            w
            for w in app.topLevelWidgets()
            if isinstance(w, MainWindow) and getattr(w, "_profile", None) == profile
        ]

    windows_at_offer: list[int] = []

    def ask(_parent, error, backup):
        offered.append(str(error))
        windows_at_offer.append(len(windows()))
        return backup is not None

    monkeypatch.setattr(DamagedDialog, "ask", staticmethod(ask))

    def quit_when_shown():
        window = next((w for w in windows() if w.isVisible()), None)
        if window is not None and offered:
            timer.stop()
            QTimer.singleShot(0, window.actions["quit"].trigger)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(quit_when_shown)
    timer.start()
    try:
        assert guarded_run(profile) == 0
    finally:
        timer.stop()
    assert not timer.isActive() and offered
    assert "is damaged" in offered[0]
    assert windows_at_offer[0] > 0
    # set aside with its -wal and -shm, when reading it left them
    kept = [
        p
        for p in profile.directory.iterdir()
        if p.name.startswith("damaged-") and p.name.endswith(".sqlite3")
    ]
    assert len(kept) == 1 and digest(kept[0]) == damaged_digest  # nothing wrote to it
    assert check_database(profile.database_path) == []


def test_quitting_the_offer_after_the_window_opened_ends_the_run_untouched(
    qtbot, tmp_path, monkeypatch
):
    profile = make_profile(tmp_path / "p", weeks=30)
    flip_a_leaf(profile.database_path)
    before = digest(profile.database_path)
    offered: list[str] = []
    monkeypatch.setattr(
        DamagedDialog, "ask", staticmethod(lambda _p, error, _b: offered.append(str(error)))
    )
    assert guarded_run(profile) == 1
    assert offered and "is damaged" in offered[0]
    assert digest(profile.database_path) == before
    assert not [p for p in profile.directory.iterdir() if p.name.startswith("damaged-")]
