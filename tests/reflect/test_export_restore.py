"""Export is lossless: export → restore into an empty profile → export gives the same document."""

import csv
import json
import stat
from datetime import UTC, date, datetime

import pytest

from reflect import checkins, drafts, models, networks
from reflect.checkins import CheckIn, Entry
from reflect.db import backup_database, check_database, open_database
from reflect.demo import fill_demo_data
from reflect.errors import ProfileNotEmpty
from reflect.export import export_csv, export_document, write_json
from reflect.profile import Profile
from reflect.restore import RestoreError, restore_document, restore_file
from reflect.weeks import IsoWeek

NOW = datetime(2026, 11, 22, 18, tzinfo=UTC)


@pytest.fixture
def demo_document(tmp_path):
    database = open_database(Profile(tmp_path / "source"))
    fill_demo_data(date(2026, 11, 22))
    x = networks.networks()[1]
    checkins.delete_checkin(checkins.checkins()[10].id)  # a soft delete travels too
    drafts.save_draft(CheckIn(IsoWeek(2026, 47), 0, entries=(Entry(x.id, note="half a"),)))
    document = export_document(NOW)
    database.close()
    models.database.initialize(None)
    return document


def test_restore_then_export_gives_the_same_document(tmp_path, demo_document):
    target = Profile(tmp_path / "target")
    database = open_database(target)
    try:
        summary = restore_document(json.loads(json.dumps(demo_document)))
        again = export_document(NOW)
        assert again == demo_document
        assert summary.checkins == len(demo_document["checkins"]) == 100
        assert check_database(target.database_path) == []
        deleted = [c for c in demo_document["checkins"] if c["deleted_at"]]
        assert len(deleted) == 1
        assert checkins.checkin_for_week(IsoWeek.parse(deleted[0]["week"])) is None
        assert drafts.draft_for(IsoWeek(2026, 47)).entries[0].note == "half a"
    finally:
        database.close()


def test_the_document_has_the_contract_names(demo_document):
    assert demo_document["format"] == "reflect-export" and demo_document["version"] == 1
    checkin = demo_document["checkins"][-1]
    assert checkin["week"] == "2026-W46"
    entry = checkin["entries"][0]
    assert set(entry) >= {
        "network_id",
        "posts",
        "comments",
        "shares",
        "reactions",
        "minutes",
        "feedback",
        "roles",
        "note",
    }
    assert set(checkin) >= {"id", "workload", "energy", "context", "practices", "answers"}
    goal = demo_document["goals"][0]
    assert set(goal) >= {
        "id",
        "network_id",
        "title",
        "kind",
        "metric",
        "direction",
        "target",
        "status",
        "versions",
    }
    assert {a["source"] for a in demo_document["activity"]} == {"x"}
    assert {"network_id", "question", "answer"} <= set(demo_document["charters"][0])


def test_restore_refuses_a_profile_with_data(tmp_path, demo_document):
    database = open_database(Profile(tmp_path / "busy"))
    try:
        networks.add_preset("x")
        with pytest.raises(ProfileNotEmpty):
            restore_document(demo_document)
        assert [n.name for n in networks.networks()] == ["X"]
    finally:
        database.close()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format="something-else"), "not a Reflect export"),
        (lambda d: d.update(version=99), "export version 99"),
        (lambda d: d.pop("networks"), "no list of networks"),
        (lambda d: d["checkins"][0]["entries"][0].update(network_id="nowhere"), "inconsistent"),
        (lambda d: d["checkins"][0].update(workload=9), "inconsistent"),
    ],
)
def test_a_bad_document_restores_nothing(tmp_path, demo_document, change, words):
    change(demo_document)
    database = open_database(Profile(tmp_path / "target"))
    try:
        with pytest.raises(RestoreError, match=words):
            restore_document(demo_document)
        assert networks.networks(include_archived=True) == []
        assert len(database.execute_sql("SELECT * FROM practice").fetchall()) == 5
    finally:
        database.close()


def test_restore_from_files(tmp_path, demo_document):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(demo_document))
    garbage = tmp_path / "notes.json"
    garbage.write_text("{ this is not json")
    database = open_database(Profile(tmp_path / "a"))
    try:
        with pytest.raises(RestoreError, match=r"notes\.json: not a Reflect export"):
            restore_file(garbage)
        restore_file(export)
        backup = backup_database(database, tmp_path / "copy.sqlite3")
    finally:
        database.close()
    database = open_database(Profile(tmp_path / "b"))
    try:
        restore_file(backup)  # a backup restores the same way
        assert export_document(NOW) == demo_document
    finally:
        database.close()


def test_csv_export_writes_one_private_file_per_table(tmp_path, demo_document):
    database = open_database(Profile(tmp_path / "t"))
    try:
        restore_document(demo_document)
        written = export_csv(tmp_path / "csv")
    finally:
        database.close()
    names = {p.name for p in written}
    assert {"networks.csv", "checkins.csv", "network_entries.csv", "goals.csv"} <= names
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with open(tmp_path / "csv" / "checkins.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 99  # the deleted one is left out
    assert rows[-1]["week"] == "2026-W46" and rows[-1]["workload"] == "5"
    with open(tmp_path / "csv" / "networks.csv", encoding="utf-8-sig", newline="") as handle:
        assert [r["name"] for r in csv.DictReader(handle)][:2] == ["LinkedIn", "X"]


def test_json_export_file_is_private_and_whole(tmp_path, demo_document):
    database = open_database(Profile(tmp_path / "t"))
    try:
        restore_document(demo_document)
        target = write_json(tmp_path / "out" / "reflect.json", NOW)
    finally:
        database.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text()) == demo_document
    assert not list(target.parent.glob("*.partial"))
