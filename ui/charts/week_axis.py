"""A date axis that reads as weeks and months, whatever the zoom.

Imports pyqtgraph at module level: only chart code that is already drawing imports this.
Each week sits at its Thursday noon (``week_centre``); the labels depend on how many pixels
a week gets: every week ("14 Sep", the week's Monday), every other week, months with a tick
per week ("Sep", the year at January), quarters, or years.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics

from reflect.weeks import IsoWeek
from ui.charts.trend_chart import WEEK_SECONDS, week_centre


def week_at(x: float) -> IsoWeek:
    """The week whose centre is nearest to ``x``."""
    return IsoWeek.of(datetime.fromtimestamp(x).date())


def _month_starts(first: date, last: date, step: int) -> list[date]:
    months = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        if (month - 1) % step == 0:
            months.append(date(year, month, 1))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def _stamp(day: date) -> float:
    return datetime.combine(day, time(0)).timestamp()


def _month_day(day, pattern: str) -> str:
    """A short date in the user's language ("28 Sep", "Sep 2026"; "28. Sep."...)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class WeekAxisItem(pg.DateAxisItem):
    """Ticks on weeks and month starts; labels chosen to fit the pixels there are."""

    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if maxVal <= minVal or size <= 0 or not math.isfinite(minVal + maxVal):
            return []
        px_per_week = size * WEEK_SECONDS / (maxVal - minVal)
        label_px = self._text_width("28 Sep") + 14
        first = week_at(max(minVal, 0.0))
        last = week_at(maxVal)
        self._labels = {}
        if px_per_week >= label_px / 2:  # every week or every other week gets a label
            step = 1 if px_per_week >= label_px else 2
            weeks = [first + i for i in range(last - first + 1)]
            anchor = last  # counted back from the newest week, so it is always labelled
            labelled = [w for w in weeks if (anchor - w) % step == 0]
            for week in labelled:
                monday = week.monday()
                self._labels[week_centre(week)] = _month_day(monday, "d MMM")
            minor = [week_centre(w) for w in weeks if (anchor - w) % step]
            return [
                (WEEK_SECONDS * step, [week_centre(w) for w in labelled]),
                (WEEK_SECONDS, minor),
            ]
        px_per_month = px_per_week * 4.35
        month_px = self._text_width("Sep 2026") + 14
        for step in (1, 3, 6):
            if px_per_month * step >= month_px * 0.75:
                starts = _month_starts(first.monday(), last.sunday(), step)
                per_px = (maxVal - minVal) / size
                year_shown = False
                for day in starts:  # the year at January and on the first label that fits
                    text = _month_day(
                        day, "MMM yyyy" if day.month == 1 or not year_shown else "MMM"
                    )
                    half = self._text_width(text) / 2 + 2
                    x = (_stamp(day) - minVal) / per_px
                    if half <= x <= size - half:
                        self._labels[_stamp(day)] = text
                        year_shown = True
                weekly = px_per_week >= 4 and step == 1
                minor_values = (
                    [week_centre(first + i) for i in range(last - first + 1)]
                    if weekly
                    else [_stamp(d) for d in _month_starts(first.monday(), last.sunday(), 1)]
                )
                return [
                    (30 * 86400 * step, [_stamp(d) for d in starts]),
                    (WEEK_SECONDS, minor_values),
                ]
        years = range(first.year, last.year + 2)
        per_year = px_per_month * 12
        step = 1 if per_year >= month_px else math.ceil(month_px / max(per_year, 1))
        starts = [date(y, 1, 1) for y in years if y % step == 0]
        for day in starts:
            self._labels[_stamp(day)] = str(day.year)
        minor = [_stamp(d) for d in _month_starts(first.monday(), last.sunday(), 3)]
        return [(365 * 86400 * step, [_stamp(d) for d in starts]), (90 * 86400, minor)]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(v, "") for v in values]

    def _text_width(self, text: str) -> float:
        font = self.style.get("tickFont")
        metrics = QFontMetrics(font) if font is not None else getattr(self, "fontMetrics", None)
        if metrics is None:
            return 7.0 * len(text)
        return float(metrics.horizontalAdvance(text))
