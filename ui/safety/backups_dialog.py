"""File → Backups…: the profile's backups, newest first, to restore one or make one now."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect import backups
from reflect.backups import Backup
from reflect.db_handle import DatabaseHandle
from reflect.profile import Profile
from ui.safety.restore_flow import RestoreFlow
from ui.tasks import TaskRunner
from ui.text import size_words

REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily, automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
}


def reason_words(reason: str) -> str:
    if reason.startswith("before-migration"):
        return QCoreApplication.translate("BackupsDialog", "Before an upgrade of Reflect")
    return QCoreApplication.translate(
        "BackupsDialog", REASONS.get(reason, reason.replace("-", " ").capitalize())
    )


class BackupsDialog(QDialog):
    loaded = Signal(list)

    def __init__(
        self,
        runner: TaskRunner,
        database: DatabaseHandle,
        profile: Profile,
        restorer: RestoreFlow,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)
        self._runner, self._database, self._profile = runner, database, profile
        self._restorer = restorer
        self.items: list[Backup] = []
        intro = QLabel(
            self.tr(
                "Backups are kept in {folder}: one a day for the last 7 days and "
                "one a week for 8 weeks before that, plus each one made before an "
                "import, a restore or an upgrade."
            ).format(folder=profile.backups_dir)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.back_up_button.clicked.connect(self._on_back_up_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._restorer.restored.connect(self._on_restored)
        row = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        profile = self._profile
        self._runner.run_op(lambda: backups.backups(profile), self._fill)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _fill(self, found: list[Backup]) -> None:
        self.items = found
        self.table.setRowCount(len(found))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, backup in enumerate(found):
            made = backup.made_at.astimezone().strftime("%a %d %b %Y, %H:%M:%S")
            cells = (made, reason_words(backup.reason), size_words(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(backup.path.name)
                if column == 2:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        if found:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit(found)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _on_back_up_clicked(self) -> None:
        database, profile = self._database, self._profile
        self._runner.run_op(
            lambda: backups.back_up(database.database, profile), lambda _: self.refresh()
        )

    def _on_restore_clicked(self) -> None:
        backup = self.selected()
        if backup is not None:
            self._restorer.restore(backup.path)

    def _on_restored(self, _summary: object) -> None:
        self.refresh()  # the "before-restore" backup is new

    def _on_folder_clicked(self) -> None:
        self._profile.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._profile.backups_dir)))
