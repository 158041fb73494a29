"""Domain errors. They carry codes and fields; the UI turns them into sentences."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass

from reflect.i18n import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason an input was refused: a stable code, the field it concerns, and a sentence."""

    code: str
    field: str
    message: str


class ReflectError(Exception):
    """Any failure the user should read about. ``str(error)`` is one plain sentence."""


class ValidationError(ReflectError):
    """An input was refused; nothing was written."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems) or "invalid input")

    def codes(self) -> set[str]:
        return {p.code for p in self.problems}


class InvalidCheckIn(ValidationError):
    pass


class InvalidNetwork(ValidationError):
    pass


class InvalidGoal(ValidationError):
    pass


class InvalidExperiment(ValidationError):
    pass


class InvalidActivity(ValidationError):
    pass


class NotFound(ReflectError):
    def __init__(self, kind: str, ident: str):
        self.kind, self.ident = kind, ident
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Reflect", "No {kind} with id {ident}."), kind=kind, ident=ident
            )
        )


class StorageError(ReflectError):
    """The database cannot be used as it is."""


class DatabaseTooNew(StorageError):
    def __init__(self, path: str, found: int, supported: int):
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "{path} was written by a newer Reflect (schema {found}; this version knows "
                    "up to {supported}). It was left untouched: update Reflect to open it.",
                ),
                path=path,
                found=found,
                supported=supported,
            )
        )


class DatabaseDamaged(StorageError):
    def __init__(self, path: str, detail: str):
        self.path, self.detail = path, detail
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", "{path} is damaged ({detail}). It was left untouched."
                ),
                path=path,
                detail=detail,
            )
        )


class ProfileNotEmpty(ReflectError):
    """Demo data and restores only go into a profile with nothing in it."""


class ProfileInUse(StorageError):
    def __init__(self, path: str):
        self.path = path
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "Reflect is already open on the profile {path}. Close it there first.",
                ),
                path=path,
            )
        )


def raise_if(problems: list[Problem], error: type[ValidationError]) -> None:
    if problems:
        raise error(problems)


class DiskProblem(StorageError):
    """Writing failed because the disk is full, read-only or failing; nothing saved was lost."""

    def __init__(self, kind: str, detail: str):
        self.kind, self.detail = kind, detail
        sentence = Message(_DISK_SENTENCES[kind])
        super().__init__(Message("{sentence} ({detail})", sentence=sentence, detail=detail))


_DISK_SENTENCES = {
    "full": QT_TRANSLATE_NOOP(
        "Reflect",
        "The disk is full, so this could not be written. Everything saved before is "
        "still there; free some space and try again.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Reflect",
        "The file would be larger than this disk or system allows, so it was not "
        "written. Everything saved before is still there.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Reflect",
        "Reflect cannot write there: the disk or folder is read-only or not yours. "
        "Everything saved before is still there.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Reflect",
        "The disk reported an error while writing, so this was not saved. Everything "
        "saved before is still there; check the disk, then try again.",
    ),
}
# SQLite's primary result codes (the low byte of extended codes): FULL, READONLY, IOERR.
_SQLITE_KINDS = {13: "full", 8: "read_only", 10: "io"}
_ERRNO_KINDS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EFBIG: "too_large",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EIO: "io",
}


def disk_problem(error: BaseException) -> DiskProblem | None:
    """The disk problem behind ``error``, looking down its whole chain of causes.

    peewee 4.5.3 reports a transaction SQLite rolled back by itself (SQLITE_FULL) as
    "cannot rollback - no transaction is active"; the real reason is in ``__context__``.
    """
    seen: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in seen:
        seen.append(link)
        if isinstance(link, DiskProblem):
            return link
        code = getattr(link, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in _SQLITE_KINDS:
            return DiskProblem(_SQLITE_KINDS[code & 0xFF], str(link))
        if isinstance(link, OSError) and link.errno in _ERRNO_KINDS:
            return DiskProblem(_ERRNO_KINDS[link.errno], link.strerror or str(link))
        link = link.__cause__ or link.__context__
    return None
