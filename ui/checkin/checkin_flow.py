"""Opening, keeping and saving the weekly check-in: the dialog's database work, all of it
through the task runner (the dialog itself writes nothing).

- ``open(week)`` loads the form for ``week`` (or for the week that most needs a check-in)
  and shows the dialog; a second ``open`` while it is up brings it forward.
- The dialog's ``draft_changed`` is kept with ``drafts.save_draft``; ``week_requested`` loads
  another week's form; ``save_requested`` saves in one transaction and closes the dialog,
  or hands the domain's refusal back to it.
- ``offer_drafts`` (at start-up) offers back a draft left by a crash or a kill.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reflect.errors import ValidationError
from reflect.weeks import IsoWeek
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialog's modules load when it first opens, not at start-up
    from types import ModuleType

    from reflect.checkin_form import CheckInForm
    from reflect.checkin_types import CheckIn
    from reflect.drafts import DraftInfo
    from ui.checkin.checkin_dialog import CheckInDialog


def _drafts() -> ModuleType:
    """``reflect.drafts``, loaded by the first task that needs it: on the worker, after the
    window's first paint."""
    from reflect import drafts

    return drafts


#: How long closing the window waits for the last draft to be written (seconds).
FLUSH_TIMEOUT = 5.0


def draft_offer_words(found: list[DraftInfo]) -> tuple[str, str]:
    newest = found[0]
    local = newest.saved_at.astimezone()
    when = QCoreApplication.translate("CheckinFlow", "{day} at {time}").format(
        day=QLocale().toString(QDate(local.year, local.month, local.day), "d MMM"),
        time=f"{local:%H:%M}",
    )
    text = QCoreApplication.translate(
        "CheckinFlow", "You were writing the check-in for {week} — continue?"
    ).format(week=newest.week.label())
    more = len(found) - 1
    others = ""
    if more == 1:
        others = QCoreApplication.translate(
            "CheckinFlow", " There is 1 other draft too; each one opens with its week."
        )
    elif more:
        others = QCoreApplication.translate(
            "CheckinFlow", " There are {count} other drafts too; each one opens with its week."
        ).format(count=more)
    return text, QCoreApplication.translate(
        "CheckinFlow", "It was kept as a draft on {when}, word for word."
    ).format(when=when) + others


class CheckInFlow(QObject):
    #: How long after start-up the dialog's modules load (66 ms of imports), so the week's
    #: first check-in does not wait for them; by then the window is painted and filled.
    WARM_UP_MS = 3000

    dialog_opened = Signal(object)  # the CheckInDialog, once it shows
    checkin_saved = Signal(object)  # the saved CheckIn
    draft_saved = Signal(object)  # the IsoWeek whose draft was written
    draft_offered = Signal(object)  # the QMessageBox offering a draft back

    def __init__(self, runner: TaskRunner, current_week: Callable[[], IsoWeek], parent: QWidget):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._window = parent
        self.dialog: CheckInDialog | None = None
        self._opening = False
        self._generation = 0

    def today(self) -> date:
        """A day of the app's current week: all the domain needs to tell past from future."""
        return self._current_week().monday()

    def warm_up_later(self) -> None:
        """Once the app has settled after start-up: load the dialog's modules, and read on the
        worker what the form takes from the set-up (networks, goals, practices, prompts), which
        stays until the database changes. The week's first opening then waits for neither."""
        QTimer.singleShot(self.WARM_UP_MS, self._warm_up)

    def _warm_up(self) -> None:
        from reflect import checkin_form
        from ui.checkin import checkin_dialog  # noqa: F401

        if not self._runner.is_shut_down:  # the window may have closed meanwhile
            self._runner.run_op(checkin_form.read_set_up, lambda _: None)

    # -- opening -------------------------------------------------------------------------

    def open(self, week: IsoWeek | None = None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._opening:
            return
        self._opening = True
        today = self.today()
        from reflect import checkin_form

        def load() -> CheckInForm:
            return checkin_form.checkin_form(week or checkin_form.week_needing_checkin(today))

        self._runner.run_op(load, self._on_form_loaded, self._on_open_failed)

    def _on_open_failed(self, error: BaseException) -> None:
        self._opening = False
        raise error

    def _on_form_loaded(self, form: CheckInForm) -> None:
        from ui.checkin.checkin_dialog import CheckInDialog

        self._opening = False
        dialog = CheckInDialog(form, self.today(), self._window, self._size())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.week_requested.connect(self._on_dialog_week_requested)
        dialog.draft_changed.connect(self._on_dialog_draft_changed)
        dialog.draft_discarded.connect(self._on_dialog_draft_discarded)
        dialog.save_requested.connect(self._on_dialog_save_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        dialog.focus_first_field()
        self.dialog_opened.emit(dialog)

    def _size(self) -> QSize:
        """As big as a laptop screen allows; on a wide screen, wide enough for two columns."""
        from ui.checkin.checkin_content import CheckInContent

        screen = self._window.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        wide = area.width() >= CheckInContent.WIDE_WIDTH + 80
        width = min(area.width() - 40, 1880) if wide else min(area.width() - 40, 1240)
        return QSize(max(width, 760), max(min(area.height() - 40, 1000), 480))

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self._generation += 1  # a week still loading has nowhere to go

    # -- while it is open ----------------------------------------------------------------

    def _on_dialog_week_requested(self, week: IsoWeek) -> None:
        self._generation += 1
        generation = self._generation

        def loaded(form: CheckInForm) -> None:
            if generation == self._generation and self.dialog is not None:
                self.dialog.set_form(form)

        from reflect import checkin_form

        self._runner.run_op(lambda: checkin_form.checkin_form(week), loaded)

    def _on_dialog_draft_changed(self, checkin: CheckIn) -> None:
        self._runner.run_op(
            lambda: _drafts().save_draft(checkin), lambda _: self._on_draft_saved(checkin.week)
        )

    def _on_draft_saved(self, week: IsoWeek) -> None:
        if self.dialog is not None and self.dialog.form.week == week:
            self.dialog.note_draft_saved()
        self.draft_saved.emit(week)

    def _on_dialog_draft_discarded(self, week: IsoWeek) -> None:
        self._runner.run_op(lambda: _drafts().discard_draft(week), lambda _: None)

    def _on_dialog_save_requested(self, checkin: CheckIn) -> None:
        assert self.dialog is not None
        from reflect import checkin_form

        ask, today = self.dialog.ask_every_week(), self.today()
        self._runner.run_op(
            lambda: checkin_form.save_checkin(checkin, ask, today),
            self._on_saved,
            self._on_save_failed,
        )

    def _on_saved(self, saved: CheckIn) -> None:
        dialog = self.dialog
        self.checkin_saved.emit(saved)  # committed: say so first, then close
        if dialog is not None:
            dialog.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if self.dialog is not None and isinstance(error, ValidationError):
            self.dialog.show_refusal(list(error.problems))
            return
        if self.dialog is not None:
            self.dialog.set_saving(False)
        raise error

    def close(self) -> None:
        """The window is closing: keep what the open dialog holds as a draft (waiting a moment
        for it to be written) and close the dialog without asking."""
        if self.dialog is None:
            return
        pending = None
        if self.dialog.has_changes():
            value = self.dialog.value()
            pending = self._runner.run(lambda: _drafts().save_draft(value))
        self.dialog.close_quietly()
        if pending is not None:
            concurrent.futures.wait([pending], timeout=FLUSH_TIMEOUT)

    # -- at start-up ---------------------------------------------------------------------

    def offer_drafts(self) -> None:
        """Offer back the newest draft a crash or a kill left behind, if there is one."""
        self._runner.run_op(lambda: _drafts().drafts(), self._on_drafts_found)

    def _on_drafts_found(self, found: list[DraftInfo]) -> None:
        if not found or self.dialog is not None or self._opening:
            return
        week = found[0].week
        text, detail = draft_offer_words(found)
        box = QMessageBox(self._window)
        box.setObjectName("draftOffer")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Reflect")
        box.setText(text)
        box.setInformativeText(detail)
        resume = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(resume)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is resume:
                self.open(week)
            elif clicked is discard:
                self._runner.run_op(lambda: _drafts().discard_draft(week), lambda _: None)

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.draft_offered.emit(box)
