"""At start-up, a damaged database: say what is wrong and offer the newest good backup.

Nothing here creates a fresh database over the damaged one or writes into it; restoring the
offered backup renames the damaged file aside first (``reflect.backups.recover_from_backup``).
This runs before the window exists, so its database work on the UI thread is start-up work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect import APP_NAME
from reflect.backups import Backup, newest_good_backup, recover_from_backup
from reflect.db import open_database
from reflect.errors import DatabaseDamaged, StorageError
from reflect.profile import Profile
from ui.safety.backups_dialog import reason_words
from ui.text import error_words, size_words


def explanation(error: DatabaseDamaged, backup: Backup | None) -> str:
    said = QCoreApplication.translate(
        "DamagedDialog",
        "Reflect cannot open your data: the file {path} is damaged "
        "({detail}).\n\nReflect has not changed it and has not made a new one in "
        "its place.",
    ).format(path=error.path, detail=error.detail)
    if backup is None:
        return QCoreApplication.translate(
            "DamagedDialog",
            "{said}\n\nThere is no backup that passes SQLite's checks in the backups "
            "folder. Keep the file: a copy of it may be recoverable with SQLite's "
            "own tools.",
        ).format(said=said)
    local = backup.made_at.astimezone()
    made = QCoreApplication.translate("DamagedDialog", "{day} at {time}").format(
        day=QLocale().toString(QDate(local.year, local.month, local.day), "dddd dd MMMM yyyy"),
        time=f"{local:%H:%M}",
    )
    return QCoreApplication.translate(
        "DamagedDialog",
        "{said}\n\nThe newest good backup was made on {made} ({reason}, {size}). "
        "Restoring it brings back everything up to that moment. The damaged file "
        "is kept beside it under a new name, never deleted.",
    ).format(
        said=said,
        made=made,
        reason=reason_words(backup.reason).lower(),
        size=size_words(backup.size),
    )


class DamagedDialog(QDialog):
    def __init__(self, error: DatabaseDamaged, backup: Backup | None, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        self.setWindowTitle(self.tr("{app} — your data needs attention").format(app=APP_NAME))
        self.setMinimumWidth(560)
        self.text = QLabel(explanation(error, backup))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = buttons.addButton(
                self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, error: DatabaseDamaged, backup: Backup | None) -> bool:
        """True when the user chose to restore ``backup``."""
        dialog = cls(error, backup, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and backup is not None


def offer_recovery(
    profile: Profile,
    error: DatabaseDamaged,
    ask: Callable[[QWidget | None, DatabaseDamaged, Backup | None], bool] | None = None,
) -> tuple[Any, str] | None:
    """The database opened from the newest good backup and a sentence saying what was done,
    or None when the user quit (or there was nothing to offer)."""
    backup = newest_good_backup(profile)
    if not (ask or DamagedDialog.ask)(None, error, backup) or backup is None:
        return None
    try:
        aside = recover_from_backup(profile, backup)
        database = open_database(profile)
    except StorageError as failure:
        QMessageBox.critical(None, APP_NAME, error_words(failure))
        return None
    return database, (
        QCoreApplication.translate(
            "DamagedDialog", "Restored the backup {name}. The damaged file is kept as {aside}."
        ).format(name=backup.path.name, aside=aside)
    )
