"""Start-up builds only the page on show; another page is built, and loads, when the user
goes to it, and a built page follows changes to the data."""

from __future__ import annotations

from reflect import checkins
from tests.ui.helpers import model_texts, show


def test_only_the_page_on_show_is_built_until_the_user_goes_to_another(qtbot, window_on):
    session, data = window_on
    window = session.window
    assert window.current_page_key() == "this_week"
    assert [window.pages.is_built(k) for k in window.pages] == [True, False, False, False, False]

    history = show(qtbot, window, "history")
    assert window.stack.currentWidget() is history
    assert window.pages.is_built("history") and not window.pages.is_built("trends")
    assert history.model.rowCount() == 5  # four check-ins and the quiet week among them
    # a check-in saved elsewhere: the built pages load again, the others wait
    session.runner.run(
        lambda: checkins.record_checkin(checkins.CheckIn(data.week - 8, workload=2))
    ).result(timeout=10)
    with qtbot.waitSignal(history.data_loaded, timeout=5000):
        window._on_activity_imported(None)
    assert history.model.rowCount() == 8  # history now reaches back to week - 8
    assert not window.pages.is_built("goals")

    goals = show(qtbot, window, "goals")
    assert window.stack.currentWidget() is goals and window.sidebar.currentRow() == 2
    assert "Promote others' work" in model_texts(goals.model, 0)
