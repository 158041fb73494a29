"""Check-ins, newest first: one row each, never a widget per row."""

from __future__ import annotations

from reflect.overview import CheckInSummary
from ui.models.row_table_model import Column, RowTableModel
from ui.text import (
    activity_totals,
    activity_words,
    context_words,
    energy_words,
    workload_words,
)


def _week(row: CheckInSummary) -> str:
    """ "2026-W46" over "9–15 Nov" (and "draft" when it is one)."""
    dates = row.week_label.removeprefix(str(row.week)).strip(" ()")
    return f"{row.week}\n{dates}" + ("\ndraft" if row.is_draft else "")


def _scale(value: int | None, word: str | None) -> str:
    return "—" if value is None else f"{word} ({value})"


def _activity_details(row: CheckInSummary) -> str:
    if not row.activity:
        return "No networks in this check-in."
    return "\n".join(f"{a.name}: {activity_words(a)}" for a in row.activity)


class HistoryTableModel(RowTableModel):
    COLUMNS = (
        Column("Week", _week, lambda r: r.week_label),
        Column("Workload (1–5)", lambda r: _scale(r.workload, r.workload_word), workload_words),
        Column("Energy (1–5)", lambda r: _scale(r.energy, r.energy_word), energy_words),
        Column("Context", context_words),
        Column("Activity", activity_totals, _activity_details),
        Column("Reflection", lambda r: r.reflection or "—"),
    )

    def row_at(self, row: int) -> CheckInSummary:
        return super().row_at(row)
