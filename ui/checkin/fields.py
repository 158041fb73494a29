"""Small fields the check-in is made of: a row of choices, an optional count, hours, a note
beside a field. Each has one way in (``set_value``), one way out (``value``) and ``changed``."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from ui.checkin.pills import Segment
from ui.checkin.style import NOTE_COLOUR, PROBLEM_FIELD_STYLE, bold
from ui.text import domain

_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
#: What a count field takes (one pattern, compiled once for every field of every row).
_COUNT = QRegularExpression(r"-?\d{0,5}")
#: Numbers sit on the right.
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ChoiceGroup(QWidget):
    """One answer out of a few ("1 · light" … "5 · overloaded"), as radio buttons drawn as
    segments. One Tab stop: Tab lands on the chosen segment, the arrow keys move the choice, the
    first character of a choice picks it ("3", "y"), and Delete clears an optional one."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        choices: Sequence[tuple[Hashable, str]],
        *,
        optional: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._optional = optional
        self._values = [value for value, _ in choices]
        self.setAccessibleName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value, text in choices:
            button = Segment(text)
            button.setObjectName("segment")
            button.setAccessibleName(f"{name}: {text}")
            button.installEventFilter(self)
            self._group.addButton(button)
            self.buttons.append(button)
            row.addWidget(button)
            button.toggled.connect(self._on_button_toggled)
            if value is None:
                raise ValueError("None means 'not chosen'; give every choice a value")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._describe()

    def value(self) -> Hashable | None:
        checked = self._group.checkedButton()
        return self._values[self.buttons.index(checked)] if checked else None

    def set_value(self, value: Hashable | None) -> None:
        """Choose ``value``; None (or a value that is not a choice) clears the choice."""
        if value == self.value():
            return
        index = self._values.index(value) if value in self._values else -1
        self._group.setExclusive(False)
        for i, button in enumerate(self.buttons):
            button.blockSignals(True)
            button.setChecked(i == index)
            button.blockSignals(False)
        self._group.setExclusive(True)
        self._describe()
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons)

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Focus the chosen segment (or the first)."""
        checked = self._group.checkedButton() or self.buttons[0]
        checked.setFocus(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched not in self.buttons:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            checked = self._group.checkedButton()
            tabbing = event.reason() in (
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
            )
            if tabbing and checked is not None and checked is not watched:
                checked.setFocus(event.reason())
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        return super().eventFilter(watched, event)

    def _on_key(self, event: QKeyEvent) -> bool:
        if event.key() in _CLEAR_KEYS and self._optional:
            self.set_value(None)
            return True
        text = event.text().strip().lower()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if not text or not plain:
            return False
        for value, button in zip(self._values, self.buttons, strict=True):
            if button.text().lower().startswith(text):
                self.set_value(value)
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _on_button_toggled(self, checked: bool) -> None:
        if checked:
            self._describe()
            self.changed.emit()

    def _describe(self) -> None:
        checked = self._group.checkedButton()
        self.setAccessibleDescription(checked.text() if checked else self.tr("not chosen"))


class CountEdit(QLineEdit):
    """A whole number that may be left empty (None). A minus sign can be typed, so the domain's
    "cannot be negative" can be said; Up and Down step by one."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setValidator(QRegularExpressionValidator(_COUNT, self))
        self.setAlignment(_RIGHT)
        self.setFixedWidth(64)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text not in ("", "-") else None

    def set_value(self, value: int | None) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            self.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        current = self.value() or 0
        self.setText(str(max(0, current + step)))


class HoursEdit(QLineEdit):
    """Hours worked in the week, optional, with a decimal point or comma."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        pattern = QRegularExpression(r"\d{0,3}([.,]\d{0,2})?")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setAlignment(_RIGHT)
        self.setFixedWidth(72)

    def value(self) -> float | None:
        text = self.text().strip().replace(",", ".")
        return float(text) if text not in ("", ".") else None

    def set_value(self, value: float | None) -> None:
        text = "" if value is None else f"{value:g}"
        if text != self.text():
            self.setText(text)


class ProblemNote(QLabel):
    """What the domain said about a field, shown beside it; hidden when it said nothing. An
    amber bar on its left marks it (drawn here: most notes sit where no style sheet is)."""

    BAR = 3  # pixels

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problem")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the bar and 7 pixels beside it; a pixel above and below the words, 2 around it all
        self.setContentsMargins(self.BAR + 7, 3, 0, 3)
        self.setIndent(self.fontMetrics().horizontalAdvance("x") // 2)  # as a framed label's
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        unique = list(dict.fromkeys(domain(m) for m in messages))
        self.setText("\n".join(unique))
        self.setVisible(bool(unique))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(0, 2, self.BAR, self.height() - 4, QColor(NOTE_COLOUR))
        painter.end()
        super().paintEvent(event)


def mark(widget: QWidget, problem: bool) -> None:
    """Give a field the amber edge of a refused value, or take it away. (A sheet on the one
    field: a rule above it would put every field of the grid under a style sheet.)"""
    if bool(widget.property("problem")) == problem:
        return
    widget.setProperty("problem", problem)
    widget.setStyleSheet(PROBLEM_FIELD_STYLE if problem else "")


def field_label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldLabel")
    bold(label)
    if buddy is not None:
        label.setBuddy(buddy)
    return label
