"""The body of the check-in dialog: its sections as cards, in one column, or in two on a wide
screen. It turns the widgets into a ``CheckIn`` and puts the domain's words beside them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reflect import checkin_form
from reflect.checkin_form import CheckInForm
from reflect.checkins import WORKLOAD_WORDS, CheckIn, Entry
from reflect.errors import Problem
from ui.checkin.network_row import NetworksSection
from ui.checkin.practices_section import FreeGoalsSection, PracticesSection
from ui.checkin.prompts_section import PromptsSection
from ui.checkin.week_section import FIELDS as WEEK_FIELDS
from ui.checkin.week_section import WeekSection
from ui.text import domain
from ui.widgets import Card, muted_label

_ENTRY = re.compile(r"^entries\[(\d+)\](?:\.(\w+))?$")
_INDEXED = re.compile(r"^(ratings|judgements)\[(\d+)\]$")


class CheckInContent(QWidget):
    changed = Signal()
    #: From this dialog width on, practices and reflection go in a second column.
    WIDE_WIDTH = 1800

    def __init__(
        self,
        form: CheckInForm,
        today: date,
        first_rows: int | None = None,
        parent: QWidget | None = None,
    ):
        """``first_rows``: how many network rows to build at once (all when None); the others
        follow on the next turns of the event loop."""
        super().__init__(parent)
        self.setObjectName("checkInContent")
        self.form = form
        start = form.checkin
        networks = [row.network for row in form.rows]

        self.week = WeekSection(form.context_tags)
        self.networks = NetworksSection(form.rows, form.origin, first_rows)
        self._progress_value: CheckIn | None = None
        self.practices = PracticesSection(form.practices)
        self.free_goals = FreeGoalsSection(form.free_goals, networks, form.week)
        self.prompts = PromptsSection(form.prompts, start.answers)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
            "practices": self._card(
                self.tr("Practices"),
                self.practices,
                self.tr(
                    "How much you did each this week, from 0 (not at all) to 3 (a lot). "
                    "Skip any you'd rather not rate."
                ),
            ),
            "goals": self._card(self.tr("Goals you judge yourself"), self.free_goals),
            "prompts": self._card(
                self.tr("Reflection"),
                self.prompts,
                self.tr("Answer as much or as little as you like; skip any prompt."),
            ),
            "summary": self._card(self.tr("Your week in short"), self.summary),
        }
        self.cards["goals"].setVisible(bool(form.free_goals))
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 4, 24, 12)
        row.setSpacing(14)
        self._columns = (QVBoxLayout(), QVBoxLayout())
        for column in self._columns:
            column.setSpacing(14)
            row.addLayout(column)
        self._row = row
        self._wide: bool | None = None
        self.arrange(False)

        self.week.set_checkin(start)
        entries = {e.network_id: e for e in start.entries}
        for row in self.networks.rows:
            row.set_entry(entries.get(row.network_id) or Entry(row.network_id))
        self.practices.set_values(dict(start.ratings))
        self.free_goals.set_values(dict(start.judgements))
        for section in (self.week, self.networks, self.practices, self.free_goals, self.prompts):
            section.changed.connect(self.changed)
        self.networks.rows_built.connect(self._on_networks_rows_built)

    @staticmethod
    def _card(title: str, body: QWidget, hint: str = "") -> Card:
        card = Card(title)
        if hint:
            card.body.addWidget(muted_label(hint))
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
        left = ("week", "networks", "summary") if wide else tuple(self.cards)
        right = ("practices", "goals", "prompts") if wide else ()
        for column, keys in zip(self._columns, (left, right), strict=True):
            for key in keys:
                column.addWidget(self.cards[key])
            column.addStretch(1)
        self._row.setStretch(0, 3 if wide else 1)
        self._row.setStretch(1, 2 if wide else 0)

    def focus_widgets(self) -> list[QWidget]:
        widgets = [
            *self.week.focus_widgets(),
            *self.networks.focus_widgets(),
            *self.practices.focus_widgets(),
            *self.free_goals.focus_widgets(),
            *self.prompts.focus_widgets(),
        ]
        return widgets

    def value(self) -> CheckIn:
        """What the dialog holds. Entries, ratings and judgements the form does not show (an
        archived network, practice or goal) are kept as they were."""
        start = self.form.checkin
        entries = [row.entry() for row in self.networks.rows]
        shown = {e.network_id for e in entries}
        entries += [e for e in start.entries if e.network_id not in shown]
        ratings = list(self.practices.values())
        rated = set(self.practices.ids)
        ratings += [r for r in start.ratings if r[0] not in rated]
        judgements = list(self.free_goals.values())
        judged = set(self.free_goals.ids)
        judgements += [j for j in start.judgements if j[0] not in judged]
        return CheckIn(
            self.form.week,
            entries=tuple(entries),
            ratings=tuple(ratings),  # type: ignore[arg-type]
            answers=self.prompts.answers(),
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
        self.practices.show_problems(rated["ratings"])
        self.free_goals.show_problems(rated["judgements"])
        return general

    def show_progress(self, value: CheckIn) -> None:
        """Each network's count goals inline ("2 of 3 posts"), and the kind summary."""
        self._progress_value = value
        self._show_rows_progress(value)
        if value.workload not in WORKLOAD_WORDS:
            self.summary.setText(
                escape(
                    self.tr("Once you have said how the week was, a few lines about it show here.")
                )
            )
            return
        lines = [domain(line) for line in checkin_form.summary(value, self.form)]
        self.summary.setText("".join(f"<p style='margin:0 0 4px 0'>{escape(s)}</p>" for s in lines))

    def _show_rows_progress(self, value: CheckIn) -> None:
        """Goal progress beside each network row built so far (the others get it when built)."""
        for row in self.networks.rows:
            if row.built:
                states = [(g, checkin_form.progress(g, value)) for g in row.form_row.count_goals]
                row.show_progress(states)

    def _on_networks_rows_built(self) -> None:
        if self._progress_value is not None:
            self._show_rows_progress(self._progress_value)
