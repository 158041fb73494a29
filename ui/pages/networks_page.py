"""Networks: where you take part, why, and for whom."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reflect import overview
from ui.models.network_table_model import NetworkTableModel
from ui.pages.table_page import TablePage
from ui.tasks import TaskRunner


class NetworksPage(TablePage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(
            runner,
            NetworkTableModel(),
            "Networks",
            "The places you take part in, each with its own purpose and audience.",
            "No networks yet. Add the places you take part in, each with a line on why "
            "you are there.",
            parent,
        )
        self.set_column_modes(stretch=(3,), widths={0: 170})

    def load(self):
        return overview.network_rows
