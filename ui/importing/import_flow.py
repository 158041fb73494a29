"""File → Import activity: ask what to import, run it on the worker with a progress dialog
that can cancel it, then show the report. The import is one transaction: a cancel rolls it
back, and nothing is half-counted.

``imported`` is emitted with the report once the import is in the database, so the window
can refresh what shows measured activity.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reflect import networks
from reflect.errors import ReflectError
from reflect.networks import Network
from reflect.profile import Profile
from ui.exception_hook import explain
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the importers and the dialogs load with the first import
    from reflect.importers import ImportReport, ImportRequest

STEPS = 1000


class _Relay(QObject):
    """Carries progress from the worker to the UI thread, and a cancel the other way."""

    moved = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = threading.Event()
        self._last = -1

    def report(self, done: int, total: int) -> None:  # on the worker
        if self.cancelled.is_set():
            from reflect.importers import ImportCancelled

            raise ImportCancelled()
        step = min(STEPS, done * STEPS // max(total, 1))
        if step != self._last:
            self._last = step
            self.moved.emit(step)


class ImportFlow(QObject):
    imported = Signal(object)  # the ImportReport, once its items are in the database
    report_shown = Signal(object)  # the ImportReportDialog
    message_shown = Signal(str)  # a failure or a cancel, as the user reads it

    def __init__(self, runner: TaskRunner, profile: Profile, parent: QWidget):
        super().__init__(parent)
        self._runner = runner
        self._profile = profile
        self._window = parent
        self._last: ImportRequest | None = None
        self._running = False
        self.progress: QProgressDialog | None = None
        self._relay: _Relay | None = None

    @property
    def running(self) -> bool:
        return self._running

    def open(self) -> None:
        """Load the networks on the worker, then ask what to import."""
        if self._running:
            return
        self._runner.run_op(networks.networks, self._on_networks_loaded)

    def start(self, request: ImportRequest) -> None:
        """Run ``request`` on the worker, with progress and Cancel."""
        if self._running:
            return
        from reflect.importers import PLATFORMS, run_import

        self._running = True
        self._last = request
        relay = self._relay = _Relay()
        progress = self.progress = QProgressDialog(self._window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import activity"))
        progress.setLabelText(
            self.tr("Reading your {name} export…").format(name=PLATFORMS[request.platform].name)
        )
        progress.setRange(0, STEPS)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumWidth(420)
        relay.moved.connect(progress.setValue)
        progress.canceled.connect(self.cancel)
        progress.show()
        profile = self._profile
        self._runner.run_op(
            lambda: run_import(
                request.platform,
                request.path,
                request.network_id,
                profile=profile,
                progress=relay.report,
            ),
            self._on_imported,
            self._on_failed,
        )

    def cancel(self) -> None:
        """Stop the import at its next step; the transaction rolls back."""
        if self._relay is not None:
            self._relay.cancelled.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    # -- slots ----------------------------------------------------------------------------

    def _on_networks_loaded(self, active: Sequence[Network]) -> None:
        from ui.importing.import_dialog import ImportDialog

        start = self._last
        request = ImportDialog.ask(self._window, active, start)
        if request is not None:
            self.start(request)

    def _finish(self) -> None:
        self._running = False
        self._relay = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_imported(self, report: ImportReport) -> None:
        from ui.importing.import_report_dialog import ImportReportDialog

        self._finish()
        self.imported.emit(report)
        dialog = ImportReportDialog(report, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.report_shown.emit(dialog)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, ReflectError):
            raise error  # a bug: the exception hook logs it and shows its details
        from reflect.importers import ImportCancelled

        cancelled = isinstance(error, ImportCancelled)
        text = explain(error)
        icon = QMessageBox.Icon.Information if cancelled else QMessageBox.Icon.Warning
        box = QMessageBox(
            icon, self.tr("Import activity"), text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setObjectName("importMessage")
        if not cancelled:
            box.setInformativeText(self.tr("Nothing was imported; your data is as it was."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_shown.emit(text)
