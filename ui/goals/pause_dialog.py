"""Pause a goal for a holiday or a crisis: from a week, until resumed or until a week."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect import goals
from reflect.weeks import IsoWeek
from ui.forms import DIALOG_STYLE, ProblemLabels
from ui.theme import scaled
from ui.week_edit import WeekEdit

KIND = QT_TRANSLATE_NOOP(
    "PauseDialog",
    "Paused weeks show as paused, never as missed, and nothing is lost: the goal picks up "
    "again when the pause ends.",
)


class PauseDialog(QDialog):
    """Collects the weeks to pause: ``(first, last)``, ``last`` None for "until I resume"."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, week: IsoWeek
    ) -> tuple[IsoWeek, IsoWeek | None] | None:
        dialog = cls(parent, title, week)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, parent: QWidget | None, title: str, week: IsoWeek):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause a goal"))
        self.setObjectName("pauseDialog")
        self.setStyleSheet(scaled(DIALOG_STYLE))
        self.problems = ProblemLabels()
        heading = QLabel(self.tr("Pause “{title}”").format(title=title))
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        note = QLabel(self.tr(KIND))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.first = WeekEdit(week)
        self.open_ended = QRadioButton(self.tr("until I resume it"))
        self.until = QRadioButton(self.tr("until the end of"))
        self.last = WeekEdit(week + 1)
        group = QButtonGroup(self)
        group.addButton(self.open_ended)
        group.addButton(self.until)
        self.open_ended.setChecked(True)
        grid = QGridLayout()
        start = QLabel(self.tr("&From"))
        start.setBuddy(self.first)
        grid.addWidget(start, 0, 0)
        grid.addWidget(self.first, 0, 1, 1, 2)
        grid.addWidget(self.open_ended, 1, 1, 1, 2)
        grid.addWidget(self.until, 2, 1)
        grid.addWidget(self.last, 2, 2)
        grid.addWidget(self.problems.label(["last", ""]), 3, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Pause"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        for signal in (self.first.week_changed, self.last.week_changed, self.until.toggled):
            signal.connect(self._on_changed)
        self._on_changed()

    def value(self) -> tuple[IsoWeek, IsoWeek | None]:
        return self.first.week(), self.last.week() if self.until.isChecked() else None

    def _on_changed(self, *_args) -> None:
        self.last.setEnabled(self.until.isChecked())
        problems = goals.pause_problems(*self.value())
        self.problems.show(problems)
        self.ok_button.setEnabled(not problems)
