"""What a weekly check-in holds: the week, one entry per network, practices, reflections and
judgements, with the words its scales use. Plain frozen values, no storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reflect.i18n import QT_TRANSLATE_NOOP
from reflect.weeks import IsoWeek

COUNTS = ("posts", "comments", "shares", "reactions", "minutes")
ROLES = ("creator", "commenter", "reader")
FEEDBACK = (
    QT_TRANSLATE_NOOP("Words", "none"),
    QT_TRANSLATE_NOOP("Words", "a little"),
    QT_TRANSLATE_NOOP("Words", "a lot"),
)
VERDICTS = ("yes", "partly", "no")
WORKLOAD_WORDS = {
    1: QT_TRANSLATE_NOOP("Words", "light"),
    2: QT_TRANSLATE_NOOP("Words", "comfortable"),
    3: QT_TRANSLATE_NOOP("Words", "busy"),
    4: QT_TRANSLATE_NOOP("Words", "heavy"),
    5: QT_TRANSLATE_NOOP("Words", "overloaded"),
}
ENERGY_WORDS = {
    1: QT_TRANSLATE_NOOP("Words", "drained"),
    2: QT_TRANSLATE_NOOP("Words", "low"),
    3: QT_TRANSLATE_NOOP("Words", "steady"),
    4: QT_TRANSLATE_NOOP("Words", "good"),
    5: QT_TRANSLATE_NOOP("Words", "full of energy"),
}
STANDARD_CONTEXT = (
    QT_TRANSLATE_NOOP("Words", "travel"),
    QT_TRANSLATE_NOOP("Words", "illness"),
    QT_TRANSLATE_NOOP("Words", "family"),
    QT_TRANSLATE_NOOP("Words", "holiday"),
    QT_TRANSLATE_NOOP("Words", "deadline"),
)


@dataclass(frozen=True, slots=True)
class Roles:
    """Self-assessed shares of the week on one network, in percent, summing to 100."""

    creator: int
    commenter: int
    reader: int

    def total(self) -> int:
        return self.creator + self.commenter + self.reader


@dataclass(frozen=True, slots=True)
class Entry:
    """What the user did on one network in one week. A count left empty is ``None``."""

    network_id: str
    unused: bool = False
    posts: int | None = None
    comments: int | None = None
    shares: int | None = None
    reactions: int | None = None
    minutes: int | None = None
    feedback: str | None = None
    roles: Roles | None = None
    note: str = ""

    def count(self, name: str) -> int:
        return getattr(self, name) or 0


@dataclass(frozen=True, slots=True)
class Answer:
    prompt: str
    text: str


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A week's check-in. ``id`` is None until it is first saved."""

    week: IsoWeek
    workload: int
    energy: int | None = None
    hours: float | None = None
    context: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = ()
    ratings: tuple[tuple[str, int], ...] = ()  # (practice id, 0–3)
    answers: tuple[Answer, ...] = ()
    judgements: tuple[tuple[str, str], ...] = ()  # (free goal id, yes / partly / no)
    is_draft: bool = False
    id: str | None = None
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    def entry_for(self, network_id: str) -> Entry | None:
        return next((e for e in self.entries if e.network_id == network_id), None)
