"""Edit → Settings…: reminder, start at login, weeks and time zone, theme, language,
backups and the data folder. Writes the settings only on OK or Apply."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTime, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.profile import Profile
from reflect.reminders import ReminderSettings
from ui.forms import add_row, select_data
from ui.settings import THEMES, Settings

LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("en", "English"),
    ("de", "Deutsch"),
)


class SettingsDialog(QDialog):
    settings_applied = Signal()  # after OK or Apply wrote the settings

    def __init__(
        self,
        settings: Settings,
        profile: Profile,
        parent: QWidget | None = None,
        *,
        tray_available: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._profile = profile
        layout = QVBoxLayout(self)
        layout.addWidget(self._reminder_box(tray_available))
        layout.addWidget(self._appearance_box())
        layout.addWidget(self._data_box())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)
        layout.addWidget(self.buttons)
        self.load()

    # -- the parts ------------------------------------------------------------------------

    def _reminder_box(self, tray_available: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Weekly reminder"))
        form = QFormLayout(box)
        self.remind = QCheckBox(self.tr("&Remind me when the week has no check-in yet"))
        form.addRow(self.remind)
        self.weekday = QComboBox()
        locale = QLocale()
        for day in range(1, 8):
            self.weekday.addItem(locale.dayName(day), day)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.weekday)
        when.addWidget(self.time)
        when.addStretch(1)
        add_row(form, self.tr("&On"), when, self.weekday)
        self.time.setAccessibleName(self.tr("Reminder time"))
        self.autostart = QCheckBox(self.tr("&Start Reflect when I log in"))
        if tray_available:
            self.autostart.setText(self.tr("&Start Reflect when I log in, quietly in the tray"))
        form.addRow(self.autostart)
        zone = QTimeZone.systemTimeZone()
        name = bytes(zone.id().data()).decode() or zone.displayName(QTimeZone.TimeType.GenericTime)
        self.weeks = QLabel(
            self.tr(
                "Weeks run Monday to Sunday (ISO 8601 weeks), in your computer's time zone: %s."
            )
            % name
        )
        self.weeks.setWordWrap(True)
        self.weeks.setObjectName("muted")
        form.addRow(self.weeks)
        return box

    def _appearance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(box)
        self.theme = QComboBox()
        words = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for key in THEMES:
            self.theme.addItem(words[key], key)
        add_row(form, self.tr("&Theme"), self.theme, self.theme)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        add_row(form, self.tr("&Language"), self.language, self.language)
        note = QLabel(self.tr("A new language applies the next time Reflect starts."))
        note.setObjectName("muted")
        form.addRow(note)
        return box

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"))
        form = QFormLayout(box)
        self.data_folder = self._path_field(self._profile.directory, self.tr("Data folder"))
        self.open_data = QPushButton(self.tr("Open &folder"))
        self.open_data.setAccessibleName(self.tr("Open the data folder"))
        self.open_data.clicked.connect(lambda: self._open(self._profile.directory))
        form.addRow(self.tr("Data folder"), self._pair(self.data_folder, self.open_data))
        self.backups_folder = self._path_field(self._profile.backups_dir, self.tr("Backups folder"))
        self.open_backups = QPushButton(self.tr("Open f&older"))
        self.open_backups.setAccessibleName(self.tr("Open the backups folder"))
        self.open_backups.clicked.connect(lambda: self._open(self._profile.backups_dir))
        form.addRow(self.tr("Backups folder"), self._pair(self.backups_folder, self.open_backups))
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 60)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 104)
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        add_row(form, self.tr("Keep &daily backups for"), self.keep_daily, self.keep_daily)
        add_row(form, self.tr("then one &weekly backup for"), self.keep_weekly, self.keep_weekly)
        return box

    @staticmethod
    def _path_field(path, name: str) -> QLineEdit:
        """A folder's path: read-only, selectable, scrolls when it is long."""
        field = QLineEdit(str(path))
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setMinimumWidth(260)
        field.setCursorPosition(0)
        return field

    @staticmethod
    def _pair(label: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(button)
        return row

    def _open(self, folder) -> None:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- values ---------------------------------------------------------------------------

    def load(self) -> None:
        s = self._settings
        reminder = s.reminder()
        self.remind.setChecked(reminder.enabled)
        select_data(self.weekday, reminder.weekday)
        self.time.setTime(QTime(reminder.at.hour, reminder.at.minute))
        self.autostart.setChecked(s.autostart())
        select_data(self.theme, s.theme())
        select_data(self.language, s.language())
        daily, weekly = s.backups_kept()
        self.keep_daily.setValue(daily)
        self.keep_weekly.setValue(weekly)

    def apply(self) -> None:
        s = self._settings
        at = self.time.time().toPython()
        s.set_reminder(ReminderSettings(self.remind.isChecked(), self.weekday.currentData(), at))
        s.set_autostart(self.autostart.isChecked())
        s.set_theme(self.theme.currentData())
        s.set_language(self.language.currentData())
        s.set_backups_kept(self.keep_daily.value(), self.keep_weekly.value())
        self.settings_applied.emit()

    def _on_ok_clicked(self) -> None:
        self.apply()
        self.accept()
