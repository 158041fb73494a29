"""PySide6 6.12.0 aborts Python 3.11 after a few thousand void calls (FACTS.md item 1)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_many_void_calls_do_not_crash(qapp):
    label = QLabel()
    for _ in range(200_000):
        label.setObjectName("x")
    assert label.objectName() == "x"
