"""When a window's first frame is painted: the time of the last paint event of the pass that
first painted it (a window and its children paint in one pass; what the window builds on the
next turns of the event loop is not part of it). Used for the main window's cold start and
the check-in dialog alike.

Until that pass the filter sits on the window alone: one on the application would hand every
event of every object to Python, and wrapping those objects realises their Python types (with
all their enums) — a cost of the measuring, not of the window. During the pass it watches
every paint; an event posted first in the queue at its start is delivered once the pass is
over and ends the watch (not a timer: one the window started could be due first)."""

from __future__ import annotations

import time
from collections.abc import Callable


class PaintWatch:
    """``arm(window)``; then ``done`` once its first frame is painted, ``at`` its time
    (``clock``'s), and ``on_done()`` called."""

    def __init__(self, app, clock: Callable[[], float] = time.perf_counter, on_done=None):
        from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

        watch = self
        first = Qt.EventPriority.HighEventPriority.value

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if watch.done or event.type() != QEvent.Type.Paint:
                    return False
                if not watch.painted:
                    watch.painted = True
                    app.installEventFilter(self)  # the children's paints of this pass too
                    QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), first)
                if watched.isWidgetType() and watched.window() is watch.widget:
                    watch.at = clock()
                return False

            def customEvent(self, event):
                if watch.painted and not watch.done:
                    watch.done = True
                    app.removeEventFilter(self)
                    watch.widget.removeEventFilter(self)
                    if on_done is not None:
                        on_done()

        self.widget = None
        self.painted = self.done = False
        self.at = 0.0
        self._filter = Filter(app)

    def arm(self, widget) -> None:
        self.widget, self.painted, self.done = widget, False, False
        widget.installEventFilter(self._filter)
