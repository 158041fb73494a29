"""Start the GUI: one instance per profile, the database opened once, the objects built
and handed to each other here (no module-level state anywhere in ``ui``)."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect import APP_NAME, __version__
from reflect.db_handle import DatabaseHandle
from reflect.errors import DatabaseDamaged, ProfileInUse, StorageError
from reflect.profile import Profile, ProfileLock
from reflect.weeks import IsoWeek
from ui.desktop import Desktop
from ui.exception_hook import ExceptionHook
from ui.first_frame import LONGEST_WAIT, FirstFrame, wait_for
from ui.garbage_collector import GarbageCollector
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.text import error_words
from ui.theme import app_icon

if TYPE_CHECKING:  # QtNetwork loads once the window has painted
    from ui.single_instance import SingleInstance

ALREADY_OPEN = "Reflect is already open on this profile; its window was brought forward."
#: How long a second start keeps trying to reach a first one that is still starting (ms).
STARTING_MS = round((LONGEST_WAIT + 1.0) * 1000)
log = logging.getLogger(__name__)


def create_application() -> QApplication:
    """The QApplication, named so ``AppDataLocation`` is ``reflect.profile.default_data_dir``,
    in the Fusion style everywhere.

    A new one gets the style on its command line (``-style fusion``): asking an application
    for its style builds Python's view of every QStyle enum, some 20 ms before the first
    paint."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "reflect", "-style", "fusion"])
    elif app.style().name().lower() != "fusion":  # setting it again re-polishes every widget
        app.setStyle("Fusion")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("")
    app.setOrganizationDomain("")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.reflect.Reflect")
    app.setWindowIcon(app_icon())
    return app


@dataclass
class Session:
    """What one open profile holds while the window is up."""

    profile: Profile
    database: DatabaseHandle
    runner: TaskRunner
    settings: Settings
    window: MainWindow
    hook: ExceptionHook
    collector: GarbageCollector
    desktop: Desktop
    first_frame: FirstFrame

    def close(self) -> None:
        """Stop the worker, closing its connection there, then close the UI thread's."""
        if self.window.isVisible():
            self.window.close()
        self.runner.shutdown(last=self.database.close)
        self.database.close()
        self.collector.stop()
        self.hook.close_log()


def start_session(
    profile: Profile,
    database: DatabaseHandle,
    hook: ExceptionHook,
    *,
    demo: bool = False,
    current_week: Callable[[], IsoWeek] = IsoWeek.current,
    clock: Callable[[], datetime] = datetime.now,
) -> Session:
    """Build the runner, settings and window, show it, then make the day's backup.

    The worker's first task waits for the window's first frame, so nothing in the background
    competes with it; it then opens the database unless it is open already (creating or
    migrating it, and checking every page): no task touches the data before that succeeded.
    """
    collector = GarbageCollector()
    collector.start()  # before the worker thread exists
    shown = threading.Event()

    def gate() -> None:
        wait_for(shown)
        database.open()

    runner = TaskRunner(on_error=hook.report, gate=gate)
    settings = Settings.for_profile(profile)
    window = MainWindow(runner, settings, profile, database, demo=demo, current_week=current_week)
    first_frame = FirstFrame(window, shown)
    hook.set_window(window)
    hook.set_log_directory(profile.directory)
    desktop = Desktop(window, runner, settings, profile, current_week=current_week, clock=clock)
    window.show()
    window.offer_drafts()
    window.checkin.warm_up_later()
    daily, weekly = settings.backups_kept()

    def back_up() -> object:
        from reflect.backups import run_automatic_backup

        return run_automatic_backup(
            database.database, profile, keep_daily=daily, keep_weekly=weekly
        )

    runner.run_op(back_up, window.show_automatic_backup)
    return Session(
        profile, database, runner, settings, window, hook, collector, desktop, first_frame
    )


class _QuitOnSignals:
    """Ctrl+C in the terminal (SIGINT) or SIGTERM closes the window like Quit does.

    Python only runs signal handlers between bytecodes, so a timer wakes it now and then
    while Qt's event loop is running.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, sessions: _Sessions):
        self._previous = {
            sig: signal.signal(sig, lambda *_: sessions.window and sessions.window.close())
            for sig in self.SIGNALS
        }
        self._timer = QTimer()
        self._timer.timeout.connect(lambda: None)
        self._timer.start(300)

    def restore(self) -> None:
        self._timer.stop()
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


def refuse(error: Exception) -> None:
    """Say why Reflect cannot open the profile (before any window exists)."""
    QMessageBox.critical(None, APP_NAME, error_words(error))


def run_gui(
    data_dir: Path,
    *,
    demo: bool = False,
    minimized: bool = False,
) -> int:
    """Open the window on the profile in ``data_dir``; the exit status when it closes.
    ``minimized``: started at login, into the tray where there is one.

    The window shows before the database opens: the worker opens it once the window has
    painted (on a large profile the check of every page takes a quarter of a second, and
    loading peewee and the models a tenth), before any task touches the data. Damage found
    then closes the window and offers the newest good backup, opening a window on it; any other
    refusal (a database from a newer Reflect, a disk that says no) is said, and the run ends."""
    app = create_application()
    profile = Profile(Path(data_dir).expanduser().absolute())
    translators = install_translators(Settings.for_profile(profile).language())  # noqa: F841
    lock = ProfileLock(profile)
    try:
        lock.acquire()
    except ProfileInUse as error:
        if reach_the_first(profile):
            print(ALREADY_OPEN, file=sys.stderr)
            return 0
        refuse(error)
        return 1
    previous_hook = sys.excepthook
    sessions = _Sessions(profile, demo=demo, minimized=minimized)
    try:
        sessions.start(DatabaseHandle(profile))
        signals = _QuitOnSignals(sessions)
        try:
            return app.exec()
        finally:
            signals.restore()
            sessions.close()
    finally:
        sys.excepthook = previous_hook
        sessions.stop_listening()
        lock.release()


def reach_the_first(profile: Profile) -> bool:
    """Another process holds the profile: when it is Reflect's window, ask it to come forward
    (True). It listens once its window has painted, so a start right after another one keeps
    trying for a few seconds; a command holding the profile never answers (False)."""
    from ui.single_instance import SingleInstance  # QtNetwork: only when the profile is held

    return SingleInstance(profile.directory).notify_running(starting_ms=STARTING_MS)


class _Sessions:
    """The session on show: the first one, or the one opened on a restored backup when the
    check found damage after the window had opened. Once the first window has painted, later
    starts on the profile are answered (``SingleInstance``): they bring it forward."""

    def __init__(self, profile: Profile, *, demo: bool, minimized: bool):
        self.profile = profile
        self.instance: SingleInstance | None = None
        self.demo = demo
        self.minimized = minimized
        self.current: Session | None = None

    @property
    def window(self) -> MainWindow | None:
        return self.current.window if self.current is not None else None

    def start(self, database: DatabaseHandle, recovered: str = "") -> None:
        """``recovered``: what was done to open a restored backup (it is open already)."""
        hook = ExceptionHook()
        sys.excepthook = hook
        session = start_session(self.profile, database, hook, demo=self.demo)
        session.desktop.start(minimized=self.minimized)
        if self.instance is None:  # the first window: answer later starts once it has painted
            session.first_frame.released.connect(self._listen)
            QTimer.singleShot(round(LONGEST_WAIT * 1000), self._listen)
        session.runner.gate_failed.connect(self._on_runner_gate_failed)
        if recovered:
            session.window.show_message(recovered)
        self.current = session

    def close(self) -> None:
        if self.current is not None:
            self.current.close()
            self.current = None

    def stop_listening(self) -> None:
        if self.instance is not None:
            self.instance.close()

    def _listen(self) -> None:
        if self.instance is not None:
            return
        from ui.single_instance import SingleInstance

        instance = SingleInstance(self.profile.directory)
        try:
            instance.listen()
        except StorageError as error:  # the window works on; a later start says it is in use
            log.warning("Not answering later starts: %s", error)
        instance.activation_requested.connect(self._on_instance_activation_requested)
        self.instance = instance

    def _on_instance_activation_requested(self) -> None:
        if self.window is not None:
            self.window.activate()

    def _on_runner_gate_failed(self, error: BaseException) -> None:
        """Opening the database failed after the window opened. Nothing has touched the file:
        the worker ran no task. Close this session; for damage, offer the newest good backup
        and open a new window on it (or quit); anything else is said, and the run ends."""
        app = QApplication.instance()
        old = self.current
        if old is None:
            return
        app.setQuitOnLastWindowClosed(False)  # between the two windows, none is open
        try:
            self.close()
            old.window.deleteLater()  # and its tray icon with it
            if not isinstance(error, DatabaseDamaged):
                refuse(error)
                app.exit(1)
                return
            from ui.safety.damaged_dialog import offer_recovery

            offered = offer_recovery(self.profile, error)
            if offered is None:
                app.exit(1)
                return
            database, recovered = offered
            self.start(DatabaseHandle(self.profile, database), recovered)
        finally:
            app.setQuitOnLastWindowClosed(True)
