"""The check-in dialog's fixed parts around the scrolling cards: the header (title, week, where
the form came from, the week picker) and the footer (a general note, the status line, Cancel
and Save). The dialog connects them; their words keep the dialog's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.checkin.fields import ProblemNote
from ui.checkin.week_picker import WeekPicker


class DialogHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 16, 24, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        title = QLabel(QCoreApplication.translate("CheckInDialog", "Weekly check-in"))
        title.setObjectName("dialogTitle")
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.origin = QLabel()
        self.origin.setObjectName("rowInfo")
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
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("CheckInDialog", "Cancel"))
        self.save_button = QPushButton(QCoreApplication.translate("CheckInDialog", "Save check-in"))
        self.save_button.setObjectName("primary")
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
