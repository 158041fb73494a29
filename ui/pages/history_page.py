"""History: every check-in, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reflect import overview
from ui.models.history_table_model import HistoryTableModel
from ui.pages.table_page import TablePage
from ui.tasks import TaskRunner


class HistoryPage(TablePage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(
            runner,
            HistoryTableModel(),
            "History",
            "Your check-ins, newest first. Hover over the activity to see each network's counts.",
            "No check-ins yet. Each week's check-in will be listed here.",
            parent,
        )
        self.set_column_modes(stretch=(5,), widths={2: 130, 3: 130, 4: 240})

    def load(self):
        return overview.history_rows
