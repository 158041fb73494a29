"""The German translation: complete for today's sources, compiled, faithful to placeholders,
and what a German user actually sees; English stays the default."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox

from reflect.goals import GoalDraft
from reflect.weeks import IsoWeek
from tests.ui.checkin_helpers import open_checkin
from tests.ui.test_goal_dialog import CHOICES
from ui.goals.goal_dialog import GoalDialog
from ui.i18n import Translators, resolve_language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reflect_de.ts"
QM = TS.with_suffix(".qm")
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py"
)
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)


SHOTS = Path(__file__).resolve().parents[2] / "shots" / "i18n"


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation.get("type") is None and all(t.strip() for t in translations(message))


def test_every_source_string_has_a_finished_german_translation(tmp_path):
    if _tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    update_translations.lupdate(fresh, "de")  # today's sources, nothing translated
    wanted = messages(fresh)
    assert len(wanted) > 400  # the extraction really ran over ui/ and reflect/
    have = messages(TS)
    missing = [
        f"{context}: {source!r}"
        for (context, source) in wanted
        if (context, source) not in have or not finished(have[(context, source)])
    ]
    assert not missing, (
        "Strings without a German translation (run scripts/update_translations.py and "
        "translate them in resources/translations/reflect_de.ts):\n" + "\n".join(missing)
    )


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    if _tool("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "reflect_de.qm"
    update_translations.lrelease(TS, compiled)
    assert compiled.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py"


def _fields(text: str) -> list[str]:
    """The {placeholders} (with their format specs) and %n, sorted."""
    found = ["%n"] * text.count("%n")
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            found.append(f"{{{name}{'!' + conversion if conversion else ''}:{spec}}}")
    return sorted(found)


def test_every_translation_keeps_the_placeholders_of_its_source():
    wrong = []
    for (context, source), message in messages(TS).items():
        for text in translations(message):
            expected = _fields(source)
            if message.get("numerus") == "yes":  # a singular form may spell out the one
                expected = [f for f in expected if f != "%n"]
                got = [f for f in _fields(text) if f != "%n"]
            else:
                got = _fields(text)
            if got != expected:
                wrong.append(f"{context}: {source!r} → {text!r}")
            if source.count("&") == 1 and text.count("&") != 1:  # one shortcut letter
                wrong.append(f"{context}: {source!r} → {text!r} (shortcut)")
    assert not wrong, "\n".join(wrong)


def test_a_german_system_is_followed_unless_the_user_chose_otherwise():
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert resolve_language("", german) == "de"
    assert resolve_language("en", german) == "en"
    assert resolve_language("de", french) == "de"
    assert resolve_language("", french) == "en"  # no French yet: the English of the sources


@pytest.fixture
def translators(qapp):
    """Install a language for one test; back to English and the old locale after."""
    before = QLocale()
    installed = Translators()
    yield installed
    installed.remove()
    QLocale.setDefault(before)


def _goal_dialog(qtbot) -> GoalDialog:
    draft = GoalDraft("", "count", IsoWeek(2026, 48), metric="posts", direction="at_least")
    dialog = GoalDialog(None, draft, CHOICES)
    qtbot.addWidget(dialog)
    return dialog


def _cancel(dialog: GoalDialog) -> str:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_in_german_the_goal_dialog_and_qts_own_buttons_speak_german(qtbot, translators):
    assert translators.install("de") == "de"
    dialog = _goal_dialog(qtbot)
    assert dialog.windowTitle() == "Neues Ziel"
    assert _cancel(dialog) == "Abbrechen"  # Qt's own translation, loaded beside ours
    assert dialog.direction.itemText(0) == "mindestens"
    assert dialog.kind_help.text().startswith("Eine Zahl pro Woche")
    # sentences from reflect/ too: a problem and the preview, with their numbers filled in
    assert dialog.problems.texts()["title"] == "Gib dem Ziel einen kurzen Titel."
    assert (
        dialog.preview.text() == "Mindestens 0 Beiträge pro Woche über alle Netzwerke, ab 2026-W48"
    )
    assert QLocale().language() == QLocale.Language.German  # numbers and dates follow


def test_in_english_the_goal_dialog_stays_english(qtbot, translators):
    assert translators.install("en") == "en"
    dialog = _goal_dialog(qtbot)
    assert dialog.windowTitle() == "New goal"
    assert _cancel(dialog) == "Cancel"
    assert dialog.direction.itemText(0) == "at least"


def test_the_checkin_dialog_in_german_keeps_the_english_keys(qtbot, translators, window_on):
    translators.install("de")
    session, _ = window_on
    dialog = open_checkin(qtbot, session.window)
    assert dialog.windowTitle() == "Wöchentlicher Check-in — Reflect"
    assert dialog.cancel_button.text() == "Abbrechen"
    assert dialog.save_button.text() == "Check-in speichern"
    workload = [b.text() for b in dialog.content.week.workload.buttons]
    assert workload[0] == "1 · leicht"
    prompt = dialog.content.prompts.boxes[0]
    assert re.search(r"[äöüß]|\b(du|dich|dir|deine?[mnrs]?)\b", prompt.label.text())
    assert prompt.prompt.isascii()  # the answer is still filed under the English prompt
    dialog.reject()
    qtbot.waitUntil(lambda: session.window.checkin.dialog is None)


GERMAN_SYSTEM = """
from PySide6.QtWidgets import QApplication, QDialogButtonBox
app = QApplication([])
from ui.i18n import install_translators
translators = install_translators("")
print(translators.language)
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(box.buttons()[0].text())
"""


def test_with_a_german_system_and_no_choice_the_app_is_german():
    env = dict(os.environ, LANG="de_DE.UTF-8", LANGUAGE="de", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run(
        [sys.executable, "-c", GERMAN_SYSTEM],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["de", "Abbrechen"]


def test_compare_and_year_ago_sentences_read_in_german_and_stay_english_underneath(translators):
    from reflect.compare import NetworkComparison, NetworkNumbers, PeriodSide, sentences
    from reflect.compare import quarter as quarter_period
    from reflect.year_ago import same_week
    from ui.text import domain, week_label

    translators.install("de")
    first = PeriodSide(quarter_period(2026, 4), 12, 3.3)
    second = PeriodSide(quarter_period(2026, 3), 12, 2.5)
    row = NetworkComparison(
        "n", "LinkedIn", "#000", NetworkNumbers(posts=8), NetworkNumbers(posts=4)
    )
    said = sentences(first, second, [row])
    assert (
        said[0]
        == "In 2026-Q4 you posted twice as often on LinkedIn as in 2026-Q3 (8 posts against 4)."
    )
    assert domain(said[0]) == (
        "In 2026-Q4 hast du auf LinkedIn doppelt so oft gepostet wie in 2026-Q3 "
        "(8 Beiträge gegenüber 4)."
    )
    assert (
        domain(said[-1]) == "Check-ins gab es in 2026-Q4 für 12 Wochen, in 2026-Q3 für 12 Wochen."
    )
    assert domain(said[-2]) == (
        "Deine Arbeitslast lag in 2026-Q4 im Schnitt bei 3,3 von 5, in 2026-Q3 bei 2,5."
    )
    _week, note = same_week(IsoWeek(2026, 53), 1)
    assert (
        domain(note) == "2025 hatte keine Woche 53, darum steht hier seine letzte Woche, 2025-W52."
    )
    assert week_label(IsoWeek(2026, 44).label()) == "2026-W44 (26 Okt. – 1 Nov.)"


def test_in_german_the_menus_pages_history_and_compare_speak_german(qtbot, translators, start):
    translators.install("de")
    session, _ = start()
    window = session.window
    qtbot.waitUntil(lambda: bool(window.pages["this_week"].week_label.text()))
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Woche", "&Bearbeiten", "&Gehe zu", "&Hilfe"]
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Diese Woche",
        "Verläufe",
        "Ziele",
        "Netzwerke",
        "Chronik",
    ]
    assert window.pages["this_week"].checkin_button.text() == "Check-in machen…"
    window.show_page("history")
    page = window.pages["history"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Woche", "Arbeitslast (1–5)", "Energie (1–5)"]
    dialog = page.open_compare()
    with qtbot.waitSignal(dialog.compared, timeout=5000):
        pass
    assert "Check-ins gab es in" in dialog.words.text()
    assert dialog.windowTitle() == "Zeiträume vergleichen"
    dialog.close()


def test_storage_and_disk_errors_read_in_german_and_stay_english_underneath(
    qtbot, translators, tmp_path
):
    """What the exception hook shows for a full disk or a damaged file, in the user's language."""
    from reflect.errors import DatabaseDamaged, DiskProblem
    from ui.exception_hook import explain

    full = DiskProblem("full", "database or disk is full")
    assert str(full).startswith("The disk is full, so this could not be written.")
    translators.install("de")
    wrapped = RuntimeError("cannot rollback - no transaction is active")
    wrapped.__context__ = full  # how peewee hands over SQLite's real reason
    assert explain(wrapped) == (
        "Der Datenträger ist voll, deshalb ließ sich das nicht schreiben. Alles bisher "
        "Gespeicherte ist noch da; schaffe etwas Platz und versuche es noch einmal. "
        "(database or disk is full)"
    )
    damaged = DatabaseDamaged(str(tmp_path / "reflect.sqlite3"), "file is not a database")
    assert explain(damaged).endswith(
        "ist beschädigt (file is not a database). Die Datei blieb unberührt."
    )


def test_the_import_report_dialog_speaks_german_with_german_numbers(qtbot, translators):
    from reflect.importers.report import Counted, ImportReport
    from ui.importing.import_report_dialog import ImportReportDialog

    counted = (
        Counted("LinkedIn", "posts", 1234, 1234, IsoWeek(2026, 8), IsoWeek(2026, 10)),
        Counted("LinkedIn", "reactions", 5, 2, IsoWeek(2026, 9), IsoWeek(2026, 9)),
    )
    report = ImportReport(
        "linkedin", "LinkedIn", "export.zip", (), ("LinkedIn",), counted, 3, (), None, None
    )
    assert report.headline() == "Imported export.zip into LinkedIn."  # English underneath
    assert counted[0].sentence() == "1,234 posts counted, from 2026-W08 to 2026-W10."

    translators.install("de")
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Importiert in LinkedIn"
    assert dialog.headline.text() == "export.zip in LinkedIn importiert."
    assert dialog.rows()[1:] == [
        ["Beiträge", "1.234", "Von 2026-W08 bis 2026-W10", "–"],
        ["Reaktionen", "2", "In 2026-W09", "3"],
    ]
    from ui.text import domain

    assert domain(counted[0].sentence()) == "1.234 Beiträge gezählt, von 2026-W08 bis 2026-W10."
    assert domain(counted[1].sentence()) == (
        "5 Reaktionen, in 2026-W09: 2 neu gezählt, der Rest war schon früher importiert."
    )


def test_a_report_in_german_has_german_words_and_numbers_and_english_stays(translators):
    from datetime import date

    from reflect.report import GoalOutcome, Report, WeekWords, Words
    from reflect.report_period import Period
    from reflect.report_render import render_markdown
    from reflect.trends import EbbFlow, TrendQuery
    from ui.report.report_writer import words

    period = Period(2026, "quarter", 3)
    weeks = tuple(period.weeks())
    goal = GoalOutcome("Write more", "Blog", "at least 2 posts a week", 4, 2, 0, 1, 0)
    said = WeekWords(weeks[0], (Words("Note on Blog", "Ich schrieb: 3.5 hours, my own words"),))
    report = Report(
        period,
        weeks,
        date(2026, 10, 2),
        False,
        weeks[:2],
        2.5,
        None,
        (("deadline", 2),),
        (),
        (goal,),
        (),
        (said,),
        (),
        TrendQuery(weeks[0], weeks[-1]),
        EbbFlow("actions", (), ()),
        (),
    )
    english = render_markdown(report, {})
    assert english.startswith("# Reflect review: 2026-Q3 (July to September 2026)\n")
    assert "Made on 2 October 2026." in english
    assert "- Average workload 2.5 (comfortable), average energy —." in english
    assert (
        "| Write more | Blog | at least 2 posts a week | met in 4 of 6 weeks, partly in 2; "
        "paused for 1 week |" in english
    )

    translators.install("de")
    german = render_markdown(report, {}, words)
    assert german.startswith("# Reflect-Rückblick: 2026-Q3 (Juli bis September 2026)\n")
    assert "## Auf einen Blick" in german and "## Ziele" in german
    assert "Erstellt am 2. Oktober 2026." in german
    assert "- Arbeitslast im Schnitt 2,5 (angenehm), Energie im Schnitt —." in german
    assert "erreicht in 4 von 6 Wochen, teilweise in 2; pausiert für 1 Woche" in german
    assert "### 2026-W27 (29. Juni – 5. Juli)" in german
    assert "> Ich schrieb: 3.5 hours, my own words" in german  # the user's words as written


def test_a_removed_networks_goals_and_experiments_say_so_in_german(translators, db):
    from datetime import UTC, datetime

    from reflect import experiments, goals, models, networks
    from reflect.experiments import Experiment
    from reflect.goal_overview import goals_overview
    from ui.models.experiment_table_model import ExperimentTableModel
    from ui.models.goal_table_model import GoalTableModel

    week = IsoWeek(2026, 47)
    gone = networks.add_preset("mastodon")
    goals.save_goal(
        GoalDraft("Talk more", "count", week - 2, gone.id, None, "posts", "at_least", 1)
    )
    experiments.save_experiment(Experiment("Ask a question", week - 1, network_id=gone.id))
    experiments.save_experiment(Experiment("Everywhere at once", week - 1))
    # a goal outliving its network: what an old restore or a bug could leave behind
    now = datetime.now(UTC)
    models.Network.update(deleted_at=now).where(models.Network.id == gone.id).execute()
    overview = goals_overview(week)
    assert overview.goals[0].network_name == "(removed network)"  # English underneath

    translators.install("de")
    goal_model = GoalTableModel()
    goal_model.set_rows(overview.goals)
    assert goal_model.index(0, 0).data().startswith("(entferntes Netzwerk) · 1 ")
    experiment_model = ExperimentTableModel()
    experiment_model.set_rows(overview.experiments)
    shown = {
        experiment_model.index(r, 0).data(): experiment_model.index(r, 1).data() for r in (0, 1)
    }
    assert shown == {
        "Ask a question": "(entferntes Netzwerk)",
        "Everywhere at once": "Alle Netzwerke",
    }


def test_in_german_history_fits_1024_px_without_cutting_a_title(qtbot, translators, start):
    from reflect import demo
    from tests.ui.helpers import show
    from tests.ui.test_history_layout import assert_reflection_readable

    translators.install("de")
    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    window.resize(1024, 768)
    window.show()
    page = show(qtbot, window, "history")
    assert page.view.reflection_below()
    assert page.view.horizontalScrollBar().maximum() == 0
    header = page.view.horizontalHeader()
    titles = {
        page.model.headerData(c, Qt.Orientation.Horizontal): header.sectionSize(c)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    }
    assert "Ziele erreicht" in titles
    for title, width in titles.items():
        assert width >= header.fontMetrics().horizontalAdvance(title) + 20, title
    assert_reflection_readable(page, 0)
    # the search filters wrap rather than squeeze: every choice reads in full
    bar = page.search_bar
    for box in (bar.network, bar.context, bar.period, bar.lowest, bar.highest):
        assert box.isVisible() and box.width() >= box.sizeHint().width(), box.accessibleName()
    assert bar.network.currentText() == "Alle Netzwerke"
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "history-de-1024.png"))


def test_the_goal_heatmap_names_all_and_removed_networks_in_german(qtbot, translators, db):
    from datetime import UTC, datetime

    from reflect import goals, models, networks, trend_history
    from reflect.trends import TrendQuery, goal_heatmap
    from ui.charts.goal_heatmap_chart import GoalHeatmapChart
    from ui.charts.trend_chart import week_centre

    week = IsoWeek.current()
    gone = networks.add_preset("mastodon")
    goals.save_goal(
        GoalDraft("Talk more", "count", week - 3, gone.id, None, "posts", "at_least", 1)
    )
    goals.save_goal(GoalDraft("Evenings off", "free", week - 3))
    models.Network.update(deleted_at=datetime.now(UTC)).where(
        models.Network.id == gone.id
    ).execute()
    heatmap = goal_heatmap(trend_history.load_history(week), TrendQuery(week - 3, week))
    assert [line.network_name for line in heatmap.lines] == ["(removed network)", "All networks"]

    translators.install("de")
    chart = GoalHeatmapChart()
    qtbot.addWidget(chart)
    chart.show_weeks(heatmap)
    tips = [chart.hover_text(QPointF(week_centre(week - 3), row + 0.5)) for row in (0, 1)]
    assert "(entferntes Netzwerk)" in tips[0] and "(Alle Netzwerke)" in tips[1]
