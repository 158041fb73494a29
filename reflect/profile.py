"""Where a profile lives on disk, and the lock that keeps one process per profile."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reflect import APP_NAME
from reflect.errors import ProfileInUse

DB_NAME = "reflect.sqlite3"
ENV_DATA_DIR = "REFLECT_DATA_DIR"
#: How many daily and weekly automatic backups a profile keeps unless its settings say.
KEEP_DAILY = 7
KEEP_WEEKLY = 8


def default_data_dir() -> Path:
    """The same folder as Qt's ``QStandardPaths.AppDataLocation`` for an app named Reflect.

    Computed without Qt so the command line works on a machine with no screen; a GUI test
    checks the two agree.
    """
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME


def resolve_data_dir(option: str | None = None) -> Path:
    """``--data-dir`` wins, then ``REFLECT_DATA_DIR``, then the platform's default."""
    chosen = option or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().absolute() if chosen else default_data_dir()


@dataclass(frozen=True, slots=True)
class Profile:
    """A profile directory: the database, its backups and its lock."""

    directory: Path

    @property
    def database_path(self) -> Path:
        return self.directory / DB_NAME

    @property
    def backups_dir(self) -> Path:
        return self.directory / "backups"

    @property
    def lock_path(self) -> Path:
        return self.directory / "reflect.lock"

    def ensure(self) -> Profile:
        """Create the directory private to the user (0700), or make it so."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        _chmod(self.directory, 0o700)
        return self


def _chmod(path: Path, mode: int) -> None:
    if sys.platform != "win32":
        os.chmod(path, mode)


def make_private_file(path: Path) -> None:
    """Make ``path`` readable by its owner only (0600)."""
    _chmod(path, 0o600)


class ProfileLock:
    """An advisory lock on the profile: the holder is the one process that writes to it.

    The operating system drops the lock when the process dies, so a crash never leaves a
    stale lock behind.
    """

    def __init__(self, profile: Profile):
        self.profile = profile
        self._fd: int | None = None

    def acquire(self) -> ProfileLock:
        self.profile.ensure()
        fd = os.open(self.profile.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise ProfileInUse(str(self.profile.directory)) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> ProfileLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
