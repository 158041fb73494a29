"""Starting the window does not pay for pyqtgraph (FACTS.md item 3): charts import it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.fresh_python import fresh_python

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_modules_import_neither_pyqtgraph_nor_peewee():
    code = (
        "import sys, ui.app, ui.main_window\n"
        "names = ('pyqtgraph', 'numpy', 'peewee', 'PySide6.QtNetwork')\n"
        "print(sorted(m for m in names if m in sys.modules))"
    )
    result = fresh_python(code)
    # nor peewee: the services (and the models) load on the worker, after the first paint;
    # nor QtNetwork: the window answers later starts once it has painted
    assert result.stdout.strip() == "[]"


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


def test_the_checkin_dialog_loads_once_the_window_has_settled(tmp_path):
    """Not on the way to the first paint (above), but before the user asks for it: a while
    after start-up its modules load, so the week's first check-in does not wait for them."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.checkin.checkin_flow import CheckInFlow\n"
        "CheckInFlow.WARM_UP_MS = 200\n"
        "app = QApplication([])\n"
        "seen = []\n"
        "def look(): seen.append('ui.checkin.checkin_dialog' in sys.modules)\n"
        "QTimer.singleShot(50, look)\n"
        "QTimer.singleShot(4000, look)\n"
        "QTimer.singleShot(4100, lambda: [w.close() for w in app.topLevelWidgets()])\n"
        "from reflect.cli import main\n"
        "code = main(['--data-dir', sys.argv[1]])\n"
        "print('seen', seen)\n"
    )
    result = fresh_python(code, str(tmp_path / "p"))
    assert "seen [False, True]" in result.stdout, result.stderr[-2000:]


def test_the_first_paint_of_a_first_start_loads_no_service(tmp_path):
    """The real start on a new profile (so the welcome is due): until the window has painted,
    neither peewee nor any of reflect's services is loaded; they load on the worker, which
    here is held back until the paint was looked at."""
    code = (
        "import sys, threading\n"
        "import benchmarks.startup as startup\n"
        "import ui.app\n"
        "held = threading.Event()\n"
        "ui.app.wait_for = lambda shown: held.wait()\n"
        "painted = startup._FirstPaint._painted\n"
        "def look(watch):\n"
        "    names = ('peewee', 'reflect.models', 'reflect.first_run', 'reflect.overview',\n"
        "             'reflect.checkins', 'reflect.goals', 'reflect.drafts')\n"
        "    print('services', *[n for n in names if n in sys.modules], flush=True)\n"
        "    held.set()\n"
        "    painted(watch)\n"
        "startup._FirstPaint._painted = look\n"
        "sys.exit(startup.child_app(sys.argv[1]))\n"
    )
    result = fresh_python(code, str(tmp_path / "new"))
    seen = [line for line in result.stdout.splitlines() if line.startswith("services")]
    assert seen == ["services"], result.stdout + result.stderr[-2000:]
