"""Facebook: posts, comments and reactions across export versions and encodings."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.importers.base import ImportFailed
from reflect.importers.facebook import fix_text
from tests.reflect.importers.helpers import export_bytes, fixture_files, kinds, read_bytes, zipped

NEW = "your_facebook_activity"


def mangle(text: str) -> str:
    """What Facebook writes: the UTF-8 bytes of the text, each taken as a Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


@given(st.text())
def test_fix_text_undoes_the_mis_encoding(text):
    assert fix_text(mangle(text)) == text


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fix_text_leaves_plain_text_alone(text):
    assert fix_text(text) == text


def test_fix_text_leaves_correct_text_alone():
    assert fix_text("Café 😊 Zoë") == "Café 😊 Zoë"
    assert fix_text(mangle("Café 😊 Zoë")) == "Café 😊 Zoë"


def test_the_export_counts_posts_comments_and_reactions():
    items, context = read_bytes("facebook", *export_bytes("facebook"))
    assert kinds(items) == {"posts": 3, "comments": 2, "reactions": 3}
    assert context.skipped_sentences() == ["1 entry in the posts had no readable time."]


def fix_deep(value):
    if isinstance(value, str):
        return fix_text(value)
    if isinstance(value, list):
        return [fix_deep(v) for v in value]
    if isinstance(value, dict):
        return {k: fix_deep(v) for k, v in value.items()}
    return value


def older_export() -> dict[str, bytes]:
    """The same activity as an older export lays it out: other folders, ``comments`` and
    ``reactions`` in place of ``comments_v2`` and a top-level list, and the text written
    correctly."""
    files = fixture_files("facebook")
    posts = json.loads(files[f"{NEW}/posts/your_posts__check_ins__photos_and_videos_1.json"])
    comments = json.loads(files[f"{NEW}/comments_and_reactions/comments.json"])["comments_v2"]
    reactions = json.loads(files[f"{NEW}/comments_and_reactions/likes_and_reactions_1.json"])

    def dump(value):
        return json.dumps(fix_deep(value), ensure_ascii=False, indent=2).encode()

    return {
        "posts/your_posts_1.json": dump(posts),
        "comments/comments.json": dump({"comments": comments}),
        "likes_and_reactions/posts_and_comments.json": dump({"reactions": reactions}),
    }


def test_an_older_export_with_correct_text_gives_the_same_items():
    """So importing an old and a new export of the same account counts nothing twice."""
    new, _ = read_bytes("facebook", *export_bytes("facebook"))
    old, _ = read_bytes("facebook", "facebook-2021.zip", zipped(older_export()))
    assert sorted(old, key=lambda i: i.key) == sorted(new, key=lambda i: i.key)


def test_one_file_taken_out_is_read_by_its_keys():
    files = older_export()
    items, _ = read_bytes("facebook", "comments.json", files["comments/comments.json"])
    assert kinds(items) == {"comments": 2}
    items, _ = read_bytes(
        "facebook", "posts_and_comments.json", files["likes_and_reactions/posts_and_comments.json"]
    )
    assert kinds(items) == {"reactions": 3}


def test_two_photo_posts_in_the_same_second_are_two_posts():
    def photo(name):
        return {
            "timestamp": 1708416000,
            "title": "Me Example added a new photo.",
            "attachments": [{"data": [{"media": {"uri": f"posts/media/Photos_1/{name}"}}]}],
        }

    data = json.dumps([photo("1_a.jpg"), photo("2_b.jpg")]).encode()
    items, _ = read_bytes("facebook", "your_posts_1.json", data)
    assert len({i.key for i in items}) == 2


def test_items_with_an_id_are_keyed_by_it():
    data = json.dumps([{"timestamp": 1708416000, "fbid": "1234567890", "title": "x"}]).encode()
    items, _ = read_bytes("facebook", "likes_and_reactions_1.json", data)
    assert [(i.key, i.kind) for i in items] == [("reactions:1234567890", "reactions")]


def test_a_zip_with_only_posts_says_what_it_could_not_count():
    files = {k: v for k, v in fixture_files("facebook").items() if "/posts/" in k}
    items, context = read_bytes("facebook", "facebook-part1.zip", zipped(files))
    assert kinds(items) == {"posts": 3}
    assert any("no file of comments" in note for note in context.notes)
    assert any("likes and reactions" in note for note in context.notes)


def test_an_html_export_is_refused_with_what_to_do():
    files = {f"{NEW}/posts/your_posts__check_ins__photos_and_videos_1.html": b"<html></html>"}
    with pytest.raises(ImportFailed) as raised:
        read_bytes("facebook", "facebook.zip", zipped(files))
    assert raised.value.code == "html_export"
    assert "choose JSON" in str(raised.value)


def test_a_json_file_of_something_else_is_refused():
    with pytest.raises(ImportFailed) as raised:
        read_bytes("facebook", "your_posts_1.json", b'{"profile_v2": {"name": "x"}}')
    assert raised.value.code == "wrong_shape"
