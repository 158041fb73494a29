"""X: tweets.js and its variants between export versions."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from reflect.importers.base import ImportFailed
from reflect.importers.x import NO_LIKES
from tests.reflect.importers.helpers import (
    FIXTURES,
    export_bytes,
    fixture_files,
    kinds,
    read_bytes,
    zipped,
)

TWEETS_JS = (FIXTURES / "x" / "data" / "tweets.js").read_bytes()


def tweet(ident: str, when: str, text: str = "hello", **more) -> dict:
    return {"tweet": {"id_str": ident, "id": ident, "created_at": when, "full_text": text, **more}}


def tweets_js(items: list, part: str = "tweets.part0") -> bytes:
    return f"window.YTD.{part} = {json.dumps(items, indent=2)}".encode()


def test_the_archive_counts_posts_replies_and_retweets():
    items, context = read_bytes("x", *export_bytes("x"))
    assert kinds(items) == {"posts": 3, "comments": 2, "shares": 1}
    by_key = {item.key: item for item in items}
    assert by_key["1760212345678901234"].kind == "comments"
    assert by_key["1762345678901234567"].kind == "shares"
    assert by_key["1759890021345280001"].occurred_at == datetime(2024, 2, 20, 9, 10, 58, tzinfo=UTC)
    assert context.skipped_sentences() == ["1 tweet had no readable date.", NO_LIKES]
    assert context.files == ["twitter-2024-03-12-abc123.zip › data/tweets.js"]


def test_tweets_js_taken_out_of_the_archive_counts_the_same():
    from_zip, _ = read_bytes("x", *export_bytes("x"))
    alone, _ = read_bytes("x", "tweets.js", TWEETS_JS)
    assert alone == from_zip


def test_a_large_archive_split_in_parts_reads_every_part():
    files = {
        "data/tweets.js": tweets_js([tweet("1", "Tue Feb 20 09:00:00 +0000 2024")]),
        "data/tweets-part1.js": tweets_js(
            [tweet("2", "Tue Feb 20 10:00:00 +0000 2024")], "tweets.part1"
        ),
        "data/community-tweet.js": tweets_js(
            [tweet("3", "Tue Feb 20 11:00:00 +0000 2024")], "community_tweet.part0"
        ),
        "data/tweets_media/1-abc.jpg": b"\xff\xd8\xff",
    }
    items, context = read_bytes("x", "twitter.zip", zipped(files))
    assert sorted(item.key for item in items) == ["1", "2", "3"]
    assert len(context.files) == 3


def test_older_archives_without_the_wrapper_and_grailbird_month_files():
    files = {
        # 2019–2020: tweet.js, items without {"tweet": …}, ids as numbers
        "data/tweet.js": b'window.YTD.tweet.part0 = [ {"id": 1001, "created_at": '
        b'"Mon Mar 04 12:00:00 +0000 2019", "full_text": "old", "retweeted": false} ]',
        # before 2018: one file a month, numeric dates, retweeted_status for retweets
        "data/js/tweets/2013_01.js": b"Grailbird.data.tweets_2013_01 = \n"
        b'[ {"id_str": "2002", "created_at": "2013-01-31 12:00:00 +0000", "text": "x", '
        b'"retweeted_status": {"id_str": "1"}} ]',
    }
    items, _ = read_bytes("x", "old-twitter.zip", zipped(files))
    assert {(i.key, i.kind) for i in items} == {("1001", "posts"), ("2002", "shares")}
    assert {i.occurred_at.year for i in items} == {2019, 2013}


def test_a_zip_of_tweets_js_alone_is_read_too():
    items, _ = read_bytes("x", "mine.zip", zipped({"tweets.js": TWEETS_JS}))
    assert len(items) == 6


def test_a_zip_without_tweets_js_is_not_an_x_archive():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("x", "photos.zip", zipped({"holiday/1.jpg": b"\xff\xd8\xff"}))
    assert raised.value.code == "not_this_platform"
    assert str(raised.value) == (
        "photos.zip: there is no data/tweets.js in this zip, so it is not an X archive."
    )


def test_a_json_file_of_something_else_is_refused_naming_it():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("x", "notes.js", b'{"notes": []}')
    assert raised.value.code == "wrong_shape"
    assert str(raised.value).startswith("notes.js: does not start like an X archive file")


def test_entries_that_are_not_tweets_are_counted_as_skipped():
    data = tweets_js(
        [
            tweet("1", "Tue Feb 20 09:00:00 +0000 2024"),
            "a string",
            {"tweet": {"created_at": "Tue Feb 20 09:00:00 +0000 2024"}},
            {"tweet": {"id_str": "not digits", "created_at": "Tue Feb 20 09:00:00 +0000 2024"}},
        ]
    )
    items, context = read_bytes("x", "tweets.js", data)
    assert [i.key for i in items] == ["1"]
    assert context.skipped_sentences()[:2] == [
        "1 entry of the tweets file was not a tweet.",
        "2 tweets had no id.",
    ]


def test_a_reply_is_a_comment_even_with_only_the_numeric_field():
    items, _ = read_bytes(
        "x",
        "tweets.js",
        tweets_js([tweet("5", "Tue Feb 20 09:00:00 +0000 2024", in_reply_to_status_id="4")]),
    )
    assert items[0].kind == "comments"


def test_deleted_tweets_are_mentioned():
    files = fixture_files("x") | {"data/deleted-tweets.js": tweets_js([], "deleted_tweets.part0")}
    _, context = read_bytes("x", "twitter.zip", zipped(files))
    assert "Deleted tweets (deleted-tweets.js) were not counted." in context.notes
