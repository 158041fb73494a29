"""Everything the app writes is private to the user, and nothing needs the network."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from reflect import backups, checkins
from reflect.checkins import CheckIn, Entry
from reflect.profile import ProfileLock
from ui.safety.export_flow import CSV_FILTER, JSON_FILTER


def _modes(folder: Path) -> dict[str, int]:
    found = {folder.name + "/": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        name = str(path.relative_to(folder)) + ("/" if path.is_dir() else "")
        found[name] = stat.S_IMODE(path.stat().st_mode)
    return found


def _not_private(folder: Path) -> dict[str, str]:
    return {
        name: oct(mode)
        for name, mode in _modes(folder).items()
        if mode != (0o700 if name.endswith("/") else 0o600)
    }


def _session_flows(qtbot, session, data, exports: Path, monkeypatch) -> None:
    """Open (done), save a check-in, export JSON and CSV, back up now."""
    window = session.window
    entry = Entry(data.blog.id, posts=1, note="written by me")
    session.runner.run(lambda: checkins.record_checkin(CheckIn(data.week, 3, entries=(entry,))))
    for target, kind in ((exports / "all.json", JSON_FILTER), (exports / "tables", CSV_FILTER)):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, t=target, k=kind: (str(t), k)
        )
        with qtbot.waitSignal(window.message_shown, timeout=10000):
            window.actions["export"].trigger()
    with qtbot.waitSignal(window.backup_made, timeout=10000):
        window.actions["back_up"].trigger()


def test_every_file_of_a_session_is_private(qtbot, start, profile, tmp_path, monkeypatch):
    lock = ProfileLock(profile).acquire()  # as run_gui does
    session, data = start()
    qtbot.waitUntil(lambda: bool(backups.backups(profile)), timeout=10000)  # the daily one
    exports = tmp_path / "exports"
    _session_flows(qtbot, session, data, exports, monkeypatch)
    names = set(_modes(profile.directory))
    assert {"reflect.sqlite3", "reflect.sqlite3-wal", "reflect.sqlite3-shm"} <= names
    assert {"reflect.lock", "backups/"} <= names
    assert _not_private(profile.directory) == {}
    assert {p.name for p in (exports / "tables").iterdir()} >= {"checkins.csv"}
    export_modes = {n: m for n, m in _modes(exports).items() if not n.endswith("/")}
    assert export_modes and set(export_modes.values()) == {0o600}
    session.close()  # writes ui-settings.ini
    lock.release()
    assert "ui-settings.ini" in _modes(profile.directory)
    assert _not_private(profile.directory) == {}


@pytest.fixture
def no_network(monkeypatch):
    tried: list[tuple] = []

    def refuse(*args, **kwargs):
        tried.append(args)
        raise OSError("the network is forbidden in this test")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    return tried


def test_the_main_flows_work_with_the_network_forbidden(
    qtbot, no_network, start, profile, tmp_path, monkeypatch
):
    session, data = start()
    qtbot.waitUntil(lambda: bool(backups.backups(profile)), timeout=10000)
    _session_flows(qtbot, session, data, tmp_path / "exports", monkeypatch)
    weeks = session.runner.run(checkins.checked_in_weeks).result(timeout=10)
    assert data.week in weeks
    assert (tmp_path / "exports" / "all.json").is_file()
    assert no_network == []
