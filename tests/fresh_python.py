"""Running code in a fresh interpreter from the project's root: what a start loads, how a
crash or a kill ends, what a new application looks like."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fresh_python(
    code: str, *args: str, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -c code args…`` in the project's root, offscreen, with ``env`` added; its
    output as text. The caller checks the exit status when it matters."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )
