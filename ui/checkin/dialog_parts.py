"""The check-in dialog's fixed parts around the scrolling cards: the header (title, week, where
the form came from, the week picker) and the footer (a general note, the status line, Cancel
and Save), and the cards themselves. The dialog connects them; their words keep the dialog's
translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.checkin.fields import ProblemNote
from ui.checkin.style import bold, primary_style, quiet
from ui.checkin.week_picker import WeekPicker
from ui.widgets import Card


class DialogHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 16, 24, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        title = QLabel(QCoreApplication.translate("CheckInDialog", "Weekly check-in"))
        title.setObjectName("dialogTitle")
        bold(title, 16)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        bold(self.week_label, 11)
        self.origin = QLabel()
        self.origin.setObjectName("rowInfo")
        quiet(self.origin)
        self.picker = WeekPicker()
        self.note = ProblemNote()
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.picker, 0, 2, Qt.AlignmentFlag.AlignRight)
        line = QHBoxLayout()
        line.setSpacing(10)
        line.addWidget(self.week_label)
        line.addWidget(self.origin, 1)
        grid.addLayout(line, 1, 0, 1, 3)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)


class DialogFooter(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 6, 24, 14)
        self.note = ProblemNote()
        column.addWidget(self.note)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("footerStatus")
        quiet(self.status, points=None)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("CheckInDialog", "Cancel"))
        self.save_button = QPushButton(QCoreApplication.translate("CheckInDialog", "Save check-in"))
        self.save_button.setObjectName("primary")
        self.save_button.setStyleSheet(primary_style())
        self.save_button.setToolTip(
            QCoreApplication.translate("CheckInDialog", "Save this week's check-in (Ctrl+S)")
        )
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        row.addWidget(self.status, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        column.addLayout(row)


class CheckInCard(Card):
    """The app's card, drawn by hand rather than by the app's style sheet (none reaches the
    check-in: see ``PRIMARY_STYLE``): the base colour, a thin edge, round corners."""

    RADIUS = 10.0

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setContentsMargins(1, 1, 1, 1)  # inside the edge, as the sheet's border was
        bold(self.title, 11)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        edge = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(edge, self.RADIUS, self.RADIUS)


def place_over(dialog: QWidget, owner: QWidget) -> None:
    """Put a dialog that is a window of its own where Qt puts a child dialog: above ``owner``'s
    window (transient for it, so modal to it and kept over it), centred on it as far as the
    screen allows."""
    dialog.winId()  # the native window, to be transient for the owner's
    owner_window = owner.windowHandle()
    if owner_window is not None and dialog.windowHandle() is not None:
        dialog.windowHandle().setTransientParent(owner_window)
    area = (owner.screen() or dialog.screen()).availableGeometry()
    frame = owner.frameGeometry()
    x = frame.x() + (frame.width() - dialog.width()) // 2
    y = frame.y() + (frame.height() - dialog.height()) // 2
    x = max(area.left(), min(x, area.right() - dialog.width() + 1))
    y = max(area.top(), min(y, area.bottom() - dialog.height() + 1))
    dialog.move(x, y)
