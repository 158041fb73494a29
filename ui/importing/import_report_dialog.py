"""After an import: what was counted, per kind and weeks, what had been counted before, and
what was left out and why. Read-only; closed with Close."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reflect.importers import ImportReport
from reflect.importers.report import KIND_WORDS
from ui.forms import DIALOG_STYLE
from ui.text import domain, upper_first
from ui.theme import scaled

REPORT_STYLE = """
QLabel#reportHead { font-weight: 600; color: palette(placeholder-text); }
QLabel#reportNumber { font-size: 13pt; font-weight: 600; }
QWidget#reportTable {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
}
"""


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("{platform} import").format(platform=report.platform_name))
        self.setObjectName("importReportDialog")
        self.setStyleSheet(scaled(DIALOG_STYLE + REPORT_STYLE))

        self.title = QLabel(domain(report.title()))
        self.title.setObjectName("dialogTitle")
        sentence = domain(report.headline())
        if report.created_network:
            sentence += self.tr(" The network {network} was added for it.").format(
                network=report.created_network
            )
        self.headline = QLabel(sentence)
        self.headline.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.title)
        heading.addWidget(self.headline)
        layout.addLayout(heading)

        self.table = self._table()
        if self.table is not None:
            layout.addWidget(self.table)

        self.skipped = QLabel(self._skipped_html())
        self.skipped.setWordWrap(True)
        self.skipped.setTextFormat(Qt.TextFormat.RichText)
        self.skipped.setVisible(bool(report.skipped))
        layout.addWidget(self.skipped)

        details = [domain(report.files_words())] if report.files else []
        if report.backup:
            details.append(
                self.tr("A backup was made first: {name} in {parent}.").format(
                    name=report.backup.name, parent=report.backup.parent
                )
            )
        self.details = QLabel("\n".join(details))
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        layout.activate()  # wide enough for the table, whatever the words
        self.setMinimumWidth(max(560, layout.minimumSize().width()))

    def rows(self) -> list[list[str]]:
        """The table as text, row by row (what a screen reader and the tests read)."""
        if self.table is None:
            return []
        grid: QGridLayout = self.table.layout()
        return [
            [grid.itemAtPosition(r, c).widget().text() for c in range(grid.columnCount())]
            for r in range(grid.rowCount())
        ]

    def _table(self) -> QWidget | None:
        report = self.report
        if not report.counted:
            return None
        several = len(report.networks) > 1
        heads = [self.tr("Network")] * several + [
            self.tr("Kind"),
            self.tr("Counted"),
            self.tr("Weeks"),
            self.tr("Imported before"),
        ]
        table = QWidget()
        table.setObjectName("reportTable")
        grid = QGridLayout(table)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(22)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(heads):
            label = QLabel(text)
            label.setObjectName("reportHead")
            grid.addWidget(label, 0, column)
        for row, counted in enumerate(report.counted, start=1):
            many = KIND_WORDS.get(counted.kind, (counted.kind, counted.kind))[1]
            before = round(counted.already_known)
            locale = QLocale()
            cells = [counted.network] * several + [
                upper_first(QCoreApplication.translate("Import", many)),
                locale.toString(round(counted.new)),
                upper_first(domain(counted.weeks_words())),
                locale.toString(before) if before else "–",
            ]
            for column, text in enumerate(cells):
                label = QLabel(text)
                if heads[column] == self.tr("Counted"):
                    label.setObjectName("reportNumber")
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, column)
        grid.setColumnStretch(len(heads) - 2, 1)
        return table

    def _skipped_html(self) -> str:
        if not self.report.skipped:
            return ""
        items = "".join(f"<li>{escape(sentence)}</li>" for sentence in self.report.skipped)
        return self.tr("<b>Not counted</b><ul style='margin-left:-20px'>{items}</ul>").format(
            items=items
        )
