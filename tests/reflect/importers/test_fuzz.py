"""No input makes a reader fail with anything but one sentence naming the file: random
bytes, random truncations and corruptions of real-shaped exports, and valid JSON of any
shape where the items should be."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.importers.base import ImportFailed
from tests.reflect.importers.helpers import HOSTS, export_bytes, fixture_files, read_bytes, zipped

PLATFORMS = ("x", "mastodon", "linkedin", "facebook", "bluesky", "activitywatch")
SINGLE_FILES = {  # the file a user may take out of each export
    "x": "tweets.js",
    "mastodon": "outbox.json",
    "linkedin": "Shares.csv",
    "facebook": "comments.json",
    "bluesky": "repo.car",
    "activitywatch": "aw-buckets-export.json",
}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def only_clean_failures(platform: str, name: str, data: bytes) -> None:
    """Reading succeeds, or fails with ImportFailed naming the file; nothing else."""
    try:
        items, _ = read_bytes(platform, name, data, HOSTS)
    except ImportFailed as error:
        assert str(error).startswith(name)
        assert "\n" not in str(error)
        return
    for item in items:
        assert item.occurred_at.tzinfo is not None
        assert item.kind in ("posts", "comments", "shares", "reactions", "minutes")


def single_file(platform: str) -> bytes:
    if platform in ("bluesky", "activitywatch"):
        return export_bytes(platform)[1]
    files = fixture_files(platform)
    wanted = SINGLE_FILES[platform].lower()
    return next(data for path, data in files.items() if path.lower().endswith(wanted))


@pytest.mark.parametrize("platform", PLATFORMS)
@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(platform, data):
    only_clean_failures(platform, SINGLE_FILES[platform], data)
    only_clean_failures(platform, "export.zip", b"PK\x03\x04" + data)


@pytest.mark.parametrize("platform", PLATFORMS)
@FUZZ
@given(cut=st.floats(0, 1, exclude_max=True))
def test_random_truncations_of_real_shaped_files(platform, cut):
    data = single_file(platform)
    only_clean_failures(platform, SINGLE_FILES[platform], data[: int(len(data) * cut)])
    name, whole = export_bytes(platform)
    only_clean_failures(platform, name, whole[: int(len(whole) * cut)])


@pytest.mark.parametrize("platform", PLATFORMS)
@FUZZ
@given(
    spots=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8
    )
)
def test_random_corruptions_of_real_shaped_files(platform, spots):
    data = bytearray(single_file(platform))
    for where, value in spots:
        data[int(len(data) * where)] = value
    only_clean_failures(platform, SINGLE_FILES[platform], bytes(data))


def fields(*names: str):
    return st.fixed_dictionaries({}, optional={name: json_values for name in names})


tweet_fields = fields(
    "id_str",
    "id",
    "created_at",
    "full_text",
    "text",
    "in_reply_to_status_id_str",
    "retweeted_status",
)
activity_fields = fields("type", "id", "published", "object", "to", "cc")
facebook_fields = fields("timestamp", "title", "data", "fbid", "label_values")
aw_event = fields("id", "timestamp", "duration", "data")


@FUZZ
@given(
    items=st.lists(
        st.one_of(json_values, tweet_fields, st.builds(lambda t: {"tweet": t}, tweet_fields)),
        max_size=6,
    )
)
def test_any_json_in_place_of_tweets(items):
    only_clean_failures(
        "x", "tweets.js", ("window.YTD.tweets.part0 = " + json.dumps(items)).encode()
    )


@FUZZ
@given(
    items=st.lists(
        st.one_of(
            json_values,
            activity_fields,
            st.builds(lambda o, a: {**a, "object": o}, activity_fields, activity_fields),
        ),
        max_size=6,
    ),
    top=json_values,
)
def test_any_json_in_place_of_activities(items, top):
    only_clean_failures(
        "mastodon", "outbox.json", json.dumps({"orderedItems": items, "first": top}).encode()
    )


@FUZZ
@given(
    items=st.lists(st.one_of(json_values, facebook_fields), max_size=6),
    key=st.sampled_from(["comments_v2", "comments", "reactions", "reactions_v2", None]),
)
def test_any_json_in_place_of_facebook_items(items, key):
    body = items if key is None else {key: items}
    only_clean_failures("facebook", "your_posts_1.json", json.dumps(body).encode())


@FUZZ
@given(
    events=st.lists(st.one_of(json_values, aw_event), max_size=6),
    kind=st.sampled_from(["web.tab.current", "afkstatus", "currentwindow"]),
    extra=json_values,
)
def test_any_json_in_place_of_activitywatch_events(events, kind, extra):
    export = {
        "buckets": {
            "aw-watcher-web-x": {"type": "web.tab.current", "events": events},
            "b": {"type": kind, "events": events, "data": extra},
        }
    }
    only_clean_failures("activitywatch", "aw.json", json.dumps(export).encode())


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=20), max_size=5), max_size=6))
def test_any_csv_rows_under_a_linkedin_header(rows):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Date", "Link", "Message"])
    writer.writerows(rows)
    only_clean_failures("linkedin", "Comments.csv", out.getvalue().encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    records=st.dictionaries(
        st.sampled_from(
            [
                "app.bsky.feed.post/3ka",
                "app.bsky.feed.like/3kb",
                "app.bsky.feed.repost/3kc",
                "x/y",
                "z",
            ]
        ),
        json_values.filter(lambda v: not isinstance(v, float)),
        max_size=4,
    )
)
def test_any_records_in_a_repository(records):
    from tests.fixtures.bluesky_repo import build_repo

    try:
        data = build_repo(records)
    except (ValueError, TypeError, OverflowError):  # values DAG-CBOR cannot hold
        return
    only_clean_failures("bluesky", "repo.car", data)


def test_a_zip_of_every_platforms_fixtures_is_refused_cleanly_by_the_others():
    for platform in PLATFORMS:
        name, data = export_bytes(platform)
        for other in PLATFORMS:
            if other != platform:
                only_clean_failures(other, name, data)
    only_clean_failures("x", "all.zip", zipped({"a/b/c.txt": b"hello"}))
