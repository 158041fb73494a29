"""What every importer shares: the input (a zip as downloaded, or one file taken out of it),
the size limit, the error that names the file, and the tally of what was read and skipped.

Nothing here touches the database: the readers turn files into
:class:`~reflect.activity.MeasuredItem` values, and ``reflect.importers.service`` stores them.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import tarfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from reflect.errors import ReflectError

#: The largest file Reflect reads out of an export. A 100,000-tweet tweets.js is ~100 MB.
MAX_FILE_BYTES = 1 << 30
#: Files that are decoded whole (Bluesky repositories) have a lower limit.
MAX_WHOLE_FILE_BYTES = 512 << 20
CHUNK_BYTES = 1 << 20

#: ``progress(done, total)`` is called as the files are read; raise :class:`ImportCancelled`
#: from it to stop the import (the transaction then rolls back).
Progress = Callable[[int, int], None]

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"
_IGNORED = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$)")
# What can go wrong inside a zip member as it is read: damage, truncation, an unknown
# compression method, a password.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


class ImportFailed(ReflectError):
    """The input cannot be imported and nothing was written. ``file`` names the file (inside
    its zip), ``code`` is stable for tests and callers, ``detail`` says what is wrong."""

    def __init__(self, file: str, code: str, detail: str):
        self.file, self.code, self.detail = file, code, detail
        super().__init__(f"{file}: {detail}")


class ImportCancelled(ReflectError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


def size_words(size: int) -> str:
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GB"
    if size >= 1 << 20:
        return f"{size / (1 << 20):.0f} MB"
    return f"{max(1, round(size / 1024))} KB"


@dataclass(frozen=True, slots=True)
class Member:
    """One file of the input: its path inside the zip (or its own name) and its size."""

    name: str
    size: int

    @property
    def basename(self) -> str:
        return PurePosixPath(self.name).name


class Context:
    """What a reader reports back while it reads: progress, and what it skipped and why."""

    def __init__(self, progress: Progress | None = None, total: int = 0):
        self._progress = progress
        self.total = total
        self.done = 0
        self.skipped: Counter[str] = Counter()  # sentence template with {n} → count
        self.notes: list[str] = []  # sentences said once
        self.files: list[str] = []  # the files actually read

    def advance(self, amount: int) -> None:
        self.done += amount
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))

    def skip(self, template: str, count: int = 1) -> None:
        """Count a skipped item; ``template`` is a sentence about ``{n}`` of them, like
        ``"{n} tweet(s) had no readable date"``."""
        self.skipped[template] += count

    def note(self, sentence: str) -> None:
        if sentence not in self.notes:
            self.notes.append(sentence)

    def skipped_sentences(self) -> list[str]:
        said = [_plural(template, n) for template, n in self.skipped.items()]
        return said + self.notes


_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def _plural(template: str, n: int) -> str:
    """``"{n} entr(y|ies) (was|were)"`` → ``"1 entry was"`` / ``"3 entries were"``; ``(s)``
    is an optional plural s."""
    text = _CHOICE.sub(lambda m: m[1] if n == 1 else m[2], template)
    text = text.replace("(s)", "" if n == 1 else "s").format(n=f"{n:,}")
    return text if text.endswith((".", "!", "?")) else text + "."


class Archive:
    """The input as the user chose it: a zip (or a tar.gz, as older Mastodon servers send)
    downloaded from the network, or one file taken out of it.

    ``label`` names it in messages (the file name the user picked).
    """

    def __init__(
        self,
        label: str,
        members: list[Member],
        opener: Callable[[Member], BinaryIO],
        *,
        closing: tuple = (),
    ):
        self.label = label
        self.members = members
        self._opener = opener
        self._closing = closing  # the ZipFile or TarFile and its file, closed with the archive

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Archive:
        path = Path(path)
        label = path.name
        try:
            if path.is_dir():
                raise ImportFailed(label, "not_a_file", "is a folder; choose the export file.")
            size = path.stat().st_size
            with open(path, "rb") as handle:
                head = handle.read(4)
        except FileNotFoundError:
            raise ImportFailed(label, "missing", "there is no such file.") from None
        except PermissionError:
            raise ImportFailed(label, "unreadable", "Reflect may not read this file.") from None
        except OSError as error:
            raise ImportFailed(label, "unreadable", f"cannot be read ({error}).") from None
        if size == 0:
            raise ImportFailed(label, "empty", "the file is empty.")
        return cls._open(label, head, lambda: open(path, "rb"), size)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Archive:
        """An input held in memory (tests and fuzzing), told apart the same way."""
        if not data:
            raise ImportFailed(name, "empty", "the file is empty.")
        return cls._open(name, data[:4], lambda: io.BytesIO(data), len(data))

    @classmethod
    def _open(cls, label: str, head: bytes, source: Callable[[], BinaryIO], size: int):
        lower = label.lower()
        if head in _ZIP_MAGIC or lower.endswith(".zip"):
            return cls._open_zip(label, source(), head)
        if head[:2] == _GZIP_MAGIC and lower.endswith((".tar.gz", ".tgz")):
            return cls._open_tar(label, source())
        return cls(label, [Member(label, size)], lambda _member: source())

    @classmethod
    def _open_zip(cls, label: str, source: BinaryIO, head: bytes) -> Archive:
        if head not in _ZIP_MAGIC:
            raise ImportFailed(
                label,
                "not_a_zip",
                "is not a zip file, though its name says so. Was the download complete?",
            )
        try:
            archive = zipfile.ZipFile(source)
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            source.close()
            raise ImportFailed(
                label,
                "damaged_zip",
                "the zip is damaged or incomplete (was the download finished?).",
            ) from None
        members = [
            Member(info.filename, info.file_size)
            for info in infos
            if not info.is_dir() and not _IGNORED.search(info.filename)
        ]
        if not members:
            archive.close()
            source.close()
            raise ImportFailed(label, "empty", "the zip is empty.")
        return cls(label, members, lambda m: archive.open(m.name), closing=(archive, source))

    @classmethod
    def _open_tar(cls, label: str, source: BinaryIO) -> Archive:
        try:
            archive = tarfile.open(fileobj=source, mode="r:gz")  # noqa: SIM115 - kept open
            infos = {i.name: i for i in archive.getmembers() if i.isfile()}
        except (tarfile.TarError, OSError, EOFError, zlib.error):
            source.close()
            raise ImportFailed(
                label,
                "damaged_zip",
                "the archive is damaged or incomplete (was the download finished?).",
            ) from None
        members = [Member(n, i.size) for n, i in infos.items() if not _IGNORED.search(n)]
        if not members:
            archive.close()
            source.close()
            raise ImportFailed(label, "empty", "the archive is empty.")
        opener = lambda m: archive.extractfile(infos[m.name])  # noqa: E731
        return cls(label, members, opener, closing=(archive, source))

    def close(self) -> None:
        for item in self._closing:
            item.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- finding and reading --------------------------------------------------------------

    @property
    def is_container(self) -> bool:
        """True for a zip or tar of several files; False for one file."""
        return bool(self._closing)

    def find(self, pattern: str | re.Pattern[str], under: str = "") -> list[Member]:
        """The members whose file name (not path) matches ``pattern``, case-insensitively,
        optionally only those whose path contains ``under``; in name order."""
        regex = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
        found = [
            m
            for m in self.members
            if regex.fullmatch(m.basename) and under.lower() in m.name.lower()
        ]
        return sorted(found, key=lambda m: _natural(m.name))

    def where(self, member: Member) -> str:
        """How messages name a member: ``archive.zip › data/tweets.js`` or ``tweets.js``."""
        return f"{self.label} › {member.name}" if self.is_container else self.label

    def check_size(self, member: Member, limit: int = MAX_FILE_BYTES) -> None:
        if member.size > limit:
            raise ImportFailed(
                self.where(member),
                "too_large",
                f"the file is {size_words(member.size)}, more than the {size_words(limit)} "
                "Reflect reads. Is it the right file?",
            )
        if member.size == 0:
            raise ImportFailed(self.where(member), "empty", "the file is empty.")

    def binary(self, member: Member, context: Context, limit: int = MAX_FILE_BYTES) -> BinaryIO:
        """The member as a binary stream that reports progress and turns damage into
        :class:`ImportFailed`."""
        self.check_size(member, limit)
        where = self.where(member)
        try:
            raw = self._opener(member)
        except (*_ZIP_ERRORS, OSError, ValueError) as error:
            raise _damaged(where, error) from None
        context.files.append(where)
        return _Counting(raw, context, where)  # type: ignore[return-value]

    def read_bytes(self, member: Member, context: Context, limit: int) -> bytes:
        with self.binary(member, context, limit) as stream:
            return stream.read()

    def text_chunks(self, member: Member, context: Context) -> Iterator[str]:
        """The member as UTF-8 text in chunks of about a megabyte (a byte-order mark is
        dropped); text that is not UTF-8 is reported, naming the file."""
        where = self.where(member)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        with self.binary(member, context) as stream:
            while True:
                data = stream.read(CHUNK_BYTES)
                try:
                    text = decoder.decode(data, final=not data)
                except UnicodeDecodeError:
                    raise ImportFailed(
                        where,
                        "not_text",
                        "the file is not UTF-8 text, so it is not an export file of this kind.",
                    ) from None
                if text:
                    yield text
                if not data:
                    return

    def csv_rows(self, member: Member, context: Context) -> Iterator[list[str]]:
        """The member's rows as lists of strings (strict CSV: a broken quote is an error)."""
        where = self.where(member)
        raw = self.binary(member, context)
        text = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8-sig", newline="")
        reader = csv.reader(text, strict=True)
        try:
            yield from reader
        except csv.Error as error:
            raise ImportFailed(
                where, "bad_csv", f"is not valid CSV at line {reader.line_num:,} ({error})."
            ) from None
        except UnicodeDecodeError:
            raise ImportFailed(
                where,
                "not_text",
                "the file is not UTF-8 text, so it is not an export file of this kind.",
            ) from None
        finally:
            text.close()


class _Counting(io.RawIOBase):
    """A read-only stream that reports the bytes read as progress."""

    def __init__(self, raw: BinaryIO, context: Context, where: str):
        super().__init__()
        self._raw, self._context, self._where = raw, context, where

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._raw.read(size)
        except (*_ZIP_ERRORS, OSError, ValueError) as error:
            raise _damaged(self._where, error) from None
        if data:
            self._context.advance(len(data))
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def _damaged(where: str, error: BaseException) -> ImportFailed:
    if isinstance(error, RuntimeError) and "password" in str(error).lower():
        return ImportFailed(where, "encrypted", "the file is protected by a password.")
    if isinstance(error, NotImplementedError):
        return ImportFailed(
            where, "unsupported_zip", f"the zip uses a compression Reflect cannot read ({error})."
        )
    return ImportFailed(
        where, "damaged", "the file is damaged or cut short (was the download complete?)."
    )


def _natural(name: str) -> list:
    """Sort ``part2`` before ``part10``."""
    return [int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", name)]


@dataclass(slots=True)
class Found:
    """Which files of an archive a reader will read, by role (``"posts"`` → members)."""

    roles: dict[str, list[Member]] = field(default_factory=dict)

    def all(self) -> list[Member]:
        return [m for members in self.roles.values() for m in members]

    @property
    def total(self) -> int:
        return sum(m.size for m in self.all())
