"""The ISO 8601 calendar week: the unit every check-in, goal and chart counts in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_WEEK_RE = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True, slots=True)
class IsoWeek:
    """A Monday-to-Sunday ISO week, written ``2026-W47``. Orders chronologically."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if not 1 <= self.week <= weeks_in_year(self.year):
            raise ValueError(f"{self.year} has no week {self.week}")

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        match = _WEEK_RE.match(text or "")
        if not match:
            raise ValueError(f"{text!r} is not a week like 2026-W47")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date | datetime) -> IsoWeek:
        if isinstance(day, datetime):
            day = day.date()
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @classmethod
    def current(cls, today: date | None = None) -> IsoWeek:
        """The week that holds ``today`` in the user's local time zone."""
        return cls.of(today or date.today())

    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def sunday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)

    def days(self) -> tuple[date, ...]:
        start = self.monday()
        return tuple(start + timedelta(days=i) for i in range(7))

    def __add__(self, weeks: int) -> IsoWeek:
        if not isinstance(weeks, int):
            return NotImplemented
        return IsoWeek.of(self.monday() + timedelta(weeks=weeks))

    def __sub__(self, other: int | IsoWeek):  # type: ignore[override]
        if isinstance(other, IsoWeek):
            return (self.monday() - other.monday()).days // 7
        if isinstance(other, int):
            return self + (-other)
        return NotImplemented

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    def label(self) -> str:
        """Human form: ``2026-W47 (16–22 Nov)``."""
        start, end = self.monday(), self.sunday()
        if start.month == end.month:
            span = f"{start.day}–{end.day} {end:%b}"
        else:
            span = f"{start.day} {start:%b} – {end.day} {end:%b}"
        return f"{self} ({span})"


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return date(year, 12, 28).isocalendar()[1]


def week_range(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
    """Every week from ``first`` to ``last``, both included; empty when last < first."""
    count = last - first
    return [first + i for i in range(count + 1)] if count >= 0 else []
