"""Goals grouped by network, with how each went this week and last week in words, and a
strip of recent weeks (drawn by ``GoalStripDelegate``; as symbols in the text).

Each network's goals follow a group row that names the network; a view spans group rows
across all columns (``group_rows``). ``set_statuses`` shows only goals with those statuses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from reflect.goals import STATUSES
from reflect.overview import GoalRow
from ui.goals.goal_cell_delegate import DETAIL_ROLE
from ui.goals.goal_strip import STRIP_ROLE, strip_text
from ui.models.row_table_model import Column, Index, RowTableModel
from ui.text import KIND_WORDS, STATUS_WORDS, domain, plural, state_words, tr
from ui.theme import STATE_COLOURS

STRIP_COLUMN = 6


def _status(row: GoalRow) -> str:
    words = tr(STATUS_WORDS.get(row.status, row.status))
    return f"{words}\n{domain(row.status_note)}" if row.status_note else words


def _strip_tooltip(row: GoalRow) -> str:
    lines = [f"{s.week}: {state_words(s)}" for s in reversed(row.strip)]
    return QCoreApplication.translate(
        "GoalTableModel", "The last weeks, newest first:\n"
    ) + "\n".join(lines)


@dataclass(frozen=True, slots=True)
class GroupRow:
    name: str
    colour: str | None
    count: int
    archived: bool = False


class GoalTableModel(RowTableModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
            lambda r: r.title,
            lambda r: f"{r.title}\n{domain(r.description)}",
        ),
        Column(
            QT_TRANSLATE_NOOP("GoalTableModel", "What it asks"), lambda r: domain(r.description)
        ),
        Column(
            QT_TRANSLATE_NOOP("GoalTableModel", "Kind"),
            lambda r: tr(KIND_WORDS.get(r.kind, r.kind)),
        ),
        Column(QT_TRANSLATE_NOOP("GoalTableModel", "Status"), _status),
        Column(
            QT_TRANSLATE_NOOP("GoalTableModel", "This week"),
            lambda r: state_words(r.this_week),
            colour=lambda r: STATE_COLOURS.get(r.this_week.state),
        ),
        Column(
            QT_TRANSLATE_NOOP("GoalTableModel", "Last week"),
            lambda r: state_words(r.last_week),
            colour=lambda r: STATE_COLOURS.get(r.last_week.state),
        ),
        Column(
            QT_TRANSLATE_NOOP("GoalTableModel", "Last 12 weeks"),
            lambda r: strip_text(r.strip),
            _strip_tooltip,
        ),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[GoalRow] = []
        self._statuses: tuple[str, ...] = ("active", "paused")

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Take goal rows already grouped by network; show those with the chosen statuses,
        a group row before each group."""
        self._all = list(rows)
        self._show()

    def set_statuses(self, statuses: Sequence[str]) -> None:
        self._statuses = tuple(s for s in STATUSES if s in statuses)
        self._show()

    def statuses(self) -> tuple[str, ...]:
        return self._statuses

    def counts(self) -> dict[str, int]:
        """How many goals have each status (whatever is shown)."""
        return {s: sum(1 for r in self._all if r.status == s) for s in STATUSES}

    def all_goals(self) -> list[GoalRow]:
        return list(self._all)

    def _show(self) -> None:
        visible = [r for r in self._all if r.status in self._statuses]
        shown: list[Any] = []
        key = lambda g: (g.network_name, g.network_colour, g.network_archived)  # noqa: E731
        for (name, colour, archived), group in groupby(visible, key):
            goals = list(group)
            shown.append(GroupRow(name, colour, len(goals), archived))
            shown.extend(goals)
        super().set_rows(shown)

    def row_of(self, goal_id: str) -> int | None:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if isinstance(r, GoalRow) and r.goal_id == goal_id
            ),
            None,
        )

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
            if role == STRIP_ROLE and index.column() == STRIP_COLUMN:
                return item.strip
            if role == DETAIL_ROLE and index.column() == 0:
                return domain(item.description)
            return super().data(index, role)
        if index.column() != 0 or not 0 <= index.column() < len(self.COLUMNS):
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            archived = self.tr(" (archived)") if item.archived else ""
            return f"{domain(item.name)}{archived} · {plural(item.count, 'goal')}"
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
