"""File → Report…: the whole way, from the menu to the file on disk and the message."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect import checkins, demo
from reflect.report_period import Period, last_complete
from ui.report.report_dialog import ReportDialog, ReportRequest
from ui.report.report_writer import chart_pngs

SHOTS = Path("/work/shots/report")


def open_dialog(qtbot, window, out: Path | None):
    flow = window.reporter
    asked: list[ReportRequest] = []
    flow.ask_path = lambda request: asked.append(request) or out  # the save dialog's answer
    window.actions["report"].trigger()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10000)
    return flow.dialog, asked


def shoot(widget, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def test_a_quarter_from_the_file_menu_to_a_pdf(qtbot, start, tmp_path, this_week):
    session, _ = start(data=False)
    demo.fill_demo_data()
    first = min(checkins.checked_in_weeks())  # where the demo starts depends on today
    window = session.window
    out = tmp_path / "quarter.pdf"
    dialog, asked = open_dialog(qtbot, window, out)

    quarter = last_complete("quarter", this_week)
    assert dialog.value() == ReportRequest(quarter, "pdf")  # the last complete quarter
    assert dialog.period_box.itemText(0).endswith("— so far")  # the running one is offered
    assert dialog.periods()[0] == quarter.next()
    assert dialog.periods()[-1] == Period.holding("quarter", first)  # the demo's first check-in
    shoot(dialog, "dialog-light.png")
    with qtbot.waitSignal(window.message_shown, timeout=60000) as shown:
        dialog.write_button.click()

    assert asked == [ReportRequest(quarter, "pdf")]
    message = shown.args[0]
    assert re.fullmatch(
        rf"Wrote the review of {re.escape(quarter.title())} to {re.escape(str(out))} "
        r"\(\d+ KB\)\. Only you can read it\.",
        message,
    ), message
    assert out.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    box = window.findChild(QMessageBox, "resultMessage")
    assert box is not None and box.text() == message
    box.close()


def test_a_month_as_markdown_writes_its_charts_beside_it(qtbot, start, tmp_path, this_week):
    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    out = tmp_path / "month.md"
    dialog, _ = open_dialog(qtbot, window, out)
    month = last_complete("month", this_week)
    dialog.choose(month, "markdown")
    assert dialog.value() == ReportRequest(month, "markdown")
    with qtbot.waitSignal(window.message_shown, timeout=60000) as shown:
        dialog.write_button.click()
    assert "Its charts are beside it: month-ebb-flow.png, month-participation.png." in shown.args[0]
    assert f"# Reflect review: {month.title()}" in out.read_text()
    assert (tmp_path / "month-ebb-flow.png").read_bytes().startswith(b"\x89PNG")


def test_a_profile_without_checkins_gets_a_kind_report(qtbot, start, tmp_path, this_week):
    session, _ = start(data=False)
    window = session.window
    out = tmp_path / "empty.html"
    dialog, _ = open_dialog(qtbot, window, out)
    year = last_complete("year", this_week)
    dialog.choose(year, "html")
    with qtbot.waitSignal(window.message_shown, timeout=60000) as shown:
        dialog.write_button.click()
    assert "There were no check-ins in these weeks; the report says so." in shown.args[0]
    assert "There are no check-ins for these weeks. That is fine" in out.read_text()


def test_a_missing_folder_is_said_in_words_and_nothing_is_written(qtbot, start, tmp_path):
    session, _ = start()
    window = session.window
    out = tmp_path / "gone" / "r.pdf"
    dialog, _ = open_dialog(qtbot, window, out)
    with qtbot.waitSignal(window.message_shown, timeout=60000) as shown:
        dialog.write_button.click()
    assert shown.args[0] == (
        f"The report was not written. There is no folder {out.parent} to write the report into."
    )
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_save_dialog_writes_nothing(qtbot, start, tmp_path):
    session, _ = start()
    window = session.window
    dialog, asked = open_dialog(qtbot, window, None)
    shown: list[str] = []
    window.message_shown.connect(shown.append)
    dialog.write_button.click()
    qtbot.waitUntil(lambda: asked != [])
    assert not dialog.isVisible() and shown == []


@pytest.fixture
def dark(qapp):
    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Base, "#292a2d"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(light)


def test_under_a_dark_palette_the_charts_are_drawn_light(qtbot, start, dark, this_week):
    from reflect.report import collect_report

    session, _ = start()
    session.window.reporter.open()
    qtbot.waitUntil(lambda: session.window.reporter.dialog is not None)
    shoot(session.window.reporter.dialog, "dialog-dark.png")
    report = collect_report(Period.holding("quarter", this_week), this_week)
    charts = chart_pngs(report)
    for png in charts.values():
        image = QImage.fromData(png, "PNG")
        corner = image.pixelColor(2, 2)
        assert corner.lightness() > 200  # white paper, not the dark window
    assert QApplication.palette().window().color().lightness() < 100  # and it is dark again


def test_report_twice_brings_the_open_dialog_forward(qtbot, start, tmp_path):
    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    window.show()
    flow = window.reporter
    window.actions["report"].trigger()
    window.actions["report"].trigger()  # a second click before the first dialog is up
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10000)
    first = flow.dialog
    default = first.period_box.currentIndex()
    first.period_box.setCurrentIndex(default + 1)  # the user has started choosing
    window.actions["report"].trigger()  # and asks again while it is open
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10000)
    dialogs = [d for d in window.findChildren(ReportDialog) if d.isVisible()]
    assert dialogs == [first]
    assert flow.dialog is first and first.period_box.currentIndex() == default + 1
    first.reject()
    window.actions["report"].trigger()  # closed: Report opens a fresh one again
    qtbot.waitUntil(lambda: flow.dialog is not first and flow.dialog.isVisible(), timeout=10000)
    assert flow.dialog.period_box.currentIndex() == default
    assert [d for d in window.findChildren(ReportDialog) if d.isVisible()] == [flow.dialog]
