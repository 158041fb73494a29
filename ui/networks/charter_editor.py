"""The charter of one network: the standard questions of seed 003 and the user's own, each
with room for a long answer and the earlier versions of that answer with their dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect import charters
from reflect.charters import AnswerVersion, CharterEntry

MIN_LINES, MAX_LINES = 3, 12


def day_words(moment: datetime) -> str:
    """ "3 Mar 2026", in local time."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


class AnswerEdit(QPlainTextEdit):
    """A plain text box that grows with its answer, from three lines to twelve."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lines = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            lines += max(layout.lineCount() if layout is not None else 1, 1)
            block = block.next()
        lines = min(max(lines, MIN_LINES), MAX_LINES)
        margins = self.contentsMargins()
        height = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(int(height + margins.top() + margins.bottom() + 4))


class QuestionBlock(QWidget):
    """One question: the question, the answer box, and its earlier versions on request."""

    remove_requested = Signal(object)

    def __init__(self, entry: CharterEntry, *, new: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.new = new
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(4)
        top = QHBoxLayout()
        shown = QCoreApplication.translate("Charter", entry.item.question)  # own ones stay
        self.question = QLabel(shown)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        top.addWidget(self.question, 1)
        if new:
            remove = QToolButton()
            remove.setText(self.tr("Remove"))
            remove.setToolTip(self.tr("Take this new question out again (it is not saved yet)"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            top.addWidget(remove)
        column.addLayout(top)
        self.answer = AnswerEdit(entry.item.answer)
        self.answer.setPlaceholderText(self.tr("Your answer, in your own words"))
        self.answer.setAccessibleName(shown)
        column.addWidget(self.answer)
        self.history_button = QToolButton()
        self.history_button.setCheckable(True)
        self.history_button.setAutoRaise(True)
        self.history_button.toggled.connect(self._on_history_button_toggled)
        self.changed = QLabel()
        self.changed.setObjectName("muted")
        self.history = QLabel()
        self.history.setObjectName("muted")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.hide()
        earlier = self.earlier()
        if entry.history:
            self.changed.setText(
                self.tr("Last changed {day}").format(day=day_words(entry.history[0].saved_at))
            )
        if earlier:
            self.history_button.setText(
                self.tr("Earlier versions ({count})").format(count=len(earlier))
            )
            self.history.setText(_history_html(entry.history))
        else:
            self.history_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.changed)
        row.addWidget(self.history_button)
        row.addStretch(1)
        if entry.history or earlier:
            column.addLayout(row)
        column.addWidget(self.history)

    def earlier(self) -> tuple[AnswerVersion, ...]:
        """The versions before the answer in force, newest first."""
        return self.entry.history[1:]

    def text(self) -> str:
        return self.answer.toPlainText().strip()

    def _on_history_button_toggled(self, shown: bool) -> None:
        self.history.setVisible(shown)


def _history_html(history: Sequence[AnswerVersion]) -> str:
    """Each earlier answer with the days it was in force, newest first."""
    rows = []
    for newer, version in pairwise(history):
        words = escape(version.text).replace("\n", "<br>") or QCoreApplication.translate(
            "CharterEditor", "<i>(left empty)</i>"
        )
        span = f"{day_words(version.saved_at)} – {day_words(newer.saved_at)}"
        rows.append(f"<p><b>{span}</b><br>{words}</p>")
    return "".join(rows)


class CharterEditor(QWidget):
    """Every question of a network's charter, the golden-rule hint, and a field to add one."""

    def __init__(self, entries: Sequence[CharterEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.blocks: list[QuestionBlock] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(QCoreApplication.translate("Charter", charters.HINT))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(2, 2, 12, 2)
        for entry in entries:
            self._add_block(QuestionBlock(entry))
        own = QHBoxLayout()
        self.own_question = QLineEdit()
        self.own_question.setPlaceholderText(
            self.tr("A question of your own: “Will I accept recruiters?”")
        )
        self.own_question.returnPressed.connect(self._on_add_clicked)
        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.own_question.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.add_button.setEnabled(False)
        own.addWidget(self.own_question, 1)
        own.addWidget(self.add_button)
        self._column.addLayout(own)
        self._column.addStretch(1)
        scroll.setWidget(content)
        self.scroll = scroll
        outer.addWidget(scroll, 1)
        outer.addWidget(self.hint)

    def _add_block(self, block: QuestionBlock) -> None:
        self._column.insertWidget(len(self.blocks), block)
        self.blocks.append(block)
        block.remove_requested.connect(self._on_remove_requested)

    def add_question(self, text: str) -> QuestionBlock:
        item = charters.CharterItem("", "", None, text.strip(), "", None, len(self.blocks))
        block = QuestionBlock(CharterEntry(item, ()), new=True)
        self._add_block(block)
        return block

    def answers(self) -> tuple[tuple[str, str], ...]:
        """(question id, or standard key before the network is saved; answer) for each
        question already in the charter."""
        return tuple((b.entry.key, b.text()) for b in self.blocks if not b.new)

    def new_questions(self) -> tuple[tuple[str, str], ...]:
        return tuple((b.entry.item.question, b.text()) for b in self.blocks if b.new)

    def answered(self) -> int:
        return sum(1 for b in self.blocks if b.text())

    def _on_add_clicked(self) -> None:
        text = self.own_question.text().strip()
        if not text:
            return
        block = self.add_question(text)
        self.own_question.clear()
        block.answer.setFocus()
        QTimer.singleShot(0, block, lambda: self.scroll.ensureWidgetVisible(block))

    def _on_remove_requested(self, block: QuestionBlock) -> None:
        self.blocks.remove(block)
        self._column.removeWidget(block)
        block.deleteLater()
