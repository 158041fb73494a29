"""Driving the check-in dialog the way a user would, and reading back what was stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ui.checkin.checkin_dialog import CheckInDialog

T = TypeVar("T")


def open_checkin(qtbot, window, week=None) -> CheckInDialog:
    """Ask the window's flow for a check-in and wait until the dialog shows."""
    with qtbot.waitSignal(window.checkin.dialog_opened, timeout=5000) as opened:
        window.checkin.open(week)
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def on_worker(qtbot, runner, task: Callable[[], T]) -> T:
    """Run a service call on the app's worker (where its connection lives) and wait."""
    future = runner.run(task)
    qtbot.waitUntil(future.done, timeout=5000)
    return future.result()


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Select what is there and type ``text`` over it, key by key."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def choose(group, text: str) -> None:
    """Click the segment of a ChoiceGroup whose words start with ``text``."""
    button = next(b for b in group.buttons if b.text().startswith(text))
    button.click()


def row_for(dialog: CheckInDialog, name: str):
    return next(r for r in dialog.content.networks.rows if r.form_row.network.name == name)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets: the one set on the widget, else what Qt derives
    (a button's text, a buddy label). On Linux Qt reports a combo box's current text as its
    name and names it through relations, so the set name is asked first."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def message_box(qtbot, parent: QWidget, name: str) -> QMessageBox:
    """The non-blocking question ``name`` once it shows."""
    qtbot.waitUntil(lambda: _visible_box(parent, name) is not None, timeout=5000)
    return _visible_box(parent, name)


def _visible_box(parent: QWidget, name: str) -> QMessageBox | None:
    boxes = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
    return boxes[-1] if boxes else None


def click_button(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.findChildren(QAbstractButton) if b.text() == text)
    button.click()


def press_ctrl_s(qtbot, dialog: CheckInDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(
        dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
