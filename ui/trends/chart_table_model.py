"""A chart's numbers as a read-only table (``reflect.chart_data.ChartTable``): the same
rows "Save data…" writes, for screen readers and for people who prefer numbers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reflect.chart_data import ChartTable, cell_text
from ui.text import domain

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ChartTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._table = ChartTable("", (), (), "")
        self._numeric: set[int] = set()  # columns of numbers: aligned right, "—" too

    def set_table(self, table: ChartTable) -> None:
        self.beginResetModel()
        self._table = table
        self._numeric = {
            column
            for row in table.rows[:200]
            for column, value in enumerate(row)
            if isinstance(value, int | float)
        }
        self.endResetModel()

    def table(self) -> ChartTable:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._table.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = domain(value) if isinstance(value, str) else cell_text(value)
            if role == Qt.ItemDataRole.AccessibleTextRole and value is None:
                return self.tr("not known")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if index.column() in self._numeric else _LEFT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.header):
            return domain(self._table.header[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
