"""This week and the same week of an earlier year, side by side: activity, workload, roles
and the whole reflection."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.weeks import IsoWeek
from reflect.year_ago import SideBySide, WeekSide, side_by_side
from ui.models.history_table_model import ROLE_WORDS
from ui.tasks import TaskRunner
from ui.text import (
    activity_words,
    context_words,
    domain,
    energy_words,
    week_label,
    workload_words,
)
from ui.theme import muted_colour
from ui.widgets import muted_label


def _role(role: str) -> str:
    return QCoreApplication.translate("HistoryTableModel", ROLE_WORDS.get(role, role))


def _prompt(prompt: str) -> str:
    return QCoreApplication.translate("Prompt", prompt)


class SideBySideDialog(QDialog):
    shown = Signal(object)  # the SideBySide, once both columns are filled

    def __init__(
        self, runner: TaskRunner, now: IsoWeek, then: IsoWeek, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} beside {1}").format(now, then))
        self.resize(860, 560)
        self.note = muted_label("", self)
        self.columns = [self._column(), self._column()]
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for position, label in enumerate(self.columns):
            grid.addWidget(label, 0, position, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(position, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.note.hide()
        runner.run_op(lambda: side_by_side(now, then), self._on_loaded)

    def _column(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _on_loaded(self, both: SideBySide) -> None:
        self.columns[0].setText(self._side_html(both.now))
        self.columns[1].setText(self._side_html(both.then))
        self.note.setText(domain(both.note))
        self.note.setVisible(bool(both.note))
        self.shown.emit(both)

    def _side_html(self, side: WeekSide) -> str:
        muted = muted_colour(self.palette())
        head = f"<h3 style='margin:0 0 8px 0'>{escape(week_label(side.week.label()))}</h3>"
        summary = side.summary
        if summary is None:
            return head + (
                f"<p style='color:{muted}'>"
                + escape(self.tr("No check-in for this week (yet)."))
                + "</p>"
            )
        facts = [(self.tr("Workload"), workload_words(summary))]
        if summary.energy is not None:
            facts.append((self.tr("Energy"), energy_words(summary)))
        if summary.context:
            facts.append((self.tr("Context"), context_words(summary)))
        lines = "<br>".join(f"{escape(k)}: <b>{escape(v)}</b>" for k, v in facts)
        activity = "".join(
            f"<tr><td style='padding:2px 10px 2px 0'><span style='color:{a.colour}'>■</span>"
            f"&nbsp;{escape(a.name)}</td><td style='color:{muted}'>"
            f"{escape(activity_words(a))}</td></tr>"
            for a in summary.activity
        )
        roles = ", ".join(f"{r.name}: {_role(r.role)}" for r in side.roles) or "—"
        nothing = self.tr("No reflection written.")
        answers = (
            "".join(
                f"<p style='margin:6px 0 0 0'><span style='color:{muted}'>"
                f"{escape(_prompt(a.prompt))}</span>"
                f"<br>{escape(a.text).replace(chr(10), '<br>')}</p>"
                for a in side.answers
            )
            or f"<p style='color:{muted}'>{escape(nothing)}</p>"
        )
        activity_title, roles_title = self.tr("Activity"), self.tr("Roles")
        reflection_title = self.tr("Reflection")
        return (
            f"{head}<p style='margin:0 0 8px 0'>{lines}</p>"
            f"<p style='margin:8px 0 2px 0'><b>{escape(activity_title)}</b></p>"
            f"<table cellspacing='0'>{activity}</table>"
            f"<p style='margin:8px 0 2px 0'><b>{escape(roles_title)}</b><br>"
            f"{escape(roles)}</p>"
            f"<p style='margin:8px 0 2px 0'><b>{escape(reflection_title)}</b></p>{answers}"
        )
