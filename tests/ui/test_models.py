"""Every table model passes Qt's model tester, empty and with rows."""

from __future__ import annotations

import pytest

from reflect import overview
from reflect.history import history_weeks
from reflect.weeks import IsoWeek
from tests.ui.helpers import fill
from ui.models.goal_table_model import GoalTableModel
from ui.models.history_table_model import HistoryTableModel
from ui.models.network_table_model import NetworkTableModel

LOADERS = {
    GoalTableModel: lambda week: overview.goal_rows(week),
    HistoryTableModel: lambda week: history_weeks(week),
    NetworkTableModel: lambda week: overview.network_rows(),
}


@pytest.mark.parametrize("model_class", list(LOADERS), ids=lambda c: c.__name__)
def test_model(qapp, qtmodeltester, db, model_class):
    week = IsoWeek.current()
    model = model_class()
    qtmodeltester.check(model)
    fill(week)
    rows = LOADERS[model_class](week)
    model.set_rows(rows)
    assert model.rowCount() >= len(rows) > 0
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
