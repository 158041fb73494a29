"""Export everything, lossless, as the JSON document of DESIGN.md ("Export format").

The document is built straight from the stored rows (ids, UTC times and soft-delete marks
included), so ``restore`` of an export into an empty profile followed by a new export gives
the same document apart from ``exported_at``.
"""

from __future__ import annotations

import csv
import json
import os
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reflect import __version__
from reflect import models as m
from reflect.profile import make_private_file

FORMAT = "reflect-export"
VERSION = 1
_TIMES = ("created_at", "updated_at", "deleted_at")


def _rows(table: str, where: str = "", order: str = "rowid") -> list[dict[str, Any]]:
    cursor = m.database.execute_sql(f'SELECT * FROM "{table}" {where} ORDER BY {order}')
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _alive(table: str, order: str = "rowid") -> list[dict[str, Any]]:
    return _rows(table, 'WHERE "deleted_at" IS NULL', order)


def _group(rows: list[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row.pop(key)].append(row)
    return grouped


def export_document(now: datetime | None = None) -> dict[str, Any]:
    """Every record of the profile as one JSON-able document (one read transaction)."""
    with m.database.atomic():
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "app_version": __version__,
            "networks": [_network(r) for r in _rows("network")],
            "charters": _charters(),
            "practices": [_bools(r, "archived") for r in _rows("practice")],
            "prompts": [_bools(r, "active") for r in _rows("own_prompt")],
            "goals": _goals(),
            "checkins": _checkins(),
            "activity": [_activity(r) for r in _alive("activity", '"week", rowid')],
            "imported_items": [_item(r) for r in _alive("imported_item")],
            "experiments": _rows("experiment"),
            "drafts": [_draft(r) for r in _alive("draft")],
        }


def export_json(now: datetime | None = None) -> str:
    return json.dumps(export_document(now), ensure_ascii=False, indent=1)


def _bools(row: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        row[name] = bool(row[name])
    return row


def _network(row: dict[str, Any]) -> dict[str, Any]:
    row["hosts"] = json.loads(row["hosts"])
    return _bools(row, "archived")


def _charters() -> list[dict[str, Any]]:
    versions = _group(_rows("charter_answer", order='"created_at", rowid'), "question_id")
    charters = []
    for question in _rows("charter_question"):
        history = [v for v in versions.get(question["id"], [])]
        alive = [v for v in history if v["deleted_at"] is None]
        question["question"] = question.pop("text")
        question["answer"] = alive[-1]["text"] if alive else ""
        question["versions"] = history
        charters.append(question)
    return charters


def _goals() -> list[dict[str, Any]]:
    versions = _group(_rows("goal_version", order='"from_week", rowid'), "goal_id")
    goals = []
    for goal in _rows("goal"):
        history = versions.get(goal["id"], [])
        alive = [v for v in history if v["deleted_at"] is None]
        current = alive[-1] if alive else {}
        for key in ("metric", "direction", "target", "role", "practice_id", "status"):
            goal[key] = current.get(key)
        goal["versions"] = history
        goals.append(goal)
    return goals


def _checkins() -> list[dict[str, Any]]:
    entries = _group(_alive("network_entry"), "checkin_id")
    ratings = _group(_alive("practice_rating"), "checkin_id")
    answers = _group(_alive("prompt_answer", '"position", rowid'), "checkin_id")
    verdicts = _group(_alive("goal_judgement"), "checkin_id")
    checkins = []
    for row in _rows("check_in", order='"week", rowid'):
        row["context"] = json.loads(row["context"])
        _bools(row, "is_draft")
        row["entries"] = [_entry(e) for e in entries.get(row["id"], [])]
        row["practices"] = {r["practice_id"]: r["rating"] for r in ratings.get(row["id"], [])}
        row["answers"] = [
            {"prompt": a["prompt"], "text": a["text"]} for a in answers.get(row["id"], [])
        ]
        row["judgements"] = {j["goal_id"]: j["verdict"] for j in verdicts.get(row["id"], [])}
        checkins.append(row)
    return checkins


def _entry(row: dict[str, Any]) -> dict[str, Any]:
    shares = {role: row.pop(role) for role in ("creator", "commenter", "reader")}
    row["roles"] = shares if shares["creator"] is not None else None
    del row["deleted_at"]
    return _bools(row, "unused")


def _activity(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("id", *_TIMES)}


def _item(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("updated_at", "deleted_at")}


def _draft(row: dict[str, Any]) -> dict[str, Any]:
    row["payload"] = json.loads(row["payload"])
    return row


#: Tables written by the CSV export, under friendlier file names.
CSV_TABLES = {
    "networks": "network",
    "charter_questions": "charter_question",
    "charter_answers": "charter_answer",
    "practices": "practice",
    "own_prompts": "own_prompt",
    "checkins": "check_in",
    "network_entries": "network_entry",
    "practice_ratings": "practice_rating",
    "prompt_answers": "prompt_answer",
    "goals": "goal",
    "goal_versions": "goal_version",
    "goal_judgements": "goal_judgement",
    "experiments": "experiment",
    "activity": "activity",
    "imported_items": "imported_item",
}


def export_csv(directory: Path) -> list[Path]:
    """One CSV per table (records not deleted), UTF-8 with a BOM so spreadsheets read accents.

    Each file is written beside its final name and renamed into place, private (0600).
    """
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    written = []
    with m.database.atomic():
        for name, table in CSV_TABLES.items():
            cursor = m.database.execute_sql(
                f'SELECT * FROM "{table}" WHERE "deleted_at" IS NULL ORDER BY rowid'
            )
            columns = [d[0] for d in cursor.description if d[0] != "deleted_at"]
            keep = [i for i, d in enumerate(cursor.description) if d[0] != "deleted_at"]
            target = directory / f"{name}.csv"
            partial = target.with_name(target.name + ".partial")
            try:
                fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(columns)
                    writer.writerows([row[i] for i in keep] for row in cursor)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError:
                partial.unlink(missing_ok=True)
                raise
            make_private_file(partial)
            os.replace(partial, target)
            written.append(target)
    return written


def write_json(target: Path, now: datetime | None = None) -> Path:
    """The JSON export written atomically and privately (0600) to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    text = export_json(now)  # read everything before a byte is written
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        make_private_file(partial)
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)  # a full disk leaves no half file; the old one stays
        raise
    return target
