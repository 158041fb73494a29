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
    """Prints when the watched window's first frame was painted and which heavy modules were
    loaded by then, then closes the window (``benchmarks.paint_watch`` does the watching)."""

    def __init__(self, app):
        from benchmarks.paint_watch import PaintWatch

        self._watch = PaintWatch(app, time.monotonic, self._painted)

    def watch(self, window) -> None:
        self._watch.arm(window)

    def _painted(self) -> None:
        loaded = sorted(name for name in HEAVY if name in sys.modules)
        print(f"{MARK}{self._watch.at:.6f}", flush=True)
        print(f"{LOADED}{' '.join(loaded)}", flush=True)
        self._watch.widget.close()


def child_app(profile_dir: str) -> int:
    """Reflect as ``reflect --data-dir DIR`` starts it, PySide6 loaded where the app loads it
    (Qt's import hook taxes every module imported after it). Once the command line has loaded
    the GUI, the main window's class is wrapped so the watch is on the window as soon as it
    exists, on the application ``run_gui`` made."""
    from reflect import cli

    load_gui = cli._gui

    def gui():
        run_gui = load_gui()
        from PySide6.QtWidgets import QApplication

        from ui import main_window

        built = main_window.MainWindow.__init__
        watched: list[_FirstPaint] = []

        def watched_init(window, *args, **kwargs):
            built(window, *args, **kwargs)
            watched.append(_FirstPaint(QApplication.instance()))
            watched[0].watch(window)

        main_window.MainWindow.__init__ = watched_init
        return run_gui

    cli._gui = gui
    return cli.main(["--data-dir", profile_dir])


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
