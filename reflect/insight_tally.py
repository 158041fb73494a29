"""The one pass over a period's check-ins that gathers what every insight rule needs.

``network_tallies`` reads the trend history's columns once and adds up, per shown network, the
workload pairs, the feedback answers, the role shares, the implied rungs and the run of quiet
check-ins at the end of the period; the rules in ``reflect.insights`` and
``reflect.role_insights`` only read these ``Tally`` records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reflect.checkins import Roles
from reflect.trend_history import TrendHistory
from reflect.trend_values import Series
from reflect.trends import TrendQuery, shown_series
from reflect.weeks import IsoWeek


@dataclass(slots=True)
class Tally:
    """What one network's weeks in the period add up to, for every rule."""

    series: Series
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (workload, value)
    answered: int = 0  # weeks with posts or replies and the feedback question answered
    responded: int = 0  # … of them with a response
    roles: list[Roles] = field(default_factory=list)
    rated: int = 0  # weeks with shares, for the implied-role rule
    differ: int = 0  # … where the counts imply another rung than the largest share
    implied: Counter = field(default_factory=Counter)  # rung → such weeks
    quiet: list[IsoWeek] = field(default_factory=list)  # the check-ins since the last activity


def network_tallies(history: TrendHistory, query: TrendQuery) -> list[Tally]:
    """Each network's numbers for the period, from the history's columns."""
    first, last = query.first, query.last
    workloads = history.cut(history.workloads, first, last)
    weeks = history.span(first, last)
    tallies = []
    for series in shown_series(history, query):
        tally = Tally(series)
        tallies.append(tally)
        columns = history.columns.get(series.network_id)
        if columns is None:
            continue
        values = history.cut(columns.values[query.metric], first, last)
        tally.pairs = [
            (w, v)
            for w, v in zip(workloads, values, strict=True)
            if w is not None and v is not None
        ]
        responded = [r for r in history.cut(columns.responded, first, last) if r is not None]
        tally.answered, tally.responded = len(responded), sum(responded)
        entries = history.cut(columns.entries, first, last)
        tally.roles = [
            e.roles for e in entries if e is not None and e.roles is not None and not e.unused
        ]
        rungs = history.cut(columns.rungs, first, last)
        for said, assessed in zip(rungs, history.cut(columns.assessed, first, last), strict=True):
            if assessed is not None:
                tally.rated += 1
                if said != assessed:
                    tally.differ += 1
                    tally.implied[said] += 1
        quiet = history.cut(columns.quiet, first, last)
        for week, still in zip(reversed(weeks), reversed(quiet), strict=True):
            if still is None:
                continue  # not asked that week: says nothing either way
            if not still:
                break
            tally.quiet.insert(0, week)
    return tallies
