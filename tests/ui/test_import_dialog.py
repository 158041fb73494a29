"""File → Import activity the whole way: the real window, the real dialog (opened with
``exec`` and answered like a person would), the import on the worker, the report."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from reflect import activity, checkin_form, networks
from reflect.importers import ImportReport, ImportRequest
from reflect.importers.report import Counted
from reflect.weeks import IsoWeek
from tests.reflect.importers.helpers import write_export, zipped
from tests.ui.dialog_driver import drive, save
from ui.importing.import_dialog import ImportDialog
from ui.importing.import_report_dialog import ImportReportDialog


def on_worker(qtbot, session, task):
    future = session.runner.run(task)
    qtbot.waitUntil(future.done, timeout=8000)
    return future.result()


def linkedin_export(folder: Path, week: IsoWeek) -> Path:
    """A LinkedIn export with two posts and three reactions on the Tuesday of ``week``."""
    day = datetime.combine(week.monday() + timedelta(days=1), datetime.min.time(), UTC)
    stamp = (day + timedelta(hours=12)).strftime("%Y-%m-%d %H:%M:%S")
    shares = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + "".join(
        f"{stamp},https://www.linkedin.com/feed/update/urn:li:share:{i},Post {i},,,MEMBER_NETWORK\n"
        for i in (1, 2)
    )
    reactions = "Date,Type,Link\n" + "".join(
        f"{stamp},LIKE,https://www.linkedin.com/feed/update/urn:li:activity:{i}\n"
        for i in (7, 8, 9)
    )
    path = folder / "Basic_LinkedInDataExport.zip"
    path.write_bytes(zipped({"Shares.csv": shares.encode(), "Reactions.csv": reactions.encode()}))
    return path


def test_the_dialog_offers_the_platforms_own_network_first(qtbot, db, tmp_path):
    blog = networks.add_preset("blog")
    linkedin = networks.add_preset("linkedin")
    dialog = ImportDialog(None, networks.networks())
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("linkedin"))
    assert dialog.network_labels() == ["LinkedIn", "Blog"]
    assert dialog.network.currentData() == linkedin.id
    assert "Get a copy of your data" in dialog.how.text()
    dialog.platform.setCurrentIndex(dialog.platform.findData("mastodon"))
    assert dialog.network_labels() == ["Mastodon (new, from the preset)", "Blog", "LinkedIn"]
    assert dialog.network.currentData() is None
    dialog.platform.setCurrentIndex(dialog.platform.findData("activitywatch"))
    assert dialog.network_labels()[0] == "Every network with host names (LinkedIn)"
    assert dialog.network_hint.isVisible() or not dialog.isVisible()

    assert not dialog.ok_button.isEnabled()  # no file yet, and no scolding for it either
    assert dialog.problems.texts() == {}
    dialog.path.setText(str(tmp_path / "missing.zip"))
    assert dialog.problems.texts() == {"path": "There is no file at that place."}
    assert not dialog.ok_button.isEnabled()
    export = write_export(tmp_path, "linkedin")
    dialog.platform.setCurrentIndex(dialog.platform.findData("linkedin"))
    dialog.path.setText(str(export))
    assert dialog.ok_button.isEnabled()
    assert dialog.value() == ImportRequest("linkedin", str(export), linkedin.id)
    dialog.network.setCurrentIndex(dialog.network.findData(blog.id))
    assert dialog.value().network_id == blog.id


def test_import_activity_goes_the_whole_way(qtbot, window_on, tmp_path):
    session, data = window_on
    window = session.window
    week = data.week - 1
    path = linkedin_export(tmp_path, week)

    def fill(dialog: ImportDialog) -> None:
        dialog.platform.setCurrentIndex(dialog.platform.findData("linkedin"))
        dialog.path.setText(str(path))
        assert dialog.network.currentText() == "LinkedIn"  # the platform's own, first
        save(dialog)

    driver = drive((ImportDialog, fill))
    with (
        qtbot.waitSignal(window.importer.report_shown, timeout=10000) as shown,
        qtbot.waitSignal(window.pages["this_week"].data_loaded, timeout=10000),
    ):
        window.actions["import"].trigger()
    assert not driver.missing, driver.missing
    report: ImportReportDialog = shown.args[0]
    assert report.title.text() == "Imported into LinkedIn"
    assert report.headline.text() == f"Imported {path.name} into LinkedIn."
    assert report.rows() == [
        ["Kind", "Counted", "Weeks", "Imported before"],
        ["Posts", "2", f"In {week}", "–"],
        ["Reactions", "3", f"In {week}", "–"],
    ]
    assert "There is no Comments.csv in this export" in report.skipped.text()
    assert "A backup was made first" in report.details.text()

    measured = on_worker(qtbot, session, lambda: activity.measured(data.linkedin.id))
    assert [(a.week, a.posts, a.reactions) for a in measured] == [(week, 2, 3)]
    form = on_worker(qtbot, session, lambda: checkin_form.checkin_form(week))
    row = next(r for r in form.rows if r.network.id == data.linkedin.id)
    assert (row.measured.posts, row.measured.reactions) == (2, 3)  # the check-in's prefill
    report.close()


def test_a_file_of_another_platform_is_refused_and_nothing_changes(qtbot, window_on, tmp_path):
    session, _ = window_on
    flow = session.window.importer
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps({"orderedItems": []}))
    with qtbot.waitSignal(flow.message_shown, timeout=10000) as shown:
        flow.start(ImportRequest("x", str(path)))
    assert shown.args[0] == (
        "outbox.json: this looks like an export from Mastodon, not from X. Choose Mastodon to "
        "import it."
    )
    box = session.window.findChild(QMessageBox, "importMessage")
    assert box.informativeText() == "Nothing was imported; your data is as it was."
    names = on_worker(qtbot, session, lambda: [n.name for n in networks.networks()])
    assert "X" not in names
    assert not flow.running and flow.progress is None


def test_cancel_rolls_the_import_back(qtbot, window_on, tmp_path):
    session, _ = window_on
    flow = session.window.importer
    path = write_export(tmp_path, "x")
    hold = threading.Event()
    session.runner.run(lambda: hold.wait(10))  # the worker is busy until the cancel is in
    with qtbot.waitSignal(flow.message_shown, timeout=10000) as shown:
        flow.start(ImportRequest("x", str(path)))
        assert flow.progress.isVisible() and flow.running
        assert flow.progress.labelText() == "Reading your X export…"
        flow.progress.findChild(QPushButton).click()  # Cancel
        hold.set()
    assert shown.args[0] == "The import was cancelled; nothing was changed."
    assert on_worker(qtbot, session, lambda: activity.measured()) == []
    names = on_worker(qtbot, session, lambda: [n.name for n in networks.networks()])
    assert "X" not in names  # the preset network made for it was rolled back too


def test_the_report_shows_each_network_when_there_are_several(qtbot):
    w = IsoWeek.parse
    report = ImportReport(
        "activitywatch",
        "ActivityWatch",
        "aw.json",
        ("aw.json",),
        ("LinkedIn", "X"),
        (
            Counted("LinkedIn", "minutes", 95.4, 95.4, w("2024-W08"), w("2024-W10")),
            Counted("X", "minutes", 5, 0, w("2024-W08"), w("2024-W08")),
        ),
        1,
        ("1 event had no readable time or length.",),
        None,
        None,
    )
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [
        ["Network", "Kind", "Counted", "Weeks", "Imported before"],
        ["LinkedIn", "Minutes", "95", "From 2024-W08 to 2024-W10", "–"],
        ["X", "Minutes", "0", "In 2024-W08", "5"],
    ]
    assert "1 event had no readable time or length." in dialog.skipped.text()
