"""UI settings live in a private INI file inside the profile."""

from __future__ import annotations

import stat

from PySide6.QtCore import QByteArray

from ui.settings import FILE_NAME, Settings


def test_settings_round_trip_in_a_private_file(qapp, profile):
    settings = Settings.for_profile(profile)
    assert settings.path == profile.directory / FILE_NAME
    assert (settings.window_geometry(), settings.current_page(), settings.trend_period()) == (
        None,
        None,
        None,
    )
    settings.set_current_page("history")
    settings.set_trend_period("1y")
    settings.set_window_geometry(QByteArray(b"\x01\x02geometry"))
    assert stat.S_IMODE(settings.path.stat().st_mode) == 0o600

    again = Settings.for_profile(profile)
    assert again.current_page() == "history"
    assert again.trend_period() == "1y"
    assert bytes(again.window_geometry().data()) == b"\x01\x02geometry"
    assert stat.S_IMODE(profile.directory.stat().st_mode) == 0o700


def test_setting_what_is_kept_already_does_not_write_the_file(qapp, profile):
    settings = Settings.for_profile(profile)
    settings.set_current_page("history")
    settings.path.write_text(settings.path.read_text() + "; untouched\n")  # a mark to keep
    settings.set_current_page("history")
    assert settings.path.read_text().endswith("; untouched\n")
    settings.set_current_page("trends")
    assert not settings.path.read_text().endswith("; untouched\n")
    assert Settings.for_profile(profile).current_page() == "trends"


def test_language_and_theme_default_to_the_system_and_persist(tmp_path):
    from ui.settings import Settings

    settings = Settings(tmp_path / "ui.ini")
    assert settings.language() == ""
    assert settings.theme() == "system"
    settings.set_language("de")
    settings.set_theme("dark")
    again = Settings(tmp_path / "ui.ini")
    assert (again.language(), again.theme()) == ("de", "dark")
