"""The File menu's care of the data: back up now, restore, the list of backups, and checking
the database. Each loads its dialog or flow the first time it is used, not at start-up.

"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reflect.db_handle import DatabaseHandle
from reflect.profile import Profile
from ui.tasks import TaskRunner
from ui.text import numerus, size_words

if TYPE_CHECKING:
    from reflect.backups import Backup
    from ui.safety.backups_dialog import BackupsDialog
    from ui.safety.restore_flow import RestoreFlow

#: How many of the check's problems the message lists before "…and N more".
LISTED_PROBLEMS = 20


class SafetyActions(QObject):
    backup_made = Signal(object)  # the Backup made by "Back up now"

    def __init__(
        self,
        runner: TaskRunner,
        database: DatabaseHandle,
        profile: Profile,
        window: QWidget,
        show_message: Callable[..., None],
        data_replaced: Callable[[object], None],
    ):
        super().__init__(window)
        self._runner = runner
        self._database = database  # opened on the worker; only handed to reflect's services
        self._profile = profile
        self._window = window
        self._show_message = show_message
        self._data_replaced = data_replaced
        self._restorer: RestoreFlow | None = None

    @property
    def restorer(self) -> RestoreFlow:
        """File → Restore… (and the backups dialog's restore)."""
        if self._restorer is None:
            from ui.safety.restore_flow import RestoreFlow

            self._restorer = RestoreFlow(self._runner, self._database, self._profile, self._window)
            self._restorer.restored.connect(self._data_replaced)
            self._restorer.message.connect(self._show_message)
        return self._restorer

    def open_backups(self) -> BackupsDialog:
        """File → Backups…: the list of backups, non-blocking."""
        from ui.safety.backups_dialog import BackupsDialog

        dialog = BackupsDialog(
            self._runner, self._database, self._profile, self.restorer, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def back_up(self) -> None:
        """File → Back up now."""
        database, profile = self._database, self._profile

        def make() -> Backup:
            from reflect import backups

            return backups.back_up(database.database, profile)

        self._runner.run_op(make, self._on_backup_made)

    def check(self) -> None:
        """File → Check database: SQLite's integrity and foreign-key checks, on the worker."""
        path: Path = self._profile.database_path

        def run() -> list[str]:
            from reflect.db import check_database

            return check_database(path)

        self._runner.run_op(run, lambda problems: self._show_message(*self.check_words(problems)))

    def check_words(self, problems: list[str]) -> tuple[str, QMessageBox.Icon]:
        """What the check found, in words, and how the message looks."""
        if not problems:
            return (
                self.tr(
                    "The database is sound: SQLite's integrity and foreign-key checks found "
                    "no problems."
                ),
                QMessageBox.Icon.Information,
            )
        listed = "\n".join(f"• {p}" for p in problems[:LISTED_PROBLEMS])
        rest = len(problems) - LISTED_PROBLEMS
        more = "\n" + self.tr("…and %n more.", "", rest) if rest > 0 else ""
        found = numerus(
            self.tr("The database check found %n problem(s):", "", len(problems)), len(problems)
        )
        return (
            f"{found}\n{listed}{more}\n"
            + self.tr("Your backups are in the backups folder beside the database."),
            QMessageBox.Icon.Warning,
        )

    def _on_backup_made(self, backup: Backup) -> None:
        self._show_message(
            self.tr("Backed up to {name} ({size}) in {folder}.").format(
                name=backup.path.name, size=size_words(backup.size), folder=backup.path.parent
            )
        )
        self.backup_made.emit(backup)
