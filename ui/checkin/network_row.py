"""One compact row per active network: counts, feedback, role shares, a note, "didn't use it",
and under it where the numbers came from and how the network's count goals stand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from reflect.checkin_form import NetworkRow as FormRow
from reflect.checkins import COUNTS, FEEDBACK, ROLES, Entry, Roles
from reflect.goals import Goal, GoalState
from ui.checkin.dotted_text import DottedText, Part
from ui.checkin.fields import CountEdit, ProblemNote, mark
from ui.checkin.role_share_control import UNSET, RoleShareControl
from ui.checkin.style import bold, quiet
from ui.text import STATE_WORDS, domain, plural, tr
from ui.theme import STATE_COLOURS

NOT_SAID = "—"
#: Between the parts of a row's info line.
SEPARATOR = " \u00a0·\u00a0 "
NOTE_LENGTH = 32767  # what a QLineEdit holds
#: Rows built in one turn of the event loop once the dialog shows (see NetworksSection).
ROWS_PER_TURN = 2
#: Between those turns, time for the event loop to take input and paint (milliseconds).
BREATH_MS = 5
COUNT_HEADERS = {
    "posts": QT_TRANSLATE_NOOP("NetworkRow", "Posts"),
    "comments": QT_TRANSLATE_NOOP("NetworkRow", "Comments"),
    "shares": QT_TRANSLATE_NOOP("NetworkRow", "Shares"),
    "reactions": QT_TRANSLATE_NOOP("NetworkRow", "Reactions"),
    "minutes": QT_TRANSLATE_NOOP("NetworkRow", "Minutes"),
}
#: Grid columns: name, didn't use it, the five counts, feedback, roles, note.
NAME, UNUSED, FIRST_COUNT = 0, 1, 2
FEEDBACK_COLUMN = FIRST_COUNT + len(COUNTS)
ROLES_COLUMN = FEEDBACK_COLUMN + 1
NOTE_COLUMN = ROLES_COLUMN + 1
COLUMN_HEADERS = {
    **{FIRST_COUNT + i: COUNT_HEADERS[name] for i, name in enumerate(COUNTS)},
    FEEDBACK_COLUMN: QT_TRANSLATE_NOOP("NetworkRow", "Feedback"),
    ROLES_COLUMN: QT_TRANSLATE_NOOP("NetworkRow", "Creator · commenter · reader %"),
    NOTE_COLUMN: QT_TRANSLATE_NOOP("NetworkRow", "Note"),
}


def counted_words(entry: Entry) -> str:
    """ "3 posts, 2 comments" — the measured counts that are not zero."""
    parts = [plural(entry.count(n), n.removesuffix("s")) for n in COUNTS if entry.count(n)]
    return ", ".join(parts) if parts else "nothing"


def shown(entry: Entry) -> Entry:
    """``entry`` as the row's fields give it back: a feedback word they offer, role shares
    within 0–100 (or not said), a note a line field holds."""
    roles = entry.roles
    if roles is not None:
        shares = [max(UNSET, min(100, getattr(roles, role))) for role in ROLES]
        roles = None if UNSET in shares else Roles(*shares)
    return Entry(
        entry.network_id,
        entry.unused,
        *(getattr(entry, name) for name in COUNTS),
        feedback=entry.feedback if entry.feedback in FEEDBACK else None,
        roles=roles,
        note=entry.note[:NOTE_LENGTH],
    )


def progress_words(goal: Goal, state: GoalState) -> str:
    """ "Share what I learn: 2 of 3 posts" (or the state's word when there is no number)."""
    words = domain(state.detail) or tr(STATE_WORDS.get(state.state, state.state)).lower()
    return f"{goal.title}: {words}"


class NetworkRow(QObject):
    """The widgets of one network's entry; ``place`` puts them into the section's grid so
    every row's columns line up."""

    changed = Signal()

    def __init__(self, row: FormRow, origin: str, parent: QWidget):
        super().__init__(parent)
        self.form_row = row
        network = row.network
        self.network_id = network.id
        self._origin = origin
        self._parent = parent
        self._stash: Entry | None = None  # what "didn't use it" cleared, to give back
        # Until its fields are built (see NetworksSection), the row holds what they would show.
        self.built = False
        self._entry = Entry(network.id)
        self._problems: dict[str, list[str]] = {}
        self._states: Sequence[tuple[Goal, GoalState]] = ()
        self.name = DottedText(wrap=False, parent=parent)
        self.name.setObjectName("networkName")
        bold(self.name)
        self.name.set_parts([(network.colour, "●"), ("", f"\u00a0{network.name}")])
        self.name.setToolTip(network.purpose)

    def build(self) -> None:
        """Make the row's fields and fill them with what it holds."""
        if self.built:
            return
        parent, network = self._parent, self.form_row.network
        self.unused = QCheckBox(self.tr("Didn't use it"), parent)
        self.unused.setAccessibleName(
            self.tr("Didn't use {network} this week").format(network=network.name)
        )
        self.counts = {
            name: CountEdit(f"{network.name} {self.tr(COUNT_HEADERS[name]).lower()}", parent)
            for name in COUNTS
        }
        self.feedback = QComboBox(parent)
        self.feedback.addItems(
            [self.tr(NOT_SAID), *(QCoreApplication.translate("Words", w) for w in FEEDBACK)]
        )
        self.feedback.setAccessibleName(
            self.tr("{network} feedback received").format(network=network.name)
        )
        self.feedback.setToolTip(self.tr("Feedback received: none, a little or a lot."))
        self.roles = RoleShareControl(network.name, parent)
        self.note = QLineEdit(parent)
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        self.note.setAccessibleName(self.tr("{network} note").format(network=network.name))
        self.note.setMinimumWidth(120)
        self.info = DottedText(parent=parent)
        self.info.setObjectName("rowInfo")
        quiet(self.info)
        self._problem: ProblemNote | None = None  # made when the domain first says something
        self._grid: tuple[QGridLayout, int] | None = None
        self.built = True
        self.set_entry(self._entry)
        self.show_problems(self._problems)
        self.show_progress(self._states)

        self.unused.toggled.connect(self._on_unused_toggled)
        for edit in self.counts.values():
            edit.textChanged.connect(self.changed)
        self.feedback.currentIndexChanged.connect(self.changed)
        self.roles.changed.connect(self.changed)
        self.note.textChanged.connect(self.changed)

    def place_name(self, grid: QGridLayout, row: int) -> None:
        grid.addWidget(self.name, row, NAME, Qt.AlignmentFlag.AlignVCenter)

    def place(self, grid: QGridLayout, row: int) -> None:
        """Fields on ``row`` (beside the name); the info line and the domain's notes on the two
        below it."""
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.unused, row, UNUSED)
        for i, name in enumerate(COUNTS):
            grid.addWidget(self.counts[name], row, FIRST_COUNT + i)
        grid.addWidget(self.feedback, row, FEEDBACK_COLUMN)
        grid.addWidget(self.roles, row, ROLES_COLUMN, top)
        grid.addWidget(self.note, row, NOTE_COLUMN)
        grid.addWidget(self.info, row + 1, UNUSED, 1, NOTE_COLUMN)
        self._grid = (grid, row + 2)
        if self._problem is not None:
            grid.addWidget(self._problem, row + 2, UNUSED, 1, NOTE_COLUMN)
        for field in (self.unused, *self.counts.values(), self.feedback, self.roles, self.note):
            field.show()  # built after the dialog showed: at once, so Tab can reach them

    @property
    def problem(self) -> ProblemNote:
        """What the domain says about the row, under its info line. Hidden while it says
        nothing, and only made once it first does (most rows never need one)."""
        if self._problem is None:
            self._problem = ProblemNote(self._parent)
            if self._grid is not None:
                grid, row = self._grid
                grid.addWidget(self._problem, row, UNUSED, 1, NOTE_COLUMN)
        return self._problem

    def focus_widgets(self) -> list[QWidget]:
        if not self.built:
            return []
        return [
            self.unused,
            *self.counts.values(),
            self.feedback,
            *self.roles.focus_widgets(),
            self.note,
        ]

    def entry(self) -> Entry:
        if not self.built:
            return self._entry
        index = self.feedback.currentIndex()
        feedback = FEEDBACK[index - 1] if index > 0 else NOT_SAID
        return Entry(
            self.network_id,
            self.unused.isChecked(),
            *(self.counts[name].value() for name in COUNTS),
            feedback=None if feedback == NOT_SAID else feedback,
            roles=self.roles.value(),
            note=self.note.text(),
        )

    def set_entry(self, entry: Entry) -> None:
        if not self.built:
            self._entry = shown(entry)
            return
        self._stash = None
        self.unused.blockSignals(True)
        self.unused.setChecked(entry.unused)
        self.unused.blockSignals(False)
        self._fill(entry)
        self.note.setText(entry.note)
        self._enable(not entry.unused)

    def show_progress(self, states: Sequence[tuple[Goal, GoalState]]) -> None:
        if not self.built:
            self._states = states
            return
        parts: list[Part] = []
        measured = self.form_row.measured
        if measured is not None:
            source = self.form_row.measured_from
            if self._origin == "new":
                words = self.tr("Filled in from {source}: change anything that is off.").format(
                    source=source
                )
            else:
                words = self.tr("{source} counted {counts}.").format(
                    source=source.capitalize(), counts=counted_words(measured)
                )
            parts.append(("", words))
        for goal, state in states:
            colour = STATE_COLOURS.get(state.state, STATE_COLOURS["no data"])
            if parts:
                parts.append(("", SEPARATOR))
            parts += [(colour, "●"), ("", f"\u00a0{progress_words(goal, state)}")]
        self.info.set_parts(parts)
        self.info.setVisible(bool(parts))

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        """``by_field`` maps "posts", "roles", "" (the whole entry) … to the domain's words."""
        if not self.built:
            self._problems = by_field
            return
        messages = [m for messages in by_field.values() for m in messages]
        if messages or self._problem is not None:
            self.problem.show_messages(messages)
        for name, edit in self.counts.items():
            mark(edit, name in by_field)
        mark(self.feedback, "feedback" in by_field)
        for box in self.roles.boxes:
            mark(box, "roles" in by_field)

    def _fill(self, entry: Entry) -> None:
        for name in COUNTS:
            self.counts[name].set_value(getattr(entry, name))
        self.feedback.setCurrentIndex(
            0 if entry.feedback not in FEEDBACK else FEEDBACK.index(entry.feedback) + 1
        )
        self.roles.set_value(entry.roles)

    def _enable(self, enabled: bool) -> None:
        for widget in (*self.counts.values(), self.feedback, self.roles):
            widget.setEnabled(enabled)

    def _on_unused_toggled(self, unused: bool) -> None:
        """A week away from a network has no counts: clear them, and give them back if the
        box is unticked again."""
        if unused:
            self._stash = self.entry()
            self._fill(Entry(self.network_id, note=self.note.text()))
        elif self._stash is not None:
            self._fill(replace(self._stash, unused=False))
            self._stash = None
        self._enable(not unused)
        self.changed.emit()


class NetworksSection(QWidget):
    """The header and one row per network, in one grid.

    Only the first ``first`` rows' fields are built at once (the ones on screen when the dialog
    opens); the rest follow, a few per turn of the event loop, so the dialog shows quickly.
    Until then a row holds its entry, notes and progress, and gives them back unchanged;
    ``ensure_built`` builds every row at once (before Tab moves into them)."""

    changed = Signal()
    rows_built = Signal()  # more rows have fields now (they join the Tab order)

    def __init__(
        self,
        rows: Sequence[FormRow],
        origin: str,
        first: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for column, text in COLUMN_HEADERS.items() if rows else ():
            header = QLabel(QCoreApplication.translate("NetworkRow", text))
            header.setObjectName("columnHeader")
            quiet(header)
            header.setWordWrap(column == ROLES_COLUMN)  # longer in some languages than the boxes
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        self._grid = grid
        self.rows = [NetworkRow(row, origin, self) for row in rows]
        for index, row in enumerate(self.rows):
            row.place_name(grid, 1 + 3 * index)  # every name at once: the columns stay put
            grid.setRowMinimumHeight(3 + 3 * index, 0)
        grid.setColumnStretch(NOTE_COLUMN, 1)
        self.empty = QLabel(
            self.tr("No active networks. Add one on the Networks page, and it shows here.")
        )
        self.empty.setObjectName("rowInfo")
        quiet(self.empty)
        self.empty.setVisible(not self.rows)
        self._next = 0  # the first row without fields
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(BREATH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._build(len(self.rows) if first is None else first)

    def is_built(self) -> bool:
        return self._next >= len(self.rows)

    def ensure_built(self) -> None:
        """Build every row that is still waiting."""
        if not self.is_built():
            self._timer.stop()
            self._build(len(self.rows))
            self.rows_built.emit()

    def focus_widgets(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.focus_widgets()]

    def set_paused(self, paused: bool) -> None:
        """Build no more rows for now (while saving: the dialog is about to close)."""
        if paused == self._paused:
            return
        self._paused = paused
        if paused:
            self._timer.stop()
        else:
            self.update()  # the next paint goes on building

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows on screen are painted: now the others, one turn of the event loop after
        another (before, they would hold up the dialog's first paint)."""
        super().paintEvent(event)
        if not (self.is_built() or self._paused or self._timer.isActive()) and self.isEnabled():
            self._timer.start()

    def _build(self, count: int) -> None:
        for index in range(self._next, min(self._next + count, len(self.rows))):
            row = self.rows[index]
            row.build()
            row.place(self._grid, 1 + 3 * index)
            row.changed.connect(self.changed)
            self._next = index + 1
        # Always the grid's last item, after the rows' fields: where the hidden, spanning label
        # sits in the grid's order changes the spacing under the header (by two pixels).
        self._grid.removeWidget(self.empty)
        self._grid.addWidget(self.empty, 1, 0, 1, NOTE_COLUMN + 1)

    def _on_timer_timeout(self) -> None:
        # Loading another week, or closed: stop (a paint starts it again).
        if self._paused or not (self.isEnabled() and self.isVisible()):
            self._timer.stop()
            return
        self._build(ROWS_PER_TURN)
        if self.is_built():
            self._timer.stop()
        self.rows_built.emit()
