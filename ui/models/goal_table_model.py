"""Goals grouped by network, with how each went this week and last week, in words.

Each network's goals follow a group row that names the network; a view spans group rows
across all columns (``group_rows``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from reflect.overview import GoalRow
from ui.models.row_table_model import Column, Index, RowTableModel
from ui.text import KIND_WORDS, STATUS_WORDS, state_words
from ui.theme import STATE_COLOURS


@dataclass(frozen=True, slots=True)
class GroupRow:
    name: str
    colour: str | None
    count: int


class GoalTableModel(RowTableModel):
    COLUMNS = (
        Column("Goal", lambda r: r.title, lambda r: f"{r.title}\n{r.description}"),
        Column("What it asks", lambda r: r.description),
        Column("Kind", lambda r: KIND_WORDS.get(r.kind, r.kind)),
        Column("Status", lambda r: STATUS_WORDS.get(r.status, r.status)),
        Column(
            "This week",
            lambda r: state_words(r.this_week),
            colour=lambda r: STATE_COLOURS.get(r.this_week.state),
        ),
        Column(
            "Last week",
            lambda r: state_words(r.last_week),
            colour=lambda r: STATE_COLOURS.get(r.last_week.state),
        ),
    )

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Take goal rows already grouped by network; add a group row before each group."""
        shown: list[Any] = []
        for (name, colour), group in groupby(rows, lambda g: (g.network_name, g.network_colour)):
            goals = list(group)
            shown.append(GroupRow(name, colour, len(goals)))
            shown.extend(goals)
        super().set_rows(shown)

    def goal_at(self, row: int) -> GoalRow | None:
        item = self.row_at(row)
        return item if isinstance(item, GoalRow) else None

    def group_rows(self) -> list[int]:
        return [i for i, item in enumerate(self._rows) if isinstance(item, GroupRow)]

    def goals(self) -> list[GoalRow]:
        return [item for item in self._rows if isinstance(item, GoalRow)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if not isinstance(item, GroupRow):
            return super().data(index, role)
        if index.column() != 0 or not 0 <= index.column() < len(self.COLUMNS):
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{item.name} · {item.count} goal{'s' if item.count != 1 else ''}"
        if role == Qt.ItemDataRole.DecorationRole and item.colour:
            return self.swatch(item.colour)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and isinstance(self._rows[index.row()], GroupRow):
            return Qt.ItemFlag.ItemIsEnabled
        return flags
