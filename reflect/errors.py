"""Domain errors. They carry codes and fields; the UI turns them into sentences."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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
        super().__init__(f"No {kind} with id {ident}.")


class StorageError(ReflectError):
    """The database cannot be used as it is."""


class DatabaseTooNew(StorageError):
    def __init__(self, path: str, found: int, supported: int):
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            f"{path} was written by a newer Reflect (schema {found}; this version knows up to "
            f"{supported}). It was left untouched: update Reflect to open it."
        )


class DatabaseDamaged(StorageError):
    def __init__(self, path: str, detail: str):
        self.path, self.detail = path, detail
        super().__init__(f"{path} is damaged ({detail}). It was left untouched.")


class ProfileNotEmpty(ReflectError):
    """Demo data and restores only go into a profile with nothing in it."""


class ProfileInUse(StorageError):
    def __init__(self, path: str):
        self.path = path
        super().__init__(f"Reflect is already open on the profile {path}. Close it there first.")


def raise_if(problems: list[Problem], error: type[ValidationError]) -> None:
    if problems:
        raise error(problems)
