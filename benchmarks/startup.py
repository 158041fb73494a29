"""Cold start to the first paint of the main window, against a bare PySide6 window.

Both are measured as fresh processes, from the moment the parent starts the process to the
moment the window has painted for the first time (the whole first frame, children included).
Run as a script, this module is the child:

    python benchmarks/startup.py app PROFILE_DIR   # Reflect, the real entry point
    python benchmarks/startup.py bare              # QApplication + an empty QMainWindow

The child prints ``time.monotonic()`` (the same clock in every process on the machine) once
the first frame is painted, then closes the window the ordinary way. Nothing in the product
knows it is being timed: an event filter on the main window watches for its first paint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "painted-at "
LOADED = "loaded-at-paint "
#: Modules the first paint should not wait for: they are only needed later.
HEAVY = (
    "pyqtgraph",
    "numpy",
    "ui.checkin.checkin_dialog",
    "reflect.importers",
    "ui.pages.trends_page",
    "ui.pages.goals_page",
    "ui.importing.import_flow",
    "ui.safety.export_flow",
    "ui.safety.restore_flow",
    "ui.safety.damaged_dialog",
)


class _FirstPaint:
    """Print when a window has painted its first frame (the last paint event of the pass that
    first painted it: the window and its children paint in one pass) and which heavy modules
    were loaded by then, then close it.

    Until that pass the filter sits on the window alone: one on the application would hand
    every event of every object to Python, and wrapping those objects realises their Python
    types (with all their enums), which costs the app far more than the bare window — a cost
    of the measuring, not of the app. During the pass it watches every paint; an event posted
    first in the queue at its start is delivered once the pass is over and ends the watch
    (not a timer: one the app started could be due first). As ``app_figures`` times the
    check-in dialog."""

    def __init__(self, app):
        from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

        watch = self
        first = Qt.EventPriority.HighEventPriority.value

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if watch.done or event.type() != QEvent.Type.Paint:
                    return False
                if not watch.seen:
                    watch.seen = True
                    app.installEventFilter(self)  # the children's paints of this pass too
                    QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), first)
                if watched.isWidgetType() and watched.window() is watch.window:
                    watch.at = time.monotonic()
                    watch.loaded = sorted(name for name in HEAVY if name in sys.modules)
                return False

            def customEvent(self, event):
                if watch.seen and not watch.done:
                    watch.done = True
                    app.removeEventFilter(self)
                    watch.painted()

        self.seen = self.done = False
        self.window = None
        self.at = 0.0
        self.loaded: list[str] = []
        self._filter = Filter(app)

    def watch(self, window) -> None:
        self.window = window
        window.installEventFilter(self._filter)

    def painted(self) -> None:
        self.window.removeEventFilter(self._filter)
        print(f"{MARK}{self.at:.6f}", flush=True)
        print(f"{LOADED}{' '.join(self.loaded)}", flush=True)
        self.window.close()


def child_app(profile_dir: str) -> int:
    """Reflect as ``reflect --data-dir DIR`` starts it; the application object is made first
    only so the watch can be set up (``run_gui`` reuses it), and the main window's class is
    wrapped so the watch is on the window as soon as it exists."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    first_paint = _FirstPaint(app)
    from reflect.cli import main
    from ui import main_window

    built = main_window.MainWindow.__init__

    def watched_init(window, *args, **kwargs):
        built(window, *args, **kwargs)
        first_paint.watch(window)

    main_window.MainWindow.__init__ = watched_init
    return main(["--data-dir", profile_dir])


def child_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    first_paint = _FirstPaint(app)
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1120, 740)
    first_paint.watch(window)
    window.show()
    return app.exec()


def time_to_paint(kind: str, profile_dir: Path | None = None, timeout: float = 120.0) -> float:
    """Seconds from starting a fresh process to its window's first painted frame."""
    args = [sys.executable, __file__, kind] + ([str(profile_dir)] if profile_dir else [])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.monotonic()
    result = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    marks = [line for line in result.stdout.splitlines() if line.startswith(MARK)]
    if result.returncode != 0 or not marks:
        raise RuntimeError(
            f"the {kind} start did not paint (exit {result.returncode}):\n{result.stderr[-2000:]}"
        )
    return float(marks[0][len(MARK) :]) - start


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "app":
        raise SystemExit(child_app(sys.argv[2]))
    raise SystemExit(child_bare())
