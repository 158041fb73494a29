"""The UI's own settings: the only module that knows their keys.

They live in an INI file inside the profile directory (never in the platform's registry or
a shared location), private to the user, so each profile, and each test, has its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reflect.profile import Profile

FILE_NAME = "ui-settings.ini"

_GEOMETRY = "window/geometry"
_PAGE = "window/page"
_TREND_PERIOD = "trends/period"
_LANGUAGE = "appearance/language"
_THEME = "appearance/theme"

#: Theme choices: follow the system's colour scheme, or force one.
THEMES = ("system", "light", "dark")


class Settings:
    def __init__(self, path: Path):
        self.path = path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def for_profile(cls, profile: Profile) -> Settings:
        return cls(profile.directory / FILE_NAME)

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._set(_GEOMETRY, geometry)

    def current_page(self) -> str | None:
        return self._text(_PAGE)

    def set_current_page(self, key: str) -> None:
        self._set(_PAGE, key)

    def trend_period(self) -> str | None:
        return self._text(_TREND_PERIOD)

    def set_trend_period(self, key: str) -> None:
        self._set(_TREND_PERIOD, key)

    def language(self) -> str:
        """The language the user chose ("de", "en"), or "" to follow the system."""
        return self._text(_LANGUAGE) or ""

    def set_language(self, code: str) -> None:
        self._set(_LANGUAGE, code)

    def theme(self) -> str:
        """One of THEMES; "system" unless the user chose otherwise."""
        value = self._text(_THEME)
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self._set(_THEME, theme)

    def sync(self) -> None:
        """Write to disk now, keeping the file private (0600)."""
        self._store.sync()
        if sys.platform != "win32" and self.path.exists():
            os.chmod(self.path, 0o600)

    def _text(self, key: str) -> str | None:
        value = self._store.value(key)
        return value if isinstance(value, str) and value else None

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(key, value)
        self.sync()
