"""File → Export…, Restore… and Backups… through the real window and database."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reflect import backups, checkins
from ui.safety.export_flow import CSV_FILTER, JSON_FILTER

SHOTS = Path(__file__).resolve().parents[2] / "shots" / "safety"


def _save_as(monkeypatch, path: Path, kind: str = JSON_FILTER) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), kind))


def _open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _answer(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _shoot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_export_json_writes_a_private_file_and_says_where(qtbot, window_on, tmp_path, monkeypatch):
    session, _ = window_on
    target = tmp_path / "out" / "mine"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(session.window.message_shown, timeout=10000) as shown:
        session.window.actions["export"].trigger()
    written = target.with_name("mine.json")
    assert shown.args[0].startswith(f"Exported everything to {written} (")
    assert "Only you can read it" in shown.args[0]
    document = json.loads(written.read_text())
    assert document["format"] == "reflect-export" and len(document["checkins"]) == 4
    assert _mode(written) == 0o600
    assert not list(written.parent.glob("*.partial"))
    box = session.window.findChild(QMessageBox, "resultMessage")
    _shoot(box, "export-result.png")


def test_export_csv_writes_a_folder_of_tables(qtbot, window_on, tmp_path, monkeypatch):
    session, _ = window_on
    _save_as(monkeypatch, tmp_path / "tables.json", CSV_FILTER)
    with qtbot.waitSignal(session.window.message_shown, timeout=10000) as shown:
        session.window.actions["export"].trigger()
    folder = tmp_path / "tables"
    assert shown.args[0].startswith("Exported 15 tables as CSV files")
    assert (folder / "checkins.csv").is_file()
    assert {_mode(p) for p in folder.iterdir()} == {0o600}


def test_cancelled_dialogs_do_nothing(qtbot, window_on, monkeypatch, profile):
    session, _ = window_on
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    qtbot.waitUntil(lambda: not session.runner.busy)  # the first page has finished loading
    session.window.actions["export"].trigger()
    session.window.actions["restore"].trigger()
    assert not session.runner.busy


def test_restore_backs_up_then_replaces_and_the_pages_refresh(
    qtbot, window_on, tmp_path, monkeypatch, profile
):
    session, data = window_on
    window = session.window
    _save_as(monkeypatch, tmp_path / "before.json")
    with qtbot.waitSignal(window.message_shown, timeout=10000):
        window.actions["export"].trigger()
    # a check-in more after the export: the restore takes it away, the backup keeps it
    session.runner.run(
        lambda: checkins.record_checkin(checkins.CheckIn(data.week - 4, workload=1))
    ).result(timeout=10)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _open(monkeypatch, tmp_path / "before.json")
    window.actions["restore"].trigger()
    assert "A backup of the current data is made first" in asked[0]
    qtbot.waitUntil(lambda: not session.runner.busy)
    assert "before-restore" not in [b.reason for b in backups.backups(profile)]  # said no

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    history = window.pages["history"]
    with (
        qtbot.waitSignal(window.message_shown, timeout=10000) as shown,
        qtbot.waitSignal(history.data_loaded, timeout=10000),
    ):
        window.actions["restore"].trigger()
    assert shown.args[0].startswith("Restored 3 networks, 4 check-ins and 4 goals")
    rows = [history.model.row_at(r) for r in range(history.model.rowCount())]
    assert sum(not r.is_gap for r in rows) == 4  # and week − 4 is a gap again
    weeks = session.runner.run(checkins.checked_in_weeks).result(timeout=10)
    assert data.week - 4 not in weeks
    made = backups.backups(profile)
    assert "before-restore" in [b.reason for b in made]


def test_backups_dialog_lists_makes_and_restores(qtbot, window_on, monkeypatch, profile):
    session, _ = window_on
    window = session.window
    backups.back_up(profile.database_path, profile, "manual")
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 2, timeout=10000)
    reasons = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert reasons[0] == "Made by you" and "Daily, automatic" in reasons
    assert dialog.table.item(0, 2).text().endswith("KB")
    count = dialog.table.rowCount()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.back_up_button.click()
    assert dialog.table.rowCount() == count + 1
    made = [b.made_at for b in dialog.items]
    assert made == sorted(made, reverse=True)  # newest first
    _shoot(dialog, "backups-dialog.png")

    opened = []
    monkeypatch.setattr(
        "ui.safety.backups_dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    dialog.folder_button.click()
    assert opened[0].toLocalFile() == str(profile.backups_dir)

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    with (
        qtbot.waitSignal(dialog.loaded, timeout=10000),
        qtbot.waitSignal(window.message_shown, timeout=10000) as shown,
    ):
        dialog.restore_button.click()
    assert "4 check-ins" in shown.args[0]
    assert "Before a restore" in [
        dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
    ]


@pytest.mark.parametrize("name", ["garbage.json"])
def test_a_bad_file_is_refused_and_nothing_changes(qtbot, window_on, tmp_path, monkeypatch, name):
    session, _ = window_on
    bad = tmp_path / name
    bad.write_text("{not json")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _open(monkeypatch, bad)
    with qtbot.waitSignal(session.hook.error_shown, timeout=10000) as shown:
        session.window.actions["restore"].trigger()
    assert "not a Reflect export or backup" in shown.args[0]
    session.window.findChild(QMessageBox, "errorMessage").close()
    weeks = session.runner.run(checkins.checked_in_weeks).result(timeout=10)
    assert len(weeks) == 4
