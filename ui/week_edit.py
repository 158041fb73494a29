"""A field for one ISO week: arrows or Page Up/Down step a week, typing "2026-W48" works."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from reflect.weeks import IsoWeek

_PARTIAL = re.compile(r"^\s*\d{0,4}(-(W\d{0,2})?)?\s*$", re.IGNORECASE)


class WeekEdit(QAbstractSpinBox):
    """Shows ``2026-W48 (23–29 Nov)``; ``week_changed`` fires for each new valid week."""

    week_changed = Signal(object)

    def __init__(self, week: IsoWeek, parent: QWidget | None = None):
        super().__init__(parent)
        self._week = week
        self.setAccelerated(True)
        self.setKeyboardTracking(True)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.lineEdit().setText(week.label())
        self.lineEdit().textEdited.connect(self._on_line_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    def week(self) -> IsoWeek:
        return self._week

    def set_week(self, week: IsoWeek) -> None:
        self.lineEdit().setText(week.label())
        if week != self._week:
            self._week = week
            self.week_changed.emit(week)

    # -- QAbstractSpinBox -----------------------------------------------------------------

    def stepBy(self, steps: int) -> None:
        self.set_week(self._week + steps)
        self.lineEdit().selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return (
            QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
            | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        )

    def validate(self, text: str, pos: int) -> QValidator.State:
        if _parse(text) is not None:
            return QValidator.State.Acceptable
        if _PARTIAL.match(text):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        return self._week.label()

    # -- slots ----------------------------------------------------------------------------

    def _on_line_text_edited(self, text: str) -> None:
        week = _parse(text)
        if week is not None and week != self._week:
            self._week = week
            self.week_changed.emit(week)

    def _on_editing_finished(self) -> None:
        self.lineEdit().setText(self._week.label())


def _parse(text: str) -> IsoWeek | None:
    """A week from "2026-W48" or the label "2026-W48 (23–29 Nov)"; None when it is not one."""
    head = text.split("(")[0].strip()
    try:
        return IsoWeek.parse(head)
    except ValueError:
        return None
