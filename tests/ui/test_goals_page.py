"""The Goals page the whole way: the real window, the real dialogs (opened with ``exec`` and
answered like a person would), the real database behind the task runner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflect import experiments, goals
from reflect.experiments import Experiment
from tests.ui.dialog_driver import drive, save
from tests.ui.helpers import model_texts, show
from ui.goals.experiment_dialog import ExperimentDialog
from ui.goals.goal_dialog import GoalDialog
from ui.goals.goal_strip import STRIP_ROLE
from ui.goals.pause_dialog import PauseDialog
from ui.models.goal_table_model import STRIP_COLUMN


def on_worker(qtbot, session, task):
    """Run a service on the worker (where the database work goes) and return its result."""
    future = session.runner.run(task)
    qtbot.waitUntil(future.done)
    return future.result()


def act(qtbot, page, button, *steps, signal=None):
    """Click ``button``, answer the dialogs in ``steps``, and wait for the page to reload."""
    driver = drive(*steps)
    with qtbot.waitSignal(page.data_loaded, timeout=8000):
        button.click()
    qtbot.waitUntil(driver.done)
    assert not driver.missing, driver.missing


def select(page, title: str) -> None:
    page.view.selectRow(next(i for i, t in enumerate(model_texts(page.model, 0)) if t == title))


def row(page, title: str):
    return next(r for r in page.model.goals() if r.title == title)


def test_adding_a_goal_through_the_dialog_saves_it_and_lists_it(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "goals")

    def fill(dialog: GoalDialog) -> None:
        dialog.title.setText("At most an hour on LinkedIn")
        dialog.network.setCurrentIndex(dialog.network.findText("LinkedIn"))
        dialog.direction.setCurrentIndex(dialog.direction.findData("at_most"))
        dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("minutes"))
        dialog.count_target.setText("60")
        dialog.start.set_week(data.week - 2)
        save(dialog)

    with qtbot.waitSignal(page.goal_saved) as saved:
        act(qtbot, page, page.add_goal, (GoalDialog, fill))
    stored = on_worker(qtbot, session, lambda: goals.get_goal(saved.args[0].id))
    assert (stored.network_id, stored.versions[0].metric, stored.versions[0].target) == (
        data.linkedin.id,
        "minutes",
        60,
    )
    added = row(page, "At most an hour on LinkedIn")
    assert added.description == (f"At most 60 minutes a week on LinkedIn, from {data.week - 2}")
    # No minutes given two weeks ago is not known, not 0; 45 last week; this week not yet.
    assert [(s.state, s.value) for s in added.strip[-3:]] == [
        ("no data", None),
        ("met", 45),
        ("no data", None),
    ]
    assert page.message.text() == "Added “At most an hour on LinkedIn”."
    assert page.selected_goal().title == "At most an hour on LinkedIn"


def test_a_raised_target_judges_earlier_weeks_by_the_old_one(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "goals")
    select(page, "Share what I learn")

    def raise_to_3(dialog: GoalDialog) -> None:
        assert dialog.count_target.text() == "2"
        dialog.count_target.setText("3")
        dialog.effective.set_week(data.week - 1)
        save(dialog)

    act(qtbot, page, page.edit_goal, (GoalDialog, raise_to_3))
    shared = row(page, "Share what I learn")
    details = [(s.week, s.state, s.detail) for s in shared.strip[-3:]]
    assert details == [
        (data.week - 2, "partly", "1 of 2 posts"),  # judged against 2, as then
        (data.week - 1, "partly", "2 of 3 posts"),  # 3 from here on
        (data.week, "no data", ""),
    ]
    assert shared.description.startswith("At least 3 posts a week on LinkedIn")


def test_pause_until_a_week_then_resume_and_nothing_counts_against_it(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "goals")
    select(page, "Share what I learn")
    assert page.pause.isEnabled() and not page.resume.isEnabled()

    def pause_two_weeks(dialog: PauseDialog) -> None:
        dialog.first.set_week(data.week - 3)
        dialog.until.setChecked(True)
        dialog.last.set_week(data.week + 1)
        save(dialog)

    act(qtbot, page, page.pause, (PauseDialog, pause_two_weeks))
    paused = row(page, "Share what I learn")
    assert [s.state for s in paused.strip[-4:]] == ["paused"] * 4
    assert paused.status == "paused" and paused.status_note == f"Resumes {data.week + 2}"
    assert page.model.index(page.model.row_of(paused.goal_id), 3).data() == (
        f"Paused\nResumes {data.week + 2}"
    )
    assert page.resume.isEnabled() and page.resume.text() == "Resume"
    with qtbot.waitSignal(page.data_loaded):
        page.resume.click()
    resumed = row(page, "Share what I learn")
    assert resumed.status == "active"
    assert [s.state for s in resumed.strip[-4:]] == ["paused", "paused", "paused", "no data"]


def test_achieved_and_retired_goals_keep_their_history_under_their_filter(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "goals")
    select(page, "Share what I learn")
    before = row(page, "Share what I learn").strip[:-1]
    with qtbot.waitSignal(page.data_loaded):
        page.achieved.click()
    assert "Share what I learn" not in model_texts(page.model, 0)
    assert page.message.text().endswith("Its history stays (shown under Achieved).")
    assert page.filters["achieved"].text() == "Achieved (1)"
    page.filters["achieved"].click()
    achieved = row(page, "Share what I learn")
    assert achieved.status == "achieved" and achieved.strip[:-1] == before
    assert page.selected_goal().title == "Share what I learn"
    assert page.resume.text() == "Make active" and not page.pause.isEnabled()
    select(page, "Less scrolling")
    with qtbot.waitSignal(page.data_loaded):
        page.retire.click()
    assert page.filters["retired"].text() == "Retired (1)"
    statuses = on_worker(qtbot, session, lambda: {g.title: g.status for g in goals.goals()})
    assert statuses["Less scrolling"] == "retired" and statuses["Share what I learn"] == "achieved"
    for status in ("active", "paused", "achieved"):
        page.filters[status].click()
    assert model_texts(page.model, 0) == []
    assert not page.empty.isHidden()
    assert page.empty.text() == "No goals with the statuses chosen above."


def test_the_strip_is_drawn_with_symbols_and_explained_in_words(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "goals")
    index = page.model.index(
        page.model.row_of(row(page, "Share what I learn").goal_id), STRIP_COLUMN
    )
    states = index.data(STRIP_ROLE)
    assert len(states) == 12
    # weeks −11 … 0: nothing before it began (−8), nor without LinkedIn in the check-in, nor
    # with its posts left empty (−3); then 1 of 2 (−2), 2 of 2 (−1), this week not yet
    assert index.data() == "–" * 9 + "◐●–"
    tooltip = index.data(3).splitlines()
    assert tooltip[:3] == [
        "The last weeks, newest first:",
        f"{data.week}: No data yet",
        f"{data.week - 1}: Met — 2 of 2 posts",
    ]
    assert page.legend.text().startswith("Weeks: ● met  ◐ partly  ○ not this week")
    assert not page.view.grab().isNull()  # the delegate paints without complaint


def test_experiments_are_listed_and_an_ended_one_asks_what_happened(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "goals")
    assert page.reminder.isHidden()

    def plan(dialog: ExperimentDialog) -> None:
        dialog.title.setText("Reply before posting")
        dialog.start.set_week(data.week - 4)
        dialog.weeks.setValue(2)
        dialog.expectation.setPlainText("Fewer posts, more conversations.")
        save(dialog)

    act(qtbot, page, page.add_experiment, (ExperimentDialog, plan))
    assert model_texts(page.experiment_model, 0) == ["Reply before posting"]
    assert page.experiment_model.index(0, 4).data() == "Ended: what happened?"
    assert not page.reminder.isHidden()
    assert page.reminder.text() == (
        f"Your experiment “Reply before posting” ended in {data.week - 3}. "
        "When you have a moment: what happened?"
    )

    def outcome(dialog: ExperimentDialog) -> None:
        assert not dialog.reminder.isHidden() and dialog.title.text() == "Reply before posting"
        dialog.outcome.setPlainText("Twice the replies.")
        save(dialog)

    act(qtbot, page, page.write_outcome, (ExperimentDialog, outcome))
    assert page.reminder.isHidden()
    saved = on_worker(qtbot, session, experiments.experiments)
    assert [(e.status, e.outcome) for e in saved] == [("finished", "Twice the replies.")]
    assert page.experiment_model.index(0, 2).data().startswith("Finished")


def test_a_cancelled_dialog_writes_nothing(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "goals")
    driver = drive((GoalDialog, lambda dialog: dialog.reject()))
    page.add_goal.click()
    qtbot.waitUntil(driver.done)
    assert len(on_worker(qtbot, session, goals.goals)) == 4
    assert page.message.isHidden()


def test_a_running_experiment_can_be_edited(qtbot, window_on):
    session, data = window_on
    on_worker(
        qtbot,
        session,
        lambda: experiments.save_experiment(Experiment("Ask a question a week", data.week, 4)),
    )
    page = show(qtbot, session.window, "goals")
    page.experiment_view.selectRow(0)
    assert page.edit_experiment.isEnabled()

    def longer(dialog: ExperimentDialog) -> None:
        assert dialog.reminder.isHidden()
        dialog.weeks.setValue(6)
        save(dialog)

    act(qtbot, page, page.edit_experiment, (ExperimentDialog, longer))
    assert page.experiment_model.index(0, 2).data() == (
        f"Week 1 of 6\n{data.week} – {data.week + 5}"
    )


def test_enter_on_a_goal_opens_its_editor_and_a_heading_row_opens_nothing(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "goals")
    seen = []

    def look(dialog: GoalDialog) -> None:
        seen.append(dialog.title.text())
        dialog.reject()

    driver = drive((GoalDialog, look))
    select(page, "Less scrolling")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(driver.done)
    assert seen == ["Less scrolling"] and not driver.missing
    driver = drive((GoalDialog, look))  # would close a dialog opened by mistake
    page.view.activated.emit(page.model.index(0, 0))  # "All networks · 1 goal"
    driver.stop()
    assert seen == ["Less scrolling"]


def test_every_status_chip_reads_in_full_at_1024_px(qtbot, start):
    from reflect import demo

    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    window.resize(1024, 768)
    window.show()
    page = show(qtbot, window, "goals")
    chips = page.filters.values()
    # the counts come with the data, after the first frame; then the row is laid out again
    qtbot.waitUntil(
        lambda: all(c.text().endswith(")") and c.width() >= c.sizeHint().width() for c in chips)
    )
    for status, chip in page.filters.items():
        assert chip.isVisible()
        assert chip.text().endswith(")"), chip.text()  # "Active (6)": the count is there
        assert chip.width() >= chip.sizeHint().width(), (status, chip.width(), chip.sizeHint())
        assert chip.width() >= chip.fontMetrics().horizontalAdvance(chip.text())
    for action in (page.add_goal, page.edit_goal, page.retire):
        assert action.width() >= action.sizeHint().width()
