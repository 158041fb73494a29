"""History: every week, newest first, and a search over everything the user wrote.

The weeks are one table model (no widget per row) with the activity drawn as small bars;
a week without a check-in is a quiet gap that opens the check-in to write it. Typing in the
search field swaps the table for the ranked hits. All database work runs on the worker, and
a result that arrives after a newer request is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from reflect import networks as network_service
from reflect.history import history_weeks
from reflect.search import SearchQuery, search
from reflect.weeks import IsoWeek
from ui.history.activity_bars_delegate import ActivityBarsDelegate, GapAwareDelegate
from ui.history.history_view import HistoryView
from ui.history.search_bar import SearchBar
from ui.history.search_results_model import HitDelegate, SearchResultsModel
from ui.models.history_table_model import ACTIVITY_COLUMN, REFLECTION_COLUMN, HistoryTableModel
from ui.tasks import TaskRunner
from ui.text import week_label
from ui.widgets import empty_state, muted_label, page_layout, table_view

ROW_HEIGHT = 52
ROLES_COLUMN = 6
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HistoryPage(QWidget):
    data_loaded = Signal()
    results_shown = Signal()
    checkin_requested = Signal(object)  # IsoWeek: open the check-in dialog on it
    goal_requested = Signal(str)  # a goal's id: open its editor
    experiment_requested = Signal(str)  # an experiment's id: open it
    charter_requested = Signal(str)  # a network's id: open its charter

    def __init__(
        self,
        runner: TaskRunner,
        current_week: Callable[[], IsoWeek] = IsoWeek.current,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._current_week = current_week
        self._generation = 0
        self._search_generation = 0
        self._has_rows = False
        layout, self.subtitle = page_layout(
            self,
            self.tr("History"),
            self.tr(
                "Every week, newest first. Double-click a week or press Enter to read or edit "
                "it; a week without a check-in can still be written."
            ),
        )
        self.search_bar = SearchBar(current_week, self)
        self.search_bar.search_changed.connect(self._on_search_bar_search_changed)
        layout.addWidget(self.search_bar)
        strip = QHBoxLayout()
        self.status = muted_label("", self)
        strip.addWidget(self.status, 1)
        self.compare_button = QPushButton(self.tr("&Compare periods…"))
        self.compare_button.clicked.connect(self.open_compare)
        strip.addWidget(self.compare_button)
        layout.addLayout(strip)

        self.model = HistoryTableModel(self)
        self.view: HistoryView = table_view(self, HistoryView)
        self.view.setAccessibleName(self.tr("Weeks"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(GapAwareDelegate(self.view))
        self.view.setItemDelegateForColumn(ACTIVITY_COLUMN, ActivityBarsDelegate(self.view))
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # smooth with 1,000 weeks
        header = self.view.horizontalHeader()
        header.moveSection(REFLECTION_COLUMN, self.model.columnCount() - 1)
        for column, width in ((0, 118), (1, 128), (2, 118), (3, 84), (4, 120), (6, 146), (7, 92)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, self._header_width(column)))
        header.setSectionResizeMode(REFLECTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        # too narrow for the reflection beside the rest: it moves to a line of its own
        titles = {c: self._header_width(c, 22) for c in (1, 2, 3, 4, ROLES_COLUMN, 7)}
        self.view.set_columns(REFLECTION_COLUMN, ROLES_COLUMN, ROW_HEIGHT, titles)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.installEventFilter(self)

        self.results = SearchResultsModel(self)
        self.results_view = QListView(self)
        self.results_view.setModel(self.results)
        self.results_view.setItemDelegate(HitDelegate(self.results_view))
        self.results_view.setFrameShape(QFrame.Shape.NoFrame)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setWordWrap(True)
        self.results_view.setUniformItemSizes(False)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.doubleClicked.connect(self._on_results_view_double_clicked)
        self.results_view.installEventFilter(self)

        self.empty = empty_state(
            self.tr("No check-ins yet. Each week's check-in will be listed here."), self
        )
        self.stack = QStackedWidget(self)
        for widget in (self.view, self.results_view, self.empty):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)

    # -- what the window and tests call ---------------------------------------------------

    def _header_width(self, column: int, padding: int = 28) -> int:
        """Room for a header in bold (German words run longer than English ones); the
        header's own padding is 2 × 10 px."""
        bold = QFont(self.view.horizontalHeader().font())
        bold.setBold(True)
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        width = QFontMetrics(bold).horizontalAdvance(title or "") + padding
        if column == 0:  # the longest dates under a week, e.g. "28 Sept. – 4 Okt."
            dates = week_label("28 Sep – 4 Oct")
            width = max(width, self.view.fontMetrics().horizontalAdvance(dates) + 24)
        return width

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        week = self._current_week()

        def load():
            return history_weeks(week), network_service.networks(include_archived=True)

        self._runner.run_op(load, lambda loaded: self._on_weeks_loaded(generation, loaded))
        if self.search_bar.field.text().strip():
            self._run_search(self.search_bar.query())

    def open_compare(self):
        from ui.history.compare_dialog import CompareDialog

        dialog = CompareDialog(self._runner, self._current_week, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def searching(self) -> bool:
        return self.stack.currentWidget() is self.results_view

    # -- slots ----------------------------------------------------------------------------

    def _on_weeks_loaded(self, generation: int, loaded) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        rows, networks = loaded
        self.model.set_rows(rows)
        self._has_rows = bool(rows)
        tags = [t for r in rows if r.summary for t in r.summary.context]
        self.search_bar.set_choices(networks, SearchBar.standard_tags(tags))
        if not self.searching():
            self._show_weeks()
        self.data_loaded.emit()

    def _show_weeks(self) -> None:
        self.stack.setCurrentWidget(self.view if self._has_rows else self.empty)
        rows = range(self.model.rowCount())
        written = sum(1 for r in rows if not self.model.row_at(r).is_gap)
        self.status.setText(
            self.tr("{0} weeks, {1} with a check-in.").format(self.model.rowCount(), written)
            if self._has_rows
            else ""
        )

    def _on_search_bar_search_changed(self, query: SearchQuery) -> None:
        if not query.text.strip():
            self._search_generation += 1  # whatever is still running is no longer wanted
            self.results.set_hits([])
            self._show_weeks()
            self.results_shown.emit()
            return
        self._run_search(query)

    def _run_search(self, query: SearchQuery) -> None:
        self._search_generation += 1
        generation = self._search_generation
        self._runner.run_op(
            lambda: search(query), lambda hits: self._on_hits_found(generation, query, hits)
        )

    def _on_hits_found(self, generation: int, query: SearchQuery, hits) -> None:
        if generation != self._search_generation:
            return  # typed on since: a newer search is coming
        self.results.set_hits(hits)
        self.stack.setCurrentWidget(self.results_view)
        if hits:
            more = self.tr(" (the best {0})").format(len(hits)) if len(hits) >= query.limit else ""
            self.status.setText(
                self.tr("{0} found for “{1}”{2}, best first.").format(
                    self.tr("1 passage")
                    if len(hits) == 1
                    else self.tr("{0} passages").format(len(hits)),
                    query.text.strip(),
                    more,
                )
            )
        else:
            self.status.setText(
                self.tr("Nothing you wrote matches “{0}” with these filters.").format(
                    query.text.strip()
                )
            )
        self.results_shown.emit()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.checkin_requested.emit(self.model.row_at(index.row()).week)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        """A gap's "write it now" is a link: one click opens the check-in on that week."""
        if index.isValid() and index.column() == REFLECTION_COLUMN:
            row = self.model.row_at(index.row())
            if row.is_gap:
                self.checkin_requested.emit(row.week)

    def _on_results_view_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.results.hit_at(index.row())
        if hit.checkin_id and hit.week is not None:
            self.checkin_requested.emit(hit.week)
        elif hit.kind == "goal":
            self.goal_requested.emit(hit.source_id)
        elif hit.kind == "experiment":
            self.experiment_requested.emit(hit.source_id)
        elif hit.kind == "charter" and hit.network_id:
            self.charter_requested.emit(hit.network_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
        ):
            if watched is self.view:
                self._on_view_double_clicked(self.view.currentIndex())
                return True
            if watched is self.results_view:
                self._on_results_view_double_clicked(self.results_view.currentIndex())
                return True
        return super().eventFilter(watched, event)
