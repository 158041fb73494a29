"""PySide6 no longer reads the source of each module imported after it (ui/feature_scan.py)."""

from __future__ import annotations

from pathlib import Path

from tests.fresh_python import fresh_python

ROOT = Path(__file__).resolve().parents[2]


def looked_at(first: str) -> list[str]:
    """Which of two modules imported after ``first`` PySide6 looked at, in a fresh process."""
    code = (
        "import sys\n"
        f"import {first}\n"
        "import colorsys, ui.app\n"
        "seen = sys.modules['PySide6.support.feature'].pyside_feature_dict\n"
        "print(*[name for name in ('colorsys', 'ui') if name in seen])\n"
    )
    result = fresh_python(code)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split()


def test_modules_imported_after_the_ui_layer_are_not_looked_at():
    # PySide6 alone reads colorsys.py; ``ui``, loading, stops it before its own turn
    assert looked_at("PySide6.QtCore") == ["colorsys"]
    assert looked_at("PySide6.QtCore, ui") == []


def test_no_reflect_module_opts_into_a_pyside_feature():
    """Modules are not looked at, so one that selected a feature would confuse the others."""
    sources = [*ROOT.glob("reflect/**/*.py"), *ROOT.glob("ui/**/*.py")]
    assert len(sources) > 50
    marker = "from " + "__feature__"  # not spelled out, so this file does not match itself
    assert [p.name for p in sources if marker in p.read_text(encoding="utf-8")] == []
