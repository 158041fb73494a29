"""Check-ins as plain JSON-able dicts, in the shape of the export format (DESIGN.md)."""

from __future__ import annotations

from typing import Any

from reflect.checkins import COUNTS, ROLES, Answer, CheckIn, Entry, Roles
from reflect.weeks import IsoWeek


def checkin_to_dict(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "week": str(checkin.week),
        "workload": checkin.workload,
        "energy": checkin.energy,
        "hours": checkin.hours,
        "context": list(checkin.context),
        "is_draft": checkin.is_draft,
        "entries": [entry_to_dict(e) for e in checkin.entries],
        "practices": dict(checkin.ratings),
        "answers": [{"prompt": a.prompt, "text": a.text} for a in checkin.answers],
        "judgements": dict(checkin.judgements),
    }


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    values: dict[str, Any] = {"network_id": entry.network_id, "unused": entry.unused}
    values.update({name: getattr(entry, name) for name in COUNTS})
    values["feedback"] = entry.feedback
    roles = entry.roles
    values["roles"] = {r: getattr(roles, r) for r in ROLES} if roles else None
    values["note"] = entry.note
    return values


def checkin_from_dict(data: dict[str, Any]) -> CheckIn:
    """The inverse of :func:`checkin_to_dict`. Tolerates a half-written draft: what is missing
    comes back empty, and validation (``checkins.problems_with``) says what still needs doing."""
    return CheckIn(
        week=IsoWeek.parse(data["week"]),
        workload=_int(data.get("workload")) or 0,
        energy=_int(data.get("energy")),
        hours=float(data["hours"]) if data.get("hours") is not None else None,
        context=tuple(str(t) for t in data.get("context") or ()),
        entries=tuple(entry_from_dict(e) for e in data.get("entries") or ()),
        ratings=tuple((str(k), int(v)) for k, v in (data.get("practices") or {}).items()),
        answers=tuple(Answer(str(a["prompt"]), str(a["text"])) for a in data.get("answers") or ()),
        judgements=tuple((str(k), str(v)) for k, v in (data.get("judgements") or {}).items()),
        is_draft=bool(data.get("is_draft", False)),
        id=data.get("id"),
    )


def entry_from_dict(data: dict[str, Any]) -> Entry:
    roles = data.get("roles")
    return Entry(
        network_id=str(data["network_id"]),
        unused=bool(data.get("unused", False)),
        **{name: _int(data.get(name)) for name in COUNTS},
        feedback=data.get("feedback"),
        roles=Roles(*(int(roles[r]) for r in ROLES)) if roles else None,
        note=str(data.get("note") or ""),
    )


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)
