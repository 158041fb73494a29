"""This week: the week's goals so far, the last check-in and the recent ebb and flow."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from reflect.weeks import IsoWeek
from ui.charts.ebb_flow_chart import EbbFlowChart
from ui.history.year_ago_card import YearAgoCard
from ui.tasks import TaskRunner
from ui.text import (
    activity_words,
    context_words,
    domain,
    energy_words,
    state_words,
    week_label,
    workload_words,
)
from ui.theme import STATE_COLOURS, muted_colour

if TYPE_CHECKING:  # loads with the first data, after the window's first paint
    from reflect.overview import CheckInSummary, GoalRow, WeekOverview
    from ui.trends.chart_table_model import ChartTableModel
from ui.widgets import Card, page_layout, table_view


def gentle_words(view: WeekOverview) -> str:
    """A kind line about last week when it has no finished check-in; "" when it has."""
    week = week_label(view.last_week.label())
    if view.last_week_status == "missing":
        return QCoreApplication.translate(
            "ThisWeekPage",
            "Last week, {week}, has no check-in yet. You can still write it whenever "
            "suits you, and a quiet week is worth noting too.",
        ).format(week=week)
    if view.last_week_status == "draft":
        return QCoreApplication.translate(
            "ThisWeekPage", "Last week's check-in ({week}) is still a draft, ready when you are."
        ).format(week=week)
    return ""


def gentle_button_words(view: WeekOverview) -> str:
    if view.last_week_status == "draft":
        return QCoreApplication.translate("ThisWeekPage", "Finish it now")
    return QCoreApplication.translate("ThisWeekPage", "Write it now")


PAGE_STYLE = """
QFrame#gentleBox {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
QFrame#gentleBox QLabel#gentle { background: transparent; border: none; padding: 0; }
QPushButton#primary {
    padding: 7px 20px;
    font-weight: 600;
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 6px;
}
QPushButton#primary:focus { border: 2px solid palette(text); }
"""


def goal_line(goal: GoalRow) -> str:
    """The line under a goal's title: what it asks, or whose judgement it is."""
    if goal.kind == "free":
        return QCoreApplication.translate(
            "ThisWeekPage", "{network} · judged by you in each check-in"
        ).format(network=domain(goal.network_name))
    return domain(goal.description)


class ThisWeekPage(QWidget):
    data_loaded = Signal()
    checkin_requested = Signal(object)  # an IsoWeek, or None for the week that most needs one

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._generation = 0
        self._painted = False  # the chart's first drawing (pyqtgraph) waits for the first paint
        self._pending_trend: tuple | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("pageArea")
        scroll.setWidget(content)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        content.setStyleSheet(PAGE_STYLE)
        layout, self.week_label = page_layout(content, self.tr("This week"), "")
        header = layout.itemAt(0).layout()
        heading = header.itemAt(0).widget()
        header.removeWidget(heading)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        self.checkin_button = QPushButton(self.tr("Check in…"))
        self.checkin_button.setObjectName("primary")
        self.checkin_button.setToolTip(
            self.tr("The weekly check-in: two or three minutes (Ctrl+K)")
        )
        self.checkin_button.clicked.connect(lambda: self.checkin_requested.emit(None))
        top.addWidget(self.checkin_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.checkin_button.installEventFilter(self)
        header.insertLayout(0, top)

        self.gentle_box = QFrame()
        self.gentle_box.setObjectName("gentleBox")
        box = QHBoxLayout(self.gentle_box)
        box.setContentsMargins(14, 8, 10, 8)
        self.gentle = QLabel()
        self.gentle.setObjectName("gentle")
        self.gentle.setWordWrap(True)
        self.gentle.hide()
        self.gentle_button = QPushButton(self.tr("Write it now"))
        self.gentle_button.clicked.connect(lambda: self.checkin_requested.emit(self._last_week))
        box.addWidget(self.gentle, 1)
        box.addWidget(self.gentle_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.gentle_box.hide()
        layout.addWidget(self.gentle_box)
        self._last_week: IsoWeek | None = None

        self.goals_card = Card(self.tr("Goals this week"))
        self.goals = self._rich_label()
        self.goals_card.body.addWidget(self.goals)
        layout.addWidget(self.goals_card)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.checkin_card = Card(self.tr("Last check-in"))
        self.last_checkin = self._rich_label()
        self.checkin_card.body.addWidget(self.last_checkin)
        self.checkin_card.body.addStretch(1)
        grid.addWidget(self.checkin_card, 0, 0)
        self.chart_card = Card(self.tr("The last 12 weeks"))
        self.chart = EbbFlowChart(self.chart_card, compact=True)
        self.chart_card.body.addWidget(self.chart)
        # The same weeks as numbers, for screen readers and for people who prefer them.
        self.chart_table = table_view(self.chart_card)
        self.chart_table.setAccessibleName(self.tr("The last 12 weeks as a table"))
        self.chart_table.setVisible(False)
        self.chart_table.setWordWrap(False)
        self.chart_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents  # twelve rows: cheap to measure
        )
        self.chart_card.body.addWidget(self.chart_table)
        self.chart_model: ChartTableModel | None = None  # made with the first data
        self.table_button = QPushButton(self.tr("Show as &table"))
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._on_table_button_toggled)
        self.chart_card.body.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.chart_card, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.year_ago = YearAgoCard(runner, current_week)  # hidden until a year has words
        layout.addWidget(self.year_ago)
        layout.addStretch(1)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        week = self._current_week()

        def load() -> WeekOverview:
            from reflect.overview import week_overview  # on the worker, after the first paint

            return week_overview(week)

        self._runner.run_op(
            load,
            lambda view: self._on_overview_loaded(generation, view),
        )
        self.year_ago.refresh()

    def _on_overview_loaded(self, generation: int, view: WeekOverview) -> None:
        if generation != self._generation:
            return
        self.week_label.setText(week_label(view.week_label))
        gentle = gentle_words(view)
        self._last_week = view.last_week
        self.gentle.setText(gentle)
        self.gentle.setVisible(bool(gentle))
        self.gentle_box.setVisible(bool(gentle))
        self.gentle_button.setText(gentle_button_words(view))
        self.gentle_button.setAccessibleName(f"{gentle_button_words(view)}: {view.last_week}")
        self.goals.setText(self._goals_html(view))
        self.last_checkin.setText(self._checkin_html(view.last_checkin))
        if self.isVisible() and not self._painted:
            # Drawing the chart loads pyqtgraph (half a second): let the window paint first.
            self._pending_trend = (view.trend,)
            return
        self._show_trend(view.trend)
        self.data_loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The Check in button paints in the page's first frame (the page itself, covered by
        # its scroll area, gets no paint event).
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._on_first_paint_done)
        return False

    def _on_first_paint_done(self) -> None:
        if self._pending_trend is not None:
            (trend,), self._pending_trend = self._pending_trend, None
            self._show_trend(trend)
            self.data_loaded.emit()

    def _show_trend(self, trend) -> None:
        """The chart, and its numbers in the table behind "Show as table"."""
        self.chart.show_weeks(trend)
        from reflect.chart_data import ebb_flow_table  # after the first paint, with the chart
        from reflect.trends import flow_from_points
        from ui.trends.chart_table_model import ChartTableModel

        table = ebb_flow_table(flow_from_points(trend))
        if self.chart_model is None:
            self.chart_model = ChartTableModel(self)
            self.chart_table.setModel(self.chart_model)
        self.chart_model.set_table(table)
        self.chart.setAccessibleDescription(domain(table.summary))

    def _on_table_button_toggled(self, as_table: bool) -> None:
        if as_table:  # the table takes the chart's place, at the chart's size
            self.chart_table.setMinimumHeight(self.chart.height())
        self.chart.setVisible(not as_table)
        self.chart_table.setVisible(as_table)
        self.table_button.setText(
            self.tr("Show as &chart") if as_table else self.tr("Show as &table")
        )

    def _rich_label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _muted(self) -> str:
        return muted_colour(self.palette())

    def _goals_html(self, view: WeekOverview) -> str:
        if not view.goals:
            if not view.network_count:
                return self._note(
                    self.tr(
                        "No networks or goals yet. Once you add them, this week's "
                        "goals and how they are going will show here."
                    )
                )
            return self._note(
                self.tr(
                    "No goals running this week. Quiet is fine: goals are there when you want them."
                )
            )
        rows = [
            "<tr>"
            + "".join(
                f'<td style="color:{self._muted()}; padding:2px 18px 6px 0">{h}</td>'
                for h in (self.tr("Goal"), self.tr("This week"), self.tr("Last week"))
            )
            + "</tr>"
        ]
        rows += [self._goal_row(goal) for goal in view.goals]
        return f'<table cellspacing="0" width="100%">{"".join(rows)}</table>'

    def _goal_row(self, goal: GoalRow) -> str:
        cell = 'style="padding:4px 18px 6px 0; vertical-align:top"'
        states = "".join(
            f'<td {cell}><span style="color:{STATE_COLOURS.get(s.state)}">●</span>&nbsp;'
            f"{escape(state_words(s))}</td>"
            for s in (goal.this_week, goal.last_week)
        )
        return (
            f"<tr><td {cell}><b>{escape(goal.title)}</b><br>"
            f'<span style="color:{self._muted()}">{escape(goal_line(goal))}</span></td>'
            f"{states}</tr>"
        )

    def _checkin_html(self, summary: CheckInSummary | None) -> str:
        if summary is None:
            return self._note(
                self.tr("No check-ins yet. Your most recent check-in will be summarised here.")
            )
        muted = self._muted()
        facts = [(self.tr("Workload"), workload_words(summary))]
        if summary.energy is not None:
            facts.append((self.tr("Energy"), energy_words(summary)))
        if summary.context:
            facts.append((self.tr("Context"), context_words(summary)))
        line = " · ".join(
            f"{name}&nbsp;<b>{escape(value).replace(' ', '&nbsp;')}</b>" for name, value in facts
        )
        head = (
            f"<p style='margin:0 0 6px 0'><b>{escape(week_label(summary.week_label))}</b></p>"
            f"<p style='margin:0 0 8px 0'>{line}</p>"
        )
        rows = "".join(
            f'<tr><td style="padding:2px 12px 2px 0"><span style="color:{a.colour}">■</span>'
            f"&nbsp;{escape(a.name)}</td>"
            f'<td style="padding:2px 0; color:{muted}">{escape(activity_words(a))}</td></tr>'
            for a in summary.activity
        )
        table = f'<table cellspacing="0">{rows}</table>' if rows else ""
        quote = (
            f"<p style='margin:10px 0 0 0; color:{muted}'><i>“{escape(summary.reflection)}”</i></p>"
            if summary.reflection
            else ""
        )
        return head + table + quote

    def _note(self, text: str) -> str:
        return f'<span style="color:{self._muted()}">{escape(text)}</span>'
