"""The networks, archived ones included, each with its colour as a swatch."""

from __future__ import annotations

from reflect.overview import NetworkRow
from ui.models.row_table_model import Column, RowTableModel
from ui.text import NETWORK_KIND_WORDS


class NetworkTableModel(RowTableModel):
    COLUMNS = (
        Column("Network", lambda r: r.network.name, colour=lambda r: r.network.colour),
        Column("Kind", lambda r: NETWORK_KIND_WORDS.get(r.network.kind, r.network.kind)),
        Column("Audience", lambda r: r.network.audience.capitalize()),
        Column("Purpose", lambda r: r.network.purpose or "—"),
        Column("Active goals", lambda r: str(r.active_goals)),
        Column("State", lambda r: "Archived" if r.network.archived else "Active"),
    )

    def row_at(self, row: int) -> NetworkRow:
        return super().row_at(row)
