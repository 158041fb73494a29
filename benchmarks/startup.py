"""Cold start to the first paint of the main window, against a bare PySide6 window.

Both are measured as fresh processes, from the moment the parent starts the process to the
moment the window has painted for the first time (the whole first frame, children included).
Run as a script, this module is the child:

    python benchmarks/startup.py app PROFILE_DIR   # Reflect, the real entry point
    python benchmarks/startup.py bare              # QApplication + an empty QMainWindow

The child prints ``time.monotonic()`` (the same clock in every process on the machine) once
the first frame is painted, then closes the window the ordinary way. Nothing in the product
knows it is being timed: an event filter on the application watches for the main window's
first paint event.
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
)


def _watch_first_paint(app) -> None:
    """Print when a main window has painted its first frame (the time of the frame's last
    paint event, and which heavy modules were loaded by then), then close it."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__(app)
            self.window = None
            self.done = False
            self.at = 0.0
            self.loaded: list[str] = []

        def eventFilter(self, watched, event):
            if self.done or event.type() != QEvent.Type.Paint or not watched.isWidgetType():
                return False
            if self.window is None and watched.isWindow() and watched.inherits("QMainWindow"):
                self.window = watched
                # The children paint in the same pass: the posted call runs once it is over.
                QTimer.singleShot(0, self.painted)
            if self.window is not None and watched.window() is self.window:
                self.at = time.monotonic()
                self.loaded = sorted(name for name in HEAVY if name in sys.modules)
            return False

        def painted(self) -> None:
            self.done = True
            print(f"{MARK}{self.at:.6f}", flush=True)
            print(f"{LOADED}{' '.join(self.loaded)}", flush=True)
            self.window.close()

    app.installEventFilter(FirstPaint())


def child_app(profile_dir: str) -> int:
    """Reflect as ``reflect --data-dir DIR`` starts it; the application object is made first
    only so the event filter can be in place (``run_gui`` reuses it)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    _watch_first_paint(app)
    from reflect.cli import main

    return main(["--data-dir", profile_dir])


def child_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    _watch_first_paint(app)
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1120, 740)
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
