"""An import as a user makes it: into a network, in one transaction, with an honest report."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zipfile

import pytest

from reflect import activity, backups, checkin_form, networks
from reflect.errors import InvalidActivity
from reflect.importers import (
    ImportCancelled,
    ImportFailed,
    network_choices,
    network_named,
    run_import,
)
from reflect.weeks import IsoWeek
from tests.reflect.importers.helpers import FIXTURES, export_bytes, write_export, zipped

W = IsoWeek.parse


def weeks_of(network_id: str) -> dict[str, tuple[int, ...]]:
    return {
        str(a.week): (a.posts, a.comments, a.shares, a.reactions, a.minutes)
        for a in activity.measured(network_id)
    }


def dump(profile) -> list[tuple]:
    """Every row of every table, to show the database was left as it was."""
    connection = sqlite3.connect(f"file:{profile.database_path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return [(t, *row) for t in tables for row in connection.execute(f'SELECT * FROM "{t}"')]
    finally:
        connection.close()


def test_an_x_archive_lands_in_the_x_network_per_week(db, profile, tmp_path):
    path = write_export(tmp_path, "x")
    report = run_import("x", path, profile=profile)
    x = network_named("X")
    assert x.preset == "x" and report.created_network == "X"
    expected = {"2024-W08": (1, 1, 0, 0, 0), "2024-W09": (0, 0, 1, 0, 0)}
    measured = weeks_of(x.id)
    assert {k: measured[k] for k in expected} == expected
    assert sum(v[0] for v in measured.values()) == 3
    assert sum(v[1] for v in measured.values()) == 2
    assert report.lines()[0] == f"Imported {path.name} into X."
    assert "  1 share counted, in 2024-W09." in report.lines()
    assert "  - like.js has no dates, so likes were not counted." in report.lines()


def test_the_same_archive_twice_counts_nothing_twice(db, profile, tmp_path):
    path = write_export(tmp_path, "mastodon")
    first = run_import("mastodon", path, profile=profile)
    network = network_named("Mastodon")
    counted = weeks_of(network.id)
    again = run_import("mastodon", path, profile=profile)
    assert weeks_of(network.id) == counted
    assert first.new_items == 4 and again.new_items == 0 and again.already_known == 4
    assert again.created_network is None
    assert again.headline().startswith("Everything in")
    assert "2 posts, from 2024-W08 to 2024-W10: all imported before, not counted again." in (
        "\n".join(again.lines())
    )


def tweets(*entries: tuple[str, str]) -> bytes:
    items = [{"tweet": {"id_str": i, "created_at": when, "full_text": "t"}} for i, when in entries]
    return ("window.YTD.tweets.part0 = " + json.dumps(items)).encode()


def test_an_older_archive_overlapping_a_newer_one_adds_only_what_is_new(db, profile, tmp_path):
    newer = tmp_path / "newer.zip"
    newer.write_bytes(
        zipped(
            {
                "data/tweets.js": tweets(
                    ("2", "Tue Feb 20 09:00:00 +0000 2024"), ("3", "Tue Feb 27 09:00:00 +0000 2024")
                )
            }
        )
    )
    older = tmp_path / "older.zip"
    older.write_bytes(
        zipped(
            {
                "data/tweets.js": tweets(
                    ("1", "Tue Feb 13 09:00:00 +0000 2024"), ("2", "Tue Feb 20 09:00:00 +0000 2024")
                )
            }
        )
    )
    run_import("x", newer)
    report = run_import("x", older)
    assert report.new_items == 1 and report.already_known == 1
    x = network_named("X")
    assert {k: v[0] for k, v in weeks_of(x.id).items()} == {
        "2024-W07": 1,
        "2024-W08": 1,
        "2024-W09": 1,
    }
    assert report.lines()[1] == (
        "  2 posts, from 2024-W07 to 2024-W08: 1 new counted, the rest imported before."
    )


def test_a_backup_is_made_before_the_import(db, profile, tmp_path):
    report = run_import("linkedin", write_export(tmp_path, "linkedin"), profile=profile)
    made = [b for b in backups.backups(profile) if b.reason == "before-import"]
    assert len(made) == 1 and report.backup == made[0].path
    copy = sqlite3.connect(made[0].path)
    assert copy.execute("SELECT count(*) FROM imported_item").fetchone()[0] == 0
    copy.close()


def test_a_cancelled_import_leaves_no_trace(db, profile, tmp_path):
    networks.add_preset("linkedin")
    before = dump(profile)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == 2:  # after the first file: its rows are written, then cancelled
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        run_import("linkedin", write_export(tmp_path, "linkedin"), progress=progress)
    assert dump(profile) == before
    assert str(ImportCancelled()) == "The import was cancelled; nothing was changed."


def test_a_file_broken_half_way_leaves_the_database_as_it_was(db, profile, tmp_path):
    good = [(str(i), "Tue Feb 20 09:00:00 +0000 2024") for i in range(1, 2000)]
    data = tweets(*good)
    path = tmp_path / "tweets.js"
    path.write_bytes(data[: len(data) * 3 // 4])  # cut short, as an interrupted download
    networks.add_preset("x")
    before = dump(profile)
    with pytest.raises(ImportFailed) as raised:
        run_import("x", path, profile=profile)
    assert raised.value.code == "truncated"
    assert str(raised.value).startswith("tweets.js: the file ends in the middle of its data")
    assert dump(profile) == before


def test_a_preset_network_made_for_an_import_that_fails_is_not_kept(db, tmp_path):
    path = tmp_path / "tweets.js"
    path.write_bytes(b'window.YTD.tweets.part0 = [ {"tweet": {}}, ')
    with pytest.raises(ImportFailed):
        run_import("x", path)
    assert networks.networks() == []


@pytest.mark.parametrize(
    ("name", "content", "code", "words"),
    [
        ("empty.zip", zipped({}), "empty", "empty.zip: the zip is empty."),
        ("nothing.js", b"", "empty", "nothing.js: the file is empty."),
        ("archive.zip", b"<html>Sign in to download</html>", "not_a_zip", "is not a zip file"),
        ("cut.zip", zipped({"data/tweets.js": b"x" * 5000})[:-30], "damaged_zip", "damaged"),
        (
            "outbox.json",
            (FIXTURES / "mastodon" / "outbox.json").read_bytes(),
            "other_platform",
            "this looks like an export from Mastodon, not from X. Choose Mastodon to import it.",
        ),
        (
            "Basic_LinkedInDataExport.zip",
            export_bytes("linkedin")[1],
            "other_platform",
            "from LinkedIn",
        ),
    ],
)
def test_bad_input_is_one_message_naming_the_file(
    db, profile, tmp_path, name, content, code, words
):
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(profile)
    with pytest.raises(ImportFailed) as raised:
        run_import("x", path, profile=profile)
    assert raised.value.code == code
    assert str(raised.value).startswith(name + ": ")
    assert words in str(raised.value)
    assert dump(profile) == before
    assert backups.backups(profile) == []  # refused before the backup


def test_a_2_gb_file_is_refused_without_reading_it(db, profile, tmp_path):
    path = tmp_path / "tweets.js"
    with open(path, "wb") as handle:  # sparse: takes no room on disk
        handle.truncate(2 * 1024**3)
    with pytest.raises(ImportFailed) as raised:
        run_import("x", path, profile=profile)
    assert raised.value.code == "too_large"
    assert str(raised.value) == (
        "tweets.js: the file is 2.0 GB, more than the 1.0 GB Reflect reads. Is it the right file?"
    )


def test_a_too_large_file_inside_a_zip_is_refused_by_its_declared_size(db, tmp_path, monkeypatch):
    from reflect.importers import service

    monkeypatch.setattr(service, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "twitter.zip"
    path.write_bytes(zipped({"data/tweets.js": b" " * 5000}))
    with pytest.raises(ImportFailed, match=r"twitter.zip › data/tweets.js: the file is 5 KB"):
        run_import("x", path)


def test_a_missing_file_and_a_folder_are_refused(db, tmp_path):
    with pytest.raises(ImportFailed, match="there is no such file"):
        run_import("x", tmp_path / "nope.zip")
    with pytest.raises(ImportFailed, match="is a folder"):
        run_import("x", tmp_path)


def with_zone(name: str):
    os.environ["TZ"] = name
    time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_weeks_are_counted_in_the_local_time_zone(db, tmp_path):
    """Sunday 23:30 UTC is already Monday in Berlin: the next ISO week."""
    path = tmp_path / "tweets.js"
    path.write_bytes(tweets(("1", "Sun Mar 10 23:30:00 +0000 2024")))
    with_zone("Europe/Berlin")  # the package's conftest puts UTC back afterwards
    run_import("x", path, networks.add_preset("x").id)
    with_zone("America/New_York")
    run_import("x", path, networks.add_preset("bluesky").id)  # any other network
    assert list(weeks_of(network_named("X").id)) == ["2024-W11"]
    assert list(weeks_of(network_named("Bluesky").id)) == ["2024-W10"]


def test_the_chosen_network_gets_the_import(db, tmp_path):
    company = networks.save_network(networks.NetworkDraft("Work Mastodon"))
    run_import("mastodon", write_export(tmp_path, "mastodon"), company.id)
    assert sum(v[0] for v in weeks_of(company.id).values()) == 2
    assert [n.name for n in networks.networks()] == ["Work Mastodon"]  # no preset made


def test_an_existing_network_named_like_the_preset_is_used(db, tmp_path):
    mine = networks.save_network(networks.NetworkDraft("x"))  # made by hand, no preset key
    report = run_import("x", write_export(tmp_path, "x"))
    assert report.networks == ("x",) and report.created_network is None
    assert weeks_of(mine.id)


def test_activitywatch_counts_minutes_into_every_network_with_hosts(db, tmp_path):
    linkedin = networks.add_preset("linkedin")
    x = networks.add_preset("x")
    networks.add_preset("blog")  # no hosts: left out
    report = run_import("activitywatch", write_export(tmp_path, "activitywatch"))
    assert weeks_of(linkedin.id) == {"2024-W08": (0, 0, 0, 0, 25)}
    assert weeks_of(x.id) == {"2024-W08": (0, 0, 0, 0, 5)}
    assert report.networks == ("LinkedIn", "X")
    assert "  LinkedIn: 25 minutes counted, in 2024-W08." in report.lines()
    again = run_import("activitywatch", write_export(tmp_path, "activitywatch"))
    assert weeks_of(linkedin.id) == {"2024-W08": (0, 0, 0, 0, 25)}
    assert again.new_items == 0


def test_activitywatch_needs_a_network_with_host_names(db, tmp_path):
    blog = networks.add_preset("blog")
    with pytest.raises(InvalidActivity, match="Blog has no host names"):
        run_import("activitywatch", write_export(tmp_path, "activitywatch"), blog.id)
    with pytest.raises(InvalidActivity, match="No network has host names"):
        run_import("activitywatch", write_export(tmp_path, "activitywatch"))


def test_network_choices_offer_the_platforms_own_network_first(db):
    blog = networks.add_preset("blog")
    x = networks.add_preset("x")
    choices = network_choices("x", networks.networks())
    assert [(c.network_id, c.label) for c in choices] == [(x.id, "X"), (blog.id, "Blog")]
    choices = network_choices("mastodon", networks.networks())
    assert choices[0].network_id is None
    assert choices[0].label == "Mastodon (new, from the preset)"
    choices = network_choices("activitywatch", networks.networks())
    assert choices[0].label == "Every network with host names (X)"
    assert choices[1].label == "Blog (no host names yet)"


def test_an_unknown_network_name_lists_the_networks(db):
    networks.add_preset("x")
    with pytest.raises(
        InvalidActivity, match=r"no network called 'Threads' \(the networks are: X\)"
    ):
        network_named("Threads")


def test_the_checkin_prefill_uses_the_import_at_once(db, tmp_path):
    run_import("bluesky", write_export(tmp_path, "bluesky"))
    form = checkin_form.checkin_form(W("2024-W08"))
    row = next(r for r in form.rows if r.network.name == "Bluesky")
    assert row.measured is not None
    assert (
        row.measured.posts,
        row.measured.comments,
        row.measured.shares,
        row.measured.reactions,
    ) == (1, 1, 1, 1)
    assert row.measured_from == "your Bluesky repository"


def test_a_zip_member_with_a_bad_crc_is_damaged(db, tmp_path):
    path = tmp_path / "twitter.zip"
    path.write_bytes(zipped({"data/tweets.js": tweets(("1", "Tue Feb 20 09:00:00 +0000 2024"))}))
    with zipfile.ZipFile(path) as bundle:
        offset = bundle.getinfo("data/tweets.js").header_offset + 30 + len("data/tweets.js")
    data = bytearray(path.read_bytes())
    data[offset + 5] ^= 0xFF  # a flipped byte inside the compressed data
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFailed) as raised:
        run_import("x", path)
    assert raised.value.code in ("damaged", "bad_json", "truncated", "not_text")
    assert str(raised.value).startswith("twitter.zip › data/tweets.js: ")


def test_a_file_with_nothing_for_the_network_says_so(db, tmp_path):
    networks.add_preset("facebook")  # facebook.com: no browsing there in the fixture
    report = run_import("activitywatch", write_export(tmp_path, "activitywatch"))
    assert report.counted == () and report.title() == "Nothing to count"
    assert report.lines()[0] == (
        "Nothing to count for Facebook was found in aw-buckets-export.json."
    )
