"""The body of the check-in dialog: its sections as cards, in one column, or in two on a wide
screen. It turns the widgets into a ``CheckIn`` and puts the domain's words beside them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reflect import checkin_form
from reflect.checkin_form import CheckInForm
from reflect.checkins import VERDICTS, WORKLOAD_WORDS, CheckIn, Entry
from reflect.errors import Problem
from ui.checkin.dialog_parts import CheckInCard
from ui.checkin.network_row import BREATH_MS, NetworksSection
from ui.checkin.practices_section import (
    RATING_CHOICES,
    FreeGoalsSection,
    PracticesSection,
    shown_choices,
)
from ui.checkin.prompts_section import PromptsSection, shown_answers
from ui.checkin.style import quiet
from ui.checkin.week_section import FIELDS as WEEK_FIELDS
from ui.checkin.week_section import WeekSection
from ui.text import domain
from ui.widgets import muted_label

#: The cards top to bottom in one column (and the order for Tab).
ORDER = ("week", "networks", "practices", "goals", "prompts", "summary")
_ENTRY = re.compile(r"^entries\[(\d+)\](?:\.(\w+))?$")
_INDEXED = re.compile(r"^(ratings|judgements)\[(\d+)\]$")


class CheckInContent(QWidget):
    changed = Signal()
    built = Signal()  # every row and section has its fields now (they join the Tab order)
    #: From this dialog width on, practices and reflection go in a second column.
    WIDE_WIDTH = 1800

    def __init__(
        self,
        form: CheckInForm,
        today: date,
        first_rows: int | None = None,
        parent: QWidget | None = None,
    ):
        """``first_rows``: how many network rows to build at once (all, and every section, when
        None); the other rows follow on the next turns of the event loop, and the sections below
        them (practices, goals, reflection, the summary: off screen when the dialog opens, unless
        there are fewer rows than that) once every row is built. Until a section is built,
        ``value`` gives back what it would hold; reading ``practices``, ``free_goals``,
        ``prompts`` or ``summary`` builds them at once."""
        super().__init__(parent)
        self.setObjectName("checkInContent")
        self.form = form
        start = form.checkin

        self.week = WeekSection(form.context_tags)
        self.networks = NetworksSection(form.rows, form.origin, first_rows)
        self._progress_value: CheckIn | None = None
        self._rows_with_progress: set = set()  # the rows showing it for _progress_value
        self._rated_problems: dict[str, dict[str, list[str]]] = {"ratings": {}, "judgements": {}}
        self._rest_built = False
        self._paused = False
        self._rest_timer = QTimer(self)
        self._rest_timer.setInterval(BREATH_MS)
        self._rest_timer.timeout.connect(self._on_rest_timer_timeout)

        self.cards = {
            "week": self._card(self.tr("The week"), self.week),
            "networks": self._card(
                self.tr("Your networks"),
                self.networks,
                self.tr(
                    "Leave a number empty when you don't know it; "
                    "tick “Didn't use it” for a week away."
                ),
            ),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 4, 24, 12)
        row.setSpacing(14)
        self._columns = (QVBoxLayout(), QVBoxLayout())
        for column in self._columns:
            column.setSpacing(14)
            row.addLayout(column)
        self._row = row
        self._wide: bool | None = None

        self.week.set_checkin(start)
        entries = {e.network_id: e for e in start.entries}
        for line in self.networks.rows:
            line.set_entry(entries.get(line.network_id) or Entry(line.network_id))
        for section in (self.week, self.networks):
            section.changed.connect(self.changed)
        self.networks.rows_built.connect(self._on_networks_rows_built)
        if first_rows is None or len(form.rows) < first_rows:
            self._build_rest()  # the networks end on the first screen: the practices show too
        self.arrange(False)

    # -- the sections below the networks, built once the dialog shows ---------------------

    def _build_rest(self) -> None:
        """Practices, goals, reflection and the summary, with what the check-in holds."""
        if self._rest_built:
            return
        self._rest_built = True
        self._rest_timer.stop()
        form, start = self.form, self.form.checkin
        self._practices = PracticesSection(form.practices)
        self._free_goals = FreeGoalsSection(
            form.free_goals, [row.network for row in form.rows], form.week
        )
        self._prompts = PromptsSection(form.prompts, start.answers)
        self._summary = QLabel()
        self._summary.setTextFormat(Qt.TextFormat.RichText)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cards.update(
            {
                "practices": self._card(
                    self.tr("Practices"),
                    self._practices,
                    self.tr(
                        "How much you did each this week, from 0 (not at all) to 3 (a lot). "
                        "Skip any you'd rather not rate."
                    ),
                ),
                "goals": self._card(self.tr("Goals you judge yourself"), self._free_goals),
                "prompts": self._card(
                    self.tr("Reflection"),
                    self._prompts,
                    self.tr("Answer as much or as little as you like; skip any prompt."),
                ),
                "summary": self._card(self.tr("Your week in short"), self._summary),
            }
        )
        self._practices.set_values(dict(start.ratings))
        self._free_goals.set_values(dict(start.judgements))
        self._practices.show_problems(self._rated_problems["ratings"])
        self._free_goals.show_problems(self._rated_problems["judgements"])
        if self._progress_value is not None:
            self._show_summary(self._progress_value)
        for section in (self._practices, self._free_goals, self._prompts):
            section.changed.connect(self.changed)
        if not form.free_goals:
            self.cards["goals"].hide()
        if self._wide is not None:  # arranged already (else the cards are placed with the rest)
            wide, self._wide = self._wide, None
            self.arrange(wide)
            for key in ("practices", "goals", "prompts", "summary"):
                if key != "goals" or form.free_goals:
                    self.cards[key].show()  # at once, not on the next turn: Tab reaches them

    def is_built(self) -> bool:
        """Every network row and every section has its fields."""
        return self._rest_built and self.networks.is_built()

    def ensure_built(self) -> None:
        """Build every row and section still waiting (before Tab moves through them)."""
        if self.is_built():
            return
        self.networks.ensure_built()
        self._build_rest()
        self.built.emit()

    def set_paused(self, paused: bool) -> None:
        """Build nothing more for now (while saving: the dialog is about to close)."""
        self._paused = paused
        if paused:
            self._rest_timer.stop()
        else:
            self.update()  # the next paint goes on building
        self.networks.set_paused(paused)

    @property
    def practices(self) -> PracticesSection:
        self._build_rest()
        return self._practices

    @property
    def free_goals(self) -> FreeGoalsSection:
        self._build_rest()
        return self._free_goals

    @property
    def prompts(self) -> PromptsSection:
        self._build_rest()
        return self._prompts

    @property
    def summary(self) -> QLabel:
        self._build_rest()
        return self._summary

    def ask_every_week(self) -> tuple[str, ...]:
        """Questions of the user's own to ask every week from now on (none before the
        reflection is built: there was nowhere to type one)."""
        return self._prompts.ask_every_week() if self._rest_built else ()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The dialog has painted what is on screen: the rest can follow."""
        super().paintEvent(event)
        waiting = not (self._rest_built or self._paused or self._rest_timer.isActive())
        if waiting and self.isEnabled():
            self._rest_timer.start()

    def _on_rest_timer_timeout(self) -> None:
        if self._paused or not (self.isEnabled() and self.isVisible()):  # a paint restarts it
            self._rest_timer.stop()
            return
        if not self.networks.is_built():
            return  # the rows on screen come first
        self._build_rest()
        self.built.emit()

    @staticmethod
    def _card(title: str, body: QWidget, hint: str = "") -> CheckInCard:
        card = CheckInCard(title)
        if hint:
            card.body.addWidget(quiet(muted_label(hint), points=None))
        card.body.addWidget(body)
        return card

    def arrange(self, wide: bool) -> None:
        """One column; or, on a wide screen, the week and the networks on the left and the
        practices, goals and reflection on the right. The order for Tab stays the same."""
        if wide == self._wide:
            return
        self._wide = wide
        for column in self._columns:
            for card in self.cards.values():
                column.removeWidget(card)  # deletes its layout item: a stale one caches sizes
            while column.count():
                column.takeAt(0)  # the stretch
        left = ("week", "networks", "summary") if wide else ORDER
        right = ("practices", "goals", "prompts") if wide else ()
        for column, keys in zip(self._columns, (left, right), strict=True):
            for key in keys:
                if key in self.cards:  # not yet built: added when it is
                    column.addWidget(self.cards[key])
            column.addStretch(1)
        self._row.setStretch(0, 3 if wide else 1)
        self._row.setStretch(1, 2 if wide else 0)

    def focus_widgets(self) -> list[QWidget]:
        widgets = [*self.week.focus_widgets(), *self.networks.focus_widgets()]
        if self._rest_built:
            widgets += [
                *self._practices.focus_widgets(),
                *self._free_goals.focus_widgets(),
                *self._prompts.focus_widgets(),
            ]
        return widgets

    def value(self) -> CheckIn:
        """What the dialog holds. Entries, ratings and judgements the form does not show (an
        archived network, practice or goal) are kept as they were."""
        start = self.form.checkin
        entries = [row.entry() for row in self.networks.rows]
        shown = {e.network_id for e in entries}
        entries += [e for e in start.entries if e.network_id not in shown]
        if self._rest_built:
            ratings = list(self._practices.values())
            judgements = list(self._free_goals.values())
            answers = self._prompts.answers()
        else:  # what the sections will hold once built
            practices = [p.id for p in self.form.practices]
            goals = [g.id for g in self.form.free_goals]
            ratings = shown_choices(practices, start.ratings, RATING_CHOICES)
            judgements = shown_choices(goals, start.judgements, VERDICTS)
            answers = shown_answers(self.form.prompts, start.answers)
        rated = {p.id for p in self.form.practices}
        ratings += [r for r in start.ratings if r[0] not in rated]
        judged = {g.id for g in self.form.free_goals}
        judgements += [j for j in start.judgements if j[0] not in judged]
        return CheckIn(
            self.form.week,
            entries=tuple(entries),
            ratings=tuple(ratings),  # type: ignore[arg-type]
            answers=answers,
            judgements=tuple(judgements),  # type: ignore[arg-type]
            id=start.id,
            **self.week.values(),
        )

    def show_problems(self, problems: Sequence[Problem], value: CheckIn) -> list[Problem]:
        """Put each problem beside its field; return those that belong to no field shown."""
        week: dict[str, list[str]] = defaultdict(list)
        rows: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        rated: dict[str, dict[str, list[str]]] = {"ratings": {}, "judgements": {}}
        general = []
        for problem in problems:
            entry = _ENTRY.match(problem.field)
            indexed = _INDEXED.match(problem.field)
            if problem.field in WEEK_FIELDS:
                week[problem.field].append(problem.message)
            elif problem.field in ("week", "id"):
                continue  # the dialog shows these beside the week picker
            elif entry and int(entry.group(1)) < len(self.networks.rows):
                rows[int(entry.group(1))][entry.group(2) or ""].append(problem.message)
            elif indexed:
                kind, index = indexed.group(1), int(indexed.group(2))
                items = value.ratings if kind == "ratings" else value.judgements
                item_id = items[index][0] if index < len(items) else ""
                rated[kind].setdefault(item_id, []).append(problem.message)
            else:
                general.append(problem)
        self.week.show_problems(week)
        for index, row in enumerate(self.networks.rows):
            row.show_problems(rows.get(index, {}))
        self._rated_problems = rated
        if self._rest_built:
            self._practices.show_problems(rated["ratings"])
            self._free_goals.show_problems(rated["judgements"])
        return general

    def show_progress(self, value: CheckIn) -> None:
        """Each network's count goals inline ("2 of 3 posts"), and the kind summary."""
        self._progress_value = value
        self._rows_with_progress = set()
        self._show_rows_progress(value)
        if self._rest_built:
            self._show_summary(value)

    def _show_summary(self, value: CheckIn) -> None:
        if value.workload not in WORKLOAD_WORDS:
            self._summary.setText(
                escape(
                    self.tr("Once you have said how the week was, a few lines about it show here.")
                )
            )
            return
        lines = [domain(line) for line in checkin_form.summary(value, self.form)]
        paragraphs = (f"<p style='margin:0 0 4px 0'>{escape(s)}</p>" for s in lines)
        self._summary.setText("".join(paragraphs))

    def _show_rows_progress(self, value: CheckIn, only_new: bool = False) -> None:
        """Goal progress beside each network row built so far (the others get it when built);
        ``only_new``: beside the rows built since ``value`` was shown."""
        for row in self.networks.rows:
            if row.built and not (only_new and row in self._rows_with_progress):
                row.show_progress(checkin_form.progresses(row.form_row.count_goals, value))
                self._rows_with_progress.add(row)

    def _on_networks_rows_built(self) -> None:
        if self._progress_value is not None:
            self._show_rows_progress(self._progress_value, only_new=True)
