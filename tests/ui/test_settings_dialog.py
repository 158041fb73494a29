"""Edit → Settings…: written only on OK/Apply; theme live; autostart entry; open folders."""

from __future__ import annotations

import stat
from datetime import time

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reflect.reminders import ReminderSettings
from ui.reminders.autostart import autostart_path
from ui.settings import Settings
from ui.settings_dialog import SettingsDialog
from ui.shortcuts_dialog import ShortcutsDialog
from ui.theme import ThemeFollower, light_palette


class Opened(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_settings_are_written_only_on_apply_and_take_effect(qtbot, start, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    session, _ = start()
    app = QApplication.instance()
    before = app.palette()
    session.desktop.theme = ThemeFollower(app, "light")
    try:
        dialog = session.desktop.open_settings()
        assert dialog.remind.isChecked() and dialog.weekday.currentData() == 7
        assert dialog.time.time().toString("HH:mm") == "18:00"
        assert "Monday to Sunday" in dialog.weeks.text()
        dialog.weekday.setCurrentIndex(0)  # Monday
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.autostart.setChecked(True)
        dialog.keep_daily.setValue(3)
        assert Settings(session.settings.path).reminder().weekday == 7  # nothing written yet
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
        again = Settings(session.settings.path)
        assert again.reminder() == ReminderSettings(True, 1, time(18, 0))
        assert (again.theme(), again.language(), again.backups_kept()) == ("dark", "de", (3, 8))
        dark = app.palette().color(QPalette.ColorRole.Window)
        assert dark.lightness() < 80  # the whole app went dark, live
        entry = autostart_path()
        assert entry == tmp_path / "config" / "autostart" / "io.github.reflect.Reflect.desktop"
        text = entry.read_text()
        assert "--minimized" in text and str(session.profile.directory) in text
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600

        dialog.autostart.setChecked(False)
        dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not entry.exists()
        assert app.palette().color(QPalette.ColorRole.Window) == light_palette().color(
            QPalette.ColorRole.Window
        )
    finally:
        app.setPalette(before)


def test_cancel_writes_nothing(qtbot, start):
    session, _ = start()
    dialog = session.desktop.open_settings()
    dialog.remind.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert Settings(session.settings.path).reminder().enabled


def test_open_folder_buttons_open_the_data_and_backups_folders(qtbot, start):
    session, _ = start()
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        session.window.actions["settings"].trigger()  # Edit → Settings…, Ctrl+,
        settings_dialog = session.window.findChild(SettingsDialog)
        settings_dialog.open_data.click()
        settings_dialog.open_backups.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    paths = [url.toLocalFile() for url in opened.urls]
    assert paths == [str(session.profile.directory), str(session.profile.backups_dir)]


def test_the_shortcuts_dialog_lists_the_real_actions(qtbot, start):
    session, _ = start()
    window = session.window
    rows = dict(ShortcutsDialog(list(window.actions.values()), window).rows())
    assert rows["Check in"] == "Ctrl+K"
    assert rows["New goal"] == "Ctrl+N"
    assert rows["Import activity"] == "Ctrl+I" and rows["Export"] == "Ctrl+E"
    assert rows["Settings"] == "Ctrl+,"
    assert [rows[t] for t in ("This week", "Trends", "Goals", "Networks", "History")] == [
        f"Ctrl+{n}" for n in range(1, 6)
    ]
    window.actions["check_in"].setShortcut("Ctrl+Shift+K")  # changes show: no second list
    assert dict(ShortcutsDialog(list(window.actions.values()), window).rows())["Check in"] == (
        "Ctrl+Shift+K"
    )


def test_page_shortcuts_switch_pages(qtbot, start):
    session, _ = start()
    window = session.window
    window.actions["page_networks"].trigger()
    assert window.current_page_key() == "networks"
    window.actions["new_goal"].trigger()
    assert window.current_page_key() == "goals"
