"""The experiments under the goals: the list, add and edit. Each save is one service call on
the task runner; the page then loads again."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from reflect import experiments
from reflect.experiments import Experiment
from reflect.goal_overview import GoalsOverview
from ui.models.experiment_table_model import ExperimentTableModel
from ui.pages.page_parts import action_row, button, section_title
from ui.tasks import TaskRunner
from ui.widgets import empty_state, table_view

NO_EXPERIMENTS = QT_TRANSLATE_NOOP(
    "GoalsPage", "No experiments yet: “for four weeks I will try …”, and see what happens."
)


class ExperimentsPanel(QWidget):
    """Its words live with the Goals page's in the translation (context "GoalsPage")."""

    experiment_saved = Signal(object)  # the Experiment as saved
    said = Signal(str)  # what was done, in a sentence

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._overview: GoalsOverview | None = None
        self._select_id: str | None = None
        self.model = ExperimentTableModel(self)
        self.view = table_view(self)
        self.view.setAccessibleName(QCoreApplication.translate("GoalsPage", "Experiments"))
        self.view.setModel(self.model)
        self.view.activated.connect(self._on_edit_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 230), (1, 140), (2, 175)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = empty_state(QCoreApplication.translate("GoalsPage", NO_EXPERIMENTS), self)
        self.add_button = button(
            QCoreApplication.translate("GoalsPage", "Add experiment…"), self._on_add_clicked
        )
        self.edit_button = button(
            QCoreApplication.translate("GoalsPage", "Edit…"), self._on_edit_clicked
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(
            action_row(
                [
                    section_title(QCoreApplication.translate("GoalsPage", "Experiments")),
                    self.add_button,
                    self.edit_button,
                ]
            )
        )
        column.addWidget(self.view)
        column.addWidget(self.empty)
        self._on_selection_changed()

    def show_overview(self, overview: GoalsOverview) -> None:
        self._overview = overview
        self.model.set_rows(overview.experiments)
        self.view.setVisible(bool(overview.experiments))
        self.empty.setVisible(not overview.experiments)
        self._select(self.model.row_of(self._select_id or ""))

    def selected(self) -> Experiment | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).experiment if rows else None

    def open(self, experiment_id: str) -> None:
        """Select the experiment and open it (a search hit asked); gone ones open nothing."""
        row = self.model.row_of(experiment_id)
        if row is not None:
            self._select_id = experiment_id
            self._select(row)
            self.edit(self.model.row_at(row).experiment)

    def edit(self, experiment: Experiment | None) -> None:
        if experiment is None or self._overview is None:
            return
        networks = self._networks(keep=experiment.network_id)
        from ui.goals.experiment_dialog import ExperimentDialog

        value = ExperimentDialog.ask(self, experiment, networks, self._overview.week)
        if value is not None:
            self._save(
                value,
                QCoreApplication.translate("GoalsPage", "Saved the experiment “{title}”.").format(
                    title=value.title
                ),
            )

    # -- slots ----------------------------------------------------------------------------

    def _select(self, row: int | None) -> None:
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._on_selection_changed()

    def _on_selection_changed(self, *_args) -> None:
        self.add_button.setEnabled(self._overview is not None)
        self.edit_button.setEnabled(self.selected() is not None)

    def _networks(self, keep: str | None = None):
        assert self._overview is not None
        return tuple(n for n in self._overview.networks if not n.archived or n.id == keep)

    def _on_add_clicked(self) -> None:
        if self._overview is None:
            return
        week = self._overview.week
        from ui.goals.experiment_dialog import ExperimentDialog

        value = ExperimentDialog.ask(self, Experiment("", week), self._networks(), week)
        if value is not None:
            self._save(
                value,
                QCoreApplication.translate("GoalsPage", "Added the experiment “{title}”.").format(
                    title=value.title
                ),
            )

    def _on_edit_clicked(self, *_args) -> None:
        self.edit(self.selected())

    def _save(self, experiment: Experiment, message: str) -> None:
        def saved(done: Experiment) -> None:
            self._select_id = done.id
            self.said.emit(message)
            self.experiment_saved.emit(done)

        self._runner.run_op(lambda: experiments.save_experiment(experiment), saved)
