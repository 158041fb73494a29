"""Bluesky: the repository from Settings → Account → "Export my data" (a ``.car`` file).

A repository is a CAR file of DAG-CBOR blocks, read with ``libipld`` (what the AT Protocol
SDK uses). The file also carries old blocks — earlier commits, deleted and superseded
records — so only the records reachable from the root commit through the repository's
Merkle search tree (MST) are counted (FACTS.md item 12).

Counted by collection: ``app.bsky.feed.post`` is a post, or a comment when it has ``reply``;
``app.bsky.feed.repost`` a share; ``app.bsky.feed.like`` a reaction. Keyed by the record's
``at://`` URI; dated by its ``createdAt``.
"""

from __future__ import annotations

from collections.abc import Iterator

from reflect.activity import MeasuredItem
from reflect.importers import dates
from reflect.importers.base import (
    MAX_WHOLE_FILE_BYTES,
    Archive,
    Context,
    Found,
    ImportFailed,
)

PLATFORM = "bluesky"
COLLECTIONS = {
    "app.bsky.feed.post": "posts",
    "app.bsky.feed.repost": "shares",
    "app.bsky.feed.like": "reactions",
}
MAX_DEPTH = 64  # an MST of a billion records is about 15 levels deep


def find(archive: Archive) -> Found:
    cars = archive.find(r".*\.car") if archive.is_container else archive.members
    if not cars:
        raise ImportFailed(
            archive.label,
            "not_this_platform",
            "there is no .car repository file in this zip, so it is not a Bluesky export.",
        )
    return Found({"repository": cars[:1]})


def read(archive: Archive, found: Found, context: Context) -> Iterator[MeasuredItem]:
    member = found.roles["repository"][0]
    where = archive.where(member)
    data = archive.read_bytes(member, context, MAX_WHOLE_FILE_BYTES)
    blocks, did, root = _decode(data, where)
    del data
    for key, record in _records(blocks, root, where):
        collection, _, rkey = key.partition("/")
        kind = COLLECTIONS.get(collection)
        if kind is None:
            context.skip(
                "{n} other record(s) (follows, blocks, lists, the profile …) (was|were)"
                " not counted: they are not activity"
            )
            continue
        if not isinstance(record, dict):
            context.skip("{n} record(s) could not be read")
            continue
        moment = dates.parse_numeric(record.get("createdAt"))
        if moment is None:
            context.skip("{n} record(s) had no readable createdAt time")
            continue
        if kind == "posts" and record.get("reply"):
            kind = "comments"
        yield MeasuredItem(f"at://{did}/{collection}/{rkey}", kind, moment)


def _decode(data: bytes, where: str) -> tuple[dict, str, bytes]:
    import libipld  # here, not at start-up: only a Bluesky import pays for it

    try:
        header, blocks = libipld.decode_car(data)
    except BaseException as error:  # a ValueError for damage; a Rust panic is BaseException
        if isinstance(error, KeyboardInterrupt | SystemExit | MemoryError | GeneratorExit):
            raise
        raise ImportFailed(
            where, "not_a_repository", f"is not a readable CAR repository file ({error})."
        ) from None
    roots = header.get("roots") if isinstance(header, dict) else None
    root = roots[0] if isinstance(roots, list) and roots else None
    commit = blocks.get(root) if isinstance(root, bytes) and isinstance(blocks, dict) else None
    if not isinstance(commit, dict) or not isinstance(commit.get("data"), bytes):
        raise ImportFailed(
            where,
            "not_a_repository",
            "is a CAR file but not a Bluesky repository (its root is not a repository commit).",
        )
    did = commit.get("did")
    if not isinstance(did, str) or not did.startswith("did:"):
        raise ImportFailed(where, "not_a_repository", "the repository's commit names no account.")
    return blocks, did, commit["data"]


def _records(blocks: dict, root: bytes, where: str) -> Iterator[tuple[str, object]]:
    """``(collection/rkey, record)`` for every record in the tree under ``root``, in key
    order. A node is ``{"l": left subtree, "e": [{"p": prefix length, "k": key suffix,
    "v": record, "t": right subtree}]}``; keys are compressed against the previous one."""
    broken = ImportFailed(
        where,
        "damaged_repository",
        "the repository is incomplete or damaged (a part of its tree is missing or malformed).",
    )
    seen: set[bytes] = set()
    # The stack holds node CIDs to expand, and ("record", key, cid) to yield, in reverse.
    stack: list = [("node", root, 0)]
    while stack:
        entry = stack.pop()
        if entry[0] == "record":
            record = blocks.get(entry[2])
            if record is None:
                raise broken
            yield entry[1], record
            continue
        _, cid, depth = entry
        node = blocks.get(cid) if isinstance(cid, bytes) else None
        if not isinstance(node, dict) or cid in seen or depth > MAX_DEPTH:
            raise broken
        seen.add(cid)
        entries = node.get("e")
        if not isinstance(entries, list):
            raise broken
        todo: list = []
        if node.get("l") is not None:
            todo.append(("node", node["l"], depth + 1))
        previous = b""
        for item in entries:
            if not isinstance(item, dict):
                raise broken
            prefix, suffix, value = item.get("p"), item.get("k"), item.get("v")
            if not isinstance(prefix, int) or not isinstance(suffix, bytes):
                raise broken
            if not 0 <= prefix <= len(previous) or not isinstance(value, bytes):
                raise broken
            previous = previous[:prefix] + suffix
            key = previous.decode("utf-8", "replace")
            todo.append(("record", key, value))
            if item.get("t") is not None:
                todo.append(("node", item["t"], depth + 1))
        stack.extend(reversed(todo))
