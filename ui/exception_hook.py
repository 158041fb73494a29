"""The one place errors end up on the UI thread: logged, then shown as a sentence.

A :class:`~reflect.errors.ReflectError` is a sentence meant for the user and is shown as it
is, without a traceback. Anything else is a bug: the dialog says so and keeps the details
(the traceback) behind its "Show Details…" button.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reflect.errors import ReflectError, disk_problem

log = logging.getLogger(__name__)


def explain(error: BaseException) -> str:
    """The sentence to show for ``error``.

    Walks the chain of causes first: peewee reports a disk-full rollback as "cannot
    rollback", with SQLite's real reason in ``__context__`` (FACTS.md item 6).
    """
    problem = disk_problem(error)  # a full or read-only disk, however deep in the chain
    if problem is not None:
        return str(problem)
    chain = _chain(error)
    for link in chain:
        if isinstance(link, ReflectError):
            return str(link)
    root = chain[-1]
    reason = str(root) or type(root).__name__
    return f"Something unexpected went wrong: {reason}. The details are in the log."


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

    def set_window(self, window: QWidget | None) -> None:
        """The window the dialogs belong to."""
        self._window = window

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
            box.setDetailedText("".join(traceback.format_exception(error)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("errorMessage")
        if self._window is None:
            self._unparented.append(box)
            box.finished.connect(lambda _result, b=box: self._unparented.remove(b))
        box.open()  # window-modal but not blocking: the event loop keeps running
        self.error_shown.emit(sentence)
