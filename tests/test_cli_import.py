"""``reflect import`` as a user runs it: a real process, the report on stdout, one line on
stderr when something is wrong, and the database untouched then."""

from __future__ import annotations

import sqlite3

from tests.reflect.importers.helpers import FIXTURES, write_export
from tests.test_cli import one_line, reflect


def rows(profile, sql: str) -> list[tuple]:
    connection = sqlite3.connect(profile / "reflect.sqlite3")
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_help_lists_the_import_command_and_its_platforms():
    shown = reflect("import", "--help")
    assert shown.returncode == 0
    for word in ("PLATFORM", "PATH", "--network", "x, mastodon, linkedin, facebook, bluesky"):
        assert word in shown.stdout


def test_import_goes_to_the_platforms_network_made_when_missing(tmp_path):
    profile = tmp_path / "p"
    archive = write_export(tmp_path, "x")
    first = reflect("import", "x", str(archive), data_dir=profile, env={"TZ": "UTC"})
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[:5] == [
        f"Imported {archive.name} into X.",
        "The network X was added for it.",
        "  3 posts counted, from 2024-W08 to 2024-W10.",
        "  2 comments and replies counted, from 2024-W08 to 2024-W10.",
        "  1 share counted, in 2024-W09.",
    ]
    assert "  - like.js has no dates, so likes were not counted." in lines
    assert lines[-1].startswith("A backup was made first: ")
    assert rows(profile, "SELECT name, preset FROM network") == [("X", "x")]
    assert rows(profile, "SELECT count(*) FROM imported_item") == [(6,)]

    again = reflect("import", "x", str(archive), data_dir=profile)
    assert again.returncode == 0
    assert again.stdout.startswith(f"Everything in {archive.name} had been imported into X")
    assert rows(profile, "SELECT count(*) FROM imported_item") == [(6,)]


def test_network_names_the_network_it_goes_to(tmp_path):
    profile = tmp_path / "p"
    assert (
        reflect(
            "import", "mastodon", str(write_export(tmp_path, "mastodon")), data_dir=profile
        ).returncode
        == 0
    )
    comments = FIXTURES / "linkedin" / "Comments.csv"
    done = reflect("import", "linkedin", str(comments), "--network", "mastodon", data_dir=profile)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported Comments.csv into Mastodon.")
    assert rows(profile, "SELECT name FROM network") == [("Mastodon",)]

    unknown = reflect("import", "linkedin", str(comments), "--network", "Threads", data_dir=profile)
    assert unknown.returncode == 1
    assert one_line(unknown.stderr) == (
        "reflect: There is no network called 'Threads' (the networks are: Mastodon)."
    )


def test_a_bad_file_is_one_line_and_no_database_is_made(tmp_path):
    profile = tmp_path / "p"
    bad = tmp_path / "twitter.zip"
    bad.write_bytes(b"PK\x03\x04 cut short")
    result = reflect("import", "x", str(bad), data_dir=profile)
    assert result.returncode == 1
    assert one_line(result.stderr) == (
        "reflect: twitter.zip: the zip is damaged or incomplete (was the download finished?)."
    )
    assert result.stdout == ""
    assert not (profile / "reflect.sqlite3").exists()

    other = reflect("import", "bluesky", str(write_export(tmp_path, "linkedin")), data_dir=profile)
    assert other.returncode == 1
    assert "this looks like an export from LinkedIn, not from Bluesky" in one_line(other.stderr)


def test_an_unknown_platform_is_bad_usage(tmp_path):
    result = reflect("import", "myspace", str(tmp_path / "x.zip"), data_dir=tmp_path / "p")
    assert result.returncode == 2
    assert "invalid choice: 'myspace'" in one_line(result.stderr)
