"""Experiments, newest first: what was tried, when, what was expected and what happened."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reflect.goal_overview import ExperimentRow
from ui.models.row_table_model import Column, RowTableModel
from ui.text import domain, upper_first

STATUS_WORDS = {
    "running": QT_TRANSLATE_NOOP("ExperimentTableModel", "Running"),
    "finished": QT_TRANSLATE_NOOP("ExperimentTableModel", "Finished"),
    "abandoned": QT_TRANSLATE_NOOP("ExperimentTableModel", "Stopped early"),
}
ASK = QT_TRANSLATE_NOOP("ExperimentTableModel", "Ended: what happened?")


def _when(row: ExperimentRow) -> str:
    e = row.experiment
    if e.status == "running":
        return f"{upper_first(domain(row.progress))}\n{e.start_week} – {e.last_week}"
    words = QCoreApplication.translate("ExperimentTableModel", STATUS_WORDS.get(e.status, e.status))
    return f"{words}\n{e.start_week} – {e.last_week}"


def _outcome(row: ExperimentRow) -> str:
    if row.experiment.outcome:
        return row.experiment.outcome
    return QCoreApplication.translate("ExperimentTableModel", ASK) if row.awaits_outcome else "—"


class ExperimentTableModel(RowTableModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ExperimentTableModel", "Experiment"), lambda r: r.experiment.title
        ),
        Column(
            QT_TRANSLATE_NOOP("ExperimentTableModel", "Network"),
            lambda r: domain(r.network_name),
            colour=lambda r: r.network_colour,
        ),
        Column(QT_TRANSLATE_NOOP("ExperimentTableModel", "When"), _when),
        Column(
            QT_TRANSLATE_NOOP("ExperimentTableModel", "What I expect"),
            lambda r: r.experiment.expectation or "—",
        ),
        Column(QT_TRANSLATE_NOOP("ExperimentTableModel", "What happened"), _outcome),
    )

    def row_at(self, row: int) -> ExperimentRow:
        return super().row_at(row)

    def row_of(self, experiment_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.experiment.id == experiment_id), None)
