"""File → Restore…: replace the profile's data with an export or a backup, after a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reflect.db_handle import DatabaseHandle
from reflect.profile import Profile
from reflect.restore import RestoreSummary, replace_from_file
from ui.tasks import TaskRunner

FILTER = QT_TRANSLATE_NOOP(
    "RestoreFlow", "Reflect exports and backups (*.json *.sqlite3);;All files (*)"
)


def confirmation(path: Path) -> str:
    return QCoreApplication.translate(
        "RestoreFlow",
        "Restore from {name}?\n\nEverything in this profile will be replaced by "
        "what that file holds. A backup of the current data is made first (File "
        "→ Backups… lists it), so you can go back.",
    ).format(name=path.name)


class RestoreFlow(QObject):
    """Asks which file and confirms; then backs up and replaces, on the task runner."""

    restored = Signal(object)  # RestoreSummary
    message = Signal(str)

    def __init__(
        self, runner: TaskRunner, database: DatabaseHandle, profile: Profile, parent: QWidget
    ):
        super().__init__(parent)
        self._runner = runner
        self._database = database  # opened on the worker; only handed to reflect's services
        self._profile = profile
        self._parent = parent

    def open(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Restore from an export or a backup"),
            str(Path.home()),
            self.tr(FILTER),
        )
        if chosen:
            self.restore(Path(chosen))

    def restore(self, path: Path) -> bool:
        """Confirm, then restore ``path``; False when the user said no."""
        answer = QMessageBox.question(
            self._parent,
            self.tr("Restore"),
            confirmation(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        database, profile = self._database, self._profile
        self._runner.run_op(
            lambda: replace_from_file(database.database, profile, path),
            lambda summary: self._on_restored(path, summary),
        )
        return True

    def _on_restored(self, path: Path, summary: RestoreSummary) -> None:
        self.restored.emit(summary)
        self.message.emit(
            self.tr(
                "Restored {networks} networks, {checkins} check-ins and {goals} goals "
                "from {name}. What was here before is in the backup made just now (File "
                "→ Backups…)."
            ).format(
                networks=summary.networks,
                checkins=summary.checkins,
                goals=summary.goals,
                name=path.name,
            )
        )
