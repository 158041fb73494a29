"""Facebook: "Download your information" in the JSON format.

Read, by file name in any folder (the folders moved between export versions:
``posts/``, ``your_activity_across_facebook/posts/``, ``your_facebook_activity/posts/``):

- posts: ``your_posts_1.json``, ``your_posts__check_ins__photos_and_videos_1.json`` …
- comments: ``comments.json`` — its list under ``comments`` (old exports) or ``comments_v2``
- reactions: ``posts_and_comments.json`` (``reactions`` / ``reactions_v2``) or
  ``likes_and_reactions_1.json`` …

Times are Unix seconds. Facebook gives no ids for most of these, so an item is keyed by its
kind, its time and a digest of its text. The text is first re-decoded — Facebook writes
UTF-8 bytes as if they were Latin-1 characters ("cafÃ©" for "café"), and an export that
fixes this one day must still give the same keys.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator

from reflect.activity import MeasuredItem
from reflect.importers import dates
from reflect.importers.base import Archive, Context, Found, ImportFailed, Member
from reflect.importers.jsonstream import JsonStream

PLATFORM = "facebook"
FILES = {  # role → (file name pattern, kind counted, the list's keys in an object)
    "posts": (
        re.compile(r"your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json", re.I),
        "posts",
        ("status_updates", "status_updates_v2", "posts", "posts_v2"),
    ),
    "comments": (
        re.compile(r"comments(_\d+)?\.json", re.I),
        "comments",
        ("comments_v2", "comments"),
    ),
    "reactions": (
        re.compile(r"(posts_and_comments|likes_and_reactions(_\d+)?)\.json", re.I),
        "reactions",
        ("reactions_v2", "reactions", "likes_and_reactions"),
    ),
}
_ROLE_OF_KEY = {key: role for role, (_, _, keys) in FILES.items() for key in keys}
_HTML = re.compile(r"(your_posts.*|comments|likes_and_reactions.*|posts_and_comments)\.html", re.I)
_WORDS = {"posts": "posts", "comments": "comments", "reactions": "likes and reactions"}


def find(archive: Archive) -> Found:
    found = Found()
    if not archive.is_container:
        member = archive.members[0]
        role = next((r for r, spec in FILES.items() if spec[0].fullmatch(member.basename)), None)
        found.roles[role or "posts"] = [member]  # told apart by its keys when read
        return found
    for role, (pattern, _, _) in FILES.items():
        members = archive.find(pattern)
        if members:
            found.roles[role] = members
    if not found.roles:
        if archive.find(_HTML):
            raise ImportFailed(
                archive.label,
                "html_export",
                "this Facebook export is in the HTML format. "
                "Reflect reads the JSON format: download your information again and choose "
                "JSON.",
            )
        raise ImportFailed(
            archive.label,
            "not_this_platform",
            "there is no your_posts_1.json, comments.json "
            "or likes_and_reactions_1.json in this zip, so it is not a Facebook export.",
        )
    return found


def read(archive: Archive, found: Found, context: Context) -> Iterator[MeasuredItem]:
    for role, members in found.roles.items():
        for member in members:
            yield from _read_file(archive, member, role, context)
    if archive.is_container:
        for role, (_, kind, _) in FILES.items():
            if role not in found.roles:
                context.note(
                    f"There is no file of {_WORDS[role]} in this export, so {kind} were not "
                    "counted (if Facebook split your download into several zips, import each)."
                )


def _read_file(
    archive: Archive, member: Member, role: str, context: Context
) -> Iterator[MeasuredItem]:
    """A list at the top (posts, new reactions), or an object whose key names the list
    (``comments_v2``, ``reactions`` …): the key, not the file name, then says what it holds."""
    stream = JsonStream(archive.text_chunks(member, context), archive.where(member))
    kind = stream.kind()
    if kind == "array":
        for _ in stream.elements():
            item = _item(stream.value(), role, context)
            if item is not None:
                yield item
    elif kind == "object":
        seen = False
        for key in stream.members():
            role_of_key = _ROLE_OF_KEY.get(key)
            if role_of_key is None or stream.kind() != "array":
                stream.skip()
                continue
            seen = True
            for _ in stream.elements():
                item = _item(stream.value(), role_of_key, context)
                if item is not None:
                    yield item
        if not seen:
            raise stream.shape(
                "has no list of posts, comments or reactions, so it is not the Facebook file "
                "Reflect expected."
            )
    else:
        raise stream.shape("holds no list of posts, comments or reactions.")
    stream.finish()


def fix_text(text: str) -> str:
    """Undo Facebook's encoding slip: UTF-8 bytes written as Latin-1 characters. Text that
    is already right is returned as it is."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _texts(value: object, out: list[str], depth: int = 0) -> list[str]:
    """Every string in ``value`` (re-decoded), in document order, for the item's digest."""
    if depth > 20:
        return out
    if isinstance(value, str):
        out.append(fix_text(value))
    elif isinstance(value, dict):
        for key in sorted(value):
            if key == "uri" and isinstance(value[key], str):
                out.append(value[key].rsplit("/", 1)[-1])  # the folders moved between versions
            elif key not in ("timestamp", "update_timestamp", "media_metadata"):
                _texts(value[key], out, depth + 1)
    elif isinstance(value, list):
        for part in value:
            _texts(part, out, depth + 1)
    return out


def _item(element: object, role: str, context: Context) -> MeasuredItem | None:
    kind = FILES[role][1]
    if not isinstance(element, dict):
        context.skip(f"{{n}} entr(y|ies) in the {_WORDS[role]} (was|were) not understood")
        return None
    moment = dates.from_unix(element.get("timestamp"))
    if moment is None:
        context.skip(f"{{n}} entr(y|ies) in the {_WORDS[role]} had no readable time")
        return None
    ident = element.get("fbid") or element.get("id")
    if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident):
        return MeasuredItem(f"{kind}:{ident}", kind, moment)
    seconds = int(moment.timestamp())
    parts = {
        "title": element.get("title"),
        "data": element.get("data"),
        "labels": element.get("label_values"),
        "attachments": element.get("attachments"),
    }
    text = json.dumps(_texts(parts, []), ensure_ascii=False)
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return MeasuredItem(f"{kind}:{seconds}:{digest}", kind, moment)
