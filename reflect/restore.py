"""Restore a JSON export (or a backup) in one transaction: into an empty profile, or replacing
everything the profile holds (``replace=True``, after a "before-restore" backup)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from reflect import models as m
from reflect.db import open_database, read_schema_version
from reflect.errors import DatabaseDamaged, ProfileNotEmpty, ReflectError, StorageError
from reflect.export import FORMAT, VERSION, export_document
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.profile import Profile

MAX_EXPORT_BYTES = 1 << 30


class RestoreError(ReflectError):
    """The file cannot be restored; the profile was left as it was."""


@dataclass(frozen=True, slots=True)
class RestoreSummary:
    networks: int
    checkins: int
    goals: int


def restore_file(path: Path, *, replace: bool = False) -> RestoreSummary:
    """Restore ``path`` (a JSON export or a Reflect backup) into the open profile: an empty
    one, or with ``replace`` any profile, whose data it replaces (all or nothing)."""
    path = Path(path)
    if not path.is_file():
        raise RestoreError(
            Message(QT_TRANSLATE_NOOP("Reflect", "{path}: there is no such file."), path=path)
        )
    with open(path, "rb") as handle:
        start = handle.read(16)
    if start.startswith(b"SQLite format 3"):
        return restore_document(_document_of_backup(path), str(path), replace=replace)
    if path.stat().st_size > MAX_EXPORT_BYTES:
        raise RestoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", "{path}: at {size} bytes it is too large for an export."
                ),
                path=path,
                size=path.stat().st_size,
            )
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RestoreError(
            Message(
                QT_TRANSLATE_NOOP("Reflect", "{path}: not a Reflect export or backup ({error})."),
                path=path,
                error=error,
            )
        ) from None
    return restore_document(document, str(path), replace=replace)


def replace_from_file(db: Any, profile: Profile, path: Path) -> RestoreSummary:
    """Back the current data up ("before-restore"), then replace it with ``path``'s.

    The file is read and checked before anything is written; the replacement is one
    transaction, so a failure or a kill leaves the profile as it was.
    """
    from reflect.backups import back_up

    path = Path(path)
    if not path.is_file():
        raise RestoreError(
            Message(QT_TRANSLATE_NOOP("Reflect", "{path}: there is no such file."), path=path)
        )
    back_up(db, profile, "before-restore")
    return restore_file(path, replace=True)


def _document_of_backup(path: Path) -> dict[str, Any]:
    """Open a copy of the backup (upgraded to this version if older) and export it."""
    read_schema_version(path)  # refuses what is not a database
    current = m.database.obj
    with tempfile.TemporaryDirectory() as folder:
        copy = Profile(Path(folder) / "restore")
        copy.ensure()
        shutil.copyfile(path, copy.database_path)
        try:
            database = open_database(copy)
        except (StorageError, sqlite3.DatabaseError) as error:
            reason = error.args[0] if isinstance(error, StorageError) and error.args else error
            raise RestoreError(Message("{path}: {error}", path=path, error=reason)) from None
        try:
            return export_document()
        except sqlite3.DatabaseError as error:
            raise DatabaseDamaged(str(path), str(error)) from None
        finally:
            database.close()
            m.database.initialize(current)


def restore_document(
    document: Any, source: str = "the export", *, replace: bool = False
) -> RestoreSummary:
    """Write every record of an export document; all or nothing.

    Without ``replace`` the profile must be empty; with it, every table is emptied inside the
    same transaction first, so the profile ends up holding exactly the export, or (on any
    failure) exactly what it held before.
    """
    _check_shape(document, source)
    connection = m.database.connection()
    try:
        with m.database.atomic():
            if replace:
                connection.execute("PRAGMA defer_foreign_keys = ON")  # ends with the commit
                for model in reversed(pw.sort_models(list(m.MODELS))):
                    model.delete().execute()
            elif m.Network.select().exists() or m.CheckIn.select().exists():
                raise ProfileNotEmpty(
                    "This profile already has data; a restore only goes into an empty profile."
                )
            m.Practice.delete().execute()  # the seeded practices come back from the export
            for table, rows in _tables(document):
                if rows:
                    columns = list(rows[0])
                    names = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join("?" for _ in columns)
                    connection.executemany(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                        [tuple(row[c] for c in columns) for row in rows],
                    )
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RestoreError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Reflect",
                            "{source}: {count} record(s) point at records the export does not have "
                            "(first: {first}). Nothing was restored.",
                        ),
                        source=source,
                        count=len(broken),
                        first=broken[0][0],
                    )
                )
    except (sqlite3.Error, KeyError, TypeError, ValueError, AttributeError) as error:
        raise RestoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "{source}: the export is inconsistent ({kind}: {error}). Nothing was restored.",
                ),
                source=source,
                kind=type(error).__name__,
                error=error,
            )
        ) from None
    return RestoreSummary(
        len(document["networks"]), len(document["checkins"]), len(document["goals"])
    )


def _check_shape(document: Any, source: str) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RestoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", '{source}: not a Reflect export (no "format": "{format}").'
                ),
                source=source,
                format=FORMAT,
            )
        )
    if document.get("version") != VERSION:
        raise RestoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "{source}: export version {found}; this Reflect reads version {version}.",
                ),
                source=source,
                found=repr(document.get("version")),
                version=VERSION,
            )
        )
    for key in ("networks", "charters", "practices", "goals", "checkins", "experiments"):
        if not isinstance(document.get(key), list):
            raise RestoreError(
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "{source}: the export has no list of {key}."),
                    source=source,
                    key=key,
                )
            )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _times(row: dict[str, Any], parent: dict[str, Any] | None = None) -> dict[str, Any]:
    source = parent if parent is not None else row
    return {
        "created_at": row.get("created_at", source["created_at"]),
        "updated_at": row.get("updated_at", source["updated_at"]),
        "deleted_at": row.get("deleted_at"),
    }


def _tables(doc: dict[str, Any]):
    """(table, rows as column → stored value) in an order that satisfies foreign keys."""
    yield (
        "network",
        [
            {**n, "hosts": _json(n["hosts"]), "archived": int(n["archived"])}
            for n in doc["networks"]
        ],
    )
    yield "practice", [{**p, "archived": int(p["archived"])} for p in doc["practices"]]
    yield "own_prompt", [{**p, "active": int(p["active"])} for p in doc.get("prompts", [])]
    questions, answers = [], []
    for q in doc["charters"]:
        q = dict(q)
        versions = q.pop("versions")
        q.pop("answer")
        q["text"] = q.pop("question")
        questions.append(q)
        answers += [{**v, "question_id": q["id"]} for v in versions]
    yield "charter_question", questions
    yield "charter_answer", answers
    goals, versions = [], []
    for g in doc["goals"]:
        g = dict(g)
        for key in ("metric", "direction", "target", "role", "practice_id", "status"):
            g.pop(key)
        versions += [{**v, "goal_id": g["id"]} for v in g.pop("versions")]
        goals.append(g)
    yield "goal", goals
    yield "goal_version", versions
    yield "experiment", doc["experiments"]
    checkins, entries, ratings, answer_rows, verdicts = [], [], [], [], []
    for c in doc["checkins"]:
        c = dict(c)
        cid = c["id"]
        for e in c.pop("entries"):
            e = dict(e)
            roles = e.pop("roles") or {"creator": None, "commenter": None, "reader": None}
            entries.append(
                {**e, **roles, "unused": int(e["unused"]), "checkin_id": cid, "deleted_at": None}
            )
        ratings += [
            {"id": m.new_id(), **_times({}, c), "checkin_id": cid, "practice_id": p, "rating": r}
            for p, r in c.pop("practices").items()
        ]
        answer_rows += [
            {
                "id": m.new_id(),
                **_times({}, c),
                "checkin_id": cid,
                "prompt": a["prompt"],
                "text": a["text"],
                "position": i,
            }
            for i, a in enumerate(c.pop("answers"))
        ]
        verdicts += [
            {"id": m.new_id(), **_times({}, c), "checkin_id": cid, "goal_id": g, "verdict": v}
            for g, v in c.pop("judgements").items()
        ]
        checkins.append({**c, "context": _json(c["context"]), "is_draft": int(c["is_draft"])})
    yield "check_in", checkins
    yield "network_entry", entries
    yield "practice_rating", ratings
    yield "prompt_answer", answer_rows
    yield "goal_judgement", verdicts
    yield (
        "imported_item",
        [
            {**i, "updated_at": i["created_at"], "deleted_at": None}
            for i in doc.get("imported_items", [])
        ],
    )
    yield (
        "activity",
        [
            {
                "id": m.new_id(),
                "created_at": doc["exported_at"],
                "updated_at": doc["exported_at"],
                "deleted_at": None,
                **a,
            }
            for a in doc.get("activity", [])
        ],
    )
    yield "draft", [{**d, "payload": _json(d["payload"])} for d in doc.get("drafts", [])]
