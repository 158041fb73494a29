"""How a due reminder reaches the user: a banner above the page and, where the desktop has
a system tray, a notification from the tray icon (whose menu has the same choices)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from reflect import APP_NAME
from reflect.reminders import Reminder
from ui.reminders.reminder_controller import ReminderController
from ui.text import week_label
from ui.theme import app_icon


class ReminderBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "QFrame#reminderBanner { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.check_in = QPushButton(self.tr("&Check in now"))
        self.later = QPushButton(self.tr("&Later today"))
        self.skip = QPushButton(self.tr("S&kip this week"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.text, 1)
        for button in (self.check_in, self.later, self.skip):
            row.addWidget(button)
        self.hide()


class ReminderPresenter(QObject):
    """Wires the controller to the window: ``window`` is the MainWindow."""

    def __init__(self, controller: ReminderController, window, tray: QSystemTrayIcon | None):
        super().__init__(window)
        self._controller = controller
        self._window = window
        self.tray = tray
        self.banner = ReminderBanner()
        window.banner_area.addWidget(self.banner)
        self.banner.check_in.clicked.connect(self._on_check_in_clicked)
        self.banner.later.clicked.connect(controller.later_today)
        self.banner.skip.clicked.connect(controller.skip_week)
        controller.reminder_due.connect(self._on_reminder_due)
        controller.reminder_cleared.connect(self.banner.hide)
        window.checkin.checkin_saved.connect(lambda _saved: controller.evaluate())
        if tray is not None:
            tray.messageClicked.connect(self._on_check_in_clicked)

    def sentence(self, reminder: Reminder) -> str:
        return self.tr("Time for the check-in of %s: two or three minutes.") % (
            week_label(reminder.week.label())
        )

    def _on_reminder_due(self, reminder: Reminder) -> None:
        self.banner.text.setText(self.sentence(reminder))
        self.banner.show()
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(APP_NAME, self.sentence(reminder), app_icon(), 15_000)

    def _on_check_in_clicked(self) -> None:
        reminder = self._controller.showing
        self._window.activate()
        self._window.checkin.open(reminder.week if reminder else None)


def make_tray(window, controller: ReminderController) -> QSystemTrayIcon | None:
    """A tray icon with the reminder's choices, where the desktop has a tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), window)
    tray.setToolTip(APP_NAME)
    menu = QMenu(window)
    menu.addAction(QCoreApplication.translate("TrayMenu", "Show Reflect"), window.activate)
    menu.addAction(
        QCoreApplication.translate("TrayMenu", "Check in…"),
        lambda: (window.activate(), window.checkin.open()),
    )
    menu.addAction(QCoreApplication.translate("TrayMenu", "Later today"), controller.later_today)
    menu.addAction(QCoreApplication.translate("TrayMenu", "Skip this week"), controller.skip_week)
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("TrayMenu", "Quit"),
        lambda: (window.close(), QApplication.quit()),
    )
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: (
            window.activate() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
        )
    )
    tray.show()
    return tray
