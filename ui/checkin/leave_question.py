"""Closing a check-in that holds something unsaved: keep it as a draft, discard it, or go on
writing (the default, and what Escape does)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reflect.weeks import IsoWeek


class LeaveQuestion(QMessageBox):
    """Non-blocking (``open``), deleted once answered; ``keep``, ``discard`` and ``back`` are
    its buttons, for the caller to compare with ``clickedButton()``."""

    def __init__(self, parent: QWidget, week: IsoWeek, *, saved: bool):
        super().__init__(parent)
        self.setObjectName("leaveQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle("Reflect")
        self.setText(
            QCoreApplication.translate(
                "CheckInDialog", "Close the check-in for {week} without saving it?"
            ).format(week=week)
        )
        self.setInformativeText(
            QCoreApplication.translate(
                "CheckInDialog", "Keep it as a draft and finish it whenever suits you"
            )
            + (
                QCoreApplication.translate(
                    "CheckInDialog",
                    ", or discard the changes: your saved check-in stays as it was.",
                )
                if saved
                else "."
            )
        )
        self.keep = self.addButton(
            QCoreApplication.translate("CheckInDialog", "Keep as draft"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.discard = self.addButton(
            QCoreApplication.translate("CheckInDialog", "Discard changes")
            if saved
            else QCoreApplication.translate("CheckInDialog", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.back = self.addButton(
            QCoreApplication.translate("CheckInDialog", "Keep writing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.setDefaultButton(self.back)
        self.setEscapeButton(self.back)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
