"""Small pieces the Goals and Networks pages share: buttons, a row of actions, a section."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget


def button(text: str, slot: Callable[..., object], *, checkable: bool = False) -> QPushButton:
    """A push button; ``slot`` gets ``clicked``."""
    widget = QPushButton(text)
    widget.setCheckable(checkable)
    widget.setAutoDefault(False)
    widget.clicked.connect(slot)
    return widget


def action_row(left: Iterable[QWidget], right: Iterable[QWidget] = ()) -> QHBoxLayout:
    """Widgets on the left, others on the right, room between."""
    row = QHBoxLayout()
    row.setSpacing(6)
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("cardTitle")
    return label


def vbox(*parts: QWidget | QLayout) -> QWidget:
    """A plain widget holding ``parts`` in a column, without margins."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(8)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    return holder
