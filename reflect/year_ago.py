"""A year ago: what the user wrote in the same ISO week one, two, … years back, and the two
weeks side by side. A week 53 in a year that had only 52 is looked up as week 52, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect import checkins as checkin_service
from reflect import networks as network_service
from reflect.checkins import Answer
from reflect.history import NetworkRole, network_roles
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.overview import CheckInSummary, summarise
from reflect.weeks import IsoWeek, weeks_in_year


@dataclass(frozen=True, slots=True)
class YearAgo:
    years: int  # how many years back
    week: IsoWeek  # the week shown
    note: str  # "" or why it is not the same week number
    summary: CheckInSummary

    @property
    def ago(self) -> str:
        if self.years == 1:
            return Message(QT_TRANSLATE_NOOP("YearAgo", "A year ago"), "YearAgo")
        return Message(
            QT_TRANSLATE_NOOP("YearAgo", "{years} years ago"), "YearAgo", years=self.years
        )

    @property
    def heading(self) -> str:
        """ "A year ago, 2025-W47" or "3 years ago, 2023-W47"."""
        return Message(
            QT_TRANSLATE_NOOP("YearAgo", "{ago}, {week}"),
            "YearAgo",
            ago=self.ago,
            week=str(self.week),
        )


@dataclass(frozen=True, slots=True)
class WeekSide:
    week: IsoWeek
    summary: CheckInSummary | None
    roles: tuple[NetworkRole, ...]
    answers: tuple[Answer, ...]  # the whole reflection, every prompt answered


@dataclass(frozen=True, slots=True)
class SideBySide:
    now: WeekSide
    then: WeekSide
    note: str


def same_week(week: IsoWeek, years: int) -> tuple[IsoWeek, str]:
    """The week with the same number ``years`` back; W53 in a 52-week year is W52."""
    year = week.year - years
    if week.week <= weeks_in_year(year):
        return IsoWeek(year, week.week), ""
    nearest = IsoWeek(year, weeks_in_year(year))
    note = QT_TRANSLATE_NOOP(
        "YearAgo", "{year} had no week {week}, so this is its last week, {nearest}."
    )
    return nearest, Message(note, "YearAgo", year=year, week=week.week, nearest=str(nearest))


def years_ago(week: IsoWeek, most: int = 20) -> list[YearAgo]:
    """The finished check-ins in the same week of earlier years, nearest year first."""
    written = checkin_service.checked_in_weeks()
    wanted = [(years, *same_week(week, years)) for years in range(1, most + 1)]
    found = []
    for years, then, note in wanted:
        if then in written:
            checkin = checkin_service.checkin_for_week(then)
            if checkin is not None and not checkin.is_draft:
                found.append((years, then, note, checkin))
    if not found:
        return []
    networks = network_service.networks(include_archived=True)
    return [YearAgo(y, then, note, summarise(c, networks)) for y, then, note, c in found]


def side_by_side(now: IsoWeek, then: IsoWeek) -> SideBySide:
    """The two weeks' activity, workload, roles and whole reflection."""
    networks = network_service.networks(include_archived=True)
    names = {n.id: n.name for n in networks}

    def side(week: IsoWeek) -> WeekSide:
        checkin = checkin_service.checkin_for_week(week)
        if checkin is None:
            return WeekSide(week, None, (), ())
        answers = tuple(a for a in checkin.answers if a.text.strip())
        return WeekSide(week, summarise(checkin, networks), network_roles(checkin, names), answers)

    note = same_week(now, now.year - then.year)[1] if then.week != now.week else ""
    return SideBySide(side(now), side(then), note)
