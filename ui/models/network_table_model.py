"""The networks, archived ones included, each with its colour as a swatch."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reflect.overview import NetworkRow
from ui.models.row_table_model import Column, RowTableModel
from ui.text import NETWORK_KIND_WORDS, tr, upper_first

ARCHIVED = QT_TRANSLATE_NOOP(
    "NetworkTableModel", "Archived: kept with all its history, left out of new check-ins."
)


def _charter(row: NetworkRow) -> str:
    if not row.questions:
        return "—"
    if row.answered == 0:
        return QCoreApplication.translate("NetworkTableModel", "Not written yet")
    return QCoreApplication.translate(
        "NetworkTableModel", "{answered} of {questions} answered"
    ).format(answered=row.answered, questions=row.questions)


class NetworkTableModel(RowTableModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("NetworkTableModel", "Network"),
            lambda r: r.network.name,
            colour=lambda r: r.network.colour,
        ),
        Column(
            QT_TRANSLATE_NOOP("NetworkTableModel", "Kind"),
            lambda r: tr(NETWORK_KIND_WORDS.get(r.network.kind, r.network.kind)),
        ),
        Column(
            QT_TRANSLATE_NOOP("NetworkTableModel", "Audience"),
            lambda r: upper_first(QCoreApplication.translate("Words", r.network.audience)),
        ),
        Column(
            QT_TRANSLATE_NOOP("NetworkTableModel", "Purpose"), lambda r: r.network.purpose or "—"
        ),
        Column(
            QT_TRANSLATE_NOOP("NetworkTableModel", "Active goals"), lambda r: str(r.active_goals)
        ),
        Column(
            QT_TRANSLATE_NOOP("NetworkTableModel", "State"),
            lambda r: (
                QCoreApplication.translate("NetworkTableModel", "Archived")
                if r.network.archived
                else QCoreApplication.translate("NetworkTableModel", "Active")
            ),
            lambda r: (
                QCoreApplication.translate("NetworkTableModel", ARCHIVED)
                if r.network.archived
                else QCoreApplication.translate(
                    "NetworkTableModel", "Active: part of each check-in."
                )
            ),
        ),
        Column(QT_TRANSLATE_NOOP("NetworkTableModel", "Charter"), _charter),
    )

    def row_at(self, row: int) -> NetworkRow:
        return super().row_at(row)

    def rows(self) -> list[NetworkRow]:
        return list(self._rows)

    def row_of(self, network_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.network.id == network_id), None)
