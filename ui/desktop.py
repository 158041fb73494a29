"""What makes Reflect a good desktop citizen, built beside the main window: the welcome on a
first start, the weekly reminder (tray or banner), the settings dialog, the theme, autostart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from reflect.profile import Profile
from reflect.weeks import IsoWeek
from ui.first_run.first_run_flow import FirstRunFlow, launch_demo
from ui.main_window import MainWindow
from ui.reminders.autostart import set_autostart
from ui.reminders.reminder_controller import ReminderController
from ui.reminders.reminder_presenter import ReminderPresenter, make_tray
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.theme import ThemeFollower

if TYPE_CHECKING:  # loads when first opened, not at start-up
    from ui.settings_dialog import SettingsDialog


class Desktop(QObject):
    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        settings: Settings,
        profile: Profile,
        *,
        current_week: Callable[[], IsoWeek] = IsoWeek.current,
        clock: Callable[[], datetime] = datetime.now,
    ):
        super().__init__(window)
        self.window = window
        self._settings = settings
        self._profile = profile
        self.theme: ThemeFollower | None = None
        self.tray: QSystemTrayIcon | None = None
        self.first_run = FirstRunFlow(runner, settings, current_week, window)
        self.first_run.set_up_done.connect(self._on_set_up_done)
        self.first_run.demo_requested.connect(launch_demo)
        self.reminders = ReminderController(runner, settings, clock, self)
        self.presenter: ReminderPresenter | None = None
        window.actions["settings"].triggered.connect(self.open_settings)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.first_run.dismiss()  # a welcome left open would keep the app running
            self.reminders.timer.stop()
        return False

    def start(self, *, minimized: bool = False, theme: bool = True, tray: bool = True) -> None:
        """After the window is built: theme, tray, reminder, and the welcome if it is due."""
        app = QApplication.instance()
        if theme and isinstance(app, QApplication):
            self.theme = ThemeFollower(app, self._settings.theme())
        self.tray = make_tray(self.window, self.reminders) if tray else None
        self.presenter = ReminderPresenter(self.reminders, self.window, self.tray)
        if minimized:
            if self.tray is not None:
                self.window.hide()  # in the tray until the user opens it
            else:
                self.window.showMinimized()
        self.first_run.offer()
        self.reminders.start()

    def open_settings(self) -> SettingsDialog:
        """Edit → Settings…: non-blocking; applied on OK or Apply."""
        from ui.settings_dialog import SettingsDialog  # loads when first opened

        dialog = SettingsDialog(
            self._settings, self._profile, self.window, tray_available=self.tray is not None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_applied.connect(self._on_settings_applied)
        dialog.open()
        return dialog

    def _on_settings_applied(self) -> None:
        if self.theme is not None:
            self.theme.apply(self._settings.theme())
        set_autostart(self._settings.autostart(), self._profile.directory)
        self.reminders.evaluate()

    def _on_set_up_done(self, _done: object) -> None:
        for page in self.window.pages.values():
            page.refresh()
        self.window.show_page("this_week")
