"""Reflection: this week's prompts (each can be skipped), answered in plain text of any length,
and room for a question of the user's own."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.checkins import Answer
from reflect.prompts import POOL
from ui.checkin.style import quiet
from ui.theme import muted_colour

SOURCES = {p.text: p.source for p in POOL}
MIN_LINES, MAX_LINES = 2, 10


def source_words(prompt: str) -> str:
    """Where a prompt comes from: "Essay 004 · promote others", or the user's own."""
    source = SOURCES.get(prompt)
    if source is None:
        return QCoreApplication.translate("PromptsSection", "Your own question")
    number, _, idea = QCoreApplication.translate("PromptSource", source).partition(": ")
    return QCoreApplication.translate("PromptsSection", "Essay {number} · {idea}").format(
        number=number, idea=idea
    )


def shown_answers(prompts: Sequence[str], answers: Sequence[Answer]) -> tuple[Answer, ...]:
    """What a ``PromptsSection(prompts, answers)`` gives back before anything is typed: the
    answers to the prompts shown, in their order (others have nowhere to show)."""
    written = {a.prompt: a.text for a in answers}
    return tuple(Answer(p, written[p]) for p in prompts if written.get(p, "").strip())


class AnswerEdit(QPlainTextEdit):
    """Plain text that grows with what is written; Tab moves on, Enter starts a new line."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = max(MIN_LINES, min(MAX_LINES, self.document().lineCount()))
        margins = self.contentsMargins()
        height = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(round(height) + margins.top() + margins.bottom() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class PromptBox(QWidget):
    """One prompt: its words and source, the answer, and "Skip"."""

    changed = Signal()

    def __init__(self, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompt = prompt
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.source = source_words(prompt)
        shown = QCoreApplication.translate("Prompt", prompt)  # the key stays English
        self.label = QLabel()
        muted = muted_colour(self.label.palette())
        self.label.setText(
            f"<b>{escape(shown)}</b>&nbsp;&nbsp;"
            f"<span style='color:{muted}; font-size:9pt'>{escape(self.source)}</span>"
        )
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.answer = AnswerEdit(shown)
        self.answer.setAccessibleDescription(self.source)
        self.label.setBuddy(self.answer)
        self.skip = QPushButton(self.tr("Skip"))
        self.skip.setCheckable(True)
        self.skip.setAutoDefault(False)
        self.skip.setAccessibleName(self.tr("Skip: {prompt}").format(prompt=shown))
        self.skipped_note = QLabel(self.tr("Skipped. No need to answer every prompt."))
        self.skipped_note.setObjectName("promptSource")
        quiet(self.skipped_note)
        self.skipped_note.hide()
        grid.addWidget(self.label, 0, 0, 1, 2)
        grid.addWidget(self.answer, 1, 0)
        grid.addWidget(self.skipped_note, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.skip, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.skip.toggled.connect(self._on_skip_toggled)
        self.answer.textChanged.connect(self.changed)

    def focus_widgets(self) -> list[QWidget]:
        return [self.answer, self.skip]

    def value(self) -> Answer | None:
        text = self.answer.toPlainText()
        if self.skip.isChecked() or not text.strip():
            return None
        return Answer(self.prompt, text)

    def _on_skip_toggled(self, skipped: bool) -> None:
        self.answer.setVisible(not skipped)
        self.skipped_note.setVisible(skipped)
        self.skip.setText(self.tr("Answer after all") if skipped else self.tr("Skip"))
        self.label.setEnabled(not skipped)
        self.changed.emit()


class PromptsSection(QWidget):
    changed = Signal()

    def __init__(
        self,
        prompts: Sequence[str],
        answers: Sequence[Answer],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        written = {a.prompt: a.text for a in answers}
        self.boxes = [PromptBox(p, self) for p in prompts]
        for box in self.boxes:
            box.answer.setPlainText(written.get(box.prompt, ""))
            box.changed.connect(self.changed)
            column.addWidget(box)

        own_box = QGridLayout()
        own_box.setHorizontalSpacing(8)
        own_box.setVerticalSpacing(3)
        self.own_question = QLineEdit()
        self.own_question.setPlaceholderText(self.tr("A question of your own (optional)"))
        self.own_question.setAccessibleName(self.tr("A question of your own"))
        self.own_answer = AnswerEdit(self.tr("Your answer to your own question"))
        self.every_week = QCheckBox(self.tr("Ask me this every week"))
        self.every_week.setAccessibleName(self.tr("Ask my own question every week"))
        own_box.addWidget(self.own_question, 0, 0)
        own_box.addWidget(self.every_week, 0, 1)
        own_box.addWidget(self.own_answer, 1, 0, 1, 2)
        own_box.setColumnStretch(0, 1)
        column.addLayout(own_box)
        self.own_question.textChanged.connect(self.changed)
        self.own_answer.textChanged.connect(self.changed)
        self.every_week.toggled.connect(self.changed)

    def focus_widgets(self) -> list[QWidget]:
        own = [self.own_question, self.every_week, self.own_answer]
        return [w for box in self.boxes for w in box.focus_widgets()] + own

    def answers(self) -> tuple[Answer, ...]:
        given = [a for a in (box.value() for box in self.boxes) if a is not None]
        question = self.own_question.text().strip()
        text = self.own_answer.toPlainText()
        if question and text.strip() and question not in {a.prompt for a in given}:
            given.append(Answer(question, text))
        return tuple(given)

    def ask_every_week(self) -> tuple[str, ...]:
        question = self.own_question.text().strip()
        return (question,) if question and self.every_week.isChecked() else ()
