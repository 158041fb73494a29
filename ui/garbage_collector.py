"""Garbage collection on the UI thread only.

Python's cycle collector runs in whichever thread happens to allocate when a threshold is
crossed. If that is the worker thread and the garbage holds Qt widgets, Qt objects of the
UI thread are destroyed from the worker and the process crashes. So, as Anki does, automatic
collection is switched off while the window is up and a timer collects on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more here, then give collection back to Python as it was."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def _on_timer_timeout(self) -> None:
        gc.collect()
