"""What the editor dialogs share: the domain's problems shown under the fields they concern,
a preview line, and the dialogs' small style sheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from reflect.errors import Problem
from ui.text import domain

#: The editors' look, on top of the main window's style sheet they inherit.
DIALOG_STYLE = """
QLabel#problem { color: #b05a00; }
QLabel#preview {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
    padding: 8px 12px;
    font-size: 11pt;
}
QLabel#hint {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
    padding: 8px 12px;
}
QLabel#question { font-weight: 600; }
QLabel#dialogTitle { font-size: 14pt; font-weight: 600; }
QLabel#muted { color: palette(placeholder-text); }
"""


class ProblemLabels:
    """One label per group of fields; ``show`` puts each problem under its field.

    A problem whose field has no label of its own goes to the ``""`` label, if there is one.
    """

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, str] = {}

    def label(self, fields: Sequence[str], parent: QWidget | None = None) -> QLabel:
        """A hidden label for problems about any of ``fields``."""
        label = QLabel(parent)
        label.setObjectName("problem")
        label.setWordWrap(True)
        label.hide()
        key = fields[0] if fields else ""
        self._labels[key] = label
        for field in fields:
            self._groups[field] = key
        return label

    def beside(self, field: QWidget | QLayout, fields: Sequence[str]) -> QVBoxLayout:
        """``field`` with the label for its problems right under it."""
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        column.addWidget(self.label(fields))
        return column

    def show(self, problems: Iterable[Problem]) -> None:
        texts: dict[str, list[str]] = {key: [] for key in self._labels}
        for problem in problems:
            key = self._groups.get(problem.field, "")
            message = domain(problem.message)
            if key in texts and message not in texts[key]:
                texts[key].append(message)
        for key, label in self._labels.items():
            label.setText("\n".join(texts[key]))
            label.setVisible(bool(texts[key]))

    def texts(self) -> dict[str, str]:
        """What each visible label says (for tests and screen readers)."""
        return {key: label.text() for key, label in self._labels.items() if label.text()}


def preview_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("preview")
    label.setWordWrap(True)
    return label


def combo(items: Iterable[tuple[str, object]], parent: QWidget | None = None) -> QComboBox:
    """A combo box of (words, value) pairs; ``currentData()`` is the value."""
    box = QComboBox(parent)
    for text, value in items:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item when there is none)."""
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def add_row(form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget) -> QLabel:
    """A form row whose label's Alt+letter (``&Name``) moves to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label
