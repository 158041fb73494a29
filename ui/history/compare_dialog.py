"""Compare two periods: a table of per-network numbers and the differences in words. The
numbers come from ``reflect.compare``, computed on the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reflect import compare
from reflect.compare import Comparison, NetworkNumbers
from reflect.weeks import IsoWeek
from ui.tasks import TaskRunner
from ui.text import domain
from ui.week_edit import WeekEdit
from ui.widgets import table_view

Index = QModelIndex | QPersistentModelIndex
ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("CompareTableModel", "creator"),
    "commenter": QT_TRANSLATE_NOOP("CompareTableModel", "commenter"),
    "reader": QT_TRANSLATE_NOOP("CompareTableModel", "reader"),
    "unplugged": QT_TRANSLATE_NOOP("CompareTableModel", "unplugged"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareTableModel", text)


def _role(role: str) -> str:
    return tr(ROLE_WORDS.get(role, role))


def _roles(numbers: NetworkNumbers) -> str:
    """The role of most weeks: "creator (4 weeks)"; all of them in the tooltip."""
    if not numbers.roles:
        return "—"
    role, weeks = numbers.roles[0]
    return tr(QT_TRANSLATE_NOOP("CompareTableModel", "{role} ({weeks} wk)")).format(
        role=_role(role), weeks=weeks
    )


def _all_roles(numbers: NetworkNumbers) -> str:
    each = tr(QT_TRANSLATE_NOOP("CompareTableModel", "{role} {weeks} wk"))
    return ", ".join(each.format(role=_role(r), weeks=w) for r, w in numbers.roles) or "—"


def _goals(numbers: NetworkNumbers) -> str:
    if not numbers.goals_judged:
        return "—"
    return tr(QT_TRANSLATE_NOOP("CompareTableModel", "{met} of {judged}")).format(
        met=numbers.goals_met, judged=numbers.goals_judged
    )


#: (header, what one period shows) — each is shown for both periods, first then second.
FIELDS: tuple[tuple[str, Callable[[NetworkNumbers], str]], ...] = (
    (QT_TRANSLATE_NOOP("CompareTableModel", "Posts"), lambda n: str(n.posts)),
    (QT_TRANSLATE_NOOP("CompareTableModel", "Comments"), lambda n: str(n.comments)),
    (QT_TRANSLATE_NOOP("CompareTableModel", "Shares"), lambda n: str(n.shares)),
    (QT_TRANSLATE_NOOP("CompareTableModel", "Reactions"), lambda n: str(n.reactions)),
    (QT_TRANSLATE_NOOP("CompareTableModel", "Weeks used"), lambda n: str(n.weeks_used)),
    (QT_TRANSLATE_NOOP("CompareTableModel", "Main role"), _roles),
    (QT_TRANSLATE_NOOP("CompareTableModel", "Goals met"), _goals),
)


class CompareTableModel(QAbstractTableModel):
    """One row per network; each field as "first → second"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.networks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Network")
        if 0 < section <= len(FIELDS):
            return self.tr(FIELDS[section - 1][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.comparison.networks):
            return None
        row = self.comparison.networks[index.row()]
        if not 0 <= index.column() <= len(FIELDS):
            return None
        first, second = self.comparison.first.period, self.comparison.second.period
        earlier_first = first.first <= second.first  # cells read in time: earlier → later
        if index.column() == 0:
            text = row.name
            tip = row.name
        else:
            header, show = FIELDS[index.column() - 1]
            early, late = (row.first, row.second) if earlier_first else (row.second, row.first)
            text = f"{show(early)} → {show(late)}"
            if header == "Main role":
                show = _all_roles
            a, b = show(row.first), show(row.second)
            tip = self.tr("{header}: {a} in {first}, {b} in {second}").format(
                header=self.tr(header),
                a=a,
                b=b,
                first=domain(first.label),
                second=domain(second.label),
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CompareDialog(QDialog):
    """Pick two periods (presets or custom weeks); ``compared`` fires when the table and the
    sentences show a new result."""

    compared = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare periods"))
        self.resize(880, 520)
        self._runner = runner
        self._generation = 0
        week = current_week()
        self._week = week
        self.choice = QComboBox()
        self.choice.addItem(self.tr("This quarter against the last"), "quarter")
        self.choice.addItem(self.tr("This year against the last"), "year")
        self.choice.addItem(self.tr("Two periods I choose"), "custom")
        self.choice.setAccessibleName(self.tr("Periods"))
        self.first_from, self.first_to = WeekEdit(week - 12), WeekEdit(week)
        self.second_from, self.second_to = WeekEdit(week - 25), WeekEdit(week - 13)
        self.custom = QWidget()
        custom = QHBoxLayout(self.custom)
        custom.setContentsMargins(0, 0, 0, 0)
        for text, edit in (
            (self.tr("&From"), self.first_from),
            (self.tr("to"), self.first_to),
            (self.tr("against &from"), self.second_from),
            (self.tr("to"), self.second_to),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            custom.addWidget(label)
            custom.addWidget(edit)
            edit.week_changed.connect(self._on_week_changed)
        custom.addStretch(1)
        self.custom.setVisible(False)

        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        self.words = QLabel("", self)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.order_note = QLabel("", self)
        self.order_note.setObjectName("muted")
        self.model = CompareTableModel(self)
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Differences per network"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        label = QLabel(self.tr("Co&mpare"))
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.custom)
        column.addWidget(self.heading)
        column.addWidget(self.words)
        column.addWidget(self.order_note)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        self.choice.setFocus()
        self._ask()

    def periods(self) -> tuple[compare.Period, compare.Period]:
        kind = self.choice.currentData()
        if kind == "custom":
            return (
                compare.custom(self.first_from.week(), self.first_to.week()),
                compare.custom(self.second_from.week(), self.second_to.week()),
            )
        return compare.preset(kind, self._week)

    def _ask(self) -> None:
        self._generation += 1
        generation = self._generation
        first, second = self.periods()
        self._runner.run_op(
            lambda: compare.compare(first, second),
            lambda result: self._on_compared(generation, result),
        )

    def _on_compared(self, generation: int, result: Comparison) -> None:
        if generation != self._generation:
            return
        first, second = result.first.period, result.second.period
        self.heading.setText(
            self.tr("{0} ({1} – {2}) against {3} ({4} – {5})").format(
                domain(first.label),
                first.first,
                first.last,
                domain(second.label),
                second.first,
                second.last,
            )
        )
        self.words.setText("\n".join(domain(s) for s in result.sentences))
        earlier, later = sorted((first, second), key=lambda period: period.first)
        self.order_note.setText(
            self.tr("In the table, each cell reads {earlier} → {later}.").format(
                earlier=domain(earlier.label), later=domain(later.label)
            )
        )
        self.model.set_comparison(result)
        self.compared.emit(result)

    def _on_choice_current_index_changed(self, _index: int) -> None:
        self.custom.setVisible(self.choice.currentData() == "custom")
        self._ask()

    def _on_week_changed(self, _week: IsoWeek) -> None:
        if self.choice.currentData() == "custom":
            self._ask()
