"""File → Report…: ask which period and format, then where; collect the report on the
worker, draw its charts (and lay out a PDF) on the UI thread, write the files on the worker,
and say where they are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reflect.errors import ReflectError, disk_problem
from reflect.overview import first_checkin_week
from reflect.report import Report, collect_report
from reflect.report_period import Period
from reflect.report_render import write_files
from reflect.weeks import IsoWeek
from ui.report.report_dialog import SUFFIXES, ReportDialog, ReportRequest
from ui.tasks import TaskRunner
from ui.text import domain, error_words, size_words


class ReportFlow(QObject):
    """``message`` carries the sentence to show: where the report is, or why it is not."""

    message = Signal(str)

    def __init__(self, runner: TaskRunner, current_week: Callable[[], IsoWeek], parent: QWidget):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._parent = parent
        self.dialog: ReportDialog | None = None
        self._opening = False

    def open(self) -> None:
        """Find the first check-in (which periods make sense), then show the dialog; one
        already open comes to the front instead of a second."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._opening:
            return  # the first is on its way
        self._opening = True
        self._runner.run_op(first_checkin_week, self._on_first_week_loaded, self._on_open_failed)

    def ask_path(self, request: ReportRequest) -> Path | None:
        """Where to write; None when the user cancels. Tests replace this."""
        suffix = SUFFIXES[request.format]
        suggested = Path.home() / f"reflect-review-{request.period}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Write the report"),
            str(suggested),
            self.tr("Report (*{suffix})").format(suffix=suffix),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def write(self, period: Period, path: Path) -> None:
        """Collect on the worker, then draw and write (``message`` says how it went)."""
        current = self._current_week()
        self._runner.run_op(
            lambda: collect_report(period, current),
            lambda report: self._on_report_collected(report, path),
            self._on_failed,
        )

    # -- slots ----------------------------------------------------------------------------

    def _on_open_failed(self, error: BaseException) -> None:
        self._opening = False
        raise error

    def _on_first_week_loaded(self, first: IsoWeek | None) -> None:
        self._opening = False
        if self.dialog is not None:
            self.dialog.deleteLater()  # closed: a new one knows the new first week
        self.dialog = ReportDialog(first, self._current_week(), self._parent)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        request = self.dialog.value()
        path = self.ask_path(request)
        if path is not None:
            self.write(request.period, path)

    def _on_report_collected(self, report: Report, path: Path) -> None:
        # The charts (pyqtgraph) load with the first report, not with the main window.
        from ui.report.report_writer import chart_pngs, report_files

        try:
            files = report_files(report, chart_pngs(report), path)  # Qt: the UI thread
        except (ReflectError, OSError) as error:  # said in words, like the writing below
            self._on_failed(error)
            return
        self._runner.run_op(
            lambda: write_files(files),
            lambda written: self._on_written(report, written),
            self._on_failed,
        )

    def _on_written(self, report: Report, written: list[Path]) -> None:
        main = written[0]
        size = size_words(sum(p.stat().st_size for p in written if p.exists()))
        text = self.tr("Wrote the review of {period} to {path} ({size}).").format(
            period=domain(report.period.title()), path=main, size=size
        )
        if len(written) > 1:
            text += " " + self.tr("Its charts are beside it: {names}.").format(
                names=", ".join(p.name for p in written[1:])
            )
        if not report.checked_in:
            text += " " + self.tr("There were no check-ins in these weeks; the report says so.")
        self.message.emit(text + " " + self.tr("Only you can read it."))

    def _on_failed(self, error: BaseException) -> None:
        problem = disk_problem(error)
        if problem is not None:
            reason = error_words(problem)
        elif isinstance(error, ReflectError | OSError):
            reason = error_words(error)
        else:
            raise error
        self.message.emit(
            self.tr("The report was not written. {reason}").format(reason=_sentence(reason))
        )


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", ")")) else text + "."
