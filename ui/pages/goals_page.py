"""Goals: every goal, grouped by network, with this week's and last week's state in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from reflect import overview
from reflect.weeks import IsoWeek
from ui.models.goal_table_model import GoalTableModel
from ui.pages.table_page import TablePage
from ui.tasks import TaskRunner


class GoalsPage(TablePage):
    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        parent: QWidget | None = None,
    ):
        super().__init__(
            runner,
            GoalTableModel(),
            "Goals",
            "What you want from each network, and how this week and last week went. "
            "Paused goals never count against you.",
            "No goals yet. A goal says what you want from a network: "
            "“at most an hour a week on X”, “mostly a creator on my blog”.",
            parent,
        )
        self._current_week = current_week
        self.set_column_modes(stretch=(1,), widths={0: 220, 5: 210})
        self.view.setAlternatingRowColors(False)

    def rows_shown(self) -> None:
        self.view.clearSpans()
        for row in self.model.group_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())

    def load(self):
        week = self._current_week()
        return lambda: overview.goal_rows(week)
