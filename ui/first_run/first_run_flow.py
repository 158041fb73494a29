"""Shows the welcome on a first start, saves what it collected, and remembers it was done."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from reflect.weeks import IsoWeek
from ui.settings import Settings
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # loads when first opened, not at start-up
    from reflect.first_run import SetUp
    from ui.first_run.first_run_wizard import FirstRunWizard


class FirstRunFlow(QObject):
    set_up_done = Signal(object)  # the SetUp saved
    demo_requested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        current_week: Callable[[], IsoWeek],
        parent: QWidget,
    ):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._current_week = current_week
        self._parent = parent
        self.wizard: FirstRunWizard | None = None
        self._dismissed = False

    def offer(self) -> None:
        """At start-up: the welcome, unless it was done or skipped, or the profile has
        networks already."""
        if self._settings.first_run_done():
            return

        def needed() -> bool:
            from reflect.first_run import needs_welcome  # on the worker, after the first paint

            return needs_welcome()

        self._runner.run_op(needed, self._on_needs_welcome_checked)

    def _on_needs_welcome_checked(self, needed: bool) -> None:
        if self._dismissed:  # the app closed while the question was on the worker
            return
        if not needed:
            self._settings.set_first_run_done()
            return
        from ui.first_run.first_run_wizard import FirstRunWizard  # only when it is due

        self.wizard = FirstRunWizard(self._current_week(), self._parent)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.open()

    def dismiss(self) -> None:
        """The app is closing: close the welcome without counting it as skipped."""
        self._dismissed = True
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.finished.disconnect(self._on_wizard_finished)
            wizard.close()

    def _on_wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        if result != QWizard.DialogCode.Accepted:
            self._settings.set_first_run_done()  # skipped: never asked again
            return
        if wizard.wants_demo():
            self.demo_requested.emit()  # the welcome comes back on the next start
            return
        choices, week = wizard.choices(), self._current_week()
        from reflect.first_run import set_up

        self._runner.run_op(lambda: set_up(choices, week), self._on_saved)

    def _on_saved(self, done: SetUp) -> None:
        self._settings.set_first_run_done()
        self.set_up_done.emit(done)


def launch_demo() -> None:
    """The demo opens beside this window, on its own throw-away profile."""
    QProcess.startDetached(sys.executable, ["-m", "reflect", "--demo"])
