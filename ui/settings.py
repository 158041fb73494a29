"""The UI's own settings: the only module that knows their keys.

They live in an INI file inside the profile directory (never in the platform's registry or
a shared location), private to the user, so each profile, and each test, has its own.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reflect.profile import KEEP_DAILY, KEEP_WEEKLY, Profile
from reflect.reminders import ReminderSettings, ReminderState
from reflect.weeks import IsoWeek

FILE_NAME = "ui-settings.ini"

_GEOMETRY = "window/geometry"
_PAGE = "window/page"
_TREND_PERIOD = "trends/period"
_LANGUAGE = "appearance/language"
_THEME = "appearance/theme"

_FIRST_RUN = "start/first_run_done"
_AUTOSTART = "start/autostart"
_REMINDER_ON = "reminder/enabled"
_REMINDER_DAY = "reminder/weekday"
_REMINDER_TIME = "reminder/time"
_REMINDER_SNOOZED = "reminder/snoozed_until"
_REMINDER_SKIPPED = "reminder/skipped_week"
_KEEP_DAILY = "backups/keep_daily"
_KEEP_WEEKLY = "backups/keep_weekly"

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

    def first_run_done(self) -> bool:
        return self._text(_FIRST_RUN) == "yes"

    def set_first_run_done(self) -> None:
        self._set(_FIRST_RUN, "yes")

    def autostart(self) -> bool:
        return self._text(_AUTOSTART) == "yes"

    def set_autostart(self, on: bool) -> None:
        self._set(_AUTOSTART, "yes" if on else "no")

    def reminder(self) -> ReminderSettings:
        """Day and time of the weekly reminder; Sunday 18:00 and on unless changed."""
        default = ReminderSettings()
        day = self._number(_REMINDER_DAY, default.weekday)
        try:
            at = time.fromisoformat(self._text(_REMINDER_TIME) or "")
        except ValueError:
            at = default.at
        return ReminderSettings(
            self._text(_REMINDER_ON) != "no", day if 1 <= day <= 7 else default.weekday, at
        )

    def set_reminder(self, reminder: ReminderSettings) -> None:
        self._store.setValue(_REMINDER_ON, "yes" if reminder.enabled else "no")
        self._store.setValue(_REMINDER_DAY, reminder.weekday)
        self._set(_REMINDER_TIME, reminder.at.strftime("%H:%M"))

    def reminder_state(self) -> ReminderState:
        """What the user answered the last reminder: "later today", "skip this week"."""
        try:
            until = datetime.fromisoformat(self._text(_REMINDER_SNOOZED) or "")
        except ValueError:
            until = None
        try:
            week = IsoWeek.parse(self._text(_REMINDER_SKIPPED) or "")
        except ValueError:
            week = None
        return ReminderState(until, week)

    def set_reminder_state(self, state: ReminderState) -> None:
        until = state.snoozed_until.isoformat(timespec="minutes") if state.snoozed_until else ""
        self._store.setValue(_REMINDER_SNOOZED, until)
        self._set(_REMINDER_SKIPPED, str(state.skipped_week) if state.skipped_week else "")

    def backups_kept(self) -> tuple[int, int]:
        """How many daily and weekly automatic backups to keep."""
        return (
            max(1, self._number(_KEEP_DAILY, KEEP_DAILY)),
            max(0, self._number(_KEEP_WEEKLY, KEEP_WEEKLY)),
        )

    def set_backups_kept(self, daily: int, weekly: int) -> None:
        self._store.setValue(_KEEP_DAILY, max(1, daily))
        self._set(_KEEP_WEEKLY, max(0, weekly))

    def sync(self) -> None:
        """Write to disk now, keeping the file private (0600)."""
        self._store.sync()
        if sys.platform != "win32" and self.path.exists():
            os.chmod(self.path, 0o600)

    def _text(self, key: str) -> str | None:
        value = self._store.value(key)
        return value if isinstance(value, str) and value else None

    def _number(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: object) -> None:
        """Keep ``value`` and write the file now; a value it holds already writes nothing (the
        window restores its page at every start)."""
        if self._store.contains(key) and self._store.value(key) == value:
            return
        self._store.setValue(key, value)
        self.sync()
