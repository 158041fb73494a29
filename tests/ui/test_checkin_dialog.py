"""The weekly check-in, driven like a user would: open, fill, save, find it everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reflect import checkins, drafts, prompts
from reflect.checkins import Roles
from tests.ui.checkin_helpers import (
    choose,
    on_worker,
    open_checkin,
    press_ctrl_s,
    row_for,
    type_into,
)
from tests.ui.helpers import plain, show


def test_ctrl_k_opens_the_week_that_most_needs_a_checkin(qtbot, window_on):
    session, data = window_on
    window = session.window
    action = window.actions["check_in"]
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action in window.menuBar().actions()[1].menu().actions()  # File, Week, Help
    with qtbot.waitSignal(window.checkin.dialog_opened, timeout=5000) as opened:
        action.trigger()
    dialog = opened.args[0]
    # last week has a check-in, so this week is the one to write
    assert dialog.form.week == data.week and dialog.form.origin == "new"
    assert dialog.week_label.text() == data.week.label()
    assert dialog.origin.text() == "This week · a new check-in"
    dialog.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: window.checkin.dialog is None)


def test_an_empty_profile_is_offered_last_week_from_this_week(qtbot, start, this_week):
    session, _ = start(data=False)
    page = session.window.pages["this_week"]
    qtbot.waitUntil(lambda: not page.gentle_box.isHidden())
    assert page.gentle_button.text() == "Write it now"
    with qtbot.waitSignal(session.window.checkin.dialog_opened, timeout=5000) as opened:
        page.gentle_button.click()
    dialog = opened.args[0]
    assert dialog.form.week == this_week - 1
    assert dialog.origin.text() == "Last week · a new check-in"
    assert dialog.content.networks.empty.text().startswith("No active networks.")
    dialog.reject()
    qtbot.waitUntil(lambda: session.window.checkin.dialog is None)
    with qtbot.waitSignal(session.window.checkin.dialog_opened, timeout=5000) as opened:
        page.checkin_button.click()  # the big button: the week that most needs one
    assert opened.args[0].form.week == this_week - 1


def test_a_week_for_three_networks_is_saved_and_shown_everywhere(qtbot, window_on):
    session, data = window_on
    window, week = session.window, data.week
    dialog = open_checkin(qtbot, window)
    content = dialog.content

    choose(content.week.workload, "4")
    type_into(qtbot, content.week.hours, "42,5")
    choose(content.week.energy, "2")
    next(c for c in content.week.chips if c.text() == "travel").click()
    type_into(qtbot, content.week.own_tags, "conference, ")

    linkedin = row_for(dialog, "LinkedIn")
    for name, text in (("posts", "3"), ("comments", "4"), ("minutes", "50")):
        type_into(qtbot, linkedin.counts[name], text)
    linkedin.feedback.setCurrentText("a lot")
    type_into(qtbot, linkedin.roles.boxes[0], "50")  # the rest goes to reader: 50 / 0 / 50
    type_into(qtbot, linkedin.roles.boxes[1], "30")  # taken from reader: 50 / 30 / 20
    assert [b.value() for b in linkedin.roles.boxes] == [50, 30, 20]
    type_into(qtbot, linkedin.note, "A good thread on migrations")
    assert "Share what I learn: 3 of 2 posts" in plain(linkedin.info)

    mastodon = row_for(dialog, "Mastodon")
    type_into(qtbot, mastodon.counts["comments"], "2")
    mastodon.unused.click()  # a week away: the 2 comments go
    assert mastodon.counts["comments"].text() == "" and not mastodon.counts["posts"].isEnabled()

    blog = row_for(dialog, "Blog")
    type_into(qtbot, blog.counts["posts"], "1")
    type_into(qtbot, blog.counts["reactions"], "2")
    type_into(qtbot, blog.roles.boxes[0], "80")
    blog.feedback.setCurrentText("none")

    choose(content.practices.choices[0], "2")
    choose(content.practices.choices[3], "3")
    choose(content.free_goals.choices[0], "partly")
    first, second, third = content.prompts.boxes[:3]
    type_into(qtbot, first.answer, "Line one of many.")
    qtbot.keyClick(first.answer, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(first.answer, "Line two.")
    second.skip.click()
    type_into(qtbot, third.answer, "Started a chat with Sam.")
    type_into(qtbot, content.prompts.own_question, "What made me laugh?")
    type_into(qtbot, content.prompts.own_answer, "The cat on the call.")
    content.prompts.every_week.click()

    summary = plain(content.summary)
    assert "Workload heavy, travel, conference." in summary
    assert "4 posts and 4 comments, on LinkedIn, Blog." in summary
    assert "Share what I learn" in summary.split("Goals met:")[1]
    assert dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Ready to save")

    page = window.pages["this_week"]
    with qtbot.waitSignals([window.checkin.checkin_saved, page.data_loaded], timeout=5000):
        press_ctrl_s(qtbot, dialog)
    qtbot.waitUntil(lambda: window.checkin.dialog is None)

    saved = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(week))
    assert (saved.workload, saved.energy, saved.hours) == (4, 2, 42.5)
    assert saved.context == ("travel", "conference") and not saved.is_draft
    entries = {e.network_id: e for e in saved.entries}
    li = entries[data.linkedin.id]
    assert (li.posts, li.comments, li.shares, li.reactions, li.minutes) == (3, 4, None, None, 50)
    assert (li.feedback, li.roles, li.note) == (
        "a lot",
        Roles(50, 30, 20),
        "A good thread on migrations",
    )
    assert entries[data.mastodon.id].unused and entries[data.mastodon.id].comments is None
    bl = entries[data.blog.id]
    assert (bl.posts, bl.reactions, bl.feedback, bl.roles) == (1, 2, "none", Roles(80, 0, 20))
    practices = {p.name: p.id for p in form_practices(dialog)}
    assert dict(saved.ratings) == {
        practices["Express vulnerability"]: 2,
        practices["Promote others"]: 3,
    }
    assert [v for _, v in saved.judgements] == ["partly"]
    assert [(a.prompt, a.text) for a in saved.answers] == [
        (first.prompt, "Line one of many.\nLine two."),
        (third.prompt, "Started a chat with Sam."),
        ("What made me laugh?", "The cat on the call."),
    ]
    assert on_worker(qtbot, session.runner, prompts.own_prompts) == ["What made me laugh?"]
    assert on_worker(qtbot, session.runner, drafts.drafts) == []

    assert "Met — 3 of 2 posts" in plain(page.goals)  # This week updated without a restart
    history = show(qtbot, window, "history")
    row = [history.model.index(0, c).data() for c in range(6)]
    assert row[0].startswith(str(week))
    assert row[1:] == [
        "heavy (4)",
        "low (2)",
        "travel, conference",
        "LinkedIn 7 · Mastodon – · Blog 3",
        "Line one of many.",
    ]
    trends = show(qtbot, window, "trends")
    assert trends.summary.text().startswith("12 weeks · 5 with a check-in")


def form_practices(dialog):
    return dialog.form.practices


def test_a_saved_checkin_reopens_and_can_be_edited(qtbot, window_on):
    session, data = window_on
    window, week = session.window, data.week
    dialog = open_checkin(qtbot, window)
    with qtbot.waitSignal(dialog.week_requested):
        dialog.picker.previous.click()  # back to last week, which has a check-in
    qtbot.waitUntil(lambda: dialog.form.week == week - 1)
    assert dialog.origin.text() == "Last week · your saved check-in, to edit"
    content = dialog.content
    assert content.week.workload.value() == 4 and content.week.energy.value() == 3
    assert [c.text() for c in content.week.chips if c.isChecked()] == ["travel", "deadline"]
    linkedin = row_for(dialog, "LinkedIn")
    assert [linkedin.counts[n].text() for n in ("posts", "comments", "reactions", "minutes")] == [
        "2",
        "5",
        "12",
        "45",
    ]
    assert row_for(dialog, "Mastodon").roles.value() == Roles(10, 60, 30)
    assert content.prompts.boxes[-1].answer.toPlainText().startswith("Shared the migration")
    assert not dialog.has_changes()

    type_into(qtbot, linkedin.counts["posts"], "5")
    type_into(qtbot, row_for(dialog, "Blog").note, "Drafted the next one")
    with qtbot.waitSignal(window.checkin.checkin_saved, timeout=5000) as saved:
        dialog.save_button.click()
    assert saved.args[0].week == week - 1
    stored = on_worker(qtbot, session.runner, lambda: checkins.checkin_for_week(week - 1))
    assert stored.id == saved.args[0].id  # the same check-in, edited
    entries = {e.network_id: e for e in stored.entries}
    assert entries[data.linkedin.id].posts == 5 and entries[data.linkedin.id].comments == 5
    assert entries[data.blog.id].note == "Drafted the next one"
    history = show(qtbot, window, "history")
    assert history.model.index(0, 4).data() == "LinkedIn 22 · Mastodon 7 · Blog 1"

    # and from History: a double click reopens a check-in
    index = history.model.index(1, 0)
    with qtbot.waitSignal(window.checkin.dialog_opened, timeout=5000) as opened:
        history.view.doubleClicked.emit(index)
    assert opened.args[0].form.week == week - 2 and opened.args[0].form.origin == "saved"


def test_numbers_start_from_measured_activity_never_from_last_week(qtbot, start, this_week):
    from datetime import datetime, time

    from reflect import activity

    session, data = start()
    day = datetime.combine(this_week.monday(), time(10)).astimezone()
    items = [
        activity.MeasuredItem("p1", "posts", day),
        activity.MeasuredItem("p2", "posts", day),
        activity.MeasuredItem("r1", "reactions", day),
    ]
    on_worker(
        qtbot, session.runner, lambda: activity.record_items(data.linkedin.id, "linkedin", items)
    )
    dialog = open_checkin(qtbot, session.window, this_week)
    linkedin, mastodon = row_for(dialog, "LinkedIn"), row_for(dialog, "Mastodon")
    assert linkedin.counts["posts"].text() == "2" and linkedin.counts["reactions"].text() == "1"
    assert linkedin.counts["comments"].text() == ""
    assert plain(linkedin.info).startswith("Filled in from your LinkedIn export")
    # last week Mastodon had 4 comments: nothing is copied over
    assert [e.text() for e in mastodon.counts.values()] == [""] * 5
    assert mastodon.info.isHidden() or "Filled in" not in plain(mastodon.info)


def test_a_quiet_week_is_called_a_quiet_week(qtbot, window_on):
    session, _ = window_on
    dialog = open_checkin(qtbot, session.window)
    choose(dialog.content.week.workload, "5")
    for row in dialog.content.networks.rows:
        row.unused.click()
    summary = plain(dialog.content.summary)
    assert "A quiet week. Time away is part of using networks on purpose." in summary
    assert not any(word in summary.lower() for word in ("fail", "miss", "streak"))
    assert dialog.save_button.isEnabled()


def test_on_a_wide_screen_the_sections_sit_in_two_columns_and_nothing_is_cut(qtbot, window_on):
    session, _ = window_on
    dialog = open_checkin(qtbot, session.window)
    dialog.resize(1880, 1000)
    content = dialog.content
    qtbot.waitUntil(dialog.is_built)  # the practices' card is built after the first paint
    qtbot.waitUntil(
        lambda: content.cards["practices"].x() > content.cards["networks"].geometry().right()
    )
    choose(content.week.workload, "3")
    type_into(qtbot, row_for(dialog, "LinkedIn").counts["posts"], "2")
    summary = content.summary
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    assert plain(summary).count("\n") >= 2  # three lines, all of them shown
    assert not dialog.scroll.horizontalScrollBar().isVisible()
    assert not dialog.scroll.verticalScrollBar().isVisible()  # everything fits at 1920×1080
