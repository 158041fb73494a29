"""Every week, newest first: one row each, never a widget per row. A week without a check-in
is a quiet gap with an offer to write it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reflect.history import HistoryWeek
from ui.models.row_table_model import Column, RowTableModel
from ui.text import (
    activity_totals,
    activity_words,
    context_words,
    energy_words,
    week_label,
    workload_words,
)

Index = QModelIndex | QPersistentModelIndex
#: The activity bars a delegate paints: ((name, colour, actions or None if unused), …).
BARS_ROLE = Qt.ItemDataRole.UserRole + 1
#: True for a week without a check-in.
GAP_ROLE = Qt.ItemDataRole.UserRole + 2
ACTIVITY_COLUMN = 4
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.DecorationRole,
        BARS_ROLE,
        GAP_ROLE,
    )
)
REFLECTION_COLUMN = 5


def tr(text: str) -> str:
    """A word marked below with ``QT_TRANSLATE_NOOP("HistoryTableModel", …)``."""
    return QCoreApplication.translate("HistoryTableModel", text)


ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("HistoryTableModel", "creator"),
    "commenter": QT_TRANSLATE_NOOP("HistoryTableModel", "commenter"),
    "reader": QT_TRANSLATE_NOOP("HistoryTableModel", "reader"),
    "unplugged": QT_TRANSLATE_NOOP("HistoryTableModel", "unplugged"),
}


def _role(role: str) -> str:
    return tr(ROLE_WORDS.get(role, role))


def _week(row: HistoryWeek) -> str:
    """ "2026-W46" over "9–15 Nov" (and "draft" when it is one)."""
    dates = week_label(row.week_label).removeprefix(str(row.week)).strip(" ()")
    draft = row.summary is not None and row.summary.is_draft
    return f"{row.week}\n{dates}" + (
        "\n" + tr(QT_TRANSLATE_NOOP("HistoryTableModel", "draft")) if draft else ""
    )


def _checked(text):
    """A column's text for a checked-in week; nothing for a gap."""
    return lambda row: "" if row.summary is None else text(row.summary)


def _scale(value: int | None, word: str | None) -> str:
    return "—" if value is None else f"{QCoreApplication.translate('Words', word)} ({value})"


def _activity_details(row: HistoryWeek) -> str:
    if row.summary is None:
        return tr(QT_TRANSLATE_NOOP("HistoryTableModel", "No check-in this week."))
    if not row.summary.activity:
        return tr(QT_TRANSLATE_NOOP("HistoryTableModel", "No networks in this check-in."))
    return "\n".join(f"{a.name}: {activity_words(a)}" for a in row.summary.activity)


def _reflection(row: HistoryWeek) -> str:
    if row.summary is None:
        return tr(QT_TRANSLATE_NOOP("HistoryTableModel", "No check-in — write it now"))
    return row.summary.reflection or "—"


def _roles(row: HistoryWeek) -> str:
    if row.summary is None:
        return ""
    return " · ".join(f"{r.name} {_role(r.role)}" for r in row.roles) or "—"


def _roles_details(row: HistoryWeek) -> str:
    lines = []
    for r in row.roles:
        shares = ""
        if r.shares:
            shares = tr(
                QT_TRANSLATE_NOOP(
                    "HistoryTableModel", " (creator {0} %, commenter {1} %, reader {2} %)"
                )
            ).format(*r.shares)
        lines.append(f"{r.name}: {_role(r.role)}{shares}")
    return "\n".join(lines) or _roles(row)


def _goals(row: HistoryWeek) -> str:
    if row.summary is None:
        return ""
    if not row.goals_judged:
        return "—"
    return tr(QT_TRANSLATE_NOOP("HistoryTableModel", "{0} of {1}")).format(
        row.goals_met, row.goals_judged
    )


class HistoryTableModel(RowTableModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("HistoryTableModel", "Week"),
            _week,
            lambda r: week_label(r.week_label),
        ),
        Column(
            QT_TRANSLATE_NOOP("HistoryTableModel", "Workload (1–5)"),
            _checked(lambda s: _scale(s.workload, s.workload_word)),
            _checked(workload_words),
        ),
        Column(
            QT_TRANSLATE_NOOP("HistoryTableModel", "Energy (1–5)"),
            _checked(lambda s: _scale(s.energy, s.energy_word)),
            _checked(energy_words),
        ),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Context"), _checked(context_words)),
        Column(
            QT_TRANSLATE_NOOP("HistoryTableModel", "Activity"),
            _checked(activity_totals),
            _activity_details,
        ),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Reflection"), _reflection),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Roles"), _roles, _roles_details),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Goals met"), _goals),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.most_actions = 1  # the longest bar: the most actions on one network in one week
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows) -> None:
        self.most_actions = (
            max(
                (a.actions for r in rows if r.summary for a in r.summary.activity if not a.unused),
                default=1,
            )
            or 1
        )
        self._texts = {}
        super().set_rows(rows)

    def row_at(self, row: int) -> HistoryWeek:
        return super().row_at(row)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return tr(value) if isinstance(value, str) else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # the many roles a view asks about that we leave to the style
        if role == Qt.ItemDataRole.DisplayRole:  # the hot path while scrolling: cached
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None and 0 <= index.row() < self.rowCount():
                text = self._texts[key] = super().data(index, role)
            return text
        if not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == GAP_ROLE:
            return row.summary is None
        if role == BARS_ROLE:
            if index.column() != ACTIVITY_COLUMN or row.summary is None:
                return None
            return tuple(
                (a.name, a.colour, None if a.unused else a.actions) for a in row.summary.activity
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            column = self.COLUMNS[index.column()] if 0 <= index.column() < 8 else None
            if column is None:
                return None
            return (column.tooltip or column.text)(row).replace("\n", ", ")
        return super().data(index, role)
