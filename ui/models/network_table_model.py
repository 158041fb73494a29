"""The networks, archived ones included, each with its colour as a swatch."""

from __future__ import annotations

from reflect.overview import NetworkRow
from ui.models.row_table_model import Column, RowTableModel
from ui.text import NETWORK_KIND_WORDS, tr

ARCHIVED = "Archived: kept with all its history, left out of new check-ins."


def _charter(row: NetworkRow) -> str:
    if not row.questions:
        return "—"
    if row.answered == 0:
        return "Not written yet"
    return f"{row.answered} of {row.questions} answered"


class NetworkTableModel(RowTableModel):
    COLUMNS = (
        Column("Network", lambda r: r.network.name, colour=lambda r: r.network.colour),
        Column("Kind", lambda r: tr(NETWORK_KIND_WORDS.get(r.network.kind, r.network.kind))),
        Column("Audience", lambda r: r.network.audience.capitalize()),
        Column("Purpose", lambda r: r.network.purpose or "—"),
        Column("Active goals", lambda r: str(r.active_goals)),
        Column(
            "State",
            lambda r: "Archived" if r.network.archived else "Active",
            lambda r: ARCHIVED if r.network.archived else "Active: part of each check-in.",
        ),
        Column("Charter", _charter),
    )

    def row_at(self, row: int) -> NetworkRow:
        return super().row_at(row)

    def rows(self) -> list[NetworkRow]:
        return list(self._rows)

    def row_of(self, network_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.network.id == network_id), None)
