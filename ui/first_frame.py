"""Whether the main window has shown its first frame. The worker waits for it before its first
task (opening the database, with its check of every page, then loading the page's data and
the day's backup), so nothing in the background competes with the first paint for the
machine: on a large profile the check alone reads every page of the file.

The event filter sits on the window alone (cheap). A window hidden or minimised before it
paints (started at login, into the tray) lets the worker go at once."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

#: The worker starts after this long even if the window has not painted (seconds): a window
#: that never gets a paint (an unusual window manager) must not keep the data from loading.
LONGEST_WAIT = 3.0
_AFTER_PASS = QEvent.Type.User


def wait_for(shown: threading.Event) -> None:
    """On the worker: until the first frame is painted (or there will be none soon)."""
    shown.wait(LONGEST_WAIT)


class FirstFrame(QObject):
    """Sets ``shown`` once ``window`` has painted its first frame (its children included), or
    is hidden or minimised before it could; ``released`` says so on the UI thread."""

    released = Signal()

    def __init__(self, window: QWidget, shown: threading.Event):
        super().__init__(window)
        self._shown = shown
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            # the children paint in the same pass: a posted event arrives once it is over
            first = Qt.EventPriority.HighEventPriority.value
            QCoreApplication.postEvent(self, QEvent(_AFTER_PASS), first)
            self._window.removeEventFilter(self)
        elif kind == QEvent.Type.Hide or (
            kind == QEvent.Type.WindowStateChange and self._window.isMinimized()
        ):
            self._release()
        return False

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _AFTER_PASS:
            self._release()

    def _release(self) -> None:
        self._window.removeEventFilter(self)
        if not self._shown.is_set():
            self._shown.set()
            self.released.emit()
