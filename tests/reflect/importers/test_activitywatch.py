"""ActivityWatch: browser minutes on a network's hosts, less the time away."""

from __future__ import annotations

import json

import pytest

from reflect.importers.base import ImportFailed
from tests.reflect.importers.helpers import FIXTURES, HOSTS, read_bytes, zipped

EXPORT = (FIXTURES / "activitywatch" / "aw-buckets-export.json").read_bytes()


def minutes(items) -> dict[str, float]:
    return {item.key: round(item.amount, 3) for item in items}


def test_minutes_on_each_network_less_the_time_away():
    items, context = read_bytes("activitywatch", "aw-buckets-export.json", EXPORT, HOSTS)
    assert minutes(items) == {
        "aw-watcher-web-firefox#1": 10.008,  # www.linkedin.com, 600.5 s
        "aw-watcher-web-firefox#3": 15.0,  # 20 min on LinkedIn, 5 of them away
        "aw-watcher-web-firefox#2": 5.0,  # x.com
        "aw-watcher-web-firefox#5": 30.0,  # mastodon.social
    }  # example.org is no network's; #7 was all away; #6 has no readable time
    assert context.skipped_sentences() == [
        "1 event had no readable time or length.",
        "Time away from the keyboard was left out: 15 min.",
    ]


def test_each_network_gets_only_its_own_hosts():
    items, _ = read_bytes("activitywatch", "aw.json", EXPORT, {"linkedin-id": ("linkedin.com",)})
    assert sorted(minutes(items)) == ["aw-watcher-web-firefox#1", "aw-watcher-web-firefox#3"]


def bucket(bucket_id: str, kind: str, events: list, type_first: bool = True) -> dict:
    body = {"id": bucket_id, "type": kind, "hostname": "laptop", "events": events}
    if not type_first:
        body = {"events": events, "id": bucket_id, "type": kind}
    return body


def web(stamp: str, seconds: float, url: str) -> dict:
    return {"timestamp": stamp, "duration": seconds, "data": {"url": url, "title": ""}}


def test_without_an_afk_bucket_browser_time_counts_in_full_and_the_report_says_so():
    export = {
        "buckets": {
            "aw-watcher-web-chrome": bucket(
                "aw-watcher-web-chrome",
                "web.tab.current",
                [web("2024-02-19T09:00:00Z", 120, "https://x.com/home")],
            )
        }
    }
    items, context = read_bytes("activitywatch", "aw.json", json.dumps(export).encode(), HOSTS)
    assert [round(i.amount, 3) for i in items] == [2.0]
    assert "no AFK bucket" in context.notes[0]


def test_buckets_are_known_by_their_type_even_when_it_comes_after_the_events():
    export = {
        "buckets": {
            "my-browser": bucket(
                "my-browser",
                "web.tab.current",
                [web("2024-02-19T09:00:00Z", 120, "https://x.com/")],
                False,
            ),
            "my-afk": bucket(
                "my-afk",
                "afkstatus",
                [{"timestamp": "2024-02-19T09:00:00Z", "duration": 60, "data": {"status": "afk"}}],
                False,
            ),
        }
    }
    items, _ = read_bytes("activitywatch", "aw.json", json.dumps(export).encode(), HOSTS)
    assert [round(i.amount, 3) for i in items] == [1.0]


def test_an_export_without_browser_events_is_refused_with_a_reason():
    export = {
        "buckets": {"aw-watcher-afk_laptop": bucket("aw-watcher-afk_laptop", "afkstatus", [])}
    }
    with pytest.raises(ImportFailed) as raised:
        read_bytes("activitywatch", "aw.json", json.dumps(export).encode(), HOSTS)
    assert raised.value.code == "no_browser_events"
    assert "browser extension" in str(raised.value)


def test_a_json_file_of_something_else_is_refused():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("activitywatch", "aw.json", b'{"events": []}', HOSTS)
    assert raised.value.code == "wrong_shape"


def test_a_zip_holding_the_export_is_read_too():
    items, _ = read_bytes("activitywatch", "aw.zip", zipped({"aw-export.json": EXPORT}), HOSTS)
    assert len(items) == 4
