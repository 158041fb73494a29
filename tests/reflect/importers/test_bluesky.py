"""Bluesky: a repository CAR file, read with libipld, counting only what the tree holds."""

from __future__ import annotations

import hashlib

import libipld
import pytest

from reflect.importers.base import ImportFailed
from tests.fixtures.bluesky_repo import (
    DID,
    _varint,
    build_repo,
    cid_of,
    post,
    sample_records,
    stale_records,
    subject,
)
from tests.reflect.importers.helpers import kinds, read_bytes, zipped


def test_the_repository_counts_posts_replies_reposts_and_likes():
    items, context = read_bytes("bluesky", "repo.car", build_repo(sample_records()))
    assert kinds(items) == {"posts": 2, "comments": 1, "shares": 1, "reactions": 2}
    assert f"at://{DID}/app.bsky.feed.post/3kl4ccccccc22" in {i.key for i in items}
    assert context.skipped_sentences() == [
        "2 other records (follows, blocks, lists, the profile …) were not counted: they "
        "are not activity."
    ]


def test_only_records_reachable_from_the_root_commit_count():
    """A real file also carries deleted and superseded records (FACTS.md item 12)."""
    plain, _ = read_bytes("bluesky", "repo.car", build_repo(sample_records()))
    with_stale, _ = read_bytes(
        "bluesky", "repo.car", build_repo(sample_records(), stale=stale_records())
    )
    assert with_stale == plain
    blocks = libipld.decode_car(build_repo(sample_records(), stale=stale_records()))[1]
    posts_in_blocks = [
        b for b in blocks.values() if isinstance(b, dict) and b.get("$type") == "app.bsky.feed.post"
    ]
    assert len(posts_in_blocks) == 4  # 3 in the tree + 1 deleted


def test_a_deep_tree_gives_every_record_once_in_key_order():
    records = {
        f"app.bsky.feed.like/3k{index:011d}": subject("like", "at://x", "2024-02-21T09:00:05Z")
        for index in range(2500)
    }
    items, _ = read_bytes("bluesky", "repo.car", build_repo(records))
    keys = [item.key.rsplit("/", 2)[-2] + "/" + item.key.rsplit("/", 1)[-1] for item in items]
    assert keys == sorted(records)


def test_a_zip_holding_the_repository_is_read_too():
    items, _ = read_bytes("bluesky", "bsky.zip", zipped({"repo.car": build_repo(sample_records())}))
    assert len(items) == 6


def test_records_without_a_readable_time_are_skipped():
    records = {
        "app.bsky.feed.post/3kaaa": post("x", "not a time"),
        "app.bsky.feed.post/3kbbb": post("y", "2024-02-19T10:00:00Z"),
    }
    items, context = read_bytes("bluesky", "repo.car", build_repo(records))
    assert len(items) == 1
    assert context.skipped_sentences() == ["1 record had no readable createdAt time."]


def test_a_file_that_is_not_a_car_is_refused():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("bluesky", "repo.car", b"\x00\x01 this is not a CAR file")
    assert raised.value.code == "not_a_repository"
    assert str(raised.value).startswith("repo.car: is not a readable CAR repository file")


def car(root: bytes, blocks: dict[bytes, bytes]) -> bytes:
    header = libipld.encode_dag_cbor({"version": 1, "roots": [root]})
    out = _varint(len(header)) + header
    for cid, data in blocks.items():
        out += _varint(len(cid) + len(data)) + cid + data
    return out


def test_a_car_whose_root_is_not_a_commit_is_not_a_repository():
    data = libipld.encode_dag_cbor({"hello": "world"})
    with pytest.raises(ImportFailed) as raised:
        read_bytes("bluesky", "other.car", car(cid_of(data), {cid_of(data): data}))
    assert raised.value.code == "not_a_repository"


def test_a_repository_with_a_missing_block_is_damaged():
    missing = cid_of(b"gone")
    node = libipld.encode_dag_cbor(
        {"l": None, "e": [{"p": 0, "k": b"app.bsky.feed.post/3ka", "v": missing, "t": None}]}
    )
    commit = libipld.encode_dag_cbor(
        {
            "did": DID,
            "version": 3,
            "data": cid_of(node),
            "rev": "3k",
            "prev": None,
            "sig": bytes(64),
        }
    )
    data = car(cid_of(commit), {cid_of(commit): commit, cid_of(node): node})
    with pytest.raises(ImportFailed) as raised:
        read_bytes("bluesky", "repo.car", data)
    assert raised.value.code == "damaged_repository"


def test_a_tree_that_points_at_itself_is_damaged_not_endless():
    # A node whose right subtree is its own CID cannot be built honestly; fake the lookup by
    # giving two nodes that point at each other.
    digest = hashlib.sha256(b"a").digest()
    a_cid = bytes([1, 0x71, 0x12, 0x20]) + digest
    b_node = libipld.encode_dag_cbor({"l": a_cid, "e": []})
    a_node = libipld.encode_dag_cbor({"l": cid_of(b_node), "e": []})
    commit = libipld.encode_dag_cbor(
        {"did": DID, "version": 3, "data": a_cid, "rev": "3k", "prev": None, "sig": bytes(64)}
    )
    blocks = {cid_of(commit): commit, a_cid: a_node, cid_of(b_node): b_node}
    with pytest.raises(ImportFailed) as raised:
        read_bytes("bluesky", "repo.car", car(cid_of(commit), blocks))
    assert raised.value.code == "damaged_repository"
