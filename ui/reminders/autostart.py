"""Start Reflect at login: a freedesktop autostart entry in ``$XDG_CONFIG_HOME/autostart``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

FILE_NAME = "io.github.reflect.Reflect.desktop"
MINIMIZED = "--minimized"


def autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def autostart_path() -> Path:
    return autostart_dir() / FILE_NAME


def entry_text(data_dir: Path | None = None) -> str:
    """The entry: this Python running Reflect minimised to the tray (on this profile)."""
    command = [sys.executable, "-m", "reflect"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command.append(MINIMIZED)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Reflect\n"
        "Comment=Weekly check-in reminder\n"
        f"Exec={' '.join(_quoted(part) for part in command)}\n"
        "Icon=io.github.reflect.Reflect\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _quoted(argument: str) -> str:
    """Quoted as the Desktop Entry spec wants (double quotes, backslash escapes)."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def set_autostart(on: bool, data_dir: Path | None = None) -> Path:
    """Write the entry (0600) or remove it; returns its path."""
    path = autostart_path()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(entry_text(data_dir))
        os.replace(temporary, path)
    else:
        path.unlink(missing_ok=True)
    return path


def autostart_enabled() -> bool:
    return autostart_path().exists()
