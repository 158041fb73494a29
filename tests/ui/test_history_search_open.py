"""A search hit on History opens where its text lives: a goal in its editor, an experiment
in its dialog, a charter answer in its network's charter (demo data, the real window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reflect import demo
from tests.ui.dialog_driver import drive
from tests.ui.helpers import show
from tests.ui.test_history_page import search_for
from ui.goals.experiment_dialog import ExperimentDialog
from ui.goals.goal_dialog import GoalDialog
from ui.networks.network_dialog import NetworkDialog


def open_hit(qtbot, session, words: str, kind: str, dialog_kind, look):
    """Search ``words`` on History, move to the first hit of ``kind`` and press Enter; the
    dialog that opens is handed to ``look``. Returns the page shown afterwards."""
    window = session.window
    window.show()
    page = show(qtbot, window, "history")
    hits = search_for(qtbot, page, words)
    row = next(i for i, hit in enumerate(hits) if hit.kind == kind)
    page.results_view.setCurrentIndex(page.results.index(row))
    page.results_view.setFocus()
    seen = []

    def answer(dialog) -> None:
        seen.append(look(dialog))
        dialog.reject()

    driver = drive((dialog_kind, answer))
    qtbot.keyClick(page.results_view, Qt.Key.Key_Return)
    qtbot.waitUntil(driver.done, timeout=10000)
    assert not driver.missing, driver.missing
    return seen, hits[row]


@pytest.fixture
def demo_window(start):
    session, _ = start(data=False)
    demo.fill_demo_data()
    return session


def test_a_goal_hit_opens_the_goal_editor(qtbot, demo_window):
    seen, hit = open_hit(
        qtbot, demo_window, "switch off", "goal", GoalDialog, lambda d: d.title.text()
    )
    assert seen == ["Switch off by nine on weekday evenings"]
    window = demo_window.window
    assert window.current_page_key() == "goals"
    assert window.pages["goals"].selected_goal().goal_id == hit.source_id


def test_an_experiment_hit_opens_the_experiment(qtbot, demo_window):
    seen, hit = open_hit(
        qtbot,
        demo_window,
        "reply before posting",
        "experiment",
        ExperimentDialog,
        lambda d: d.title.text(),
    )
    assert seen == ["Reply before posting for four weeks"]
    page = demo_window.window.pages["goals"]
    assert demo_window.window.current_page_key() == "goals"
    assert page.selected_experiment().id == hit.source_id


def test_a_charter_hit_opens_the_networks_charter(qtbot, demo_window):
    def look(dialog: NetworkDialog):
        answers = [b.answer.toPlainText() for b in dialog.charter.blocks]
        return dialog.name.text(), dialog.tabs.currentWidget() is dialog.charter, answers

    seen, hit = open_hit(qtbot, demo_window, "recruiters", "charter", NetworkDialog, look)
    name, on_charter, answers = seen[0]
    assert (name, on_charter) == ("LinkedIn", True)
    assert hit.network_name == "LinkedIn"
    assert any(a.startswith("Recruiters who send the same message") for a in answers)
    assert demo_window.window.current_page_key() == "networks"
