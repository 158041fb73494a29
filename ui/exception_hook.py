"""The one place errors end up on the UI thread: logged, then shown as a sentence.

The log is ``reflect.log`` in the profile directory, private (0600) and capped in size (the
oldest of a few rotated files is dropped). The dialog has "Copy details" for a bug report.

A :class:`~reflect.errors.ReflectError` is a sentence meant for the user and is shown as it
is, without a traceback. Anything else is a bug: the dialog says so and keeps the details
(the traceback) behind its "Show Details…" button.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reflect.errors import ReflectError, disk_problem
from ui.text import error_words

log = logging.getLogger(__name__)

LOG_NAME = "reflect.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 2


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A size-capped log whose files are readable by the user only."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if sys.platform != "win32":
            os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8")


def explain(error: BaseException) -> str:
    """The sentence to show for ``error``.

    Walks the chain of causes first: peewee reports a disk-full rollback as "cannot
    rollback", with SQLite's real reason in ``__context__`` (FACTS.md item 6).
    """
    problem = disk_problem(error)  # a full or read-only disk, however deep in the chain
    if problem is not None:
        return error_words(problem)
    chain = _chain(error)
    for link in chain:
        if isinstance(link, ReflectError):
            return error_words(link)
    root = chain[-1]
    reason = str(root) or type(root).__name__
    return QCoreApplication.translate(
        "ExceptionHook", "Something unexpected went wrong: {reason}. The details are in the log."
    ).format(reason=reason)


def _chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in chain:
        chain.append(link)
        link = link.__cause__ or link.__context__
    return chain


class ExceptionHook(QObject):
    """Installed as ``sys.excepthook`` by the app and handed to the task runner."""

    error_shown = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._window: QWidget | None = None
        self._unparented: list[QMessageBox] = []  # kept alive until closed
        self.log_handler: logging.Handler | None = None

    def set_window(self, window: QWidget | None) -> None:
        """The window the dialogs belong to."""
        self._window = window

    def set_log_directory(self, directory: Path) -> Path:
        """Write the log into ``directory`` (the profile's) from now on."""
        root = logging.getLogger()
        if self.log_handler is not None:
            root.removeHandler(self.log_handler)
            self.log_handler.close()
        path = Path(directory) / LOG_NAME
        handler = PrivateRotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        root.addHandler(handler)
        self.log_handler = handler
        return path

    def close_log(self) -> None:
        if self.log_handler is not None:
            logging.getLogger().removeHandler(self.log_handler)
            self.log_handler.close()
            self.log_handler = None

    def __call__(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        self.report(error.with_traceback(tb))

    def report(self, error: BaseException) -> None:
        sentence = explain(error)
        if isinstance(error, ReflectError):
            log.warning("%s", sentence)
        else:
            log.error("Unexpected error", exc_info=error)
        box = QMessageBox(self._window)
        box.setWindowTitle("Reflect")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(sentence)
        if not isinstance(error, ReflectError):
            details = "".join(traceback.format_exception(error))
            box.setDetailedText(details)
            copy = box.addButton(self.tr("&Copy details"), QMessageBox.ButtonRole.ActionRole)
            copy.setObjectName("copyDetails")
            copy.clicked.disconnect()  # copying must not close the box
            copy.clicked.connect(
                lambda: QApplication.clipboard().setText(f"{sentence}\n\n{details}")
            )
            box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Ok))  # Esc, close
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("errorMessage")
        if self._window is None:
            self._unparented.append(box)
            box.finished.connect(lambda _result, b=box: self._unparented.remove(b))
        box.open()  # window-modal but not blocking: the event loop keeps running
        self.error_shown.emit(sentence)
