"""An experiment: "for N weeks I will try X", what I expect, and at the end what happened.

It collects one ``Experiment`` and writes nothing; Save follows
``experiments.shape_problems``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect import experiments
from reflect.experiments import MAX_WEEKS, Experiment
from reflect.networks import Network
from reflect.weeks import IsoWeek
from ui.forms import DIALOG_STYLE, ProblemLabels, add_row, combo, preview_label, select_data
from ui.theme import scaled
from ui.week_edit import WeekEdit

STATUSES = (
    (QT_TRANSLATE_NOOP("ExperimentDialog", "Running"), "running"),
    (QT_TRANSLATE_NOOP("ExperimentDialog", "Finished: I know what happened"), "finished"),
    (QT_TRANSLATE_NOOP("ExperimentDialog", "Stopped early"), "abandoned"),
)


class ExperimentDialog(QDialog):
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        experiment: Experiment,
        networks: tuple[Network, ...],
        week: IsoWeek,
    ) -> Experiment | None:
        dialog = cls(parent, experiment, networks, week)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(
        self,
        parent: QWidget | None,
        experiment: Experiment,
        networks: tuple[Network, ...],
        week: IsoWeek,
    ):
        super().__init__(parent)
        self._start = experiment
        self._week = week
        self.setWindowTitle(self.tr("Experiment") if experiment.id else self.tr("New experiment"))
        self.setObjectName("experimentDialog")
        self.setStyleSheet(scaled(DIALOG_STYLE))
        self.setMinimumWidth(580)
        self.problems = ProblemLabels()

        self.reminder = QLabel(
            self.tr(
                "This experiment ended in {last_week}. What happened? A line or two is "
                "plenty, and “not much” is a finding too."
            ).format(last_week=experiment.last_week)
        )
        self.reminder.setObjectName("hint")
        self.reminder.setWordWrap(True)
        self.reminder.setVisible(experiment.awaits_outcome(week))
        self.title = QLineEdit(experiment.title)
        self.title.setPlaceholderText(self.tr("Reply to three posts before each post of my own"))
        self.network = combo(
            [(self.tr("All networks"), "")] + [(n.name, n.id) for n in networks], self
        )
        select_data(self.network, experiment.network_id or "")
        self.start = WeekEdit(experiment.start_week)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(min(max(experiment.weeks, 1), MAX_WEEKS))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.ends = QLabel()
        self.ends.setObjectName("muted")
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(QLabel(self.tr("for")))
        when.addWidget(self.weeks)
        when.addWidget(self.ends)
        self.expectation = _text_box(
            experiment.expectation, self.tr("What do you expect to happen?")
        )
        self.outcome = _text_box(experiment.outcome, self.tr("At the end: what happened?"))
        self.status = combo([(self.tr(words), key) for words, key in STATUSES], self)
        due = experiment.awaits_outcome(week)
        select_data(self.status, experiment.status)
        self._follow_outcome = due  # until the user picks a status: written means finished
        self.preview = preview_label(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(
            form, self.tr("I will &try"), self.problems.beside(self.title, ["title"]), self.title
        )
        add_row(form, self.tr("&Network"), self.network, self.network)
        add_row(
            form,
            self.tr("&Starting"),
            self.problems.beside(when, ["weeks", "start_week"]),
            self.start,
        )
        add_row(form, self.tr("I &expect"), self.expectation, self.expectation)
        outcome = self.problems.beside(self.outcome, ["outcome"])
        add_row(form, self.tr("What &happened"), outcome, self.outcome)
        add_row(
            form, self.tr("St&atus"), self.problems.beside(self.status, ["status"]), self.status
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.problems.label([""]))
        layout.addWidget(buttons)
        for signal in (
            self.title.textChanged,
            self.network.currentIndexChanged,
            self.start.week_changed,
            self.weeks.valueChanged,
            self.expectation.textChanged,
            self.outcome.textChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self._on_changed)
        self.status.activated.connect(self._on_status_activated)
        self.outcome.textChanged.connect(self._on_outcome_text_changed)
        self._on_changed()
        (self.outcome if due else self.title).setFocus()

    def value(self) -> Experiment:
        return replace(
            self._start,
            title=self.title.text().strip(),
            start_week=self.start.week(),
            weeks=self.weeks.value(),
            network_id=self.network.currentData() or None,
            expectation=self.expectation.toPlainText().strip(),
            outcome=self.outcome.toPlainText().strip(),
            status=self.status.currentData(),
        )

    def _on_status_activated(self, _index: int) -> None:
        self._follow_outcome = False

    def _on_outcome_text_changed(self) -> None:
        if self._follow_outcome:
            written = bool(self.outcome.toPlainText().strip())
            select_data(self.status, "finished" if written else "running")

    def _on_changed(self, *_args) -> None:
        experiment = self.value()
        self.ends.setText(self.tr("last week {last_week}").format(last_week=experiment.last_week))
        problems = experiments.shape_problems(experiment)
        self.problems.show(problems)
        self.save_button.setEnabled(not problems)
        where = (
            self.tr(" on {network}").format(network=self.network.currentText())
            if experiment.network_id
            else ""
        )
        span = (
            self.tr("1 week")
            if experiment.weeks == 1
            else self.tr("{count} weeks").format(count=experiment.weeks)
        )
        state = (
            experiment.progress(self._week)
            if experiment.status == "running"
            else self.status.currentText().split(":")[0].lower()
        )
        self.preview.setText(
            self.tr(
                "I will try “{title}” for {span}{where}, {start_week} to {last_week} · {state}"
            ).format(
                title=experiment.title or "…",
                span=span,
                where=where,
                start_week=experiment.start_week,
                last_week=experiment.last_week,
                state=state,
            )
        )


def _text_box(text: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(74)
    return box
