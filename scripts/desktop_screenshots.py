"""Every page and main dialog on the demo data, light and dark, at 1280×800 (offscreen).

.venv/bin/python scripts/desktop_screenshots.py [DIR]     # default: /work/shots/desktop/
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

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from reflect import demo, networks  # noqa: E402
from reflect.db import open_database  # noqa: E402
from reflect.db_handle import DatabaseHandle  # noqa: E402
from reflect.goals import GoalDraft  # noqa: E402
from reflect.profile import Profile  # noqa: E402
from reflect.weeks import IsoWeek  # noqa: E402
from ui.app import create_application, start_session  # noqa: E402
from ui.exception_hook import ExceptionHook  # noqa: E402
from ui.first_run.first_run_wizard import FirstRunWizard  # noqa: E402
from ui.goals.goal_dialog import GoalDialog  # noqa: E402
from ui.importing.import_dialog import ImportDialog  # noqa: E402
from ui.shortcuts_dialog import ShortcutsDialog  # noqa: E402
from ui.theme import ThemeFollower  # noqa: E402

TODAY = date(2026, 11, 22)
SIZE = (1280, 800)


def settle(app, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    for _ in range(5):
        app.processEvents()


def grab(app, widget, target: Path) -> None:
    settle(app, 150)
    widget.grab().save(str(target))
    print(target)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shots/desktop")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        profile = Profile(Path(folder) / "profile")
        database = DatabaseHandle(profile, open_database(profile))
        demo.fill_demo_data(today=TODAY)
        week = IsoWeek.of(TODAY)
        session = start_session(
            profile, database, ExceptionHook(), demo=True, current_week=lambda: week
        )
        window = session.window
        theme = ThemeFollower(app, "light")
        window.resize(*SIZE)
        try:
            for name in ("light", "dark"):
                theme.apply(name)
                shoot(app, session, week, out, name)
        finally:
            session.close()
    return 0


def shoot(app, session, week, out: Path, theme: str) -> None:
    window = session.window
    for key in window.pages:
        window.show_page(key)
        settle(app, 1200 if key == "trends" else 500)
        grab(app, window, out / f"{theme}-page-{key}.png")
    window.show_page("this_week")
    window.checkin.open()
    settle(app, 1200)
    dialog = window.checkin.dialog if hasattr(window.checkin, "dialog") else None
    dialog = dialog or app.activeModalWidget() or _visible(app, "CheckInDialog")
    if dialog is not None:
        grab(app, dialog, out / f"{theme}-dialog-checkin.png")
        dialog.close()
    future = session.runner.run(networks.networks)
    while not future.done():
        settle(app, 50)
    nets = future.result()
    goals_page = window.pages["goals"]
    choices = goals_page._choices()
    goal = GoalDialog(
        window, GoalDraft("", "count", week, metric="posts", direction="at_least"), choices
    )
    goal.show()
    grab(app, goal, out / f"{theme}-dialog-goal.png")
    goal.close()
    settings = session.desktop.open_settings()
    grab(app, settings, out / f"{theme}-dialog-settings.png")
    settings.close()
    importer = ImportDialog(window, nets)
    importer.show()
    grab(app, importer, out / f"{theme}-dialog-import.png")
    importer.close()
    backups = window.open_backups()
    settle(app, 500)
    grab(app, backups, out / f"{theme}-dialog-backups.png")
    backups.close()
    shortcuts = ShortcutsDialog(list(window.actions.values()), window)
    shortcuts.show()
    grab(app, shortcuts, out / f"{theme}-dialog-shortcuts.png")
    shortcuts.close()
    wizard = FirstRunWizard(week, window)
    wizard.show()
    grab(app, wizard, out / f"{theme}-dialog-first-run-1.png")
    wizard.next()
    for box, _draft in wizard.networks.boxes[:3]:
        box.setChecked(True)
    grab(app, wizard, out / f"{theme}-dialog-first-run-2.png")
    wizard.next()
    grab(app, wizard, out / f"{theme}-dialog-first-run-3.png")
    wizard.close()
    session.desktop.presenter = None
    from ui.reminders.reminder_presenter import ReminderBanner

    banner = ReminderBanner(window)
    window.banner_area.addWidget(banner)
    banner.text.setText("Time for the check-in of 2026-W47 (16–22 Nov): two or three minutes.")
    banner.show()
    grab(app, window, out / f"{theme}-banner.png")
    banner.deleteLater()


def _visible(app, class_name: str):
    for widget in app.topLevelWidgets():
        if type(widget).__name__ == class_name and widget.isVisible():
            return widget
    return None


if __name__ == "__main__":
    raise SystemExit(main())
