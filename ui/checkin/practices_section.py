"""The practices of seed 004 (and the user's own), rated 0–3, and the free goals the user
judges yes / partly / no."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from reflect.checkins import VERDICTS
from reflect.goals import Goal
from reflect.networks import Network
from reflect.practices import RATING_WORDS, Practice
from reflect.weeks import IsoWeek
from ui.checkin.fields import ChoiceGroup, ProblemNote
from ui.theme import muted_colour

TITLE_WIDTH = 300
#: A practice's ratings: 0 (not at all) to 3 (a lot).
RATING_CHOICES = tuple(range(len(RATING_WORDS)))
VERDICT_WORDS = {
    "yes": QT_TRANSLATE_NOOP("PracticesSection", "yes"),
    "partly": QT_TRANSLATE_NOOP("PracticesSection", "partly"),
    "no": QT_TRANSLATE_NOOP("PracticesSection", "not this week"),
}


def shown_choices(
    ids: Sequence[str], chosen: Sequence[tuple[str, object]], choices: Sequence[object]
) -> list[tuple[str, object]]:
    """What a section of ``ids`` holds once ``set_values(dict(chosen))`` filled it: (id, choice)
    in the order shown, for each id given one of ``choices``; as ``values`` gives it back."""
    given = dict(chosen)
    return [(item_id, given[item_id]) for item_id in ids if given.get(item_id) in choices]


def _title(text: str, detail: str) -> QLabel:
    """The name, and under it in smaller, quieter words what it means."""
    label = QLabel()
    muted = muted_colour(label.palette())
    label.setText(
        f"{escape(text)}<br><span style='font-size:9pt; color:{muted}'>{escape(detail)}</span>"
        if detail
        else escape(text)
    )
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setFixedWidth(TITLE_WIDTH)
    return label


class _RatedRows(QWidget):
    """A title on the left and a row of choices on the right, per item, with a note below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self.ids: list[str] = []
        self.choices: list[ChoiceGroup] = []
        self.notes: list[ProblemNote] = []

    def _add(self, item_id: str, title: QLabel, choices: ChoiceGroup) -> None:
        line = 2 * len(self.ids)
        title.setBuddy(choices.buttons[0])
        self._grid.addWidget(title, line, 0, Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(
            choices, line, 1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        )
        note = ProblemNote()
        self._grid.addWidget(note, line + 1, 1)
        choices.changed.connect(self.changed)
        self.ids.append(item_id)
        self.choices.append(choices)
        self.notes.append(note)

    def focus_widgets(self) -> list[QWidget]:
        return [w for group in self.choices for w in group.focus_widgets()]

    def values(self) -> tuple[tuple[str, object], ...]:
        """(id, choice) for each item that has one, in the order shown."""
        return tuple(
            (item_id, group.value())
            for item_id, group in zip(self.ids, self.choices, strict=True)
            if group.value() is not None
        )

    def set_values(self, chosen: dict[str, object]) -> None:
        for item_id, group in zip(self.ids, self.choices, strict=True):
            group.set_value(chosen.get(item_id))

    def show_problems(self, by_id: dict[str, list[str]]) -> None:
        for item_id, note in zip(self.ids, self.notes, strict=True):
            note.show_messages(by_id.get(item_id, []))


class PracticesSection(_RatedRows):
    def __init__(self, practices: Sequence[Practice], parent: QWidget | None = None):
        super().__init__(parent)
        words = [
            (n, f"{n} · {QCoreApplication.translate('Words', word)}")
            for n, word in zip(RATING_CHOICES, RATING_WORDS, strict=True)
        ]
        for practice in practices:
            group = ChoiceGroup(practice.name, words)
            group.setToolTip(practice.description)
            group.setAccessibleDescription(practice.description)
            self._add(
                practice.id,
                _title(
                    QCoreApplication.translate("Practice", practice.name),
                    QCoreApplication.translate("Practice", practice.description),
                ),
                group,
            )


class FreeGoalsSection(_RatedRows):
    def __init__(
        self,
        goals: Sequence[Goal],
        networks: Sequence[Network],
        week: IsoWeek,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        names = {n.id: n.name for n in networks}
        choices = [
            (v, QCoreApplication.translate("PracticesSection", VERDICT_WORDS[v])) for v in VERDICTS
        ]
        for goal in goals:
            where = names.get(goal.network_id, "") if goal.network_id else self.tr("All networks")
            paused = goal.target_for(week).status == "paused"
            detail = (
                self.tr("{where} · paused this week, no need to judge it").format(where=where)
                if paused
                else where
            )
            self._add(goal.id, _title(goal.title, detail), ChoiceGroup(goal.title, choices))
