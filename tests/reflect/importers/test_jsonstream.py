"""The streaming JSON reader gives what json.loads gives, wherever the chunks are cut, and
names the file and the line when the text is broken."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.importers.base import ImportFailed
from reflect.importers.jsonstream import JsonStream, array_items

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def chunked(text: str, sizes: list[int]):
    """``text`` cut into chunks of the given sizes (cycled), as a file would be read."""
    position, index = 0, 0
    while position < len(text):
        size = max(1, sizes[index % len(sizes)]) if sizes else len(text)
        yield text[position : position + size]
        position += size
        index += 1


def stream(text: str, sizes=(3,)) -> JsonStream:
    return JsonStream(chunked(text, list(sizes)), "test.json")


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(json_values, max_size=8),
    sizes=st.lists(st.integers(1, 40), max_size=5),
    indent=st.sampled_from([None, 1, 2]),
)
def test_array_items_equal_json_loads_wherever_the_text_is_cut(items, sizes, indent):
    text = json.dumps(items, indent=indent)
    assert list(array_items(stream(text, sizes), ())) == json.loads(text)


@settings(max_examples=100, deadline=None)
@given(
    items=st.lists(json_values, max_size=6),
    other=json_values,
    sizes=st.lists(st.integers(1, 40), max_size=5),
)
def test_the_list_under_a_key_is_found_and_other_members_skipped(items, other, sizes):
    text = json.dumps({"@context": other, "orderedItems": items, "after": other})
    assert list(array_items(stream(text, sizes), ("orderedItems",))) == items


def test_a_number_cut_at_a_chunk_boundary_is_read_whole():
    assert list(array_items(stream("[12345, 678]", (3,)), ())) == [12345, 678]


def test_a_javascript_assignment_is_skipped():
    reader = stream('window.YTD.tweets.part0 = [ {"a": 1} ];', (5,))
    assert reader.skip_assignment(re.compile(r"window\.YTD\.[\w.]+\s*=\s*"))
    assert [reader.value() for _ in reader.elements()] == [{"a": 1}]
    reader.finish(";")


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ('[{"a": 1}, {"b": ', "truncated", "cut short"),
        ('[{"a": "unterminated', "truncated", "cut short"),
        ("[1, 2", "truncated", "cut short"),
        ("", "truncated", "cut short"),
        ('[{"a": 1}]\n\n  garbage', "bad_json", "line 3"),
        ('[\n{"a": 1},\n{"a" 2}]', "bad_json", "line 3"),
        ("[1,, 2]", "bad_json", "line 1"),
        ("[1, 2,]", "bad_json", "line 1"),
        ('{"x": 1}', "wrong_shape", "“items”"),
        ('"just a string"', "wrong_shape", "no list"),
    ],
)
def test_broken_text_is_one_sentence_naming_the_file(text, code, words):
    with pytest.raises(ImportFailed) as raised:
        reader = stream(text)
        list(array_items(reader, ("items",)))
        reader.finish()
    assert raised.value.code == code
    assert str(raised.value).startswith("test.json: ")
    assert words in str(raised.value)


def test_deep_nesting_is_an_error_not_a_crash():
    text = "[" + "[" * 100_000 + "]" * 100_000 + "]"
    with pytest.raises(ImportFailed, match="nested too deeply"):
        list(array_items(stream(text, (1 << 20,)), ()))


def test_a_huge_integer_is_an_error_not_a_crash():
    with pytest.raises(ImportFailed, match="not valid JSON"):
        list(array_items(stream("[" + "9" * 5000 + "]", (1 << 20,)), ()))


def test_an_invalid_item_early_in_a_large_text_fails_at_once():
    """A real error is reported where it is, without reading the rest of the file."""
    read = []

    def chunks():
        yield '[{"a": 1}, {"a" 2}, '
        for _ in range(1000):
            read.append(1)
            yield '{"a": 1}, ' * 1000
        yield "{}]"

    with pytest.raises(ImportFailed, match="line 1"):
        list(array_items(JsonStream(chunks(), "big.json"), ()))
    assert len(read) < 200
