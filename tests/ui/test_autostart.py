"""The login autostart entry lives in $XDG_CONFIG_HOME/autostart and starts in the tray."""

from __future__ import annotations

import shutil
import subprocess

from ui.reminders.autostart import autostart_enabled, autostart_path, set_autostart


def test_the_entry_is_written_and_removed_where_xdg_says(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "my config"))
    profile = tmp_path / "my profile"
    path = set_autostart(True, profile)
    assert path == tmp_path / "my config" / "autostart" / "io.github.reflect.Reflect.desktop"
    assert autostart_enabled()
    exec_line = next(line for line in path.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f'--data-dir "{profile}" --minimized')
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    set_autostart(False)
    assert not autostart_path().exists() and not autostart_enabled()
    set_autostart(False)  # already off: nothing to do, no error


def test_without_xdg_config_home_it_goes_to_dot_config(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart_path() == tmp_path / ".config" / "autostart" / autostart_path().name
