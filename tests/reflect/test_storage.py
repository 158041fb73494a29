"""The storage promises of DESIGN.md: private files, WAL, versions, refusal, soft delete."""

import os
import sqlite3
import stat
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from reflect import checkins, goals, models, networks
from reflect.db import check_database, open_database, schema_version
from reflect.errors import DatabaseDamaged, DatabaseTooNew, ProfileInUse, StorageError
from reflect.migrations import LATEST, MIGRATIONS
from reflect.profile import ProfileLock
from reflect.weeks import IsoWeek


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_fresh_database_is_private_wal_and_current(db, profile):
    assert mode(profile.directory) == 0o700
    assert mode(profile.database_path) == 0o600
    networks.add_preset("x")  # a write creates the -wal and -shm files
    for name in os.listdir(profile.directory):
        if name.startswith("reflect.sqlite3"):
            assert mode(profile.directory / name) == 0o600, name
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(db) == LATEST


def test_an_existing_profile_with_loose_permissions_is_made_private(profile):
    profile.directory.mkdir(mode=0o755)
    os.chmod(profile.directory, 0o755)
    database = open_database(profile)
    database.close()
    assert mode(profile.directory) == 0o700


def test_a_database_from_the_future_is_refused_and_left_byte_identical(profile):
    profile.ensure()
    connection = sqlite3.connect(profile.database_path)
    connection.execute("CREATE TABLE something_new (x)")
    connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    connection.commit()
    connection.close()
    before = profile.database_path.read_bytes()
    files_before = sorted(os.listdir(profile.directory))

    with pytest.raises(DatabaseTooNew) as refused:
        open_database(profile)

    assert "newer Reflect" in str(refused.value)
    assert profile.database_path.read_bytes() == before
    assert sorted(os.listdir(profile.directory)) == files_before


def test_a_file_that_is_not_a_database_is_refused_untouched(profile):
    profile.ensure()
    profile.database_path.write_bytes(b"this is a shopping list, not a database" * 10)
    before = profile.database_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(profile)
    assert "not an SQLite database" in str(refused.value)
    assert profile.database_path.read_bytes() == before


def _database_at(directory, version: int) -> None:
    """A database built by the first ``version`` migrations, with a network, a check-in with
    a note and a reflection, and a charter answer — as that release would have written it."""
    directory.mkdir(mode=0o700)
    connection = sqlite3.connect(directory / "reflect.sqlite3")
    for migration in MIGRATIONS[:version]:
        migration(connection)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    row = (now, now)
    connection.execute(
        "INSERT INTO network VALUES ('n1', ?, ?, NULL, 'Old', 'public', 'mixed', '', "
        "'#000000', '[]', NULL, 0, 0)",
        row,
    )
    connection.execute(
        "INSERT INTO check_in VALUES ('c1', ?, ?, NULL, '2025-W10', 3, NULL, NULL, '[]', 0)", row
    )
    connection.execute(
        "INSERT INTO network_entry VALUES ('e1', ?, ?, NULL, 'c1', 'n1', 0, 2, NULL, NULL, NULL,"
        " NULL, NULL, NULL, NULL, NULL, 'Answered a question about gardening')",
        row,
    )
    connection.execute(
        "INSERT INTO prompt_answer VALUES ('p1', ?, ?, NULL, 'c1', 'What got traction?', "
        "'The thread on compost', 0)",
        row,
    )
    connection.execute(f"PRAGMA user_version = {version}")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("version", range(1, LATEST + 1))
def test_every_released_schema_version_opens_with_the_current_code(profile, version):
    """A database at each released version, with data, opens, is upgraded after a backup,
    keeps every row, and its old words can be searched."""
    from reflect.profile import Profile
    from reflect.search import SearchQuery, search

    directory = profile.directory.parent / f"v{version}"
    _database_at(directory, version)
    old = Profile(directory)
    database = open_database(old)
    try:
        assert schema_version(database) == LATEST
        assert [n.name for n in networks.networks()] == ["Old"]
        checkin = checkins.checkin_for_week(IsoWeek(2025, 10))
        assert checkin.entries[0].note == "Answered a question about gardening"
        assert [a.text for a in checkin.answers] == ["The thread on compost"]
        assert [h.kind for h in search(SearchQuery("compost"))] == ["answer"]
        hit = search(SearchQuery("gardening"))[0]
        assert (hit.kind, hit.week, hit.network_name) == ("note", IsoWeek(2025, 10), "Old")
    finally:
        database.close()
    backups = list(old.backups_dir.glob(f"*before-migration-v{version}.sqlite3"))
    assert len(backups) == (0 if version == LATEST else 1)
    assert check_database(old.database_path) == []


def test_the_models_match_the_schema_the_migrations_build(db):
    """A model that drifts from the migrations would fail at run time; catch it here."""
    for model in models.MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_every_record_has_a_uuid_and_utc_times(db):
    network = networks.add_preset("linkedin")
    goal = goals.save_goal(
        goals.GoalDraft(
            "Post",
            "count",
            IsoWeek(2026, 1),
            network.id,
            metric="posts",
            direction="at_least",
            target=2,
        )
    )
    checkins.record_checkin(
        checkins.CheckIn(IsoWeek(2026, 2), 3, entries=(checkins.Entry(network.id, posts=1),))
    )
    assert uuid.UUID(network.id) and uuid.UUID(goal.id)
    now = datetime.now(UTC)
    for model in models.MODELS:
        for row in model.select():
            assert uuid.UUID(row.id).version == 4
            assert row.created_at.tzinfo is UTC
            assert abs(now - row.created_at) < timedelta(minutes=5)
            assert row.updated_at >= row.created_at
    raw = db.execute_sql("SELECT created_at FROM network").fetchone()[0]
    assert raw.endswith("Z")


def test_a_deleted_checkin_is_marked_not_erased(db):
    network = networks.add_preset("x")
    saved = checkins.record_checkin(
        checkins.CheckIn(IsoWeek(2026, 10), 2, entries=(checkins.Entry(network.id, posts=3),))
    )
    checkins.delete_checkin(saved.id)
    assert checkins.checkin_for_week(IsoWeek(2026, 10)) is None
    row = db.execute_sql("SELECT deleted_at FROM check_in WHERE id = ?", (saved.id,)).fetchone()
    assert row[0] is not None
    again = checkins.record_checkin(checkins.CheckIn(IsoWeek(2026, 10), 4))
    assert again.id != saved.id  # the week is free again once the old one is deleted


def test_the_profile_lock_admits_one_process(profile):
    with ProfileLock(profile):
        with pytest.raises(ProfileInUse) as refused:
            ProfileLock(profile).acquire()
        assert str(profile.directory) in str(refused.value)
    with ProfileLock(profile):  # released: free again
        pass


def test_check_database_finds_broken_foreign_keys(db, profile):
    network = networks.add_preset("x")
    checkins.record_checkin(
        checkins.CheckIn(IsoWeek(2026, 3), 2, entries=(checkins.Entry(network.id, posts=1),))
    )
    assert check_database(profile.database_path) == []
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("DELETE FROM network")
    db.execute_sql("PRAGMA foreign_keys = ON")
    problems = check_database(profile.database_path)
    assert any("network_entry" in p and "network" in p for p in problems)


def _add_column(connection):
    connection.execute('ALTER TABLE "network" ADD COLUMN "extra" TEXT')


def _fail_halfway(connection):
    connection.execute('ALTER TABLE "network" ADD COLUMN "extra" TEXT')
    raise sqlite3.OperationalError("migration went wrong")


def _database_at_latest_with_a_network(profile):
    database = open_database(profile)
    networks.add_preset("mastodon")
    database.close()


def test_a_migration_is_preceded_by_a_backup(profile, monkeypatch):
    _database_at_latest_with_a_network(profile)
    monkeypatch.setattr("reflect.db.MIGRATIONS", (*MIGRATIONS, _add_column))
    monkeypatch.setattr("reflect.db.LATEST", LATEST + 1)

    database = open_database(profile)
    try:
        assert schema_version(database) == LATEST + 1
    finally:
        database.close()

    made = list(profile.backups_dir.glob(f"*before-migration-v{LATEST}.sqlite3"))
    assert len(made) == 1 and mode(made[0]) == 0o600
    backup = sqlite3.connect(made[0])
    assert backup.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert backup.execute("SELECT name FROM network").fetchall() == [("Mastodon",)]
    backup.close()


def test_a_failed_migration_changes_nothing(profile, monkeypatch):
    _database_at_latest_with_a_network(profile)
    monkeypatch.setattr("reflect.db.MIGRATIONS", (*MIGRATIONS, _fail_halfway))
    monkeypatch.setattr("reflect.db.LATEST", LATEST + 1)

    with pytest.raises(StorageError) as refused:
        open_database(profile)
    assert "left as it was" in str(refused.value)
    connection = sqlite3.connect(profile.database_path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST
    columns = {row[1] for row in connection.execute("PRAGMA table_info(network)")}
    assert "extra" not in columns
    connection.close()


def test_this_weeks_imported_items_are_found_through_the_week_index(db):
    """This week's goals read a few weeks of imported items: SQLite must find them by week,
    not read every item ever imported (schema 3)."""
    from reflect.goal_overview import measured_weeks
    from reflect.weeks import IsoWeek

    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        measured_weeks(IsoWeek(2026, 1), IsoWeek(2026, 12))
    finally:
        db.connection().set_trace_callback(None)
    items = [s for s in statements if '"imported_item"' in s]
    assert len(items) == 1
    plan = " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + items[0]))
    assert "USING INDEX imported_item_week" in plan, plan
