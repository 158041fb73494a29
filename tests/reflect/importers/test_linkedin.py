"""LinkedIn: Shares.csv, Comments.csv and Reactions.csv, as the export versions write them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reflect.importers.base import ImportFailed
from tests.reflect.importers.helpers import FIXTURES, export_bytes, kinds, read_bytes, zipped


def test_the_export_counts_shares_comments_and_reactions():
    items, context = read_bytes("linkedin", *export_bytes("linkedin"))
    assert kinds(items) == {"posts": 3, "comments": 3, "reactions": 4}
    assert context.skipped_sentences() == ["1 row of Comments.csv had no readable date."]
    first_post = min((i for i in items if i.kind == "posts"), key=lambda i: i.occurred_at)
    assert first_post.occurred_at == datetime(2024, 2, 19, 9, 1, 12, tzinfo=UTC)
    assert first_post.key.endswith("urn%3Ali%3Ashare%3A7165000000000000001")


def test_two_comments_on_one_post_are_two_items():
    items, _ = read_bytes("linkedin", *export_bytes("linkedin"))
    comments = [i.key for i in items if i.kind == "comments"]
    assert len(set(comments)) == 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # lower-case header, US dates with AM/PM
        (
            b'date,type,link\n"5/4/23, 10:12 AM",LIKE,https://l.example/1\n'
            b'"5/4/23, 1:12 PM",LIKE,https://l.example/2\n',
            2,
        ),
        # upper case, slashes and "UTC", CRLF
        (b"DATE,TYPE,LINK\r\n2023/05/04 10:12:13 UTC,LIKE,https://l.example/1\r\n", 1),
        # a byte-order mark and notes above the header
        (
            b'\xef\xbb\xbfNotes:\n"Some reactions may be missing."\n\nDate,Type,Link\n'
            b"2023-05-04 10:12:13,PRAISE,https://l.example/1\n",
            1,
        ),
    ],
)
def test_header_case_date_formats_and_notes_vary_between_exports(content, expected):
    items, _ = read_bytes("linkedin", "Reactions.csv", content)
    assert len(items) == expected
    assert {i.kind for i in items} == {"reactions"}


def test_a_renamed_file_is_told_apart_by_its_columns():
    shares = (FIXTURES / "linkedin" / "Shares.csv").read_bytes()
    items, _ = read_bytes("linkedin", "my posts.csv", shares)
    assert kinds(items) == {"posts": 3}
    comments = (FIXTURES / "linkedin" / "Comments.csv").read_bytes()
    items, _ = read_bytes("linkedin", "export (1).csv", comments)
    assert kinds(items) == {"comments": 3}


def test_a_zip_with_only_some_files_says_what_it_could_not_count():
    shares = (FIXTURES / "linkedin" / "Shares.csv").read_bytes()
    items, context = read_bytes("linkedin", "Basic.zip", zipped({"Shares.csv": shares}))
    assert kinds(items) == {"posts": 3}
    assert context.notes == [
        "There is no Comments.csv in this export, so comments were not counted.",
        "There is no Reactions.csv in this export, so reactions were not counted.",
    ]


def test_a_broken_quote_is_an_error_naming_the_file_and_line():
    content = b'Date,Link,Message\n2024-02-20 12:00:00,https://l.example/1,"never closed\n'
    with pytest.raises(ImportFailed) as raised:
        read_bytes("linkedin", "Comments.csv", content)
    assert raised.value.code == "bad_csv"
    assert str(raised.value).startswith("Comments.csv: is not valid CSV at line")


def test_a_csv_of_something_else_is_refused():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("linkedin", "Shares.csv", b"name,colour\nX,#000000\n")
    assert raised.value.code == "wrong_shape"
    assert "no Date column" in str(raised.value)


def test_a_zip_of_other_csv_files_is_not_a_linkedin_export():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("linkedin", "data.zip", zipped({"Invitations.csv": b"From,To\n"}))
    assert raised.value.code == "not_this_platform"
