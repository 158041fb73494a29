"""Experiments, newest first: what was tried, when, what was expected and what happened."""

from __future__ import annotations

from reflect.goal_overview import ExperimentRow
from ui.models.row_table_model import Column, RowTableModel

STATUS_WORDS = {"running": "Running", "finished": "Finished", "abandoned": "Stopped early"}
ASK = "Ended: what happened?"


def _when(row: ExperimentRow) -> str:
    e = row.experiment
    if e.status == "running":
        return f"{row.progress[:1].upper()}{row.progress[1:]}\n{e.start_week} – {e.last_week}"
    return f"{STATUS_WORDS.get(e.status, e.status)}\n{e.start_week} – {e.last_week}"


def _outcome(row: ExperimentRow) -> str:
    if row.experiment.outcome:
        return row.experiment.outcome
    return ASK if row.awaits_outcome else "—"


class ExperimentTableModel(RowTableModel):
    COLUMNS = (
        Column("Experiment", lambda r: r.experiment.title),
        Column("Network", lambda r: r.network_name, colour=lambda r: r.network_colour),
        Column("When", _when),
        Column("What I expect", lambda r: r.experiment.expectation or "—"),
        Column("What happened", _outcome),
    )

    def row_at(self, row: int) -> ExperimentRow:
        return super().row_at(row)

    def row_of(self, experiment_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.experiment.id == experiment_id), None)
