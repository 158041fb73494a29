"""Every Trends chart on the demo data, light and dark, as PNG files (offscreen).

    .venv/bin/python scripts/trends_screenshots.py [DIR]     # default: shots/trends/

For each theme: the whole window on each chart (12 weeks, 1 year, everything), the table
view, one network and one metric, a custom range, and each chart as "Save image…" writes it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reflect import demo  # noqa: E402
from reflect.db import open_database  # noqa: E402
from reflect.db_handle import DatabaseHandle  # noqa: E402
from reflect.profile import Profile  # noqa: E402
from reflect.weeks import IsoWeek  # noqa: E402
from ui.app import create_application, start_session  # noqa: E402
from ui.exception_hook import ExceptionHook  # noqa: E402
from ui.theme import dark_palette  # noqa: E402

TODAY = date(2026, 11, 22)
SIZE = (1280, 900)


def grab(app, widget, target: Path) -> None:
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(target))
    print(target)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "shots" / "trends"
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
        page = window.pages["trends"]
        try:
            loop_until_loaded(app, window, page)
            for theme, palette in (("light", light), ("dark", dark_palette())):
                app.setPalette(palette)
                window.setStyleSheet(window.styleSheet())  # polish again with the new palette
                shoot_theme(app, window, page, out, theme)
            app.setPalette(light)
        finally:
            session.close()
    return 0


def loop_until_loaded(app, window, page) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    page.data_loaded.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    window.show_page("trends")
    loop.exec()


def shoot_theme(app, window, page, out: Path, theme: str) -> None:
    for period in ("12w", "1y", "all"):
        page.set_period(period)
        for name in ("ebb-flow", "participation", "goals", "workload", "measured"):
            page.show_chart(name)
            grab(app, window, out / f"{theme}-{name}-{period}.png")
    page.set_period("1y")
    page.show_chart("ebb-flow")
    page.controls.rolling_box.setChecked(True)
    grab(app, window, out / f"{theme}-ebb-flow-1y-rolling.png")
    page.controls.rolling_box.setChecked(False)
    x = next(s.network_id for s in page._history.networks if s.name == "X")
    page.controls.set_network(x)
    page.controls.set_metric("posts")
    for name in ("ebb-flow", "participation", "workload", "measured", "goals"):
        page.show_chart(name)
        grab(app, window, out / f"{theme}-{name}-x-posts.png")
    page.controls.set_network(None)
    page.controls.set_metric("actions")
    page.show_chart("ebb-flow")
    first = page._history.last - 70
    page.controls.set_range(first, first + 15)
    grab(app, window, out / f"{theme}-ebb-flow-custom.png")
    page.set_period("12w")
    page.table_toggle.setChecked(True)
    page._on_table_toggled(True)
    for name in ("ebb-flow", "goals", "measured"):
        page.show_chart(name)
        grab(app, window, out / f"{theme}-table-{name}.png")
    page.table_toggle.setChecked(False)
    page._on_table_toggled(False)
    page.set_period("1y")
    for name in ("ebb-flow", "participation", "goals", "workload", "measured"):
        page.show_chart(name)
        for _ in range(5):
            app.processEvents()
        page.save_image(out / f"{theme}-export-{name}.png")
        print(out / f"{theme}-export-{name}.png")


if __name__ == "__main__":
    raise SystemExit(main())
