"""The layers of STYLE.md, enforced: reflect/ never loads Qt or ui; ui/ never the ORM."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import importlib, pkgutil, sys
import reflect
names = [m.name for m in pkgutil.walk_packages(reflect.__path__, "reflect.")
         if not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
forbidden = ("PySide6", "pyqtgraph", "ui", "shiboken6")
leaked = sorted(n for n in sys.modules if n.split(".")[0] in forbidden)
print(len(names), ",".join(leaked))
"""


def test_importing_every_reflect_module_loads_no_qt_and_no_ui():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, leaked = (
        result.stdout.strip().split(" ", 1)
        if " " in result.stdout.strip()
        else (result.stdout.strip(), "")
    )
    assert int(count) >= 10, "the probe found too few modules to mean anything"
    assert leaked == "", f"reflect/ pulled in {leaked}"


def test_import_linter_contracts_hold():
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout
