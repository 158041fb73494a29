"""The weekly check-in dialog: it renders a ``CheckInForm`` and collects a ``CheckIn``.

It writes nothing itself. It says what happened (``draft_changed`` about a second after the
last keystroke, ``draft_discarded``) and what the user wants (``save_requested``,
``week_requested``); :class:`~ui.checkin.checkin_flow.CheckInFlow` does the database work
through the task runner and hands results back (``set_form``, ``show_refusal``).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect import checkin_form
from reflect.checkin_form import CheckInForm
from reflect.checkins import CheckIn
from reflect.errors import Problem
from ui.checkin.checkin_content import CheckInContent
from ui.checkin.dialog_parts import DialogFooter, DialogHeader, place_over
from ui.checkin.fields import mark
from ui.checkin.leave_question import LeaveQuestion
from ui.checkin.saving_guard import SavingGuard
from ui.checkin.week_picker import relative_words
from ui.text import upper_first

#: Keep a draft this long after the last change (milliseconds).
DRAFT_DELAY_MS = 1000
#: Roughly: the header, the week's card and the networks' header above the first row, the
#: footer below; and one network row with its info line (pixels).
ABOVE_ROWS, ROW_HEIGHT = 390, 70
ORIGIN_WORDS = {
    "new": QT_TRANSLATE_NOOP("CheckinDialog", "a new check-in"),
    "saved": QT_TRANSLATE_NOOP("CheckinDialog", "your saved check-in, to edit"),
    "draft": QT_TRANSLATE_NOOP("CheckinDialog", "the draft you were writing, just as you left it"),
}


def rows_on_screen(height: int) -> int:
    """About how many network rows a dialog this tall shows before scrolling (at least two)."""
    return max(2, (height - ABOVE_ROWS) // ROW_HEIGHT + 1)


def plural_notes(count: int) -> str:
    return (
        QCoreApplication.translate("CheckinDialog", "one note")
        if count == 1
        else QCoreApplication.translate("CheckinDialog", "{count} notes").format(count=count)
    )


class CheckInDialog(QDialog):
    week_requested = Signal(object)  # IsoWeek: load this week's form, please
    save_requested = Signal(object)  # CheckIn: valid as far as the dialog can tell
    draft_changed = Signal(object)  # CheckIn: as typed, valid or not; keep it
    draft_discarded = Signal(object)  # IsoWeek: the user threw the typing away
    fully_built = Signal()  # every row and section has its fields now

    def __init__(
        self,
        form: CheckInForm,
        today: date,
        parent: QWidget | None = None,
        size: QSize | None = None,
    ):
        """``size``: the size to open at, so the rows on screen are built first.

        ``parent`` is the window the dialog belongs to, but not its parent widget: a child
        dialog would take the window's style sheet, and every field under a style sheet costs
        Qt's style-sheet style its polish (a third of the opening). So the dialog is a window
        of its own, transient for ``parent``'s, modal, and placed over it as a child is."""
        super().__init__(None)
        self._owner = parent.window() if parent is not None else None
        if size is not None:
            self.resize(size)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(self.tr("Weekly check-in — Reflect"))
        self.setModal(True)
        if self._owner is not None:
            self._owner.destroyed.connect(self.deleteLater)  # as a child would go with it
        self._today = today
        self._form = form
        self._initial: CheckIn | None = None
        self._refused: list[Problem] = []
        self._loading = False
        self._saving = False
        self._draft_written = False
        self._draft_time = ""
        self._left_note = ""  # said once after moving to another week
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush_draft)
        self._guard = SavingGuard(self)
        self.finished.connect(self._on_finished)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = DialogHeader()
        self.week_label, self.origin, self.week_note = header.week_label, header.origin, header.note
        self.picker = header.picker
        self.picker.week_chosen.connect(self._on_picker_week_chosen)
        outer.addWidget(header)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("checkInScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Tab goes to the fields, which it follows
        outer.addWidget(self.scroll, 1)
        footer = DialogFooter()
        self.general_note, self.status = footer.note, footer.status
        self.cancel_button, self.save_button = footer.cancel_button, footer.save_button
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_triggered)
        outer.addWidget(footer)
        self.content: CheckInContent | None = None
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_triggered)
        self.set_form(form)

    # -- building ------------------------------------------------------------------------

    # -- what the flow calls -------------------------------------------------------------

    @property
    def form(self) -> CheckInForm:
        return self._form

    def set_form(self, form: CheckInForm) -> None:
        """Show ``form``: its week, its networks and prompts, and what it starts from."""
        self._loading = True
        self._timer.stop()
        self._form = form
        self._refused = []
        self._draft_written = form.origin == "draft"
        self._draft_time = ""
        self.content = CheckInContent(form, self._today, rows_on_screen(self.height()))
        self.content.changed.connect(self._on_content_changed)
        self.content.networks.rows_built.connect(self._chain_focus)
        self.content.built.connect(self._on_content_built)
        self.scroll.setWidget(self.content)
        self.content.arrange(self._wide())
        self.picker.set_week(form.week)
        self.week_label.setText(form.week.label())
        origin = ORIGIN_WORDS.get(form.origin, form.origin)
        self.origin.setText(
            f"{upper_first(relative_words(form.week, self._today))} · "
            f"{QCoreApplication.translate('CheckinDialog', origin)}"
        )
        self._chain_focus()
        self._initial = self.value()
        self._loading = False
        self._refresh()
        if self._left_note:
            self.status.setText(f"{self.status.text()}  {self._left_note}")
            self._left_note = ""

    def value(self) -> CheckIn:
        assert self.content is not None
        return self.content.value()

    def focus_first_field(self) -> None:
        if self.content is not None:
            self.content.week.workload.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_every_week(self) -> tuple[str, ...]:
        """Questions of the user's own to ask every week from now on."""
        return self.content.ask_every_week() if self.content else ()

    def is_built(self) -> bool:
        """Every row and section of the check-in has its fields (see ``CheckInContent``)."""
        return self.content is not None and self.content.is_built()

    def problems(self) -> list[Problem]:
        """What the domain says about the check-in as it stands (without the database)."""
        return checkin_form.typing_problems(self.value(), self._today)

    def has_changes(self, value: CheckIn | None = None) -> bool:
        return (value or self.value()) != self._initial

    def set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._refresh()

    def show_refusal(self, problems: list[Problem]) -> None:
        """The save was refused (something changed meanwhile): say why beside the fields."""
        self._saving = False
        self._refused = list(problems)
        self._refresh()

    def note_draft_saved(self) -> None:
        self._draft_time = datetime.now().strftime("%H:%M")
        self._refresh()

    def flush_draft(self) -> None:
        """Keep what is typed now (``draft_changed``); no need when nothing changed."""
        self._timer.stop()
        if self._loading or self.content is None:
            return
        value = self.value()
        typing = checkin_form.typing_problems(value, self._today)
        if any(p.code == "future_week" for p in typing):
            return  # a week that has not started is not worth keeping
        if self.has_changes(value):
            self._draft_written = True
            self.draft_changed.emit(value)
        elif self._draft_written and self._form.origin != "draft":
            self._draft_written = False  # typed, then put back as it was: no draft needed
            self.draft_discarded.emit(self._form.week)

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask first when something would be lost."""
        if self._saving:
            return
        if self._loading or not (self.has_changes() or self._form.origin == "draft"):
            self.flush_draft()  # a draft of typing that was put back is let go
            super().reject()
            return
        self._ask_about_leaving()

    def close_quietly(self) -> None:
        """Close without asking and without keeping anything more (the flow has kept it)."""
        self._timer.stop()
        self._loading = True
        QDialog.reject(self)

    def _ask_about_leaving(self) -> None:
        week = self._form.week
        question = LeaveQuestion(self, week, saved=self._form.checkin.id is not None)

        def answered(_result: int) -> None:
            clicked = question.clickedButton()
            if clicked is question.keep:
                self.flush_draft()
                QDialog.reject(self)
            elif clicked is question.discard:
                self._timer.stop()
                self.draft_discarded.emit(week)
                QDialog.reject(self)

        question.finished.connect(answered)
        question.open()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab: every network row has its fields before focus moves on."""
        if self.content is not None:
            self.content.ensure_built()
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never saves: in a one-line field it moves on, elsewhere it does nothing."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QLineEdit | QAbstractSpinBox | QComboBox | QCheckBox):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- inside --------------------------------------------------------------------------

    @property
    def owner(self) -> QWidget | None:
        """The window the dialog belongs to (see ``__init__``)."""
        return self._owner

    def setVisible(self, visible: bool) -> None:
        if visible and self._owner is not None and not self.isVisible():
            place_over(self, self._owner)
        super().setVisible(visible)

    def _wide(self) -> bool:
        return self.width() >= CheckInContent.WIDE_WIDTH

    def showEvent(self, event: QShowEvent) -> None:
        """The fields are shown now, and only now do they count in the cards' height for their
        width: let the scroll area size the content by it before the first frame (it would
        otherwise squeeze the rows into the viewport's height for one frame)."""
        super().showEvent(event)
        self.scroll.setWidgetResizable(True)  # sizes the content again, at once

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.content is not None:
            self.content.arrange(self._wide())

    def _chain_focus(self) -> None:
        """Tab goes through the week picker, the sections top to bottom, then Cancel and Save
        (set explicitly: a rebuilt section would otherwise join the chain at its end)."""
        assert self.content is not None
        chain = [
            *self.picker.focus_widgets(),
            *self.content.focus_widgets(),
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_finished(self, _result: int) -> None:
        self._guard.release()

    def _on_content_built(self) -> None:
        self._chain_focus()
        self.fully_built.emit()

    def _on_picker_week_chosen(self, week) -> None:
        if week == self._form.week:
            return
        if self.has_changes():
            self._left_note = self.tr("Your answers for {week} were kept as a draft.").format(
                week=self._form.week
            )
        self.flush_draft()
        self._loading = True
        if self.content is not None:
            self.content.setEnabled(False)
        self.status.setText(self.tr("Opening {week}…").format(week=week))
        self.save_button.setEnabled(False)
        self.week_requested.emit(week)

    def _on_content_changed(self) -> None:
        if self._loading:
            return
        self._refresh()
        self._timer.start()

    def _on_save_triggered(self) -> None:
        if self._loading or self._saving:
            return
        value = self.value()
        if checkin_form.typing_problems(value, self._today):
            return
        self._timer.stop()
        self._saving = True
        # Nothing changed since the last refresh (every change refreshes): only the state.
        self._show_state(typing=False)
        self.save_requested.emit(value)

    def _refresh(self) -> None:
        """Problems beside their fields, goal progress, the summary, and whether Save is on."""
        if self.content is None or self._loading:
            return
        value = self.value()
        typing = checkin_form.typing_problems(value, self._today)
        shown = typing + [p for p in self._refused if p not in typing]
        general = self.content.show_problems(shown, value)
        week_messages = [p.message for p in shown if p.field in ("week", "id")]
        self.week_note.show_messages(week_messages)
        mark(self.picker.day, bool(week_messages))
        self.general_note.show_messages([p.message for p in general])
        self.content.show_progress(value)
        self._show_state(bool(typing), len(typing))

    def _show_state(self, typing: bool, notes: int = 0) -> None:
        """Whether Save and the fields are on, and the footer's words."""
        assert self.content is not None
        self.save_button.setEnabled(not typing and not self._saving)
        self.content.set_paused(self._saving)
        if self._saving:
            self._guard.hold(self.content, self.picker)
        else:
            self._guard.release()
        if self._saving:
            status = self.tr("Saving…")
        elif typing:
            status = self.tr("Almost there: {notes} above to look at before saving.").format(
                notes=plural_notes(notes)
            )
        else:
            status = self.tr("Ready to save (Ctrl+S).")
        if self._draft_time and not self._saving:
            status += "  " + self.tr("Your answers were kept as a draft at {time}.").format(
                time=self._draft_time
            )
        self.status.setText(status)
