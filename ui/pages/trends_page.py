"""Trends: how activity on each network ebbs and flows against workload, in five charts.

The page loads the profile's history once on the worker (``trend_history.load_history``) and
again only when the data changes (``refresh``). A change of period, network or metric is
arithmetic on that snapshot (``reflect.trends``), done here and drawn at once: no database
on the UI thread, and no wait for the worker while it imports. Only the chart on show is
computed and drawn; the others catch up when they are chosen.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QWidget,
)

from reflect import chart_data, chart_summaries, insights, trends
from reflect.chart_data import ChartTable, unit
from reflect.checkins import WORKLOAD_WORDS
from reflect.trend_history import TrendHistory, load_history
from reflect.trends import EbbFlow, TrendQuery
from reflect.weeks import IsoWeek
from ui.charts.ebb_flow_chart import EbbFlowChart
from ui.charts.trend_chart import TrendChart
from ui.pages.page_parts import button
from ui.tasks import TaskRunner
from ui.text import domain, plural
from ui.trends.chart_kinds import KINDS, ChartKind
from ui.trends.chart_table_model import ChartTableModel
from ui.trends.insights_panel import InsightsPanel
from ui.trends.trend_controls import ALL_NETWORKS, PERIODS, TrendControls
from ui.widgets import Card, muted_label, page_layout

__all__ = ["PERIODS", "TrendsPage", "summary_words"]


def summary_words(flow: EbbFlow) -> str:
    """ "12 weeks · 9 with a check-in · 124 actions · average workload 3.1 (busy)"."""
    checked = [w for w in flow.weeks if w.checked_in]
    parts = [
        plural(len(flow.weeks), "week"),
        QCoreApplication.translate("TrendsPage", "{count} with a check-in").format(
            count=len(checked)
        ),
    ]
    if checked:
        parts.append(plural(sum(w.total() for w in checked), unit(flow.metric).rstrip("s")))
        average = sum(w.workload or 0 for w in checked) / len(checked)
        word = QCoreApplication.translate("Words", WORKLOAD_WORDS[round(average)])
        parts.append(
            QCoreApplication.translate("TrendsPage", "average workload {average} ({word})").format(
                average=QLocale().toString(average, "f", 1), word=word
            )
        )
    return " · ".join(parts)


def _ask_save_path(parent: QWidget, caption: str, suggested: str, pattern: str) -> str:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, pattern)
    return chosen


class TrendsPage(QWidget):
    data_loaded = Signal()
    period_changed = Signal(str)
    saved = Signal(str)  # the path of an image or CSV file just written

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek],
        period: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._generation = 0
        self._history: TrendHistory | None = None
        self._drawn: dict[str, TrendQuery] = {}  # chart → the query it shows
        self._cache: dict[str, tuple[TrendQuery, Any]] = {}  # chart → its data, and for what
        self._tabled: dict[str, TrendQuery] = {}  # chart → the query its table lists
        #: Where "Save image…" and "Save data…" ask for a file; tests replace it.
        self.ask_save_path: Callable[[QWidget, str, str, str], str] = _ask_save_path
        layout, _ = page_layout(
            self,
            self.tr("Trends"),
            self.tr(
                "How your activity on each network ebbs and flows with your workload. "
                "Weeks without a check-in are left as gaps."
            ),
        )
        self.controls = TrendControls(current_week(), period)
        self.controls.changed.connect(self._on_controls_changed)
        self.controls.period_changed.connect(self.period_changed)
        self._buttons = self.controls.buttons  # the period buttons
        self.table_toggle = button(self.tr("Table"), self._on_table_toggled, checkable=True)
        self.table_toggle.setToolTip(self.tr("Show the chart's numbers as a table"))
        self.save_image_button = button(self.tr("Save image…"), self._on_save_image_clicked)
        self.save_data_button = button(self.tr("Save data…"), self._on_save_data_clicked)
        for widget in (self.table_toggle, self.save_image_button, self.save_data_button):
            self.controls.actions_row.addWidget(widget)
        layout.addWidget(self.controls)

        card = Card("")
        card.title.hide()
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.stack = QStackedWidget()
        self.charts: dict[str, TrendChart] = {}
        self.tables: dict[str, QTableView] = {}
        self.models: dict[str, ChartTableModel] = {}
        self._holders: dict[str, QStackedWidget] = {}
        for kind in KINDS.values():
            self.tabs.addTab(QCoreApplication.translate("ChartKinds", kind.tab))
            holder = QStackedWidget()
            chart = kind.make()
            chart.setAccessibleName(
                QCoreApplication.translate("Chart", chart_summaries.TITLES[kind.name])
            )
            model = ChartTableModel(self)
            view = _table_view(model)
            view.setAccessibleName(
                self.tr("{chart}: the numbers").format(
                    chart=QCoreApplication.translate("Chart", chart_summaries.TITLES[kind.name])
                )
            )
            holder.addWidget(chart)
            holder.addWidget(view)
            self.stack.addWidget(holder)
            self.charts[kind.name], self.tables[kind.name] = chart, view
            self.models[kind.name], self._holders[kind.name] = model, holder
        self.chart: EbbFlowChart = self.charts["ebb-flow"]  # type: ignore[assignment]
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.summary = muted_label()  # the period in numbers, whichever chart is on show
        card.body.addWidget(self.tabs)
        card.body.addWidget(self.summary)
        card.body.addWidget(self.stack, 1)
        self.chart_summary = muted_label()  # the chart in a sentence (not for ebb and flow:
        card.body.addWidget(self.chart_summary)  # the line above says it already)
        self.insights = InsightsPanel()
        scroller = QScrollArea()
        scroller.setWidget(self.insights)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setMinimumHeight(110)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(card)
        self.splitter.addWidget(scroller)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.controls.enable_for(self.current_chart)

    # -- what the window and tests call ---------------------------------------------------

    @property
    def period(self) -> str:
        return self.controls.period_key

    @property
    def current_chart(self) -> str:
        return list(KINDS)[max(self.tabs.currentIndex(), 0)]

    def set_period(self, key: str) -> None:
        self.controls.set_period(key)

    def show_chart(self, name: str) -> None:
        self.tabs.setCurrentIndex(list(KINDS).index(name))

    def query(self) -> TrendQuery | None:
        """What the controls ask for now (None until the history has loaded)."""
        history = self._history
        if history is None:
            return None
        if self.controls.period_key == "custom":
            first, last = self.controls.custom_range()
        else:
            first, last = trends.period(history, self.controls.weeks())
        return TrendQuery(
            first, last, self.controls.network_id(), self.controls.metric(), self.controls.rolling()
        )

    def table(self, name: str | None = None) -> ChartTable:
        """The numbers of a chart as drawn (the current one by default)."""
        name = name or self.current_chart
        query = self.query()
        if query is None:
            return ChartTable(chart_summaries.TITLES[name], (), (), "")
        return KINDS[name].table(self._data_for(name, query), query)

    def refresh(self) -> None:
        """Load the history again (after a check-in or an import), then draw."""
        self._generation += 1
        generation = self._generation
        week = self._current_week()
        self._runner.run_op(
            lambda: load_history(week), lambda h: self._on_history_loaded(generation, h)
        )

    def save_image(self, path: Path) -> Path:
        """The current chart as a PNG (with its title and legend), private to the user."""
        kind, query = KINDS[self.current_chart], self.query()
        title = (
            kind.title(query, self._network_name())
            if query
            else QCoreApplication.translate("ChartKinds", kind.tab)
        )
        image = self.charts[kind.name].render_image(title)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        os.chmod(path, 0o600)
        self.saved.emit(str(path))
        return path

    def save_data(self, path: Path) -> Path:
        chart_data.write_csv(self.table(), path)
        self.saved.emit(str(path))
        return path

    # -- drawing --------------------------------------------------------------------------

    def _data_for(self, name: str, query: TrendQuery) -> Any:
        key = KINDS[name].key(query)
        held = self._cache.get(name)
        if held is None or held[0] != key:
            assert self._history is not None
            held = self._cache[name] = (key, KINDS[name].compute(self._history, key))
        return held[1]

    def _redraw(self) -> None:
        """Draw the chart on show for the controls' choice (and its table, if shown), the
        summary and the insights."""
        query = self.query()
        if query is None:
            return
        history = self._history
        assert history is not None
        name = self.current_chart
        kind: ChartKind = KINDS[name]
        data = self._data_for(name, query)
        key = kind.key(query)
        if self._drawn.get(name) != key:
            kind.draw(self.charts[name], data, key)
            self._drawn[name] = key
        summary = domain(kind.summary(data, key))
        if self.table_toggle.isChecked() and self._tabled.get(name) != key:
            table = kind.table(data, key)
            self.models[name].set_table(table)
            self._tabled[name] = key
            if len(table.rows) <= 400:  # measuring 25,000 rows would take a while
                self.tables[name].resizeColumnsToContents()
        self.chart_summary.setText(summary)
        self.chart_summary.setVisible(name != "ebb-flow")
        self.charts[name].setAccessibleDescription(
            summary + self.tr(" The Table button lists every number.")
        )
        self.summary.setText(summary_words(self._data_for("ebb-flow", query)))
        said = self._cache.get("insights")
        if said is None or said[0] != query:
            goals = self._cache.get("goals")
            heatmap = goals[1] if goals and goals[0] == KINDS["goals"].key(query) else None
            said = self._cache["insights"] = (
                query,
                insights.insights(history, query, heatmap),
            )
            self.insights.show_insights(said[1])
        self.data_loaded.emit()

    def _network_name(self) -> str:
        return self.controls.network_box.currentText() or ALL_NETWORKS

    # -- slots ----------------------------------------------------------------------------

    def _on_history_loaded(self, generation: int, history: TrendHistory) -> None:
        if generation != self._generation:
            return
        self._history = history
        self._drawn.clear()
        self._cache.clear()
        self._tabled.clear()
        self.controls.set_networks(history.networks)
        self._redraw()

    def _on_controls_changed(self) -> None:
        self._redraw()

    def _on_tab_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.controls.enable_for(self.current_chart)
        self._redraw()

    def _on_table_toggled(self, checked: bool) -> None:
        for holder in self._holders.values():
            holder.setCurrentIndex(1 if checked else 0)
        self._redraw()
        if checked:
            self.tables[self.current_chart].setFocus()

    def _on_save_image_clicked(self) -> None:
        name = self.current_chart
        chosen = self.ask_save_path(
            self,
            self.tr("Save the chart as an image"),
            f"reflect-{name}.png",
            self.tr("PNG image (*.png)"),
        )
        if chosen:
            path = Path(chosen)
            self.save_image(path if path.suffix.lower() == ".png" else path.with_suffix(".png"))

    def _on_save_data_clicked(self) -> None:
        name = self.current_chart
        chosen = self.ask_save_path(
            self,
            self.tr("Save the chart's numbers"),
            f"reflect-{name}.csv",
            self.tr("CSV file (*.csv)"),
        )
        if chosen:
            path = Path(chosen)
            self.save_data(path if path.suffix.lower() == ".csv" else path.with_suffix(".csv"))


def _table_view(model: ChartTableModel) -> QTableView:
    """A plain, fast table: rows of one line (a 20-year goal table has 25,000 of them)."""
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(120)
    return view
