"""Schema version 2: a full-text index (SQLite FTS5) over everything the user wrote.

Frozen once released: never edit. The index is derived data, never exported: SQL triggers on
the source tables keep it in step with every insert, edit, soft delete and hard delete, so a
restore (which inserts rows) rebuilds it by itself.

``search_text`` holds one row per piece of text (a reflection answer, a network note, a charter
answer, a goal, an experiment); ``search_source`` maps each source row's UUID to the index's
integer rowid, so a trigger finds the row to drop without scanning the index.
"""

from __future__ import annotations

from sqlite3 import Connection

#: The ISO week (``2026-W47``) of a UTC time stamp, in the local time zone, as SQL. Works on
#: SQLite before 3.46 (no ``%V``): the week's Thursday decides the year and the number.
_THURSDAY = "date({moment}, 'localtime', '-3 days', 'weekday 4')"
_ISO_WEEK = (
    "printf('%s-W%02d', strftime('%Y', {thursday}), "
    "(CAST(strftime('%j', {thursday}) AS INTEGER) - 1) / 7 + 1)"
)


def iso_week_sql(moment: str) -> str:
    thursday = _THURSDAY.format(moment=moment)
    return _ISO_WEEK.format(thursday=thursday)


TABLES = [
    """CREATE TABLE "search_source" (
        "id" INTEGER PRIMARY KEY,
        "source_id" TEXT NOT NULL UNIQUE)""",
    """CREATE VIRTUAL TABLE "search_text" USING fts5(
        body, kind UNINDEXED, source_id UNINDEXED, checkin_id UNINDEXED,
        network_id UNINDEXED, week UNINDEXED, label UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2')""",
]

#: Per source table: the kind, the columns whose change re-indexes a row, and SQL expressions
#: (over ``new``) for the indexed body and the metadata.
SOURCES = {
    "prompt_answer": (
        "answer",
        "text, prompt",
        "new.text",
        "new.checkin_id",
        "''",
        "(SELECT week FROM check_in WHERE id = new.checkin_id)",
        "new.prompt",
    ),
    "network_entry": (
        "note",
        "note, network_id",
        "new.note",
        "new.checkin_id",
        "new.network_id",
        "(SELECT week FROM check_in WHERE id = new.checkin_id)",
        "''",
    ),
    "charter_answer": (
        "charter",
        "text",
        "new.text",
        "''",
        "(SELECT network_id FROM charter_question WHERE id = new.question_id)",
        iso_week_sql("new.created_at"),
        "(SELECT text FROM charter_question WHERE id = new.question_id)",
    ),
    "goal": (
        "goal",
        "title, network_id, start_week",
        "new.title",
        "''",
        "coalesce(new.network_id, '')",
        "new.start_week",
        "''",
    ),
    "experiment": (
        "experiment",
        "title, expectation, outcome, network_id, start_week",
        "new.title || char(10) || new.expectation || char(10) || new.outcome",
        "''",
        "coalesce(new.network_id, '')",
        "new.start_week",
        "''",
    ),
}

_DROP = """
    DELETE FROM search_text WHERE rowid =
        (SELECT id FROM search_source WHERE source_id = old.id);
    DELETE FROM search_source WHERE source_id = old.id;"""

_ADD = """
    INSERT INTO search_source (source_id)
        SELECT new.id WHERE new.deleted_at IS NULL AND trim({body}) != '';
    INSERT INTO search_text (rowid, body, kind, source_id, checkin_id, network_id, week, label)
        SELECT (SELECT id FROM search_source WHERE source_id = new.id), {body}, '{kind}',
               new.id, {checkin}, {network}, coalesce({week}, ''), coalesce({label}, '')
        WHERE new.deleted_at IS NULL AND trim({body}) != '';"""


def triggers() -> list[str]:
    statements = []
    for table, (kind, columns, body, checkin, network, week, label) in SOURCES.items():
        add = _ADD.format(
            body=body, kind=kind, checkin=checkin, network=network, week=week, label=label
        )
        statements += [
            f'CREATE TRIGGER "search_{table}_insert" AFTER INSERT ON "{table}" BEGIN{add}\nEND',
            f'CREATE TRIGGER "search_{table}_update" AFTER UPDATE OF {columns}, deleted_at '
            f'ON "{table}" BEGIN{_DROP}{add}\nEND',
            f'CREATE TRIGGER "search_{table}_delete" AFTER DELETE ON "{table}" BEGIN{_DROP}\nEND',
        ]
    return statements


def over(expression: str) -> str:
    """An expression over ``new`` (in a trigger) made one over ``t`` (in a query)."""
    return expression.replace("new.", "t.")


def backfill() -> list[str]:
    """Index the rows already there, as the insert triggers would have."""
    statements = []
    for table, (kind, _, body, checkin, network, week, label) in SOURCES.items():
        statements.append(
            f'INSERT INTO search_source (source_id) SELECT t.id FROM "{table}" t '
            f"WHERE t.deleted_at IS NULL AND trim({over(body)}) != ''"
        )
        statements.append(
            "INSERT INTO search_text (rowid, body, kind, source_id, checkin_id, network_id, "
            f"week, label) SELECT s.id, {over(body)}, '{kind}', t.id, {over(checkin)}, "
            f"{over(network)}, coalesce({over(week)}, ''), coalesce({over(label)}, '') "
            f'FROM "{table}" t JOIN search_source s ON s.source_id = t.id'
        )
    return statements


def apply(connection: Connection) -> None:
    for statement in TABLES + triggers() + backfill():
        connection.execute(statement)
