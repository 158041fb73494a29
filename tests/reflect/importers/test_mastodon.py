"""Mastodon: the outbox of an account's archive."""

from __future__ import annotations

import io
import json
import tarfile

import pytest

from reflect.importers.base import ImportFailed
from reflect.importers.mastodon import NO_LIKES
from tests.reflect.importers.helpers import (
    FIXTURES,
    export_bytes,
    fixture_files,
    kinds,
    read_bytes,
    zipped,
)

OUTBOX = (FIXTURES / "mastodon" / "outbox.json").read_bytes()
BASE = "https://mastodon.example/users/me/statuses"


def test_the_archive_counts_posts_replies_and_boosts_but_not_direct_messages():
    items, context = read_bytes("mastodon", *export_bytes("mastodon"))
    assert kinds(items) == {"posts": 2, "comments": 1, "shares": 1}
    by_key = {item.key: item.kind for item in items}
    assert by_key[f"{BASE}/111900000000000001"] == "posts"
    assert by_key[f"{BASE}/111905000000000002"] == "comments"
    assert by_key[f"{BASE}/111910000000000003/activity"] == "shares"
    assert by_key[f"{BASE}/111930000000000005"] == "posts"  # a poll is a post too
    assert f"{BASE}/111920000000000004" not in by_key  # the direct message
    assert context.skipped_sentences() == [
        "1 direct message was not counted.",
        "1 activity had no readable date.",
        NO_LIKES,
    ]


def test_outbox_json_alone_counts_the_same():
    from_zip, _ = read_bytes("mastodon", *export_bytes("mastodon"))
    alone, _ = read_bytes("mastodon", "outbox.json", OUTBOX)
    assert alone == from_zip


def test_an_older_tar_gz_archive_is_read_too():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as bundle:
        for name, data in fixture_files("mastodon").items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            bundle.addfile(info, io.BytesIO(data))
    items, _ = read_bytes("mastodon", "archive-20220101.tar.gz", buffer.getvalue())
    assert kinds(items) == {"posts": 2, "comments": 1, "shares": 1}


def test_a_zip_without_an_outbox_is_not_a_mastodon_archive():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("mastodon", "archive.zip", zipped({"avatar.png": b"\x89PNG"}))
    assert raised.value.code == "not_this_platform"
    assert "no outbox.json" in str(raised.value)


def test_a_json_array_is_not_an_outbox():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("mastodon", "outbox.json", b"[1, 2, 3]")
    assert raised.value.code == "wrong_shape"


def test_a_status_without_addressing_is_counted_as_the_server_showed_it():
    outbox = {
        "orderedItems": [
            {
                "type": "Create",
                "published": "2024-02-19T08:15:00Z",
                "object": {"type": "Note", "id": "https://m.example/s/1"},
            }
        ]
    }
    items, _ = read_bytes("mastodon", "outbox.json", json.dumps(outbox).encode())
    assert [i.kind for i in items] == ["posts"]
