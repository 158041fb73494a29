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
