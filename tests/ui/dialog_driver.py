"""Answer modal dialogs the way a person would: wait until one opens, fill it in, click.

The page under test calls the real ``ask`` (so ``exec()`` runs); a timer polls for the
expected dialog as the active modal widget and hands it to a step that fills it in and closes
it. A dialog that never comes, or a step that fails, rejects what is open, so a broken test
fails instead of hanging.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QApplication, QDialog

Step = tuple[type, Callable[[QDialog], None]]


class DialogDriver:
    def __init__(self, steps: list[Step], timeout: int = 8000):
        self.steps = list(steps)
        self.missing: str = ""
        self._deadline = QDeadlineTimer(timeout)
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(5)

    def stop(self) -> None:
        """Stop waiting for the steps left (a test that expects no dialog)."""
        self._timer.stop()

    def done(self) -> bool:
        """Every step has run (or one never came: then ``missing`` says which)."""
        return not self.steps or bool(self.missing)

    def _poll(self) -> None:
        if not self.steps:
            self._timer.stop()
            return
        widget = QApplication.activeModalWidget()
        kind, fill = self.steps[0]
        if isinstance(widget, kind) and widget.isVisible():
            self.steps.pop(0)
            try:
                fill(widget)
            except BaseException:
                widget.reject()
                raise
        elif self._deadline.hasExpired():
            self._timer.stop()
            self.missing = f"no {kind.__name__} came up (open: {type(widget).__name__})"
            if isinstance(widget, QDialog):
                widget.reject()


def drive(*steps: Step) -> DialogDriver:
    """Answer ``steps`` as their dialogs open; then ``qtbot.waitUntil(driver.done)``."""
    return DialogDriver(list(steps))


def save(dialog: QDialog) -> None:
    """Click Save (or OK) as a person would; it must be enabled."""
    button = getattr(dialog, "save_button", None) or dialog.ok_button
    problems = dialog.problems.texts() if hasattr(dialog, "problems") else {}
    assert button.isEnabled(), f"Save is disabled: {problems}"
    button.click()
