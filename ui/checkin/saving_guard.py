"""While a check-in is being saved, nothing typed or clicked gets into its fields (it would be
lost when the dialog closes); only when the save takes a moment do the fields also turn grey.

Greying every field of a large check-in at once costs a new layout of the whole dialog, more
than a usual save takes: a save that is over quickly shows only "Saving…" beside the button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: A save still going on after this long greys the fields (milliseconds).
GREY_AFTER_MS = 300
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
    }
)


class SavingGuard(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._fields: tuple[QWidget, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GREY_AFTER_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def hold(self, *fields: QWidget) -> None:
        """Keep input away from ``fields`` (and what is in them) until :meth:`release`."""
        if not self._fields:
            QCoreApplication.instance().installEventFilter(self)
            self._timer.start()
        self._fields = fields

    def release(self) -> None:
        """Input reaches the fields again; those greyed are enabled."""
        if self._fields:
            QCoreApplication.instance().removeEventFilter(self)
        self._timer.stop()
        for field in self._fields:
            field.setEnabled(True)
        self._fields = ()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and isinstance(watched, QWidget):
            return any(f is watched or f.isAncestorOf(watched) for f in self._fields)
        return False

    def _on_timer_timeout(self) -> None:
        for field in self._fields:
            field.setEnabled(False)
