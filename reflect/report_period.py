"""The periods a report covers: a month (``2026-07``), a quarter (``2026-Q3``) or a year
(``2026``), each as the ISO weeks that belong to it.

A week belongs to the period its Thursday falls in — the rule ISO 8601 uses to give a week
its year — so every week is in exactly one month, one quarter and one year, and a week that
straddles two months is counted once, in the month that holds most of its days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from reflect.errors import Problem, ValidationError
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek, week_range

KINDS = ("month", "quarter", "year")
#: The months, marked for translation (``Report`` context); a Message's parts.
MONTHS = (
    QT_TRANSLATE_NOOP("Report", "January"),
    QT_TRANSLATE_NOOP("Report", "February"),
    QT_TRANSLATE_NOOP("Report", "March"),
    QT_TRANSLATE_NOOP("Report", "April"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "June"),
    QT_TRANSLATE_NOOP("Report", "July"),
    QT_TRANSLATE_NOOP("Report", "August"),
    QT_TRANSLATE_NOOP("Report", "September"),
    QT_TRANSLATE_NOOP("Report", "October"),
    QT_TRANSLATE_NOOP("Report", "November"),
    QT_TRANSLATE_NOOP("Report", "December"),
)


def _month(number: int) -> Message:
    """The month ``number`` (1–12) by name, translatable."""
    return Message(MONTHS[number - 1], "Report")


_QUARTER_RE = re.compile(r"^(\d{4})-Q(\d+)$", re.IGNORECASE)
_MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR_RE = re.compile(r"^(\d{4})$")


class InvalidPeriod(ValidationError):
    """A period that is not a month, a quarter or a year as the app writes them."""


def _refuse(text: str) -> InvalidPeriod:
    return InvalidPeriod(
        [
            Problem(
                "period",
                "period",
                f"{text or 'an empty text'} is not a period: write a quarter like 2026-Q3, "
                "a month like 2026-07 or a year like 2026.",
            )
        ]
    )


@dataclass(frozen=True, order=True, slots=True)
class Period:
    """A calendar month, quarter or year. ``number`` is the month (1–12), the quarter
    (1–4), or 1 for a year."""

    year: int
    kind: str
    number: int = 1

    def __post_init__(self) -> None:
        highest = {"month": 12, "quarter": 4, "year": 1}.get(self.kind)
        if highest is None or not 1 <= self.number <= highest or not 1 <= self.year <= 9998:
            raise _refuse(f"{self.year}-{self.kind}-{self.number}")

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-Q3``, ``2026-07`` or ``2026``; anything else raises :class:`InvalidPeriod`."""
        cleaned = (text or "").strip()
        for pattern, kind in ((_QUARTER_RE, "quarter"), (_MONTH_RE, "month"), (_YEAR_RE, "year")):
            match = pattern.match(cleaned)
            if match:
                number = int(match.group(2)) if kind != "year" else 1
                try:
                    return cls(int(match.group(1)), kind, number)
                except InvalidPeriod:
                    raise _refuse(cleaned) from None
        raise _refuse(cleaned)

    @classmethod
    def holding(cls, kind: str, week: IsoWeek) -> Period:
        """The period of ``kind`` that ``week`` belongs to (by its Thursday)."""
        thursday = week.monday() + timedelta(days=3)
        number = {"month": thursday.month, "quarter": (thursday.month + 2) // 3, "year": 1}[kind]
        return cls(thursday.year, kind, number)

    def __str__(self) -> str:
        if self.kind == "quarter":
            return f"{self.year:04d}-Q{self.number}"
        if self.kind == "month":
            return f"{self.year:04d}-{self.number:02d}"
        return f"{self.year:04d}"

    def words(self) -> str:
        """ "July to September 2026", "July 2026", "2026"."""
        if self.kind == "quarter":
            return Message(
                QT_TRANSLATE_NOOP("Report", "{first} to {last} {year}"),
                "Report",
                first=_month(3 * self.number - 2),
                last=_month(3 * self.number),
                year=self.year,
            )
        if self.kind == "month":
            return Message(
                QT_TRANSLATE_NOOP("Report", "{month} {year}"),
                "Report",
                month=_month(self.number),
                year=self.year,
            )
        return str(self.year)

    def title(self) -> str:
        """ "2026-Q3 (July to September 2026)"; a year is just "2026". A Message (the
        month names translate), except for a year."""
        if self.kind == "year":
            return str(self)
        return Message("{period} ({words})", "Report", period=str(self), words=self.words())

    def first_day(self) -> date:
        month = {"month": self.number, "quarter": 3 * self.number - 2, "year": 1}[self.kind]
        return date(self.year, month, 1)

    def last_day(self) -> date:
        return self.next().first_day() - timedelta(days=1)

    def next(self) -> Period:
        count = {"month": 12, "quarter": 4, "year": 1}[self.kind]
        if self.number < count:
            return Period(self.year, self.kind, self.number + 1)
        return Period(self.year + 1, self.kind, 1)

    def previous(self) -> Period:
        count = {"month": 12, "quarter": 4, "year": 1}[self.kind]
        if self.number > 1:
            return Period(self.year, self.kind, self.number - 1)
        return Period(self.year - 1, self.kind, count)

    def first_week(self) -> IsoWeek:
        """The first week whose Thursday lies in the period."""
        day = self.first_day()
        return IsoWeek.of(day + timedelta(days=(3 - day.weekday()) % 7))

    def last_week(self) -> IsoWeek:
        """The last week whose Thursday lies in the period."""
        day = self.last_day()
        return IsoWeek.of(day - timedelta(days=(day.weekday() - 3) % 7))

    def weeks(self) -> tuple[IsoWeek, ...]:
        return tuple(week_range(self.first_week(), self.last_week()))

    def contains(self, week: IsoWeek) -> bool:
        return self.first_week() <= week <= self.last_week()


def last_complete(kind: str, current: IsoWeek) -> Period:
    """The newest period of ``kind`` whose weeks are all over before ``current``."""
    period = Period.holding(kind, current)
    while period.last_week() >= current:
        period = period.previous()
    return period


def periods_to_offer(kind: str, first: IsoWeek | None, current: IsoWeek) -> list[Period]:
    """The periods worth a report, newest first: from the one holding ``first`` (the first
    check-in; the last complete one when there is none) to the one holding ``current``."""
    newest = Period.holding(kind, current)
    oldest = Period.holding(kind, first) if first is not None else last_complete(kind, current)
    oldest = min(oldest, newest)
    found = [newest]
    while found[-1] > oldest:
        found.append(found[-1].previous())
    return found
