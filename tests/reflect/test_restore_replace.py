"""A restore that replaces a profile's data: backup first, then all or nothing."""

import json
from datetime import UTC, date, datetime

import pytest

from reflect import backups, checkins, models, networks
from reflect.checkins import CheckIn, Entry
from reflect.db import check_database, open_database
from reflect.demo import fill_demo_data
from reflect.export import export_document
from reflect.profile import Profile
from reflect.restore import RestoreError, replace_from_file, restore_document
from reflect.weeks import IsoWeek

NOW = datetime(2026, 11, 22, 18, tzinfo=UTC)


@pytest.fixture
def demo_document(tmp_path):
    database = open_database(Profile(tmp_path / "source"))
    fill_demo_data(date(2026, 11, 22))
    document = export_document(NOW)
    database.close()
    models.database.initialize(None)
    return document


def _own_data():
    network = networks.add_preset("mastodon")
    checkins.record_checkin(CheckIn(IsoWeek(2001, 5), 2, entries=(Entry(network.id, note="mine"),)))


def test_every_table_is_one_the_restore_empties(db):
    tables = {
        row[0]
        for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith(("sqlite_", "search_"))  # the index follows by triggers
    }
    assert tables == {model._meta.table_name for model in models.MODELS}


def test_replace_leaves_only_the_new_words_in_the_search_index(demo_document, db):
    from reflect.search import SearchQuery, search

    _own_data()
    assert [h.text for h in search(SearchQuery("mine"))] == ["mine"]
    restore_document(json.loads(json.dumps(demo_document)), replace=True)
    assert search(SearchQuery("mine")) == []
    texts = db.execute_sql("SELECT count(*) FROM search_text").fetchone()[0]
    notes = db.execute_sql(
        "SELECT count(*) FROM network_entry WHERE deleted_at IS NULL AND trim(note) != ''"
    ).fetchone()[0]
    assert texts > notes > 0


def test_replace_gives_exactly_the_export(demo_document, db):
    _own_data()
    summary = restore_document(json.loads(json.dumps(demo_document)), replace=True)
    assert summary.checkins == 100
    assert export_document(NOW) == demo_document  # nothing of the old data is left
    assert checkins.checkin_for_week(IsoWeek(2001, 5)) is None


def test_a_failed_replace_keeps_the_old_data_whole(demo_document, db, profile):
    _own_data()
    before = export_document(NOW)
    broken = json.loads(json.dumps(demo_document))
    broken["checkins"][-1]["entries"][0]["network_id"] = "no-such-network"
    with pytest.raises(RestoreError, match="Nothing was restored"):
        restore_document(broken, replace=True)
    assert export_document(NOW) == before
    assert check_database(profile.database_path) == []


def test_replace_from_file_backs_up_first(demo_document, db, profile, tmp_path):
    _own_data()
    source = tmp_path / "export.json"
    source.write_text(json.dumps(demo_document))
    replace_from_file(db, profile, source)
    made = backups.backups(profile)
    assert [b.reason for b in made] == ["before-restore"]
    assert export_document(NOW) == demo_document
    # and the backup itself brings the old data back
    replace_from_file(db, profile, made[0].path)
    assert checkins.checkin_for_week(IsoWeek(2001, 5)).entries[0].note == "mine"
    assert len(checkins.checked_in_weeks()) == 1
