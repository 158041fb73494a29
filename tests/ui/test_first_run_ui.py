"""The welcome on a first start: choose networks, keep or change a starter goal, land on
This week; skipped once, never again."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from reflect import goals, networks
from tests.ui.helpers import show


def wizard_of(qtbot, session):
    session.desktop.start(theme=False, tray=False)
    qtbot.waitUntil(lambda: session.desktop.first_run.wizard is not None, timeout=5000)
    return session.desktop.first_run.wizard


def test_the_welcome_saves_networks_and_goals_and_lands_on_this_week(qtbot, start):
    session, _ = start(data=False)
    session.window.show_page("history")
    wizard = wizard_of(qtbot, session)
    wizard.next()
    page = wizard.networks
    assert not page.isComplete()  # at least one network
    boxes = {box.text(): box for box, _draft in page.boxes}
    boxes["LinkedIn"].setChecked(True)
    boxes["Mastodon"].setChecked(True)
    page.own_name.setText("Book club forum")
    page.add_own.click()
    assert page.isComplete()
    wizard.next()
    rows = {row.draft.name: row for row in wizard.goals.rows}
    assert list(rows) == ["LinkedIn", "Mastodon", "Book club forum"]
    rows["LinkedIn"].target.setValue(2)
    rows["Mastodon"].keep.setChecked(False)
    rows["Book club forum"].purpose.setText("Talking about books.")
    with qtbot.waitSignal(session.desktop.first_run.set_up_done, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert session.window.current_page_key() == "this_week"
    done = []
    session.runner.run_op(lambda: (networks.networks(), goals.goals()), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    made_networks, made_goals = done[0]
    assert [n.name for n in made_networks] == ["LinkedIn", "Mastodon", "Book club forum"]
    assert made_networks[2].purpose == "Talking about books."
    assert sorted((g.title, g.versions[-1].target) for g in made_goals) == [
        ("Share one thing I learned", 2.0),
        ("Take part on purpose", None),
    ]
    assert session.settings.first_run_done()
    page = show(qtbot, session.window, "this_week")
    assert "Share one thing I learned" in page.goals.text()


def test_a_goal_without_a_title_keeps_the_wizard_open_with_the_problem(qtbot, start):
    session, _ = start(data=False)
    wizard = wizard_of(qtbot, session)
    wizard.next()
    wizard.networks.boxes[0][0].setChecked(True)
    wizard.next()
    row = wizard.goals.rows[0]
    row.title.setText("  ")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentPage() is wizard.goals
    assert wizard.goals.problems.text() == "X: Give the goal a short title."
    row.title.setText("Less X")
    with qtbot.waitSignal(session.desktop.first_run.set_up_done, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def test_skip_is_remembered(qtbot, start):
    session, _ = start(data=False)
    wizard = wizard_of(qtbot, session)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert session.settings.first_run_done()
    session.desktop.first_run.offer()
    assert session.desktop.first_run.wizard is None


def test_a_profile_with_networks_is_never_welcomed(qtbot, start):
    session, _ = start(data=True)
    session.desktop.first_run.offer()
    qtbot.waitUntil(session.settings.first_run_done, timeout=5000)
    assert session.desktop.first_run.wizard is None


def test_demo_data_is_offered_on_a_profile_of_its_own(qtbot, start):
    session, _ = start(data=False)
    flow = session.desktop.first_run
    flow.demo_requested.disconnect()  # the test does not start a second app
    wizard = wizard_of(qtbot, session)
    wizard.welcome.demo.setChecked(True)
    with qtbot.waitSignal(flow.demo_requested, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not session.settings.first_run_done()  # the welcome comes back next time
