"""The main window: a sidebar of pages, the menus, the status bar. It composes; the pages
and the services decide."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect import APP_NAME
from reflect.db_handle import DatabaseHandle
from reflect.profile import Profile
from reflect.weeks import IsoWeek
from ui.checkin.checkin_flow import CheckInFlow
from ui.lazy_pages import LazyPages
from ui.pages.this_week_page import ThisWeekPage
from ui.safety.safety_actions import SafetyActions
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.theme import ICON_PATH, app_icon, page_icon, style_sheet
from ui.widgets import brand

if TYPE_CHECKING:  # dialogs load when first opened, not on the way to the first paint
    from reflect.backups import Backup
    from reflect.checkin_types import CheckIn
    from ui.importing.import_flow import ImportFlow
    from ui.report.report_flow import ReportFlow
    from ui.safety.backups_dialog import BackupsDialog
    from ui.safety.export_flow import ExportFlow
    from ui.safety.restore_flow import RestoreFlow

PAGES = (
    ("this_week", QT_TRANSLATE_NOOP("MainWindow", "This week")),
    ("trends", QT_TRANSLATE_NOOP("MainWindow", "Trends")),
    ("goals", QT_TRANSLATE_NOOP("MainWindow", "Goals")),
    ("networks", QT_TRANSLATE_NOOP("MainWindow", "Networks")),
    ("history", QT_TRANSLATE_NOOP("MainWindow", "History")),
)
LATER = QT_TRANSLATE_NOOP("MainWindow", "Comes in a later version of Reflect.")
DEMO_TITLE = QT_TRANSLATE_NOOP("MainWindow", "{app} — demo data")


def default_size(available: QSize) -> QSize:
    """The first window: 1280 × 800, room for History's reflections beside seven columns,
    or nine tenths of a smaller screen."""
    return QSize(min(1280, available.width() * 9 // 10), min(800, available.height() * 9 // 10))


class MainWindow(QMainWindow):
    message_shown = Signal(str)
    backup_made = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        profile: Profile,
        database: DatabaseHandle,
        *,
        demo: bool = False,
        current_week: Callable[[], IsoWeek] = IsoWeek.current,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._profile = profile
        self._database = database  # opened on the worker; only handed to reflect's services
        self.setWindowTitle(self.tr(DEMO_TITLE).format(app=APP_NAME) if demo else APP_NAME)
        self.setWindowIcon(app_icon())
        self._restyling = False
        self.setStyleSheet(style_sheet())
        self.setMinimumSize(QSize(640, 440))

        self.stack = QStackedWidget()
        self.stack.setObjectName("pageArea")
        self._current_week = current_week
        # Built when first wanted: start-up builds only the page on show.
        self.pages = LazyPages(
            self.stack,
            {
                "this_week": self._build_this_week,
                "trends": self._build_trends,
                "goals": self._build_goals,
                "networks": self._build_networks,
                "history": self._build_history,
            },
        )
        self.checkin = CheckInFlow(runner, current_week, self)
        self.checkin.checkin_saved.connect(self._on_checkin_saved)
        # The flows behind the File menu are made when first used, not at start-up.
        self._importer: ImportFlow | None = None
        self._exporter: ExportFlow | None = None
        self.safety = SafetyActions(
            runner, database, profile, self, self.show_message, self._on_data_replaced
        )
        self.safety.backup_made.connect(self.backup_made)
        self._reporter: ReportFlow | None = None
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        for key, title in PAGES:
            self.sidebar.addItem(self.tr(title))
            self.sidebar.item(self.sidebar.count() - 1).setIcon(page_icon(key))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self._build_central()
        self._build_menus()
        if demo:
            banner = QLabel(
                self.tr("Demo data: made up for trying Reflect out, and thrown away on quit.")
            )
            banner.setObjectName("muted")
            self.statusBar().addPermanentWidget(banner)
        runner.busy_changed.connect(self._on_runner_busy_changed)

        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self.screen().availableGeometry().size()))
        keys = [key for key, _ in PAGES]
        start = settings.current_page()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.sidebar.setCurrentRow(keys.index(start) if start in keys else 0)

    # -- composition ----------------------------------------------------------------------

    def _build_this_week(self) -> QWidget:
        page = ThisWeekPage(self._runner, self._current_week)
        page.checkin_requested.connect(self.checkin.open)
        return page

    def _build_trends(self) -> QWidget:
        from ui.pages.trends_page import TrendsPage

        page = TrendsPage(self._runner, self._current_week, self._settings.trend_period())
        page.period_changed.connect(self._settings.set_trend_period)
        return page

    def _build_goals(self) -> QWidget:
        from ui.pages.goals_page import GoalsPage

        return GoalsPage(self._runner, self._current_week)

    def _build_networks(self) -> QWidget:
        from ui.pages.networks_page import NetworksPage

        return NetworksPage(self._runner)

    def _build_history(self) -> QWidget:
        from ui.pages.history_page import HistoryPage

        page = HistoryPage(self._runner, self._current_week)
        page.checkin_requested.connect(self.checkin.open)
        # a search hit opens where its text is edited
        page.goal_requested.connect(lambda goal_id: self._go_to("goals").open_goal(goal_id))
        page.experiment_requested.connect(lambda i: self._go_to("goals").open_experiment(i))
        page.charter_requested.connect(lambda i: self._go_to("networks").open_charter(i))
        return page

    def _go_to(self, key: str) -> Any:
        self.show_page(key)
        return self.pages[key]

    def _build_central(self) -> None:
        side = QWidget()
        side.setFixedWidth(196)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(brand(app_icon() if ICON_PATH.exists() else None, APP_NAME))
        column.addWidget(self.sidebar, 1)
        self.sidebar.setFixedWidth(196)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        self.banner_area = QVBoxLayout()  # a reminder's banner where there is no tray
        main.addLayout(self.banner_area)
        main.addWidget(self.stack, 1)
        row.addLayout(main, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        self.actions: dict[str, QAction] = {}

        def add(key: str, text: str, slot: Callable[[], None] | None = None) -> QAction:
            action = file_menu.addAction(text)
            if slot is None:
                action.setEnabled(False)
                action.setToolTip(self.tr(LATER))
                action.setStatusTip(self.tr(LATER))
            else:
                action.triggered.connect(slot)
            self.actions[key] = action
            return action

        add("import", self.tr("&Import activity…"), lambda: self.importer.open()).setShortcut(
            QKeySequence("Ctrl+I")
        )
        add("export", self.tr("&Export…"), lambda: self.exporter.open()).setShortcut(
            QKeySequence("Ctrl+E")
        )
        file_menu.addSeparator()
        add("back_up", self.tr("&Back up now"), self.safety.back_up)
        add("restore", self.tr("&Restore…"), lambda: self.restorer.open())
        add("backups", self.tr("Bac&kups…"), self.open_backups)
        file_menu.addSeparator()
        add("report", self.tr("Re&port…"), lambda: self.reporter.open())
        add("check", self.tr("&Check database"), self.safety.check)
        file_menu.addSeparator()
        add("quit", self.tr("&Quit"), self.close).setShortcut(QKeySequence.StandardKey.Quit)
        week_menu = self.menuBar().addMenu(self.tr("&Week"))
        self.actions["check_in"] = week_menu.addAction(self.tr("&Check in…"))
        self.actions["check_in"].setShortcut(QKeySequence("Ctrl+K"))
        self.actions["check_in"].setStatusTip(self.tr("The weekly check-in: two or three minutes."))
        self.actions["check_in"].triggered.connect(lambda: self.checkin.open())
        self.actions["new_goal"] = week_menu.addAction(self.tr("&New goal…"))
        self.actions["new_goal"].setShortcut(QKeySequence("Ctrl+N"))
        self.actions["new_goal"].triggered.connect(self._on_new_goal_triggered)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.actions["settings"] = edit_menu.addAction(self.tr("&Settings…"))
        self.actions["settings"].setShortcut(QKeySequence("Ctrl+,"))
        self.actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (key, title) in enumerate(PAGES, start=1):
            go = go_menu.addAction(page_icon(key), self.tr(title))
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.actions[f"page_{key}"] = go
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.actions["shortcuts"] = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.actions["shortcuts"].setShortcut(QKeySequence("Ctrl+/"))
        self.actions["shortcuts"].triggered.connect(self._on_shortcuts_triggered)
        self.actions["about"] = help_menu.addAction(self.tr("&About {app}").format(app=APP_NAME))
        self.actions["about"].triggered.connect(self._on_about_triggered)

    # -- what the app and tests call ------------------------------------------------------

    def current_page_key(self) -> str:
        return PAGES[self.sidebar.currentRow()][0]

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow([k for k, _ in PAGES].index(key))

    def activate(self) -> None:
        """Come to the front (a second start of Reflect asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_automatic_backup(self, backup: Backup | None) -> None:
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("Today's automatic backup is in {folder}.").format(
                    folder=backup.path.parent
                )
            )

    def show_message(
        self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> None:
        """A result the user should read; non-blocking, closed with OK."""
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("resultMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_shown.emit(text)

    @property
    def importer(self) -> ImportFlow:
        """File → Import activity…"""
        if self._importer is None:
            from ui.importing.import_flow import ImportFlow

            self._importer = ImportFlow(self._runner, self._profile, self)
            self._importer.imported.connect(self._on_activity_imported)
        return self._importer

    @property
    def exporter(self) -> ExportFlow:
        """File → Export…"""
        if self._exporter is None:
            from ui.safety.export_flow import ExportFlow

            self._exporter = ExportFlow(self._runner, self)
            self._exporter.exported.connect(self.show_message)
        return self._exporter

    @property
    def reporter(self) -> ReportFlow:
        """File → Report…: its modules load when it is first used, not at start-up."""
        if self._reporter is None:
            from ui.report.report_flow import ReportFlow

            self._reporter = ReportFlow(self._runner, self._current_week, self)
            self._reporter.message.connect(self.show_message)
        return self._reporter

    @property
    def restorer(self) -> RestoreFlow:
        return self.safety.restorer

    def open_backups(self) -> BackupsDialog:
        return self.safety.open_backups()

    def offer_drafts(self) -> None:
        """At start-up: offer back a check-in a crash or a kill left half written."""
        self.checkin.offer_drafts()

    def changeEvent(self, event: QEvent) -> None:
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events and not self._restyling:
            # The style sheet resolves palette(...) when it is set: set it again so every page
            # follows a switch between light and dark, not only the charts.
            self._restyling = True
            self.setStyleSheet("")
            self.setStyleSheet(style_sheet())
            self._restyling = False
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_window_geometry(self.saveGeometry())
        self.checkin.close()  # an open check-in is kept as a draft
        if self._importer is not None:
            self._importer.cancel()  # a running import stops and rolls back
        super().closeEvent(event)

    # -- slots ----------------------------------------------------------------------------

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        page = self.pages[key]  # built the first time it is shown
        self.stack.setCurrentIndex(row)
        self._settings.set_current_page(key)
        page.refresh()

    def _on_activity_imported(self, _report: object) -> None:
        """Measured activity changed: what shows it loads it again."""
        self._refresh_built("this_week", "history", "trends", "goals")

    def _refresh_built(self, *keys: str) -> None:
        """Pages not built yet load their data when they are."""
        for key in keys:
            if self.pages.is_built(key):
                self.pages[key].refresh()

    def _on_data_replaced(self, _summary: object) -> None:
        """A restore replaced everything: every page loads again."""
        for page in self.pages.built():
            page.refresh()

    def _on_checkin_saved(self, saved: CheckIn) -> None:
        self.statusBar().showMessage(
            self.tr("Check-in for {week} saved. Thank you.").format(week=saved.week), 8000
        )
        self._refresh_built("this_week", "history", "trends", "goals")

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))
        elif self.statusBar().currentMessage() == self.tr("Working…"):
            self.statusBar().clearMessage()

    def _on_new_goal_triggered(self) -> None:
        self.show_page("goals")
        self.pages["goals"].add_goal.click()

    def _on_shortcuts_triggered(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(list(self.actions.values()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about_triggered(self) -> None:
        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(self._profile.directory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
