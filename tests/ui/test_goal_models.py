"""The Goals page's table models pass Qt's model tester, filtered and not."""

from __future__ import annotations

from reflect import experiments, goal_overview, goals
from reflect.experiments import Experiment
from reflect.weeks import IsoWeek
from tests.ui.helpers import fill, model_texts
from ui.goals.goal_strip import STRIP_ROLE
from ui.models.experiment_table_model import ExperimentTableModel
from ui.models.goal_table_model import STRIP_COLUMN, GoalTableModel


def test_goal_model_filters_by_status_and_keeps_groups_whole(qapp, qtmodeltester, db):
    week = IsoWeek.current()
    data = fill(week)
    goals.set_status(goals.goals()[0].id, "retired", week)
    model = GoalTableModel()
    model.set_rows(goal_overview.goal_rows(week))
    qtmodeltester.check(model)
    assert model.counts() == {"active": 2, "paused": 1, "achieved": 0, "retired": 1}
    assert model_texts(model, 0) == [
        "All networks · 1 goal",
        "Promote others' work",
        "Mastodon · 1 goal",
        "Less scrolling",
        "Blog · 1 goal",
        "Write, don't just read",
    ]
    model.set_statuses(["retired"])
    qtmodeltester.check(model)
    assert model_texts(model, 0) == ["LinkedIn · 1 goal", "Share what I learn"]
    assert len(model.index(1, STRIP_COLUMN).data(STRIP_ROLE)) == 12
    assert model.index(0, STRIP_COLUMN).data(STRIP_ROLE) is None  # a group row has no strip
    model.set_statuses([])
    assert model.rowCount() == 0 and model.row_of(data.linkedin.id) is None


def test_experiment_model(qapp, qtmodeltester, db):
    week = IsoWeek.current()
    model = ExperimentTableModel()
    qtmodeltester.check(model)
    experiments.save_experiment(Experiment("Reply first", week - 6, 4, expectation="More."))
    experiments.save_experiment(Experiment("Ask", week, 2))
    model.set_rows(goal_overview.goals_overview(week).experiments)
    qtmodeltester.check(model)
    assert model_texts(model, 0) == ["Ask", "Reply first"]
    assert model_texts(model, 4) == ["—", "Ended: what happened?"]
    assert model.index(1, 2).data() == f"Ended {week - 3}\n{week - 6} – {week - 3}"
    assert model.index(0, 1).data() == "All networks"
