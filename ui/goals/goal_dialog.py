"""The goal editor: the four kinds of goal, its weeks, and a plain-language preview.

It collects one ``GoalDraft`` and writes nothing; Save is enabled only while
``goals.shape_problems`` finds nothing, and each problem shows under its field.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect import goals
from reflect.goal_words import describe
from reflect.goals import Goal, GoalDraft
from reflect.networks import Network
from reflect.practices import RATING_WORDS, Practice
from reflect.weeks import IsoWeek
from ui.forms import DIALOG_STYLE, ProblemLabels, add_row, combo, preview_label, select_data
from ui.text import domain
from ui.theme import scaled
from ui.week_edit import WeekEdit

KINDS = (
    (
        "count",
        QT_TRANSLATE_NOOP("GoalDialog", "Weekly count"),
        QT_TRANSLATE_NOOP(
            "GoalDialog", "A number each week: at least 2 posts, at most 60 minutes."
        ),
    ),
    (
        "role",
        QT_TRANSLATE_NOOP("GoalDialog", "Role"),
        QT_TRANSLATE_NOOP("GoalDialog", "How you take part: mostly a creator, or a reader only."),
    ),
    (
        "practice",
        QT_TRANSLATE_NOOP("GoalDialog", "Practice"),
        QT_TRANSLATE_NOOP("GoalDialog", "One of the practices you rate in each check-in."),
    ),
    (
        "free",
        QT_TRANSLATE_NOOP("GoalDialog", "Judged by you"),
        QT_TRANSLATE_NOOP(
            "GoalDialog", "Anything else: you say yes, partly or no in each check-in."
        ),
    ),
)
METRIC_WORDS = {
    "posts": QT_TRANSLATE_NOOP("GoalDialog", "posts"),
    "comments": QT_TRANSLATE_NOOP("GoalDialog", "comments and replies"),
    "shares": QT_TRANSLATE_NOOP("GoalDialog", "shares of others' posts"),
    "reactions": QT_TRANSLATE_NOOP("GoalDialog", "reactions"),
    "minutes": QT_TRANSLATE_NOOP("GoalDialog", "minutes"),
    "active_days": QT_TRANSLATE_NOOP("GoalDialog", "active days (measured)"),
}
ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("GoalDialog", "creator"),
    "commenter": QT_TRANSLATE_NOOP("GoalDialog", "commenter"),
    "reader": QT_TRANSLATE_NOOP("GoalDialog", "reader"),
}
KEPT = QT_TRANSLATE_NOOP(
    "GoalDialog", "A goal keeps its kind and network, so its past weeks keep their meaning."
)
APPLIES = QT_TRANSLATE_NOOP(
    "GoalDialog", "Weeks before it keep being judged against the target in force then."
)


@dataclass(frozen=True)
class GoalChoices:
    """What the editor offers: the networks and practices, this week, the goal edited."""

    networks: tuple[Network, ...]
    practices: tuple[Practice, ...]
    week: IsoWeek
    original: Goal | None = None


class GoalDialog(QDialog):
    @classmethod
    def ask(
        cls, parent: QWidget | None, draft: GoalDraft, choices: GoalChoices
    ) -> GoalDraft | None:
        dialog = cls(parent, draft, choices)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, parent: QWidget | None, draft: GoalDraft, choices: GoalChoices):
        super().__init__(parent)
        self._choices = choices
        self._draft_id = draft.id
        editing = choices.original is not None
        self.setWindowTitle(self.tr("Change the goal") if editing else self.tr("New goal"))
        self.setObjectName("goalDialog")
        self.setStyleSheet(scaled(DIALOG_STYLE))
        self.setMinimumWidth(600)
        self.problems = ProblemLabels()

        self.title = QLineEdit(draft.title)
        self.title.setPlaceholderText(self.tr("In your words: “Share what I learn”"))
        self.network = combo(
            [(self.tr("All networks"), "")] + [(n.name, n.id) for n in choices.networks], self
        )
        select_data(self.network, draft.network_id or "")
        self.kind_buttons = QButtonGroup(self)
        kind_row = QHBoxLayout()
        for key, words, tip in KINDS:
            button = QRadioButton(self.tr(words))
            button.setObjectName(f"kind_{key}")
            button.setToolTip(self.tr(tip))
            button.setChecked(key == draft.kind)
            self.kind_buttons.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.kind_help = QLabel()
        self.kind_help.setObjectName("muted")
        self.kind_help.setWordWrap(True)
        if editing:
            for widget in (self.network, *self.kind_buttons.buttons()):
                widget.setEnabled(False)
                widget.setToolTip(self.tr(KEPT))

        self.asks = QStackedWidget()
        self._build_count(draft)
        self._build_role(draft)
        self._build_practice(draft)
        free = QLabel(self.tr("In each check-in you say whether it happened: yes, partly or no."))
        free.setObjectName("muted")
        self.asks.addWidget(free)

        self.start = WeekEdit(draft.start_week)
        self.has_end = QCheckBox(self.tr("&Ends"))
        self.end = WeekEdit(draft.end_week or draft.start_week + 12)
        self.end.setAccessibleName(self.tr("End week"))
        self.has_end.setChecked(draft.end_week is not None)
        self.end.setEnabled(draft.end_week is not None)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        self.effective = WeekEdit(draft.effective_week or choices.week)
        self.preview = preview_label(self)
        self.preview.setAccessibleName(self.tr("Preview"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(form, self.tr("&Title"), self.problems.beside(self.title, ["title"]), self.title)
        add_row(
            form,
            self.tr("&Network"),
            self.problems.beside(self.network, ["network_id"]),
            self.network,
        )
        kinds = QVBoxLayout()
        kinds.addLayout(kind_row)
        kinds.addWidget(self.kind_help)
        kinds.addWidget(self.problems.label(["kind"]))
        form.addRow(self.tr("Kind"), kinds)
        fields = ["target", "metric", "direction", "role", "practice_id"]
        form.addRow(self.tr("It asks"), self.problems.beside(self.asks, fields))
        add_row(
            form, self.tr("&Starts"), self.problems.beside(self.start, ["start_week"]), self.start
        )
        form.addRow("", self.problems.beside(end_row, ["end_week"]))
        if editing:
            applies = self.problems.beside(self.effective, ["effective_week"])
            note = QLabel(self.tr(APPLIES))
            note.setObjectName("muted")
            note.setWordWrap(True)
            applies.addWidget(note)
            add_row(form, self.tr("&Change applies from"), applies, self.effective)
        self.effective.setVisible(editing)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.problems.label([""]))
        layout.addWidget(self.buttons)

        for signal in (
            self.title.textChanged,
            self.network.currentIndexChanged,
            self.kind_buttons.buttonToggled,
            self.direction.currentIndexChanged,
            self.count_target.textChanged,
            self.metric_box.currentIndexChanged,
            self.role.currentIndexChanged,
            self.share.textChanged,
            self.practice.currentIndexChanged,
            self.rating.currentIndexChanged,
            self.start.week_changed,
            self.end.week_changed,
            self.has_end.toggled,
            self.effective.week_changed,
        ):
            signal.connect(self._on_changed)
        self._on_changed()
        self.title.setFocus()

    # -- building -------------------------------------------------------------------------

    def _page(self, *widgets: QWidget | str) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
        row.addStretch(1)
        return page

    def _build_count(self, draft: GoalDraft) -> None:
        self.direction = combo([(self.tr("at least"), "at_least"), (self.tr("at most"), "at_most")])
        select_data(self.direction, draft.direction or "at_least")
        self.count_target = QLineEdit(_number(draft.target) if draft.kind == "count" else "")
        self.count_target.setPlaceholderText("2")
        self.count_target.setMaximumWidth(90)
        self.count_target.setAccessibleName(self.tr("Target number"))
        self.metric_box = combo([(self.tr(words), key) for key, words in METRIC_WORDS.items()])
        select_data(self.metric_box, draft.metric or "posts")
        self.asks.addWidget(
            self._page(self.direction, self.count_target, self.metric_box, self.tr("a week"))
        )

    def _build_role(self, draft: GoalDraft) -> None:
        self.role = combo([(self.tr(words), key) for key, words in ROLE_WORDS.items()])
        select_data(self.role, draft.role or "creator")
        self.share = QLineEdit(_number(draft.target) if draft.kind == "role" else "")
        self.share.setPlaceholderText("60")
        self.share.setMaximumWidth(70)
        self.share.setAccessibleName(self.tr("Minimum share in percent"))
        self.asks.addWidget(
            self._page(
                self.tr("Mostly a"),
                self.role,
                self.tr("— at least"),
                self.share,
                self.tr("% of the week"),
            )
        )

    def _build_practice(self, draft: GoalDraft) -> None:
        self.practice = combo([(p.name, p.id) for p in self._choices.practices])
        select_data(self.practice, draft.practice_id or "")
        self.rating = combo(
            [
                (f"{QCoreApplication.translate('Words', RATING_WORDS[n])} ({n})", n)
                for n in range(1, len(RATING_WORDS))
            ]
        )
        rating = int(draft.target) if draft.kind == "practice" and draft.target else 2
        select_data(self.rating, rating)
        self.asks.addWidget(
            self._page(self.tr("Rate"), self.practice, self.tr("at least"), self.rating)
        )

    # -- the value ------------------------------------------------------------------------

    def kind(self) -> str:
        checked = self.kind_buttons.checkedButton()
        return checked.objectName().removeprefix("kind_") if checked else "count"

    def set_kind(self, kind: str) -> None:
        next(b for b in self.kind_buttons.buttons() if b.objectName() == f"kind_{kind}").click()

    def value(self) -> GoalDraft:
        kind = self.kind()
        target: float | None = None
        if kind == "count":
            target = _parse(self.count_target.text())
        elif kind == "role":
            target = _parse(self.share.text())
        elif kind == "practice":
            target = float(self.rating.currentData())
        editing = self._choices.original is not None
        return GoalDraft(
            title=self.title.text().strip(),
            kind=kind,
            start_week=self.start.week(),
            network_id=self.network.currentData() or None,
            end_week=self.end.week() if self.has_end.isChecked() else None,
            metric=self.metric_box.currentData() if kind == "count" else None,
            direction=self.direction.currentData() if kind == "count" else None,
            target=target,
            role=self.role.currentData() if kind == "role" else None,
            practice_id=self.practice.currentData() if kind == "practice" else None,
            id=self._draft_id,
            effective_week=self.effective.week() if editing else None,
        )

    # -- slots ----------------------------------------------------------------------------

    def _on_changed(self, *_args) -> None:
        kind = self.kind()
        self.asks.setCurrentIndex([k for k, _, _ in KINDS].index(kind))
        self.kind_help.setText(self.tr(next(tip for k, _, tip in KINDS if k == kind)))
        self.end.setEnabled(self.has_end.isChecked())
        draft = self.value()
        problems = goals.shape_problems(draft, self._choices.original)
        self.problems.show(problems)
        self.save_button.setEnabled(not problems)
        network = self.network.currentText() if draft.network_id else None
        practice = self.practice.currentText() if kind == "practice" else None
        text = domain(describe(draft, network, self._choices.week, practice))
        original, week = self._choices.original, draft.effective_week
        if original is not None and week is not None and week > original.start_week:
            before = original.target_for(week - 1)
            if before.asks() != draft.asks().asks():
                text = domain(describe(replace(draft, start_week=week), network, week, practice))
                old = original.draft(week - 1)
                names = {p.id: p.name for p in self._choices.practices}
                then = domain(
                    describe(
                        old, network, week - 1, names.get(before.practice_id or ""), weeks=False
                    )
                )
                text += "\n" + self.tr("Until then: {then}, from {week}").format(
                    then=then[0].lower() + then[1:], week=original.start_week
                )
        self.preview.setText(text)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _parse(text: str) -> float | None:
    """The number typed, or None when it is not one (the domain says what is wrong)."""
    try:
        return float(text.strip().replace(",", ""))
    except ValueError:
        return None
