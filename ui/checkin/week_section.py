"""The week itself: workload (with a word for each step), hours worked, energy, life context."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from reflect.checkins import ENERGY_WORDS, WORKLOAD_WORDS, CheckIn
from ui.checkin.fields import ChoiceGroup, HoursEdit, ProblemNote, field_label, mark
from ui.checkin.pills import Chip

FIELDS = ("workload", "hours", "energy", "context")


def scale(words: dict[int, str]) -> list[tuple[int, str]]:
    return [
        (n, f"{n} · {QCoreApplication.translate('Words', word)}")
        for n, word in sorted(words.items())
    ]


def split_tags(text: str) -> list[str]:
    """ "conference, moving house" → two tags; empty pieces are dropped."""
    return [piece.strip() for piece in text.split(",") if piece.strip()]


class WeekSection(QWidget):
    changed = Signal()

    def __init__(self, tags: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.workload = ChoiceGroup(self.tr("Workload"), scale(WORKLOAD_WORDS), optional=False)
        self.workload.setToolTip(
            self.tr("How heavy the week was at work (or whatever fills your days).")
        )
        self.hours = HoursEdit(self.tr("Hours worked (optional)"))
        self.hours.setPlaceholderText(self.tr("optional"))
        self.energy = ChoiceGroup(self.tr("Energy"), scale(ENERGY_WORDS))
        self.tags = list(tags)
        self.chips: list[QCheckBox] = []
        chip_row = QHBoxLayout()
        chip_row.setSpacing(4)
        for tag in self.tags:
            chip = Chip(QCoreApplication.translate("Words", tag))
            chip.setObjectName("chip")
            chip.setAccessibleName(
                self.tr("Life context: {tag}").format(tag=QCoreApplication.translate("Words", tag))
            )
            chip.toggled.connect(self.changed)
            self.chips.append(chip)
            chip_row.addWidget(chip)
        self.own_tags = QLineEdit()
        self.own_tags.setPlaceholderText(self.tr("Your own, separated by commas"))
        self.own_tags.setAccessibleName(self.tr("Other life context, separated by commas"))
        self.own_tags.setMinimumWidth(200)
        chip_row.addWidget(self.own_tags, 1)
        self.notes = {name: ProblemNote() for name in FIELDS}

        workload_row = QHBoxLayout()
        workload_row.setSpacing(8)
        workload_row.addWidget(self.workload)
        workload_row.addSpacing(24)
        workload_row.addWidget(field_label(self.tr("Hours worked"), self.hours))
        workload_row.addWidget(self.hours)
        workload_row.addStretch(1)
        rows = (
            (self.tr("Workload"), self.workload, workload_row, ("workload", "hours")),
            (self.tr("Energy"), self.energy, self.energy, ("energy",)),
            (self.tr("Life context"), (self.chips or [self.own_tags])[0], chip_row, ("context",)),
        )
        line = 0
        for title, buddy, body, fields in rows:
            grid.addWidget(field_label(title, buddy), line, 0, Qt.AlignmentFlag.AlignVCenter)
            if isinstance(body, QWidget):
                grid.addWidget(body, line, 1)
            else:
                grid.addLayout(body, line, 1)
            for name in fields:
                grid.addWidget(self.notes[name], line + 1, 1)
                line += 1
            line += 1
        grid.setColumnStretch(1, 1)

        self.workload.changed.connect(self.changed)
        self.energy.changed.connect(self.changed)
        self.hours.textChanged.connect(self.changed)
        self.own_tags.textChanged.connect(self.changed)

    def focus_widgets(self) -> list[QWidget]:
        return [
            *self.workload.focus_widgets(),
            self.hours,
            *self.energy.focus_widgets(),
            *self.chips,
            self.own_tags,
        ]

    def set_checkin(self, checkin: CheckIn) -> None:
        self.workload.set_value(checkin.workload if checkin.workload in WORKLOAD_WORDS else None)
        self.energy.set_value(checkin.energy)
        self.hours.set_value(checkin.hours)
        known = set(self.tags)
        for tag, chip in zip(self.tags, self.chips, strict=True):
            chip.setChecked(tag in checkin.context)
        self.own_tags.setText(", ".join(t for t in checkin.context if t not in known))

    def values(self) -> dict:
        """The week's part of a CheckIn: workload 0 when not chosen (the domain says so)."""
        chosen = [tag for tag, chip in zip(self.tags, self.chips, strict=True) if chip.isChecked()]
        own = [t for t in split_tags(self.own_tags.text()) if t not in chosen]
        return {
            "workload": self.workload.value() or 0,
            "energy": self.energy.value(),
            "hours": self.hours.value(),
            "context": tuple(dict.fromkeys(chosen + own)),
        }

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        for name, note in self.notes.items():
            note.show_messages(by_field.get(name, []))
        mark(self.hours, "hours" in by_field)
        mark(self.own_tags, "context" in by_field)
