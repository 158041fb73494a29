"""Open, check, migrate and back up the database of a profile."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import peewee as pw

from reflect import models
from reflect.errors import DatabaseDamaged, DatabaseTooNew, StorageError
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.migrations import LATEST, MIGRATIONS
from reflect.profile import Profile, make_private_file

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit is on disk before it returns
    "foreign_keys": 1,
    "busy_timeout": 5000,
}
_HEADER = b"SQLite format 3\x00"
#: SQLite's primary result codes that mean the file itself is damaged.
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def read_schema_version(path: Path) -> int:
    """The ``user_version`` of a database file, read from its header without opening it.

    Raises :class:`DatabaseDamaged` when the file is not an SQLite database at all.
    """
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) == 0:
        return 0
    if len(header) < 100 or not header.startswith(_HEADER):
        raise DatabaseDamaged(str(path), "its header is not an SQLite database header")
    return int.from_bytes(header[60:64], "big")


def open_database(profile: Profile) -> pw.SqliteDatabase:
    """Open (creating or migrating as needed) the profile's database and bind the models.

    A database newer than this app is refused before anything touches it, and a damaged one
    (SQLite's check of every page, read-only) before anything writes to it; an older one is
    backed up, then migrated in one transaction. The app opens it on its worker, once the
    window has painted (:class:`reflect.db_handle.DatabaseHandle`).
    """
    profile.ensure()
    path = profile.database_path
    found = 0
    if path.exists():
        found = read_schema_version(path)
        if found > LATEST:
            raise DatabaseTooNew(str(path), found, LATEST)
        quick_check(path)
    else:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    make_private_file(path)

    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
        current = db.execute_sql("PRAGMA user_version").fetchone()[0]
    except (sqlite3.DatabaseError, pw.DatabaseError) as error:  # damage in the first pages
        db.close()
        raise DatabaseDamaged(str(path), str(error)) from error
    if current > LATEST:  # a newer app committed while its WAL was not yet checkpointed
        db.close()
        raise DatabaseTooNew(str(path), current, LATEST)
    try:
        if 0 < current < LATEST:
            backup_database(db, profile.backups_dir / backup_name(f"before-migration-v{current}"))
        migrate(db, current)
    except (sqlite3.Error, StorageError) as error:
        db.close()
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "Could not upgrade {path} from schema {current} to {latest}: {error}. "
                    "It was left as it was.",
                ),
                path=path,
                current=current,
                latest=LATEST,
                error=error,
            )
        ) from error
    for suffix in ("-wal", "-shm"):
        sidecar = Path(str(path) + suffix)
        if sidecar.exists():
            make_private_file(sidecar)
    models.database.initialize(db)
    return db


def migrate(db: pw.SqliteDatabase, current: int) -> None:
    """Apply the migrations after ``current``, all in one transaction."""
    if current >= LATEST:
        return
    connection = db.connection()
    with db.atomic():
        for number in range(current, LATEST):
            MIGRATIONS[number](connection)
        connection.execute(f"PRAGMA user_version = {LATEST}")


def schema_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_name(reason: str, moment: datetime | None = None) -> str:
    stamp = (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"reflect-{stamp}-{reason}.sqlite3"


def backup_database(db: pw.SqliteDatabase | Path, target: Path) -> Path:
    """A consistent copy of the database made with SQLite's backup API, written 0600.

    Takes an open peewee database or a database path; the copy is written beside ``target``
    and renamed into place, so a crash never leaves half a backup under the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise StorageError(_backup_failed(target, error)) from error
    source = db.connection() if isinstance(db, pw.SqliteDatabase) else _read_only(db)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = delete")
        finally:
            destination.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise StorageError(_backup_failed(target, error)) from error
    finally:
        if not isinstance(db, pw.SqliteDatabase):
            source.close()
    make_private_file(partial)
    os.replace(partial, target)
    return target


def quick_check(path: Path) -> None:
    """Raise :class:`DatabaseDamaged` when SQLite's ``quick_check`` finds damaged pages.

    Read-only, so a damaged file is never written to. It reads every page once (no index
    cross-check): about 2 ms for a profile of 100 demo weeks, 0.15 s for a 147 MB file, so it
    runs at every start. An error other than damage (say, no permission to read the -shm
    file) is left for the normal open to report.
    """
    has_wal = Path(str(path) + "-wal").exists()
    try:  # with no -wal to read, ``immutable`` keeps SQLite from creating -wal and -shm
        connection = _read_only(path) if has_wal else _immutable(path)
        try:
            found = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            raise DatabaseDamaged(str(path), str(error)) from error
        return
    if found != ["ok"]:
        lines = [line for row in found for line in row.splitlines() if not line.startswith("***")]
        first = lines[0] if lines else "an unnamed problem"
        more = f" and {len(lines) - 1} more problem(s)" if len(lines) > 1 else ""
        raise DatabaseDamaged(str(path), f"SQLite's check found {first}{more}")


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    text = str(error)
    return "malformed" in text or "not a database" in text


def _immutable(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def check_database(path: Path) -> list[str]:
    """Problems found by SQLite's integrity and foreign-key checks; empty when sound."""
    read_schema_version(path)
    connection = _read_only(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points at a missing {parent}")
        problems += _search_index_problems(connection)
    except sqlite3.DatabaseError as error:
        raise DatabaseDamaged(str(path), str(error)) from error
    finally:
        connection.close()
    return problems


def _search_index_problems(connection: sqlite3.Connection) -> list[str]:
    """The full-text index (schema 2 on) and its map of source rows must hold the same rows."""
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not {"search_text", "search_source"} <= names:
        return []
    texts = connection.execute("SELECT count(*) FROM search_text").fetchone()[0]
    mapped = connection.execute("SELECT count(*) FROM search_source").fetchone()[0]
    if texts == mapped:
        return []
    return [f"the search index holds {texts} texts for {mapped} source rows"]


def _backup_failed(target: Path, error: BaseException) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Reflect", "Could not back up the database to {target}: {error}"),
        target=target,
        error=error,
    )
