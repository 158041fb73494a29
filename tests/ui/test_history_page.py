"""History through the real window: weeks with gaps, search typed into the field, filters,
the compare dialog, and the year-ago card on This week."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reflect import checkins
from reflect.checkins import Answer, CheckIn, Entry
from reflect.compare import preset
from reflect.search import SearchHit
from tests.ui.checkin_helpers import on_worker
from tests.ui.helpers import plain, show
from ui.history.compare_dialog import CompareTableModel
from ui.history.search_results_model import HTML_ROLE, SearchResultsModel


def add_notes(qtbot, session, data):
    """Notes on top of the shared data: "garden" three times in week − 2, once in week − 3
    (where the workload was 5), and in the LinkedIn note of week − 1."""
    week = data.week

    def write():
        for offset, network, note, workload in (
            (2, data.linkedin, "Garden, garden and more garden <3", 2),
            (3, data.linkedin, "One garden photo & a tip", 5),
        ):
            old = checkins.checkin_for_week(week - offset)
            entries = tuple(e for e in old.entries if e.network_id != network.id)
            checkins.record_checkin(
                CheckIn(
                    old.week,
                    workload,
                    entries=(Entry(network.id, posts=1, note=note), *entries),
                    id=old.id,
                )
            )

    on_worker(qtbot, session.runner, write)


def search_for(qtbot, page, text: str) -> list[SearchHit]:
    """Type like a person, then wait for the (debounced) results to be shown."""
    page.search_bar.field.clear()
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        if text.isascii():
            qtbot.keyClicks(page.search_bar.field, text)
        else:  # QTest cannot type characters beyond the BMP: paste them
            page.search_bar.field.setText(text)
    return [page.results.hit_at(row) for row in range(page.results.rowCount())]


def test_typing_a_search_shows_ranked_highlighted_hits(qtbot, window_on):
    session, data = window_on
    add_notes(qtbot, session, data)
    page = show(qtbot, session.window, "history")
    hits = search_for(qtbot, page, "garden")
    assert page.searching()
    assert [str(h.week) for h in hits] == [str(data.week - 2), str(data.week - 3)]
    assert (
        page.results.index(0)
        .data(HTML_ROLE)
        .endswith("<b>Garden</b>, <b>garden</b> and more <b>garden</b> &lt;3")
    )
    assert page.status.text() == "2 passages found for “garden”, best first."

    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search_bar.lowest.setValue(4)  # heavy weeks only
    assert [str(page.results.hit_at(r).week) for r in range(page.results.rowCount())] == [
        str(data.week - 3)
    ]
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search_bar.field.clear()
    assert not page.searching() and page.view.isVisible()


def test_filters_by_network_and_context(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "history")
    hits = search_for(qtbot, page, "migration")
    assert [(h.kind, str(h.week)) for h in hits] == [("answer", str(data.week - 1))]
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search_bar.context.setCurrentIndex(page.search_bar.context.findData("travel"))
    assert page.results.rowCount() == 1
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search_bar.context.setCurrentIndex(page.search_bar.context.findData("holiday"))
    assert page.results.rowCount() == 0
    assert page.status.text() == "Nothing you wrote matches “migration” with these filters."
    network = page.search_bar.network
    assert [network.itemText(i) for i in range(network.count())] == [
        "All networks",
        "LinkedIn",
        "Mastodon",
        "Blog",
    ]


@pytest.mark.parametrize("text", ['"migration', "NEAR(migration", "migration AND -:^*", "🌱"])
def test_symbols_and_operators_never_make_an_error(qtbot, window_on, text):
    session, _ = window_on
    page = show(qtbot, session.window, "history")
    errors = []
    session.hook.error_shown.connect(errors.append)
    hits = search_for(qtbot, page, text)
    assert errors == []
    assert len(hits) == (1 if text.startswith('"') else 0)


def test_a_stale_search_result_is_dropped(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "history")
    page.search_bar.field.setText("migration")
    first = page.search_bar.query()
    page.search_bar.field.setText("zebra")  # nothing has this
    page.search_bar.timer.stop()
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page._on_search_bar_search_changed(first)
        page._on_search_bar_search_changed(page.search_bar.query())
    assert page.results.rowCount() == 0  # the "migration" hits came first and were dropped


def test_enter_on_a_gap_opens_the_checkin_for_that_week(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "history")
    session.window.show()
    assert page.model.index(3, 5).data() == "No check-in — write it now"
    page.view.setCurrentIndex(page.model.index(3, 0))
    page.view.setFocus()
    with qtbot.waitSignal(session.window.checkin.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args[0].form.week == data.week - 4
    opened.args[0].reject()


def test_one_click_on_write_it_now_opens_the_checkin(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "history")
    session.window.show()
    rect = page.view.visualRect(page.model.index(3, 5))
    with qtbot.waitSignal(page.checkin_requested, timeout=5000) as requested:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested.args[0] == data.week - 4


def test_history_rows_show_roles_goals_and_bars(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "history")
    assert page.model.index(0, 6).data() == "Mastodon commenter"
    assert page.model.index(0, 4).data(Qt.ItemDataRole.UserRole + 1) == (
        ("LinkedIn", "#0072b2", 19),
        ("Mastodon", "#8a63d2", 7),
        ("Blog", data.blog.colour, 1),
    )
    assert (
        page.model.index(0, 4)
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .startswith("LinkedIn: 2 posts, 5 comments, 12 reactions, 45 min")
    )
    # week − 1: LinkedIn 2 posts of at least 2 (met); Mastodon minutes not given (no data)
    assert page.model.index(0, 7).data() == "1 of 1"


def test_compare_dialog_shows_the_numbers_and_words(qtbot, window_on):
    session, data = window_on
    page = show(qtbot, session.window, "history")
    dialog = page.open_compare()  # what the "Compare periods…" button (Alt+C) does
    with qtbot.waitSignal(dialog.compared, timeout=5000) as compared:
        dialog.choice.setCurrentIndex(dialog.choice.findData("custom"))
        dialog.first_from.set_week(data.week - 2)
        dialog.first_to.set_week(data.week - 1)
        dialog.second_from.set_week(data.week - 5)
        dialog.second_to.set_week(data.week - 3)
    result = compared.args[0]
    # weeks −2..−1 (2 check-ins): Mastodon 4 comments; weeks −5..−3 (2): Mastodon 6 comments
    mastodon = next(r for r in result.networks if r.name == "Mastodon")
    assert (mastodon.first.comments, mastodon.second.comments) == (4, 6)
    row = [
        r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "Mastodon"
    ]
    # cells read in time, the earlier period first, whichever was chosen first
    assert dialog.model.index(row[0], 2).data() == "6 → 4"
    assert dialog.order_note.text() == (
        f"In the table, each cell reads {data.week - 5} – {data.week - 3} → "
        f"{data.week - 2} – {data.week - 1}."
    )
    assert "(4 comments against 6)" in dialog.words.text()
    assert dialog.words.text().splitlines()[-1] == (
        f"You checked in 2 weeks in {data.week - 2} – {data.week - 1} and 2 weeks in "
        f"{data.week - 5} – {data.week - 3}."
    )
    dialog.close()


def test_this_week_shows_a_year_ago_and_side_by_side(qtbot, start, this_week):
    session, data = start()
    then = this_week - 52 if (this_week - 52).week == this_week.week else this_week - 53

    def write():
        checkins.record_checkin(
            CheckIn(
                then,
                2,
                entries=(Entry(data.mastodon.id, comments=9),),
                answers=(Answer("What got traction?", "A <long> thread\nand more"),),
            )
        )

    on_worker(qtbot, session.runner, write)
    page = session.window.pages["this_week"]
    with qtbot.waitSignal(page.year_ago.loaded, timeout=5000):
        page.refresh()
    assert not page.year_ago.isHidden()
    assert page.year_ago.title.text() == "A year ago"
    text = plain(page.year_ago.text)
    assert text.startswith(f"A year ago · {then.label()}\nWorkload comfortable (2 of 5)\n")
    assert "“A <long> thread”" in text
    dialog = page.year_ago.open_side_by_side()
    with qtbot.waitSignal(dialog.shown, timeout=5000) as shown:
        pass
    both = shown.args[0]
    assert both.then.summary.activity[0].comments == 9
    assert "A &lt;long&gt; thread<br>and more" in dialog.columns[1].text()
    dialog.close()


def test_new_models_pass_the_model_tester(qapp, qtmodeltester, db):
    from datetime import date

    from reflect import compare
    from reflect.demo import fill_demo_data
    from reflect.search import SearchQuery, search

    results = SearchResultsModel()
    qtmodeltester.check(results)
    fill_demo_data(date(2026, 11, 22))
    results.set_hits(search(SearchQuery("the")))
    assert results.rowCount() > 0
    qtmodeltester.check(results)
    table = CompareTableModel()
    qtmodeltester.check(table)
    from reflect.weeks import IsoWeek

    table.set_comparison(compare.compare(*preset("quarter", IsoWeek(2026, 47))))
    assert table.rowCount() > 0
    qtmodeltester.check(table)
