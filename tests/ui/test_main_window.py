"""The real window on a real profile: what a user sees on each page, and the File menu."""

from __future__ import annotations

import math
import stat
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from reflect import __version__, networks
from reflect.errors import NotFound
from tests.ui.helpers import model_texts, plain, show
from ui.about_dialog import AboutDialog


def test_this_week_shows_goals_last_checkin_and_chart(qtbot, window_on):
    session, data = window_on
    page = session.window.pages["this_week"]
    week = data.week
    assert page.week_label.text() == week.label()
    assert page.gentle.isHidden()  # last week has a check-in
    goals = plain(page.goals)
    for text in (
        "Share what I learn",
        "Met — 2 of 2 posts",
        "No data yet — minutes not filled in",  # Mastodon's minutes left empty last week
        "Paused",
        "All networks · judged by you in each check-in",
        "No data yet",
    ):
        assert text in goals
    summary = plain(page.last_checkin)
    for text in (
        (week - 1).label(),
        "heavy (4 of 5)",
        "steady (3 of 5)",
        "deadline, travel",
        "2 posts, 5 comments, 12 reactions, 45 min",
        "4 comments, 3 reactions",
        "Shared the migration write-up; people asked good questions.",
    ):
        assert text in summary
    assert "More." not in summary

    chart = page.chart
    qtbot.waitUntil(chart.has_plot)
    _, workload = chart.workload_item().getData()
    assert len(workload) == 12
    # weeks −11 … 0: check-ins in −5 (3), −3 (5), −2 (2), −1 (4); gaps elsewhere, not zeros
    assert [None if math.isnan(v) else v for v in workload[-6:]] == [3, None, 5, 2, 4, None]
    assert math.isnan(workload[0])
    linkedin = chart.bar_item(data.linkedin.id).opts
    mastodon = chart.bar_item(data.mastodon.id).opts
    blog = chart.bar_item(data.blog.id).opts
    assert list(linkedin["height"]) == [0, 4, 1, 19]
    assert list(mastodon["height"]) == [6, 0, 0, 7]
    assert list(mastodon["y0"]) == [0, 4, 1, 19]  # stacked on LinkedIn
    assert list(blog["y0"]) == [6, 4, 1, 26]
    assert chart.legend_names() == ["LinkedIn", "Mastodon", "Blog", "Workload"]


def test_this_weeks_chart_has_its_numbers_as_a_table(qtbot, window_on):
    session, data = window_on
    page = session.window.pages["this_week"]
    qtbot.waitUntil(lambda: page.chart_model is not None and page.chart_model.rowCount() == 12)
    assert not page.chart_table.isVisibleTo(page)
    page.table_button.click()  # "Show as table"
    assert page.chart_table.isVisibleTo(page) and not page.chart.isVisibleTo(page)
    assert page.table_button.text() == "Show as &chart"
    model = page.chart_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:4] == ["Week", "Dates", "Workload", "Life context"]
    assert model.index(11, 0).data() == str(data.week)  # weeks −11 … 0, this week last
    last = {header[c]: model.index(10, c).data() for c in range(model.columnCount())}
    # week −1: LinkedIn 2 posts + 5 comments + 12 reactions; workload 4
    assert last["Week"] == str(data.week - 1)
    assert (last["Workload"], last["LinkedIn"]) == ("4", "19")
    assert page.chart.accessibleDescription()  # the chart's summary, said in words
    page.table_button.click()
    assert page.chart.isVisibleTo(page) and not page.chart_table.isVisibleTo(page)


def test_this_week_on_an_empty_profile_is_kind(qtbot, start, this_week):
    session, _ = start(data=False)
    page = session.window.pages["this_week"]
    qtbot.waitUntil(lambda: bool(page.week_label.text()))
    assert not page.gentle.isHidden()
    assert page.gentle.text().startswith(f"Last week, {(this_week - 1).label()}, has no check-in")
    assert "No networks or goals yet" in plain(page.goals)
    assert "No check-ins yet" in plain(page.last_checkin)
    qtbot.waitUntil(page.chart.has_plot)
    assert not page.chart._empty.isHidden()


def test_trends_page_reloads_for_another_period(qtbot, window_on):
    session, _ = window_on
    window = session.window
    page = show(qtbot, window, "trends")
    # 27 + 1 + 4 + 8 actions; workload (4 + 2 + 5 + 3) / 4 = 3.5, which rounds to heavy
    assert page.summary.text() == (
        "12 weeks · 4 with a check-in · 40 actions · average workload 3.5 (heavy)"
    )
    assert page.chart.legend_names() == ["LinkedIn", "Mastodon", "Blog", "Workload"]
    button = next(b for b in page._buttons.buttons() if b.text() == "All")
    with qtbot.waitSignal(page.data_loaded):
        button.click()
    assert page.summary.text().startswith("6 weeks · 4 with a check-in")
    x, workload = page.chart.workload_item().getData()
    assert len(x) == 6 and list(workload[:1]) == [3]
    assert session.settings.trend_period() == "all"


def test_goals_page_groups_goals_by_network(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "goals")
    model = page.model
    assert model_texts(model, 0) == [
        "All networks · 1 goal",
        "Promote others' work",
        "LinkedIn · 1 goal",
        "Share what I learn",
        "Mastodon · 1 goal",
        "Less scrolling",
        "Blog · 1 goal",
        "Write, don't just read",
    ]
    assert page.view.columnSpan(2, 0) == model.columnCount()
    row = 3
    assert model.index(row, 1).data() == (
        f"At least 2 posts a week on LinkedIn, from {data.week - 8}"
    )
    assert model.index(row, 2).data() == "Weekly count"
    assert model.index(row, 3).data() == "Active"
    assert model.index(row, 4).data() == "No data yet"
    assert model.index(row, 5).data() == "Met — 2 of 2 posts"
    assert isinstance(model.index(row, 5).data(1), QIcon)  # a dot beside the words
    assert [model.index(7, c).data() for c in (3, 4, 5)] == ["Paused", "Paused", "Paused"]


def test_networks_page_lists_networks_with_their_colour(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "networks")
    model = page.model
    assert model_texts(model, 0) == ["LinkedIn", "Mastodon", "Blog"]
    assert [model.index(0, c).data() for c in range(1, 6)] == [
        "Public",
        "Professional",
        networks.PRESETS["linkedin"].purpose,
        "1",
        "Active",
    ]
    assert not model.index(0, 0).data(1).isNull()  # the colour swatch
    done = session.runner.run(lambda: networks.set_archived(data.blog.id, True))
    qtbot.waitUntil(done.done)
    show(qtbot, session.window, "networks")
    assert model.index(2, 5).data() == "Archived"


def test_history_page_lists_checkins_newest_first(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "history")
    model = page.model
    week = data.week
    assert [text.split("\n")[0] for text in model_texts(model, 0)] == [
        str(week - n) for n in (1, 2, 3, 4, 5)
    ]
    assert model.index(3, 5).data() == "No check-in — write it now"  # a quiet gap
    assert model.index(3, 1).data() == ""
    assert model.index(0, 1).data() == "heavy (4)"
    assert model.index(0, 2).data() == "steady (3)"
    assert model.index(0, 3).data() == "deadline, travel"
    assert model.index(0, 4).data() == "LinkedIn 19 · Mastodon 7 · Blog 1"
    assert model.index(0, 5).data() == (
        "Shared the migration write-up; people asked good questions."
    )
    assert model.index(0, 4).data(3).splitlines()[0] == (
        "LinkedIn: 2 posts, 5 comments, 12 reactions, 45 min"
    )
    assert model.index(1, 4).data() == "LinkedIn 1 · Mastodon –"
    assert model.index(1, 2).data() == "—"  # no energy given
    assert model.index(1, 5).data() == "—"


def test_demo_mode_says_so_in_the_title(start):
    session, _ = start(demo=True)
    assert session.window.windowTitle() == "Reflect — demo data"


def test_window_title_without_demo(window_on):
    assert window_on[0].window.windowTitle() == "Reflect"


def test_back_up_now_writes_a_private_backup(qtbot, window_on, profile):
    session, _ = window_on
    with qtbot.waitSignal(session.window.backup_made, timeout=5000) as made:
        session.window.actions["back_up"].trigger()
    backup = made.args[0]
    assert backup.path.parent == profile.backups_dir
    assert backup.path.name.endswith("-manual.sqlite3") and backup.path.exists()
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    box = session.window.findChild(QMessageBox, "resultMessage")
    assert box.text().startswith(f"Backed up to {backup.path.name}")


def test_check_database_reports_a_sound_database(qtbot, window_on):
    session, _ = window_on
    with qtbot.waitSignal(session.window.message_shown, timeout=5000) as shown:
        session.window.actions["check"].trigger()
    assert shown.args[0].startswith("The database is sound")


def test_every_file_menu_action_is_enabled(window_on):
    actions = window_on[0].window.actions
    every = ("import", "export", "back_up", "backups", "restore", "report", "check", "quit")
    for key in (*every, "about"):
        assert actions[key].isEnabled()


def test_about_names_version_purpose_and_data_folder(qtbot, window_on, profile):
    session, _ = window_on
    session.window.actions["about"].trigger()
    dialog = session.window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.version.text()
    assert "on purpose" in dialog.purpose.text()
    assert str(profile.directory) in dialog.data_folder.text()
    dialog.close()


def test_a_failing_task_shows_the_errors_sentence(qtbot, window_on):
    session, _ = window_on

    def fail():
        raise NotFound("goal", "g-1")

    with qtbot.waitSignal(session.hook.error_shown) as shown:
        session.runner.run_op(fail, lambda _: None)
    assert shown.args == ["No goal with id g-1."]
    box = session.window.findChild(QMessageBox, "errorMessage")
    assert box.text() == "No goal with id g-1." and box.detailedText() == ""


def test_geometry_and_page_come_back_after_a_restart(qtbot, start, profile):
    session, _ = start()
    window = session.window
    window.resize(700, 480)  # within the offscreen screen's 800 × 600
    window.move(50, 60)
    show(qtbot, window, "goals")
    session.close()
    assert stat.S_IMODE(session.settings.path.stat().st_mode) == 0o600

    again, _ = start()
    assert again.window.current_page_key() == "goals"
    assert (again.window.width(), again.window.height()) == (700, 480)
    assert again.window.pos() == window.pos()
    qtbot.waitUntil(lambda: again.window.pages["goals"].model.rowCount() == 8)


def test_activate_brings_the_window_back(qtbot, window_on):
    window = window_on[0].window
    window.showMinimized()
    window.activate()
    assert not window.isMinimized() and window.isVisible()


def test_closing_closes_each_threads_connection_on_its_own_thread(qtbot, window_on):
    session, _ = window_on
    database = session.database.database
    closed_on: list[int] = []
    close = database.close

    def recording_close():
        closed_on.append(threading.get_ident())
        return close()

    database.close = recording_close
    worker = session.runner._thread.ident
    session.close()
    assert closed_on == [worker, threading.get_ident()]
    assert database.is_closed()


def test_the_pages_follow_a_switch_to_dark(qtbot, window_on):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QFrame

    session, _ = window_on
    window = session.window
    card = next(w for w in window.findChildren(QFrame) if w.objectName() == "card")
    app = QApplication.instance()
    light = app.palette()

    def inside() -> QColor:
        return card.grab().toImage().pixelColor(card.width() // 2, card.height() - 4)

    assert inside() == light.color(QPalette.ColorRole.Base)
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#292a2d"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: inside() == QColor("#292a2d"))
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: inside() == light.color(QPalette.ColorRole.Base))


def test_the_first_window_fits_the_screen():
    from PySide6.QtCore import QSize

    from ui.main_window import default_size

    assert default_size(QSize(1920, 1080)) == QSize(1280, 800)
    assert default_size(QSize(1366, 728)) == QSize(1229, 655)  # a small laptop screen


def test_a_first_start_opens_at_the_default_size(window_on):
    session, _data = window_on
    window = session.window
    expected = window.screen().availableGeometry().size()
    assert window.size().width() == min(1280, expected.width() * 9 // 10)
