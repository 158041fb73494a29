"""The workload chart's data: each checked-in week's workload against what was done, and the
least-squares line and Pearson's r through them.

``workload_scatter`` reads a :class:`TrendHistory` like the other Trends charts
(``reflect.trends``); ``fit_line`` is the arithmetic, also used by the workload insight.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reflect.trend_history import TrendHistory
from reflect.trends import TrendQuery, network_column, shown_series
from reflect.weeks import IsoWeek

#: The fewest weeks for a fitted line and a correlation on the workload chart.
MIN_FIT_WEEKS = 3


@dataclass(frozen=True, slots=True)
class Fit:
    """A least-squares line ``value = intercept + slope × workload`` and Pearson's r over
    ``weeks`` weeks. ``r`` is None when either side never varies."""

    weeks: int
    r: float | None
    slope: float | None
    intercept: float | None


@dataclass(frozen=True, slots=True)
class WorkloadPoint:
    week: IsoWeek
    workload: int
    value: int


@dataclass(frozen=True, slots=True)
class WorkloadScatter:
    metric: str
    network_name: str
    points: tuple[WorkloadPoint, ...]
    fit: Fit | None  # None below MIN_FIT_WEEKS weeks


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> Fit | None:
    """Least squares and Pearson's r, by hand (the stdlib raises on a constant series)."""
    n = len(xs)
    if n < MIN_FIT_WEEKS:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    if sxx == 0:
        return Fit(n, None, None, None)
    slope = sxy / sxx
    r = sxy / math.sqrt(sxx * syy) if syy else None
    return Fit(n, r, slope, my - slope * mx)


def workload_scatter(history: TrendHistory, query: TrendQuery) -> WorkloadScatter:
    """One point per checked-in week where the networks shown have a known value."""
    series = shown_series(history, query)
    weeks = history.span(query.first, query.last)
    workloads = history.cut(history.workloads, query.first, query.last)
    columns = [network_column(history, query, s, "values", query.metric) for s in series]
    points = []
    for week, workload, row in zip(weeks, workloads, zip(*columns, strict=True), strict=False):
        if workload is None:
            continue
        known = [v for v in row if v is not None]
        if known:
            points.append(WorkloadPoint(week, workload, sum(known)))
    fit = fit_line([p.workload for p in points], [p.value for p in points])
    name = series[0].name if query.network_id and series else "All networks"
    return WorkloadScatter(query.metric, name, tuple(points), fit)
