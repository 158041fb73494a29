"""A network and its charter, read for the editor and saved as one transaction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reflect import charters, checkins, network_editor, networks, overview
from reflect.checkins import CheckIn, Entry
from reflect.errors import InvalidNetwork
from reflect.network_editor import NetworkEdit
from reflect.networks import NetworkDraft
from reflect.weeks import IsoWeek


def count(db, table: str) -> int:
    return db.execute_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def test_a_new_network_starts_from_a_preset_with_the_standard_charter(db):
    networks.add_preset("x")
    form = network_editor.network_form(None, networks.PRESETS["linkedin"])
    assert form.draft.name == "LinkedIn" and form.other_names == ("X",)
    assert [e.item.standard_key for e in form.charter] == [
        k for k, _ in charters.STANDARD_QUESTIONS
    ]
    assert all(e.item.question_id == "" and e.history == () for e in form.charter)


def test_network_charter_and_own_questions_are_saved_together(db):
    form = network_editor.network_form(None, networks.PRESETS["mastodon"])
    edit = NetworkEdit(
        replace(form.draft, purpose="Slow conversations."),
        (("follow", "People who write well."), ("block", "")),
        (("Will I post in German?", "Sometimes."), ("Do I boost ads?", "")),
    )
    saved = network_editor.save_network_edit(edit)
    items = charters.charter(saved.id)
    answers = {item.question: item.answer for item in items}
    assert saved.purpose == "Slow conversations."
    assert answers["Whom will I follow?"] == "People who write well."
    assert answers["Whom will I block?"] == ""
    assert [i.question for i in items[-2:]] == ["Will I post in German?", "Do I boost ads?"]
    assert answers["Will I post in German?"] == "Sometimes."
    assert count(db, "charter_answer") == 2  # empty answers write nothing


def test_a_refused_edit_writes_nothing_at_all(db):
    linkedin = networks.add_preset("linkedin")
    before = {t: count(db, t) for t in ("network", "charter_question", "charter_answer")}
    follow = charters.charter(linkedin.id)[0].question_id
    clash = NetworkEdit(
        NetworkDraft("LINKEDIN"), (("follow", "Everyone."),), (("Own question?", "Yes."),)
    )
    with pytest.raises(InvalidNetwork, match="already a network called LINKEDIN"):
        network_editor.save_network_edit(clash)
    gone = NetworkEdit(linkedin.draft(), (("no-such-question", "Text"),))
    with pytest.raises(InvalidNetwork, match="no longer exists"):
        network_editor.save_network_edit(gone)
    assert {t: count(db, t) for t in before} == before
    assert charters.answer_history(follow) == []


def test_every_saved_answer_stays_readable_with_its_date(db):
    linkedin = networks.add_preset("linkedin")
    follow = charters.charter(linkedin.id)[0].question_id
    for text in ("Colleagues.", "Colleagues.", "Colleagues and people I admire."):
        network_editor.save_network_edit(NetworkEdit(linkedin.draft(), ((follow, text),)))
    entry = network_editor.network_form(linkedin.id).charter[0]
    assert entry.key == follow and entry.item.answer == "Colleagues and people I admire."
    assert [v.text for v in entry.history] == ["Colleagues and people I admire.", "Colleagues."]
    assert entry.history[0].saved_at >= entry.history[1].saved_at
    assert entry.history == tuple(charters.answer_history(follow))


def test_names_are_checked_without_the_database_too():
    taken = ("LinkedIn", "X")
    assert [p.code for p in networks.shape_problems(NetworkDraft(" linkedin "), taken)] == [
        "name_taken"
    ]
    assert networks.shape_problems(NetworkDraft("Mastodon"), taken) == []
    long = NetworkDraft("Forum", purpose="x" * 201)
    assert [p.field for p in networks.shape_problems(long)] == ["purpose"]


def test_a_network_with_history_is_archived_never_removed(db):
    x, mistake = networks.add_preset("x"), networks.add_preset("bluesky")
    checkins.record_checkin(CheckIn(IsoWeek(2026, 9), 3, entries=(Entry(x.id, posts=1),)))
    with pytest.raises(InvalidNetwork, match="can only be archived"):
        networks.remove_network(x.id)
    networks.remove_network(mistake.id)
    assert [n.name for n in networks.networks(include_archived=True)] == ["X"]
    assert count(db, "charter_question") == 11  # the removed network's questions went with it
    assert networks.add_preset("bluesky").name == "Bluesky"  # its name is free again


def test_network_rows_say_how_much_of_the_charter_is_written_and_what_has_history(db):
    x = networks.add_preset("x")
    networks.add_preset("blog")
    follow = charters.charter(x.id)[0].question_id
    network_editor.save_network_edit(
        NetworkEdit(x.draft(), ((follow, "Friends."),), (("Own?", ""),))
    )
    rows = {r.network.name: r for r in overview.network_rows()}
    assert (rows["X"].questions, rows["X"].answered, rows["X"].has_history) == (12, 1, True)
    assert (rows["Blog"].questions, rows["Blog"].answered, rows["Blog"].has_history) == (
        11,
        0,
        False,
    )
    network_editor.save_network_edit(NetworkEdit(x.draft(), ((follow, ""),)))
    assert {r.network.name: r.answered for r in overview.network_rows()}["X"] == 0
