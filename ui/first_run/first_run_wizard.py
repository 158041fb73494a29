"""The welcome on a first start: which networks, what each is for, one starter goal each.

The wizard collects choices and writes nothing; :mod:`ui.first_run.first_run_flow` saves them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reflect import APP_NAME
from reflect.first_run import NetworkChoice, StarterGoal, shape_problems, starter_goal
from reflect.networks import PRESETS, NetworkDraft
from reflect.weeks import IsoWeek
from ui.text import domain

#: (one, many) words for a starter goal's number.
UNITS = {
    "minutes": (QT_TRANSLATE_NOOP("GoalRow", "minute"), QT_TRANSLATE_NOOP("GoalRow", "minutes")),
    "posts": (QT_TRANSLATE_NOOP("GoalRow", "post"), QT_TRANSLATE_NOOP("GoalRow", "posts")),
    "comments": (
        QT_TRANSLATE_NOOP("GoalRow", "comment or reply"),
        QT_TRANSLATE_NOOP("GoalRow", "comments or replies"),
    ),
}


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to %s") % APP_NAME)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Reflect helps you use your social networks on purpose: a goal or two per "
                    "network, a short check-in once a week, and charts of how your participation "
                    "ebbs and flows with your workload. Everything stays on this computer."
                )
            )
        )
        self.set_up = QRadioButton(self.tr("&Set up the networks I am on"))
        self.set_up.setChecked(True)
        self.demo = QRadioButton(self.tr("&Explore with demo data first (thrown away on quit)"))
        layout.addSpacing(8)
        layout.addWidget(self.set_up)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        layout.addWidget(
            _wrapped(self.tr("You can skip this; everything here can be changed later."), "muted")
        )

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else super().nextId()


class NetworksPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Which networks are you on?"))
        self.setSubTitle(self.tr("Tick the ones you use; add your own below."))
        layout = QVBoxLayout(self)
        self.grid = QGridLayout()
        self.boxes: list[tuple[QCheckBox, NetworkDraft]] = []
        for draft in PRESETS.values():
            self._add(draft, checked=False)
        self.grid.setColumnStretch(2, 1)
        layout.addLayout(self.grid)
        row = QHBoxLayout()
        self.own_name = QLineEdit()
        self.own_name.setPlaceholderText(self.tr("Another network, e.g. a forum or a group chat"))
        self.own_name.setAccessibleName(self.tr("Name of another network"))
        self.own_name.returnPressed.connect(self._on_add_clicked)
        self.add_own = QPushButton(self.tr("&Add"))
        self.add_own.clicked.connect(self._on_add_clicked)
        row.addWidget(self.own_name, 1)
        row.addWidget(self.add_own)
        layout.addLayout(row)
        layout.addStretch(1)

    def _add(self, draft: NetworkDraft, checked: bool) -> None:
        box = QCheckBox(draft.name)
        box.setChecked(checked)
        box.toggled.connect(self.completeChanged)
        purpose = _wrapped(QCoreApplication.translate("Network", draft.purpose), "muted")
        row = len(self.boxes)
        self.grid.addWidget(box, row, 0)
        self.grid.addWidget(purpose, row, 1)
        self.boxes.append((box, draft))

    def _on_add_clicked(self) -> None:
        name = self.own_name.text().strip()
        if not name or any(d.name.casefold() == name.casefold() for _b, d in self.boxes):
            return
        self._add(NetworkDraft(name), checked=True)
        self.own_name.clear()
        self.completeChanged.emit()

    def chosen(self) -> list[NetworkDraft]:
        return [draft for box, draft in self.boxes if box.isChecked()]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class GoalRow:
    """One network on the last page: its purpose and its starter goal."""

    def __init__(self, page: QWizardPage, grid: QGridLayout, draft: NetworkDraft) -> None:
        self.draft = draft
        self.goal = starter_goal(draft.preset)
        row = grid.rowCount()
        name = QLabel(f"<b>{draft.name}</b>")
        self.purpose = QLineEdit(QCoreApplication.translate("Network", draft.purpose))
        self.purpose.setPlaceholderText(
            QCoreApplication.translate("GoalRow", "Why I am here, in one line")
        )
        self.purpose.setAccessibleName(
            QCoreApplication.translate("GoalRow", "Purpose on %s") % draft.name
        )
        self.keep = QCheckBox(QCoreApplication.translate("GoalRow", "Goal:"))
        self.keep.setChecked(True)
        self.keep.setAccessibleName(
            QCoreApplication.translate("GoalRow", "Keep a starter goal for %s") % draft.name
        )
        self.title = QLineEdit(QCoreApplication.translate("FirstRun", self.goal.title))
        self.title.setAccessibleName(
            QCoreApplication.translate("GoalRow", "Starter goal for %s") % draft.name
        )
        self.target = QSpinBox()
        self.target.setRange(1, 10_000)
        self.target.setValue(int(self.goal.target or 1))
        word = (
            QCoreApplication.translate("GoalRow", "at most")
            if self.goal.direction == "at_most"
            else QCoreApplication.translate("GoalRow", "at least")
        )
        self.target.setPrefix(f"{word} ")
        self.target.valueChanged.connect(self._on_target_value_changed)
        self._on_target_value_changed(self.target.value())
        self.target.setAccessibleName(
            QCoreApplication.translate("GoalRow", "Weekly number for %s") % draft.name
        )
        self.target.setVisible(self.goal.kind == "count")
        for widget in (self.title, self.target):
            self.keep.toggled.connect(widget.setEnabled)
        grid.addWidget(name, row, 0)
        grid.addWidget(self.purpose, row, 1, 1, 3)
        grid.addWidget(self.keep, row + 1, 0)
        grid.addWidget(self.title, row + 1, 1)
        grid.addWidget(self.target, row + 1, 2)

    def _on_target_value_changed(self, value: int) -> None:
        one, many = UNITS.get(self.goal.metric or "", ("", ""))
        unit = QCoreApplication.translate("GoalRow", one if value == 1 else many)
        self.target.setSuffix(" " + QCoreApplication.translate("GoalRow", "%s a week") % unit)

    def choice(self) -> NetworkChoice:
        network = replace(self.draft, purpose=self.purpose.text().strip())
        if not self.keep.isChecked():
            return NetworkChoice(network, None)
        goal: StarterGoal = replace(self.goal, title=self.title.text().strip())
        if goal.kind == "count":
            goal = replace(goal, target=float(self.target.value()))
        return NetworkChoice(network, goal)


class GoalsPage(QWizardPage):
    def __init__(self, networks_page: NetworksPage, week: IsoWeek) -> None:
        super().__init__()
        self._networks = networks_page
        self._week = week
        self.setTitle(self.tr("What each one is for"))
        self.setSubTitle(
            self.tr("A purpose in one line and one small goal: keep it, change it, or untick it.")
        )
        self.rows: list[GoalRow] = []
        self.body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.problems = _wrapped("", "problem")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:
        old = self.body.layout()
        if old is not None:
            QWidget().setLayout(old)  # drops the rows of an earlier visit
        grid = QGridLayout(self.body)
        grid.setColumnStretch(1, 1)
        self.rows = [GoalRow(self, grid, draft) for draft in self._networks.chosen()]
        grid.setRowStretch(grid.rowCount(), 1)
        self.problems.hide()

    def validatePage(self) -> bool:
        """Finish only with choices the rules accept; the problems stay in view, nothing lost."""
        found = shape_problems([row.choice() for row in self.rows], self._week)
        self.problems.setText("\n".join(domain(f) for f in found))
        self.problems.setVisible(bool(found))
        return not found


class FirstRunWizard(QWizard):
    """``choices()`` after Finish; ``wants_demo()`` when the user chose the demo."""

    def __init__(self, week: IsoWeek, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome to %s") % APP_NAME)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("S&kip"))
        self.welcome = WelcomePage()
        self.networks = NetworksPage()
        self.goals = GoalsPage(self.networks, week)
        for page in (self.welcome, self.networks, self.goals):
            self.addPage(page)
        self.welcome.demo.toggled.connect(self._on_demo_toggled)
        self.resize(720, 560)

    def _on_demo_toggled(self, demo: bool) -> None:
        self.welcome.setFinalPage(demo)
        self.welcome.completeChanged.emit()

    def wants_demo(self) -> bool:
        return self.welcome.demo.isChecked()

    def choices(self) -> list[NetworkChoice]:
        return [row.choice() for row in self.goals.rows]
