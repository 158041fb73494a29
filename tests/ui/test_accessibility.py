"""Every control a person can reach has a name assistive technology can read: its own
accessible name, its text, or a buddy label. Walks every page and the main dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from reflect import network_editor, networks
from reflect.goals import GoalDraft
from tests.ui.checkin_helpers import accessible_name, on_worker, open_checkin
from tests.ui.helpers import show
from tests.ui.test_goal_dialog import CHOICES, WEEK
from ui.first_run.first_run_wizard import FirstRunWizard
from ui.goals.goal_dialog import GoalDialog
from ui.importing.import_dialog import ImportDialog
from ui.networks.network_dialog import NetworkDialog
from ui.shortcuts_dialog import ShortcutsDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _inside_another_control(widget: QWidget) -> bool:
    """A combo box's line edit, a spin box's editor, a view's scroll buttons: named by
    the control around them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(top: QWidget) -> list[str]:
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(top):
            continue
        if _inside_another_control(widget) or type(widget).__name__ == "QToolBarExtension":
            continue
        if not accessible_name(widget).strip():
            where = top.objectName() or type(top).__name__
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return found


def test_every_page_names_its_controls(qtbot, window_on):
    session, _ = window_on
    window = session.window
    problems = []
    for key in window.pages:
        show(qtbot, window, key)
        problems += [f"{key}: {p}" for p in unnamed(window)]
    assert problems == [], "\n".join(problems)


def test_every_main_dialog_names_its_controls(qtbot, window_on, tmp_path):
    session, data = window_on
    window = session.window
    problems = []

    dialog = open_checkin(qtbot, window)
    problems += unnamed(dialog)
    dialog.close()

    goal = GoalDialog(
        None, GoalDraft("", "count", WEEK, metric="posts", direction="at_least"), CHOICES
    )
    qtbot.addWidget(goal)
    goal.show()
    problems += unnamed(goal)

    form = on_worker(qtbot, session.runner, lambda: network_editor.network_form(data.linkedin.id))
    network = NetworkDialog(None, form)
    qtbot.addWidget(network)
    network.show()
    problems += unnamed(network)

    importer = ImportDialog(None, on_worker(qtbot, session.runner, networks.networks))
    qtbot.addWidget(importer)
    importer.show()
    problems += unnamed(importer)

    backups = window.open_backups()
    problems += unnamed(backups)
    backups.close()

    settings = session.desktop.open_settings()
    problems += unnamed(settings)
    settings.close()

    shortcuts = ShortcutsDialog(list(window.actions.values()), window)
    shortcuts.show()
    problems += unnamed(shortcuts)
    shortcuts.close()

    wizard = FirstRunWizard(WEEK)
    qtbot.addWidget(wizard)
    wizard.show()
    problems += unnamed(wizard)
    wizard.next()
    wizard.networks.boxes[1][0].setChecked(True)
    problems += unnamed(wizard)
    wizard.next()
    problems += unnamed(wizard)
    assert problems == [], "\n".join(problems)
