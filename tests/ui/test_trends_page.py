"""The Trends page on the real window: each chart's data, the controls, the table view,
exports, the palette, and profiles with nothing, one week or one network.

The shared profile (tests/ui/helpers.py ``fill``), weeks counted back from this week:

    week  workload context           LinkedIn            Mastodon                Blog
    −5    3                                              6 comments              2 posts
    −3    5                          4 reactions
    −2    2                          1 post              didn't use it
    −1    4        deadline, travel  2p 5c 12r = 19      4c 3r = 7, 10/60/30    1 post
"""

from __future__ import annotations

import math
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from reflect import activity, chart_data
from reflect.activity import MeasuredItem
from reflect.checkins import CheckIn, Entry, Roles, record_checkin
from reflect.networks import add_preset
from tests.ui.checkin_helpers import on_worker
from tests.ui.helpers import plain, show
from ui.charts.trend_chart import week_centre

ROOT = Path(__file__).resolve().parents[2]


def trends_page(qtbot, window):
    page = show(qtbot, window, "trends")
    qtbot.waitUntil(page.chart.has_plot)
    return page


def heights(bar) -> list[float]:
    return [float(h) for h in bar.opts["height"]]


def test_ebb_flow_stacks_each_network_and_shades_life_context(qtbot, window_on):
    session, data = window_on
    page = trends_page(qtbot, session.window)
    chart, week = page.chart, data.week
    assert heights(chart.bar_item(data.linkedin.id)) == [0, 4, 1, 19]
    assert list(chart.bar_item(data.mastodon.id).opts["y0"]) == [0, 4, 1, 19]
    assert heights(chart.bar_item(data.blog.id)) == [2, 0, 0, 1]
    _, workload = chart.workload_item().getData()
    assert [None if math.isnan(v) else v for v in workload[-6:]] == [3, None, 5, 2, 4, None]
    shade = chart.shade_item().opts
    assert list(shade["x"]) == [week_centre(week - 1)]  # the one week with a life context
    assert chart.context_labels() == ["deadline, travel"]
    assert "Shaded: weeks with a life context" in chart.legend_text()
    assert not chart.rolling_item().isVisible()
    text = chart.hover_text(QPointF(week_centre(week - 1), 5))
    assert text.splitlines()[:3] == [
        (week - 1).label(),
        "Workload: heavy",
        "Life: deadline, travel",
    ]
    assert "LinkedIn: 19 actions" in text and "Total: 27 actions" in text
    assert chart.hover_text(QPointF(week_centre(week - 4), 1)).endswith("No check-in")
    limits = chart.plot_widget().getPlotItem().vb.state["limits"]["xLimits"]
    first, last = week_centre(week - 11), week_centre(week)
    assert limits[0] < first < last < limits[1]  # zoom and pan stay inside the weeks shown
    assert limits[1] - limits[0] < (last - first) * 1.2


def test_network_metric_rolling_and_custom_range(qtbot, window_on):
    session, data = window_on
    page = trends_page(qtbot, session.window)
    controls = page.controls
    with qtbot.waitSignal(page.data_loaded):
        controls.set_network(data.mastodon.id)
    flow = page.chart.data()
    assert [s.name for s in flow.series] == ["Mastodon"]
    assert [w.values for w in flow.weeks if w.checked_in] == [(6,), (None,), (0,), (7,)]
    with qtbot.waitSignal(page.data_loaded):
        controls.set_metric("comments")
    assert [w.values[0] for w in page.chart.data().weeks if w.checked_in] == [6, None, 0, 4]
    assert page.summary.text().startswith("12 weeks · 4 with a check-in · 10 comments")
    with qtbot.waitSignal(page.data_loaded):
        controls.rolling_box.setChecked(True)
    assert page.chart.rolling_item().isVisible()
    _, rolling = page.chart.rolling_item().getData()
    assert rolling[-1] == 2.0  # week 0 looks back over −3 … 0: comments 0 and 4
    with qtbot.waitSignal(page.data_loaded):
        controls.set_range(data.week - 3, data.week - 1)
    assert page.period == "custom"
    assert [str(w.week) for w in page.chart.data().weeks] == [
        str(data.week - 3),
        str(data.week - 2),
        str(data.week - 1),
    ]


def test_the_other_charts_show_their_numbers(qtbot, window_on):
    session, data = window_on
    page = trends_page(qtbot, session.window)
    week = data.week

    page.show_chart("participation")
    roles = page.charts["participation"]
    qtbot.waitUntil(roles.has_plot)
    assert heights(roles.bar_item("creator")) == [10]  # only Mastodon gave shares, in −1
    assert list(roles.bar_item("commenter").opts["y0"]) == [10]
    assert heights(roles.bar_item("reader")) == [30]
    # the rung the counts imply: −5 a creator (Blog posts) and a commenter: the higher one
    creator = [week_centre(week - n) for n in (5, 2, 1)]
    assert list(roles.strip_item("creator").opts["x"]) == creator
    assert list(roles.strip_item("reader").opts["x"]) == [week_centre(week - 3)]  # reactions
    assert not page.controls.metric_box.isEnabled()

    page.show_chart("goals")
    goals = page.charts["goals"]
    qtbot.waitUntil(goals.has_plot)
    heatmap = goals.data()
    assert [line.title for line in heatmap.lines] == [
        "Share what I learn",
        "Less scrolling",
        "Promote others' work",
        "Write, don't just read",
    ]
    assert goals.image_item().image.shape[:2] == (12, 2 * 4)  # two pixel rows a goal
    hover = goals.hover_text(QPointF(week_centre(week - 1), 0.5))
    assert hover.splitlines() == [
        "Share what I learn (LinkedIn)",
        (week - 1).label(),
        "Met — 2 of 2 posts",
    ]
    assert "✓ Met" in goals.legend_text() and "‖ Paused" in goals.legend_text()

    page.show_chart("workload")
    scatter = page.charts["workload"]
    qtbot.waitUntil(scatter.has_plot)
    points = [(p.workload, p.value) for p in scatter.data().points]
    assert points == [(3, 8), (5, 4), (2, 1), (4, 27)]
    # mean workload 3.5, mean actions 10: Sxy = 14, Sxx = 5, Syy = 410
    assert scatter.data().fit.r == 14 / math.sqrt(5 * 410)
    assert scatter.note_text() == "r = 0.31 over 4 weeks"
    assert "r = 0.31 over 4 weeks" in scatter.legend_text()
    assert page.chart_summary.text().startswith("Workload against all activity, all networks: r")

    page.show_chart("measured")
    measured = page.charts["measured"]
    qtbot.waitUntil(measured.has_plot)
    assert measured.data() == () and not measured._empty.isHidden()


def test_measured_activity_beside_what_was_reported(qtbot, window_on):
    from datetime import UTC, datetime, time, timedelta

    session, data = window_on
    moment = datetime.combine((data.week - 1).monday(), time(12), UTC) + timedelta(days=2)
    items = [MeasuredItem(f"c{n}", "comments", moment + timedelta(minutes=n)) for n in range(3)]
    on_worker(
        qtbot, session.runner, lambda: activity.record_items(data.mastodon.id, "mastodon", items)
    )
    page = trends_page(qtbot, session.window)
    page.show_chart("measured")
    chart = page.charts["measured"]
    qtbot.waitUntil(chart.has_plot)
    (row,) = chart.data()
    # Mastodon's export counts posts, comments and shares: reported 4 comments, measured 3
    assert (row.series.name, row.weeks, row.reported, row.measured) == ("Mastodon", 1, 4, 3)
    reported, measured = chart.bar_items()
    assert heights(reported) == [4] and heights(measured) == [3]
    assert chart.hover_text(QPointF(0, 1)).splitlines() == [
        "Mastodon, over 1 week with both",
        "Reported: 4 actions",
        "Measured: 3 actions",
    ]


def test_table_view_lists_the_chart_numbers(qtbot, qtmodeltester, window_on):
    session, data = window_on
    page = trends_page(qtbot, session.window)
    with qtbot.waitSignal(page.data_loaded):
        page.table_toggle.click()
    model = page.models["ebb-flow"]
    qtmodeltester.check(model)
    assert page._holders["ebb-flow"].currentWidget() is page.tables["ebb-flow"]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == [
        "Week",
        "Dates",
        "Workload",
        "Life context",
        "LinkedIn",
        "Mastodon",
        "Blog",
        "Total",
    ]
    last_week = [model.index(10, c).data() for c in range(model.columnCount())]
    assert last_week[0] == str(data.week - 1)
    assert last_week[2:] == ["4", "deadline, travel", "19", "7", "1", "27"]
    gap = [model.index(7, c).data() for c in range(2, model.columnCount())]
    assert gap == ["—", "no check-in", "—", "—", "—", "—"]
    page.show_chart("goals")
    goals = page.models["goals"]
    qtmodeltester.check(goals)
    assert goals.rowCount() == 4 * 12
    with qtbot.waitSignal(page.data_loaded):
        page.table_toggle.click()
    assert page._holders["goals"].currentWidget() is page.charts["goals"]


def test_save_image_and_data(qtbot, window_on, tmp_path):
    session, _ = window_on
    page = trends_page(qtbot, session.window)
    asked = []

    def ask(_parent, caption, suggested, pattern):
        asked.append((caption, suggested))
        return str(tmp_path / ("chart" if "image" in caption else "numbers"))

    page.ask_save_path = ask
    with qtbot.waitSignal(page.saved):
        page.save_image_button.click()
    image_path = tmp_path / "chart.png"
    image = QImage(str(image_path))
    assert not image.isNull() and image.width() > 800
    assert stat.S_IMODE(image_path.stat().st_mode) == 0o600
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner == QApplication.palette().color(QPalette.ColorRole.Base)  # not black
    with qtbot.waitSignal(page.saved):
        page.save_data_button.click()
    csv = (tmp_path / "numbers.csv").read_text(encoding="utf-8")
    assert csv == chart_data.csv_text(page.table())
    assert asked == [
        ("Save the chart as an image", "reflect-ebb-flow.png"),
        ("Save the chart's numbers", "reflect-ebb-flow.csv"),
    ]


def test_charts_follow_the_application_palette(qtbot, window_on):
    session, _ = window_on
    page = trends_page(qtbot, session.window)
    page.show_chart("goals")
    qtbot.waitUntil(page.charts["goals"].has_plot)
    app = QApplication.instance()
    light = app.palette()
    assert page.chart.plot_widget().backgroundBrush().color() == light.color(
        QPalette.ColorRole.Base
    )
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Base, "#292a2d"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Window, "#202124"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        for name in ("ebb-flow", "goals"):
            plot = page.charts[name].plot_widget()
            assert plot.backgroundBrush().color() == QColor("#292a2d")
            axis = plot.getPlotItem().getAxis("left")
            assert axis.textPen().color() == QColor("#e8eaed")
    finally:
        app.setPalette(light)
    assert page.chart.plot_widget().backgroundBrush().color() == light.color(
        QPalette.ColorRole.Base
    )


def test_an_empty_profile_draws_every_chart_kindly(qtbot, start):
    session, _ = start(data=False)
    page = trends_page(qtbot, session.window)
    for name, chart in page.charts.items():
        page.show_chart(name)
        qtbot.waitUntil(chart.has_plot)
        assert not chart._empty.isHidden(), name
    assert "Nothing to say about these weeks yet" in plain(page.insights.text)
    assert page.summary.text() == "12 weeks · 0 with a check-in"


def test_a_single_week_on_one_network(qtbot, start, this_week):
    session, _ = start(data=False)

    def one_week():
        network = add_preset("mastodon")
        record_checkin(
            CheckIn(
                this_week - 1,
                3,
                entries=(Entry(network.id, posts=1, comments=2, roles=Roles(40, 40, 20)),),
            )
        )

    on_worker(qtbot, session.runner, one_week)
    page = trends_page(qtbot, session.window)
    with qtbot.waitSignal(page.data_loaded):
        page.set_period("all")
    assert (
        page.summary.text()
        == "2 weeks · 1 with a check-in · 3 actions · average workload 3.0 (busy)"
    )
    for name, chart in page.charts.items():
        page.show_chart(name)
        qtbot.waitUntil(chart.has_plot)
    assert page.charts["workload"].note_text() == "1 week: no correlation to show"
    assert [s.name for s in page.chart.data().series] == ["Mastodon"]
    assert page.controls.network_box.count() == 2  # all networks, and Mastodon


def test_pyqtgraph_waits_until_a_chart_is_drawn():
    code = (
        "import sys\n"
        "import ui.pages.trends_page, ui.trends.chart_kinds, ui.charts.chart_render\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False False"


def test_a_heatmap_of_one_goal_is_coloured(qtbot):
    from reflect.goals import GoalState
    from reflect.trends import GoalHeatmap, GoalLine
    from reflect.weeks import IsoWeek
    from ui.charts.goal_heatmap_chart import GoalHeatmapChart
    from ui.theme import STATE_COLOURS

    weeks = tuple(IsoWeek(2026, n) for n in range(10, 14))
    states = tuple(GoalState("g", week, "met") for week in weeks)
    chart = GoalHeatmapChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    chart.show_weeks(GoalHeatmap(weeks, (GoalLine("g", "Post twice", "X", states),)))
    qtbot.waitUntil(lambda: chart.plot_widget().isVisible())
    plot = chart.plot_widget()
    box = plot.getPlotItem().vb
    middle = box.mapViewToScene(QPointF(week_centre(weeks[1]), 0.25))
    point = plot.mapFromScene(middle)
    colour = plot.grab().toImage().pixelColor(point)
    assert colour == QColor(STATE_COLOURS["met"])  # pyqtgraph drew nothing for one row once
