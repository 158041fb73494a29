"""Render the app on the demo data set to PNG files, offscreen (the README's screenshot).

    .venv/bin/python scripts/screenshots.py            # resources/screenshots/main-window.png
    .venv/bin/python scripts/screenshots.py --all DIR  # every page into DIR

The demo data is filled as of a fixed day, so the pictures are the same on every run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from reflect import demo  # noqa: E402
from reflect.db import open_database  # noqa: E402
from reflect.db_handle import DatabaseHandle  # noqa: E402
from reflect.profile import Profile  # noqa: E402
from reflect.weeks import IsoWeek  # noqa: E402
from ui.app import create_application, start_session  # noqa: E402
from ui.exception_hook import ExceptionHook  # noqa: E402
from ui.main_window import PAGES  # noqa: E402

TODAY = date(2026, 11, 22)
SIZE = (1280, 800)


def settle(app, page, timeout_ms: int = 10_000) -> None:
    """Process events until the page has drawn its data (or the timeout passes)."""
    loop = QEventLoop()
    page.data_loaded.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    page.refresh()
    loop.exec()
    for _ in range(20):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", metavar="DIR", help="save every page into DIR")
    args = parser.parse_args()
    app = create_application()
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        profile = Profile(Path(folder) / "profile")
        database = DatabaseHandle(profile, open_database(profile))
        demo.fill_demo_data(today=TODAY)
        session = start_session(
            profile, database, ExceptionHook(), demo=True, current_week=lambda: IsoWeek.of(TODAY)
        )
        window = session.window
        window.resize(*SIZE)
        try:
            keys = [key for key, _ in PAGES] if args.all else ["this_week"]
            for key in keys:
                window.show_page(key)
                settle(app, window.pages[key])
                if args.all:
                    target = Path(args.all) / f"{key}.png"
                else:
                    target = ROOT / "resources" / "screenshots" / "main-window.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(target))
                print(target)
        finally:
            session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
