"""Read a large JSON document piece by piece, so memory stays near the size of one item.

The structure (objects and arrays on the way to the items) is walked token by token; each
item is decoded whole by the standard library's C decoder (``JSONDecoder.raw_decode``) from a
buffer of about a megabyte that is refilled as it is used up. An X archive's ``tweets.js``
of 100 MB is read in well under the time ``json.loads`` takes, and in a small part of the
memory.

Errors name the file and the line: a document that stops early is "cut short", anything
else is "not valid JSON at line N".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from reflect.importers.base import ImportFailed

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_MIN_READ = 1 << 20
# What the text may end in when it was cut in the middle of a value: nothing, or the start
# of a number or of true, false or null.
_TOKEN_START = re.compile(r"-?\d*(\.\d*)?([eE][-+]?\d*)?|t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?")


class JsonStream:
    """A pull reader over text chunks. ``where`` names the file in messages."""

    def __init__(self, chunks: Iterator[str], where: str):
        self._chunks = chunks
        self.where = where
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._lines_before = 0  # newlines in the text already dropped from the buffer

    # -- the buffer ----------------------------------------------------------------------

    def _more(self) -> bool:
        """Append the next chunk(s), reading at least as much as is left unread (so a long
        item is found in a logarithmic number of tries). False at the end of the text."""
        if self._eof:
            return False
        if self._pos:
            self._lines_before += self._buf.count("\n", 0, self._pos)
            self._buf = self._buf[self._pos :]
            self._pos = 0
        wanted = max(_MIN_READ, len(self._buf))
        parts = [self._buf]
        got = 0
        while got < wanted:
            chunk = next(self._chunks, None)
            if chunk is None:
                self._eof = True
                break
            parts.append(chunk)
            got += len(chunk)
        self._buf = "".join(parts)
        return got > 0

    def peek(self) -> str:
        """The next character that is not white space ('' at the end), not consumed."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more():
                return ""

    def _line(self, pos: int | None = None) -> int:
        pos = self._pos if pos is None else pos
        return self._lines_before + self._buf.count("\n", 0, pos) + 1

    # -- errors ----------------------------------------------------------------------------

    def cut_short(self) -> ImportFailed:
        return ImportFailed(
            self.where,
            "truncated",
            "the file ends in the middle of its data; it seems cut "
            "short (was the download complete?).",
        )

    def invalid(self, what: str, pos: int | None = None) -> ImportFailed:
        return ImportFailed(
            self.where, "bad_json", f"is not valid JSON at line {self._line(pos):,} ({what})."
        )

    def shape(self, what: str) -> ImportFailed:
        """The JSON is fine but not what this export holds."""
        return ImportFailed(self.where, "wrong_shape", what)

    # -- tokens -----------------------------------------------------------------------------

    def expect(self, char: str) -> None:
        found = self.peek()
        if found == "":
            raise self.cut_short()
        if found != char:
            raise self.invalid(f"expected {char!r} but found {found!r}")
        self._pos += 1

    def value(self) -> Any:
        """Decode the next value whole."""
        buf, pos = self._buf, self._pos
        if pos < len(buf) and buf[pos] in " \t\n\r":
            pos = self._pos = _SPACE.match(buf, pos).end()
        if pos >= len(buf) and self.peek() == "":
            raise self.cut_short()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
                # A value that reaches the end of the buffer may go on (a number split in
                # two): accept it only when more text follows or the text has ended.
                if end < len(self._buf) or self._eof:
                    self._pos = end
                    return value
            except json.JSONDecodeError as error:
                # Running out of text fails at the buffer's end (or, for a string, where the
                # string starts); a failure well before the end is a real error.
                far = len(self._buf) - error.pos > 64
                if self._eof or (far and not error.msg.startswith("Unterminated string")):
                    raise self._decode_error(error) from None
            except RecursionError:
                raise self.invalid("nested too deeply") from None
            except ValueError as error:  # e.g. an integer of more than 4,300 digits
                raise self.invalid(str(error)) from None
            self._more()

    def _decode_error(self, error: json.JSONDecodeError) -> ImportFailed:
        rest = self._buf[error.pos :].strip()
        if error.msg.startswith("Unterminated string") or _TOKEN_START.fullmatch(rest):
            return self.cut_short()
        return self.invalid(error.msg, error.pos)

    def members(self) -> Iterator[str]:
        """The keys of the object that starts here; after each key the caller reads (or
        skips) its value before asking for the next."""
        self.expect("{")
        first = True
        while True:
            found = self.peek()
            if found == "}":
                self._pos += 1
                return
            if not first:
                self.expect(",")
                found = self.peek()
            if found == "":
                raise self.cut_short()
            if found != '"':
                raise self.invalid("expected a name in double quotes")
            key = self.value()
            self.expect(":")
            first = False
            yield key

    def elements(self) -> Iterator[int]:
        """The positions of the array that starts here; after each the caller reads (or
        skips) the element."""
        self.expect("[")
        index = 0
        while True:
            found = self.peek()
            if found == "]":
                self._pos += 1
                return
            if index:
                if found != ",":
                    raise (
                        self.cut_short()
                        if found == ""
                        else self.invalid(f"expected ',' or ']' but found {found!r}")
                    )
                self._pos += 1
            yield index
            index += 1

    def skip(self) -> None:
        self.value()

    def kind(self) -> str:
        """``"object"``, ``"array"`` or ``"other"`` for the value that starts here."""
        found = self.peek()
        if found == "":
            raise self.cut_short()
        return {"{": "object", "[": "array"}.get(found, "other")

    def skip_assignment(self, pattern: re.Pattern[str]) -> bool:
        """Skip a JavaScript prefix like ``window.YTD.tweets.part0 =`` matched by
        ``pattern`` at the start; False when the text does not start with it."""
        self.peek()
        while len(self._buf) - self._pos < 4096 and self._more():
            pass
        match = pattern.match(self._buf, self._pos)
        if match is None:
            return False
        self._pos = match.end()
        return True

    def finish(self, allowed: str = "") -> None:
        """Only white space (and characters in ``allowed``, like a JavaScript ``;``) may
        follow the document."""
        while True:
            found = self.peek()
            if found == "":
                return
            if found not in allowed:
                raise self.invalid(f"unexpected {found!r} after the end of the data")
            self._pos += 1


def array_items(stream: JsonStream, keys: tuple[str, ...]) -> Iterator[Any]:
    """The items of the document's array: the document itself when it is an array, else
    the array under the first of ``keys`` found in the top-level object (other members are
    skipped). Raises a "wrong shape" error when there is neither."""
    kind = stream.kind()
    if kind == "array":
        for _ in stream.elements():
            yield stream.value()
        return
    if kind != "object":
        raise stream.shape("holds no list of items (it is not a JSON object or array).")
    seen = False
    for key in stream.members():
        if key in keys and not seen and stream.kind() == "array":
            seen = True
            for _ in stream.elements():
                yield stream.value()
        else:
            stream.skip()
    if not seen:
        names = " or ".join(f"“{k}”" for k in keys)
        raise stream.shape(f"has no {names} list, so it is not the file Reflect expected.")
