"""Mastodon (and other ActivityPub servers): the archive from Preferences → Import and export
→ "Request your archive".

Read: ``outbox.json``, an ActivityStreams ``OrderedCollection`` whose ``orderedItems`` are
the user's activities. A ``Create`` of a ``Note`` (or a poll, ``Question``) is a post, or a
comment when it has ``inReplyTo``; an ``Announce`` (a boost) is a share. Keyed by the
status's id (its URL). Direct messages — addressed neither to the public nor to followers —
are not posts and are left out. ``likes.json`` lists favourites without dates, so they are
not counted, and the report says so.
"""

from __future__ import annotations

from collections.abc import Iterator

from reflect.activity import MeasuredItem
from reflect.importers import dates
from reflect.importers.base import Archive, Context, Found, ImportFailed
from reflect.importers.jsonstream import JsonStream, array_items

PLATFORM = "mastodon"
_PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
NO_LIKES = "likes.json has no dates, so favourites were not counted."


def find(archive: Archive) -> Found:
    outbox = archive.find(r"outbox\.json") if archive.is_container else archive.members
    if not outbox:
        raise ImportFailed(
            archive.label,
            "not_this_platform",
            "there is no outbox.json in this zip, so it is not a Mastodon archive.",
        )
    return Found({"outbox": outbox[:1]})


def read(archive: Archive, found: Found, context: Context) -> Iterator[MeasuredItem]:
    member = found.roles["outbox"][0]
    stream = JsonStream(archive.text_chunks(member, context), archive.where(member))
    if stream.kind() != "object":
        raise stream.shape("is not an ActivityPub outbox (a JSON object with orderedItems).")
    for activity in array_items(stream, ("orderedItems", "items")):
        item = _item(activity, context)
        if item is not None:
            yield item
    stream.finish()
    context.note(NO_LIKES)


def _item(activity: object, context: Context) -> MeasuredItem | None:
    if not isinstance(activity, dict):
        context.skip("{n} entr(y|ies) of the outbox (was|were) not an activity")
        return None
    kind_of = activity.get("type")
    note = activity.get("object")
    if kind_of == "Announce":
        kind, key = "shares", activity.get("id")
    elif (
        kind_of == "Create"
        and isinstance(note, dict)
        and note.get("type")
        in (
            "Note",
            "Question",
            "Article",
            "Page",
        )
    ):
        if _is_direct(activity) and _is_direct(note):
            context.skip("{n} direct message(s) (was|were) not counted")
            return None
        kind = "comments" if note.get("inReplyTo") else "posts"
        key = note.get("id") or activity.get("id")
    else:
        context.skip("{n} other activit(y|ies) (was|were) not counted")
        return None
    if not isinstance(key, str) or not key:
        context.skip("{n} activit(y|ies) had no id")
        return None
    moment = dates.parse_numeric(activity.get("published"))
    if moment is None and isinstance(note, dict):
        moment = dates.parse_numeric(note.get("published"))
    if moment is None:
        context.skip("{n} activit(y|ies) had no readable date")
        return None
    return MeasuredItem(key, kind, moment)


def _is_direct(addressed: dict) -> bool:
    """True when neither ``to`` nor ``cc`` names the public or a followers collection."""
    audience: list = []
    for field in ("to", "cc"):
        value = addressed.get(field)
        audience.extend(value if isinstance(value, list) else [value])
    if not any(isinstance(a, str) for a in audience):
        return False  # no addressing at all: count it, as the server showed it
    return not any(
        isinstance(a, str) and (a in _PUBLIC or a.rstrip("/").endswith("/followers"))
        for a in audience
    )
