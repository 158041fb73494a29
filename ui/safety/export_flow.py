"""File → Export…: everything as a JSON file or a folder of CSV files, written privately."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reflect import export
from ui.tasks import TaskRunner
from ui.text import size_words

JSON_FILTER = QT_TRANSLATE_NOOP("ExportFlow", "JSON export, everything, lossless (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("ExportFlow", "CSV files, one per table, into a folder (*)")


def export_to(path: Path, as_csv: bool) -> str:
    """Write the export (on the worker) and return the sentence that reports it."""
    if as_csv:
        written = export.export_csv(path)
        total = sum(p.stat().st_size for p in written)
        return QCoreApplication.translate(
            "ExportFlow",
            "Exported {count} tables as CSV files ({size}) into {path}. Only you can read them.",
        ).format(count=len(written), size=size_words(total), path=path)
    export.write_json(path)
    return QCoreApplication.translate(
        "ExportFlow",
        "Exported everything to {path} ({size}). Only you can read it; File → "
        "Restore… reads it back.",
    ).format(path=path, size=size_words(path.stat().st_size))


class ExportFlow(QObject):
    """Asks where, then exports on the task runner; ``exported`` carries the result sentence."""

    exported = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self._runner = runner
        self._parent = parent

    def open(self) -> None:
        suggested = Path.home() / f"reflect-export-{date.today().isoformat()}.json"
        chosen, kind = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export everything"),
            str(suggested),
            f"{self.tr(JSON_FILTER)};;{self.tr(CSV_FILTER)}",
            self.tr(JSON_FILTER),
        )
        if chosen:
            self.export(Path(chosen), as_csv=kind == self.tr(CSV_FILTER))

    def export(self, path: Path, *, as_csv: bool = False) -> None:
        if as_csv and path.suffix.lower() == ".json":
            path = path.with_suffix("")
        elif not as_csv and path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        self._runner.run_op(lambda: export_to(path, as_csv), self.exported.emit)
