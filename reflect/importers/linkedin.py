"""LinkedIn: the export from Settings → Data privacy → "Get a copy of your data".

Read: ``Shares.csv`` (posts), ``Comments.csv`` (comments) and ``Reactions.csv`` (reactions),
found by name in any folder and any letter case. Exports differ in header case (``Date``,
``date``), a byte-order mark, notes above the header and the date format
(``2023-05-04 10:12:13``, ``2023/05/04 10:12:13 UTC``, ``5/4/23, 10:12 AM``); all are read.
A post is keyed by its ``ShareLink``, a reaction by the post's ``Link`` and a comment by the
post's link, its date and its text, so overlapping exports count nothing twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from reflect.activity import MeasuredItem
from reflect.importers import dates
from reflect.importers.base import Archive, Context, Found, ImportFailed, Member

PLATFORM = "linkedin"
FILES = {  # role → (file name, kind counted)
    "shares": ("Shares.csv", "posts"),
    "comments": ("Comments.csv", "comments"),
    "reactions": ("Reactions.csv", "reactions"),
}
_NOT_HEADER_ROWS = 5  # notes a file may carry above its header


def find(archive: Archive) -> Found:
    found = Found()
    if not archive.is_container:
        member = archive.members[0]
        role = next(
            (r for r, (name, _) in FILES.items() if member.basename.lower() == name.lower()),
            None,
        )
        found.roles[role or "?"] = [member]  # "?": told apart by its columns when read
        return found
    for role, (name, _) in FILES.items():
        members = archive.find(re.escape(name))
        if members:
            found.roles[role] = members
    if not found.roles:
        raise ImportFailed(
            archive.label,
            "not_this_platform",
            "there is no Shares.csv, Comments.csv or "
            "Reactions.csv in this zip, so it is not a LinkedIn export.",
        )
    return found


def read(archive: Archive, found: Found, context: Context) -> Iterator[MeasuredItem]:
    for role, members in found.roles.items():
        for member in members:
            yield from _read_file(archive, member, role, context)
    if archive.is_container:
        for role, (name, kind) in FILES.items():
            if role not in found.roles:
                context.note(f"There is no {name} in this export, so {kind} were not counted.")


def _read_file(
    archive: Archive, member: Member, role: str, context: Context
) -> Iterator[MeasuredItem]:
    where = archive.where(member)
    rows = archive.csv_rows(member, context)
    header: dict[str, int] | None = None
    for number, row in enumerate(rows):
        names = [cell.strip().lstrip("\ufeff").lower() for cell in row]
        if "date" in names:
            header = {name: i for i, name in enumerate(names)}
            break
        if number >= _NOT_HEADER_ROWS:
            break
    if header is None:
        raise ImportFailed(
            where,
            "wrong_shape",
            "has no Date column, so it is not a LinkedIn Shares, Comments or Reactions file.",
        )
    if role == "?":
        role = _role_from_columns(header, where)
    kind = FILES[role][1]
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue
        item = _item(role, kind, header, row, context)
        if item is not None:
            yield item


def _role_from_columns(header: dict[str, int], where: str) -> str:
    if "sharelink" in header or "sharecommentary" in header:
        return "shares"
    if "message" in header:
        return "comments"
    if "type" in header and "link" in header:
        return "reactions"
    raise ImportFailed(
        where,
        "wrong_shape",
        "is not a LinkedIn Shares, Comments or Reactions file (its columns are none of theirs).",
    )


def _cell(row: list[str], header: dict[str, int], name: str) -> str:
    index = header.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def _item(
    role: str, kind: str, header: dict[str, int], row: list[str], context: Context
) -> MeasuredItem | None:
    moment = dates.parse_any(_cell(row, header, "date"))
    if moment is None:
        context.skip(f"{{n}} row(s) of {FILES[role][0]} had no readable date")
        return None
    link = _cell(row, header, "sharelink") or _cell(row, header, "link")
    if role == "comments" or not link:
        text = _cell(row, header, "message") or _cell(row, header, "sharecommentary")
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        key = f"{role}:{link}|{moment.isoformat()}|{digest}"
    else:
        key = f"{role}:{link}"
    return MeasuredItem(key, kind, moment)
