"""History, search, the year-ago card, side by side and compare on the demo data, light and
dark, as PNG files (offscreen).

    .venv/bin/python scripts/history_screenshots.py [DIR]     # default: shots/history/
"""

from __future__ import annotations

import os
import sys
import tempfile
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
from scripts.trends_screenshots import SIZE, TODAY, grab  # noqa: E402
from ui.app import create_application, start_session  # noqa: E402
from ui.exception_hook import ExceptionHook  # noqa: E402
from ui.theme import dark_palette  # noqa: E402

SEARCH = sys.argv[2] if len(sys.argv) > 2 else "thread"


def wait(signal, ms: int = 10_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "shots" / "history"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    app.setStyle("Fusion")
    light = app.palette()
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
            for theme, palette in (("light", light), ("dark", dark_palette())):
                app.setPalette(palette)
                window.setStyleSheet(window.styleSheet())
                shoot(app, window, out, theme)
        finally:
            session.close()
    return 0


def shoot(app, window, out: Path, theme: str) -> None:
    page = window.pages["history"]
    window.show_page("history")
    wait(page.data_loaded)
    page.search_bar.field.clear()
    wait(page.results_shown, 1000)
    grab(app, window, out / f"{theme}-history.png")
    gaps = [r for r in range(page.model.rowCount()) if page.model.row_at(r).summary is None]
    if gaps:
        from PySide6.QtWidgets import QAbstractItemView

        index = page.model.index(gaps[0], 0)
        page.view.setCurrentIndex(index)
        page.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        grab(app, window, out / f"{theme}-history-gap.png")
    page.search_bar.field.setText(SEARCH)
    wait(page.results_shown)
    grab(app, window, out / f"{theme}-search.png")
    page.search_bar.lowest.setValue(4)
    wait(page.results_shown)
    grab(app, window, out / f"{theme}-search-heavy-weeks.png")
    page.search_bar.lowest.setValue(1)
    wait(page.results_shown)
    page.search_bar.field.clear()
    wait(page.results_shown)
    dialog = page.open_compare()
    dialog.resize(1000, 560)
    wait(dialog.compared)
    grab(app, dialog, out / f"{theme}-compare-quarter.png")
    dialog.choice.setCurrentIndex(1)
    wait(dialog.compared)
    grab(app, dialog, out / f"{theme}-compare-year.png")
    dialog.close()

    this_week = window.pages["this_week"]
    window.show_page("this_week")
    wait(this_week.year_ago.loaded)
    from PySide6.QtWidgets import QScrollArea

    scroll = this_week.findChild(QScrollArea)
    for _ in range(5):
        app.processEvents()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    grab(app, window, out / f"{theme}-this-week.png")
    scroll.verticalScrollBar().setValue(0)
    side = this_week.year_ago.open_side_by_side()
    if side is not None:
        wait(side.shown)
        grab(app, side, out / f"{theme}-side-by-side.png")
        side.close()


if __name__ == "__main__":
    raise SystemExit(main())
