"""Starting the window does not pay for pyqtgraph (FACTS.md item 3): charts import it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_modules_do_not_import_pyqtgraph():
    code = (
        "import sys, ui.app, ui.main_window\n"
        "print(sorted(m for m in ('pyqtgraph', 'numpy', 'peewee') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    # peewee comes with reflect's services (db.py); the UI never imports it itself.
    assert result.stdout.strip() == "['peewee']"


def test_the_first_paint_waits_for_no_chart_dialog_or_importer(tmp_path):
    """The real start (``reflect --data-dir``) in a fresh process: when the main window has
    painted its first frame, pyqtgraph, numpy, the check-in dialog and the importers are not
    loaded yet (the benchmark's launcher reports what is)."""
    from benchmarks.startup import HEAVY, LOADED

    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "startup.py"), "app", str(tmp_path / "p")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    loaded = [line for line in result.stdout.splitlines() if line.startswith(LOADED)]
    assert loaded, result.stderr[-2000:]
    assert loaded[0][len(LOADED) :].split() == []
    assert "pyqtgraph" in HEAVY and "ui.checkin.checkin_dialog" in HEAVY
