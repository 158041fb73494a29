"""File → Report…: which period (a month, a quarter or a year) and which format. The dialog
collects the choice and writes nothing; ``ReportFlow`` does the rest."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from reflect.report_period import Period, last_complete, periods_to_offer
from reflect.weeks import IsoWeek
from ui.forms import add_row, combo, select_data
from ui.widgets import muted_label

SUFFIXES = {"pdf": ".pdf", "html": ".html", "markdown": ".md"}


@dataclass(frozen=True, slots=True)
class ReportRequest:
    period: Period
    format: str  # pdf, html or markdown (SUFFIXES)


class ReportDialog(QDialog):
    """Choose the period and the format; ``value()`` is the choice."""

    def __init__(self, first: IsoWeek | None, current: IsoWeek, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report"))
        self._first, self._current = first, current
        layout = QVBoxLayout(self)
        intro = muted_label(
            self.tr(
                "A review of a month, a quarter or a year: your check-ins, your goals and how "
                "they went, the ebb-and-flow and participation charts, your own reflections "
                "and the insights. It is written only where you choose, readable by you alone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind_box = combo(
            [
                (self.tr("A quarter"), "quarter"),
                (self.tr("A month"), "month"),
                (self.tr("A year"), "year"),
            ]
        )
        self.period_box = QComboBox()
        self.format_box = combo(
            [
                (self.tr("PDF, for reading and printing"), "pdf"),
                (self.tr("HTML, one file with the charts inside"), "html"),
                (self.tr("Markdown, with the charts as images beside it"), "markdown"),
            ]
        )
        add_row(form, self.tr("&Covering:"), self.kind_box, self.kind_box)
        add_row(form, self.tr("&Which:"), self.period_box, self.period_box)
        add_row(form, self.tr("&Format:"), self.format_box, self.format_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.write_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write report…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_current_index_changed)
        self._on_kind_box_current_index_changed()
        self.resize(520, self.sizeHint().height())

    def periods(self) -> list[Period]:
        return [self.period_box.itemData(i) for i in range(self.period_box.count())]

    def choose(self, period: Period, format: str = "pdf") -> None:
        """Select ``period`` (its kind first) and ``format``, as a user would."""
        select_data(self.kind_box, period.kind)
        self._select_period(period)
        select_data(self.format_box, format)

    def value(self) -> ReportRequest:
        return ReportRequest(self.period_box.currentData(), self.format_box.currentData())

    def _on_kind_box_current_index_changed(self, *_: object) -> None:
        kind = self.kind_box.currentData()
        self.period_box.clear()
        running = self.tr("so far")
        for period in periods_to_offer(kind, self._first, self._current):
            words = self._title(period)
            if period.last_week() >= self._current:
                words = f"{words} — {running}"
            self.period_box.addItem(words, period)
        self._select_period(last_complete(kind, self._current))

    def _title(self, period: Period) -> str:
        """ "2026-Q3 (July to September 2026)" in the user's language; a year is "2026"."""
        if period.kind == "year":
            return period.title()
        locale, n = QLocale(), period.number
        if period.kind == "quarter":
            words = self.tr("{first} to {last} {year}").format(
                first=locale.standaloneMonthName(3 * n - 2),
                last=locale.standaloneMonthName(3 * n),
                year=period.year,
            )
        else:
            words = f"{locale.standaloneMonthName(n)} {period.year}"
        return f"{period} ({words})"

    def _select_period(self, period: Period) -> None:
        """Periods are Python values: Qt's findData cannot compare them."""
        periods = self.periods()
        self.period_box.setCurrentIndex(periods.index(period) if period in periods else 0)
