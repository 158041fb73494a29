"""Goals: every goal, grouped by network, with this week's state and a strip of recent weeks;
the goal editor, pause / resume / achieved / retire, status filters, and the experiments.

Every change goes through a service on the task runner (one action, one transaction), then
the page reloads; the selection stays on the goal that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QWidget

from reflect import goals
from reflect.experiments import Experiment
from reflect.goal_overview import GoalRow, GoalsOverview, goals_overview
from reflect.goals import GoalDraft
from reflect.weeks import IsoWeek
from ui.goals.experiments_panel import ExperimentsPanel
from ui.goals.goal_cell_delegate import GoalCellDelegate
from ui.goals.goal_strip import GoalStripDelegate, StripLegend, strip_width
from ui.models.goal_table_model import STRIP_COLUMN, GoalTableModel
from ui.pages.page_parts import action_row, button, vbox
from ui.tasks import TaskRunner
from ui.text import STATUS_WORDS, tr
from ui.widgets import empty_state, muted_label, page_layout, table_view

if TYPE_CHECKING:  # the dialogs load when one first opens, not at start-up
    from ui.goals.goal_dialog import GoalChoices

NO_GOALS = QT_TRANSLATE_NOOP(
    "GoalsPage",
    "No goals yet. A goal says what you want from a network: “at most an hour a week on X”, "
    "“mostly a creator on my blog”. Add one with “Add goal”.",
)
NONE_SHOWN = QT_TRANSLATE_NOOP("GoalsPage", "No goals with the statuses chosen above.")


class GoalsPage(QWidget):
    data_loaded = Signal()
    goal_saved = Signal(object)  # the Goal as saved
    experiment_saved = Signal(object)  # the Experiment as saved

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._generation = 0
        self._overview: GoalsOverview | None = None
        self._select_goal: str | None = None
        self._open_after_load: tuple[str, str] | None = None  # ("goal" or "experiment", id)
        layout, self.subtitle = page_layout(
            self,
            self.tr("Goals"),
            self.tr(
                "What you want from each network, and how the last weeks went. Paused weeks never "
                "count against you."
            ),
        )
        self.reminder = QLabel()
        self.reminder.setObjectName("gentle")
        self.reminder.setWordWrap(True)
        self.write_outcome = button(self.tr("Write what happened…"), self._on_write_outcome_clicked)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder, 1)
        reminder_row.addWidget(self.write_outcome)
        self.reminder.hide()
        self.write_outcome.hide()
        layout.addLayout(reminder_row)

        self.add_goal = button(self.tr("Add goal…"), self._on_add_goal_clicked)
        self.edit_goal = button(self.tr("Edit…"), self._on_edit_goal_clicked)
        self.pause = button(self.tr("Pause…"), self._on_pause_clicked)
        self.resume = button(self.tr("Resume"), self._on_resume_clicked)
        self.achieved = button(self.tr("Achieved"), self._on_achieved_clicked)
        self.retire = button(self.tr("Retire"), self._on_retire_clicked)
        self.filters: dict[str, QPushButton] = {}
        for status in goals.STATUSES:
            toggle = button(tr(STATUS_WORDS[status]), self._on_filter_toggled, checkable=True)
            toggle.setObjectName("segment")
            toggle.setChecked(status in ("active", "paused"))
            self.filters[status] = toggle
        actions = (self.add_goal, self.edit_goal, self.pause, self.resume, self.achieved)
        layout.addLayout(action_row([*actions, self.retire]))
        # the status chips on a row of their own: beside the actions they were cut off
        layout.addLayout(action_row([QLabel(self.tr("Show:")), *self.filters.values()]))
        self.message = muted_label()
        self.message.hide()
        layout.addWidget(self.message)

        self.model = GoalTableModel(self)
        self.view = table_view(self)
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(False)
        self.view.setItemDelegateForColumn(STRIP_COLUMN, GoalStripDelegate(self.view))
        self.view.activated.connect(self._on_edit_goal_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._set_columns()
        self.empty = empty_state(self.tr(NO_GOALS), self)
        self.legend = StripLegend(self)

        self.experiments_panel = ExperimentsPanel(runner, self)
        self.experiments_panel.said.connect(self._say)
        self.experiments_panel.experiment_saved.connect(self._on_experiment_saved)
        self.experiment_model = self.experiments_panel.model  # (what tests and scripts read)
        self.experiment_view = self.experiments_panel.view
        self.add_experiment = self.experiments_panel.add_button
        self.edit_experiment = self.experiments_panel.edit_button

        top = vbox(self.view, self.empty, self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.experiments_panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter, 1)
        self._on_selection_changed()

    def _set_columns(self) -> None:
        """The goal's title with what it asks beneath (its kind shows in those words), its
        status, this week and last week in words, and the strip of the last 12 weeks."""
        self.view.setItemDelegateForColumn(0, GoalCellDelegate(self.view))
        self.view.setColumnHidden(1, True)
        self.view.setColumnHidden(2, True)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((4, 150), (5, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(STRIP_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STRIP_COLUMN, strip_width(12) + 28)

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, week = self._generation, self._current_week()
        self._runner.run_op(
            lambda: goals_overview(week), lambda view: self._on_loaded(generation, view)
        )

    def _on_loaded(self, generation: int, overview: GoalsOverview) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self._overview = overview
        self.model.set_rows(overview.goals)
        self._show_goals()
        self.experiments_panel.show_overview(overview)
        due = overview.awaiting_outcome()
        self.reminder.setVisible(bool(due))
        self.write_outcome.setVisible(bool(due))
        if due:
            first = due[0].experiment
            more = self.tr(" (and {count} more)").format(count=len(due) - 1) if len(due) > 1 else ""
            self.reminder.setText(
                self.tr(
                    "Your experiment “{title}” ended in {last_week}{more}. When you have a "
                    "moment: what happened?"
                ).format(title=first.title, last_week=first.last_week, more=more)
            )
        self.data_loaded.emit()
        if self._open_after_load is not None:
            QTimer.singleShot(0, self._on_open_after_load)

    def _show_goals(self) -> None:
        counts = self.model.counts()
        for status, toggle in self.filters.items():
            toggle.setText(
                self.tr("{status} ({count})").format(
                    status=tr(STATUS_WORDS[status]), count=counts[status]
                )
            )
        self.view.clearSpans()
        for row in self.model.group_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())
        shown = self.model.rowCount() > 0
        self.view.setVisible(shown)
        self.legend.setVisible(shown)
        self.empty.setText(self.tr(NONE_SHOWN if self.model.all_goals() else NO_GOALS))
        self.empty.setVisible(not shown)
        self._select(self.view, self.model.row_of(self._select_goal or ""))
        self._on_selection_changed()

    @staticmethod
    def _select(view, row: int | None) -> None:
        if row is not None:
            view.selectRow(row)
            view.scrollTo(view.model().index(row, 0))

    # -- opened from elsewhere (a search hit) ----------------------------------------------

    def open_goal(self, goal_id: str) -> None:
        """The goal's editor, once the page has loaded, its row selected (shown whatever its
        status)."""
        self._open_after_load = ("goal", goal_id)
        self.refresh()

    def open_experiment(self, experiment_id: str) -> None:
        self._open_after_load = ("experiment", experiment_id)
        self.refresh()

    def _on_open_after_load(self) -> None:
        if self._open_after_load is None or self._overview is None:
            return
        (kind, item_id), self._open_after_load = self._open_after_load, None
        if kind == "experiment":
            self.experiments_panel.open(item_id)
            return
        row = next((g for g in self._overview.goals if g.goal_id == item_id), None)
        if row is None:
            return  # removed since it was found
        self._select_goal = item_id
        if not self.filters[row.status].isChecked():
            self.filters[row.status].setChecked(True)
            self._on_filter_toggled()
        self._select(self.view, self.model.row_of(item_id))
        self._on_edit_goal_clicked()

    # -- what is selected -----------------------------------------------------------------

    def selected_goal(self) -> GoalRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.goal_at(rows[0].row()) if rows else None

    def selected_experiment(self) -> Experiment | None:
        return self.experiments_panel.selected()

    def _on_selection_changed(self, *_args) -> None:
        row = self.selected_goal()
        status = row.status if row else None
        self.edit_goal.setEnabled(row is not None)
        self.pause.setEnabled(status == "active")
        self.resume.setEnabled(status in ("paused", "achieved", "retired"))
        self.resume.setText(
            self.tr("Resume") if status in (None, "active", "paused") else self.tr("Make active")
        )
        self.achieved.setEnabled(status in ("active", "paused"))
        self.retire.setEnabled(status in ("active", "paused"))
        self.add_goal.setEnabled(self._overview is not None)

    def _on_filter_toggled(self, *_args) -> None:
        selected = self.selected_goal()
        if selected is not None:
            self._select_goal = selected.goal_id
        self.model.set_statuses([s for s, b in self.filters.items() if b.isChecked()])
        self._show_goals()

    # -- goals ----------------------------------------------------------------------------

    def _choices(self, goal: goals.Goal | None = None) -> GoalChoices:
        """Active networks and practices, and the goal's own even when archived."""
        view = self._overview
        assert view is not None
        network = goal.network_id if goal else None
        practice = goal.target_for(view.week).practice_id if goal else None
        from ui.goals.goal_dialog import GoalChoices

        return GoalChoices(
            tuple(n for n in view.networks if not n.archived or n.id == network),
            tuple(p for p in view.practices if not p.archived or p.id == practice),
            view.week,
            goal,
        )

    def _on_add_goal_clicked(self) -> None:
        if self._overview is None:
            return
        week = self._overview.week
        draft = GoalDraft("", "count", week, metric="posts", direction="at_least")
        from ui.goals.goal_dialog import GoalDialog

        value = GoalDialog.ask(self, draft, self._choices())
        if value is not None:
            self._save_goal(
                lambda: goals.save_goal(value),
                self.tr("Added “{title}”.").format(title=value.title),
            )

    def _on_edit_goal_clicked(self, *args) -> None:
        if args and isinstance(args[0], QModelIndex) and self.model.goal_at(args[0].row()) is None:
            return  # a network's heading row
        row = self.selected_goal()
        if row is None or row.goal is None or self._overview is None:
            return
        goal, week = row.goal, self._overview.week
        effective = max(week, goal.start_week)
        if goal.end_week is not None:
            effective = min(effective, goal.end_week)
        from ui.goals.goal_dialog import GoalDialog

        value = GoalDialog.ask(self, goal.draft(effective), self._choices(goal))
        if value is not None:
            self._save_goal(
                lambda: goals.save_goal(value),
                self.tr("Saved “{title}”.").format(title=value.title),
            )

    def _on_pause_clicked(self) -> None:
        row = self.selected_goal()
        if row is None or self._overview is None:
            return
        from ui.goals.pause_dialog import PauseDialog

        weeks = PauseDialog.ask(self, row.title, self._overview.week)
        if weeks is not None:
            first, last = weeks
            until = (
                self.tr("to {last}").format(last=last) if last else self.tr("until you resume it")
            )
            self._save_goal(
                lambda: goals.pause(row.goal_id, first, last),
                self.tr(
                    "“{title}” is paused from {first} {until}. Those weeks never count against it."
                ).format(title=row.title, first=first, until=until),
            )

    def _on_resume_clicked(self) -> None:
        row = self.selected_goal()
        if row is None or self._overview is None:
            return
        goal_id, week = row.goal_id, self._overview.week
        if row.status == "paused":
            self._save_goal(
                lambda: goals.resume(goal_id, week),
                self.tr("“{title}” is active again from {week}.").format(
                    title=row.title, week=week
                ),
            )
        else:
            self._save_goal(
                lambda: goals.set_status(goal_id, "active", week),
                self.tr("“{title}” is active again from {week}.").format(
                    title=row.title, week=week
                ),
            )

    def _on_achieved_clicked(self) -> None:
        self._set_status("achieved", self.tr("is achieved: well done. Its history stays"))

    def _on_retire_clicked(self) -> None:
        self._set_status("retired", self.tr("is retired. Its history stays"))

    def _set_status(self, status: str, words: str) -> None:
        row = self.selected_goal()
        if row is None or self._overview is None:
            return
        goal_id, week = row.goal_id, self._overview.week
        shown = (
            ""
            if status in self.model.statuses()
            else self.tr(" (shown under {status})").format(status=tr(STATUS_WORDS[status]))
        )
        self._save_goal(
            lambda: goals.set_status(goal_id, status, week),
            self.tr("“{title}” {words}{shown}.").format(title=row.title, words=words, shown=shown),
        )

    def _save_goal(self, task: Callable[[], goals.Goal], message: str) -> None:
        def saved(goal: goals.Goal) -> None:
            self._select_goal = goal.id
            self._say(message)
            self.goal_saved.emit(goal)
            self.refresh()

        self._runner.run_op(task, saved)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- experiments ----------------------------------------------------------------------

    def _on_write_outcome_clicked(self) -> None:
        due = self._overview.awaiting_outcome() if self._overview else ()
        if due:
            self.experiments_panel.edit(due[0].experiment)

    def _on_experiment_saved(self, experiment: Experiment) -> None:
        self.experiment_saved.emit(experiment)
        self.refresh()
