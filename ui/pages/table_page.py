"""A page that is a title, a line of explanation and one table (or a kind empty state)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ui.models.row_table_model import RowTableModel
from ui.tasks import TaskRunner
from ui.widgets import empty_state, page_layout, table_view


class TablePage(QWidget):
    """Subclasses pass a model, a loader (run on the worker) and column widths."""

    data_loaded = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        model: RowTableModel,
        title: str,
        subtitle: str,
        empty_text: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.model = model
        layout, self.subtitle = page_layout(self, title, subtitle)
        self.view = table_view(self)
        self.view.setAccessibleName(title)
        self.view.setModel(model)
        layout.addWidget(self.view, 1)
        self.empty = empty_state(empty_text, self)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

    def set_column_modes(self, stretch: Sequence[int], widths: dict[int, int]) -> None:
        """Stretch some columns, fix the width of others, fit the rest to their contents."""
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column in stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif column in widths:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, widths[column])
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def load(self) -> Callable[[], Sequence[Any]]:
        """The service call that returns the rows (runs on the worker thread)."""
        raise NotImplementedError

    def rows_shown(self) -> None:
        """Called after new rows are in the model (spans, selection)."""

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self._runner.run_op(self.load(), lambda rows: self._on_rows_loaded(generation, rows))

    def _on_rows_loaded(self, generation: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.model.set_rows(rows)
        self.rows_shown()
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.data_loaded.emit()
