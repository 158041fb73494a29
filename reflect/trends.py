"""The series behind each Trends chart, computed from a :class:`TrendHistory` in memory.

Each chart has one function that takes the history and a :class:`TrendQuery` (the period,
the network filter, the metric) and returns frozen data the chart draws as it is and the
table and CSV export list as they are (``reflect.chart_data``). Nothing here touches the
database, so a change of period or filter costs only this arithmetic. The workload chart's
points and fitted line are in ``reflect.workload_scatter``.

A week without a check-in is a gap, never a zero: its values are ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reflect.checkins import ROLES
from reflect.goal_overview import ALL_NETWORKS, REMOVED_NETWORK
from reflect.goals import STATES, GoalState
from reflect.i18n import Message
from reflect.overview import TrendPoint
from reflect.trend_history import TrendHistory
from reflect.trend_values import METRICS, Series
from reflect.weeks import IsoWeek

CHARTS = ("ebb-flow", "participation", "goals", "workload", "measured")
#: The rolling average covers this many weeks, and needs this many check-ins among them.
ROLLING_WEEKS, ROLLING_MIN = 4, 2
#: The Technographics rungs as the app names them, from the top of the ladder down.
IMPLIED_ROLES = ("creator", "commenter", "reader", "unplugged")


@dataclass(frozen=True, slots=True)
class TrendQuery:
    first: IsoWeek
    last: IsoWeek
    network_id: str | None = None  # None: every network
    metric: str = "actions"
    rolling: bool = False

    def __post_init__(self) -> None:
        if self.metric not in METRICS:
            raise ValueError(f"unknown metric {self.metric!r}")


def period(history: TrendHistory, weeks: int | None) -> tuple[IsoWeek, IsoWeek]:
    """The last ``weeks`` weeks up to the current one; everything since the first check-in
    or import when ``weeks`` is None."""
    last = history.last
    return (last - (weeks - 1) if weeks else min(history.first, last)), last


def shown_series(history: TrendHistory, query: TrendQuery) -> tuple[Series, ...]:
    """The networks a chart lists: the one asked for, or every active network and the
    archived ones with something in the period, in the user's order."""
    if query.network_id is not None:
        return tuple(s for s in history.networks if s.network_id == query.network_id)
    shown = []
    for series in history.networks:
        if series.archived:
            columns = history.columns.get(series.network_id)
            if columns is None:
                continue
            told = history.cut(columns.entries, query.first, query.last)
            seen = history.cut(columns.imported, query.first, query.last, False)
            if not any(e is not None for e in told) and not any(seen):
                continue
        shown.append(series)
    return tuple(shown)


def network_column(
    history: TrendHistory, query: TrendQuery, series: Series, column: str, metric: str
):
    """One network's column for the query's weeks (``metric`` picks a list in a dict)."""
    columns = history.columns.get(series.network_id)
    length = query.last - query.first + 1
    if columns is None:
        return [None] * length
    held = getattr(columns, column)
    return history.cut(held[metric] if isinstance(held, dict) else held, query.first, query.last)


# --- ebb and flow ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FlowWeek:
    """One week of the ebb-and-flow chart: ``values`` follow ``EbbFlow.series``; a week
    without a check-in has no workload and no values (a gap)."""

    week: IsoWeek
    workload: int | None
    context: tuple[str, ...] = ()
    values: tuple[int | None, ...] = ()  # None: not filled in
    rolling: float | None = None

    @property
    def checked_in(self) -> bool:
        return self.workload is not None

    def total(self) -> int:
        return sum(v for v in self.values if v is not None)


@dataclass(frozen=True, slots=True)
class ContextStretch:
    """Consecutive checked-in weeks that share a life-context tag."""

    tag: str
    first: IsoWeek
    last: IsoWeek

    @property
    def weeks(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True, slots=True)
class EbbFlow:
    metric: str
    series: tuple[Series, ...]
    weeks: tuple[FlowWeek, ...]
    stretches: tuple[ContextStretch, ...] = ()
    rolling: bool = False


def ebb_flow(history: TrendHistory, query: TrendQuery) -> EbbFlow:
    series = shown_series(history, query)
    weeks = history.span(query.first, query.last)
    workloads = history.cut(history.workloads, query.first, query.last)
    contexts = history.cut(history.contexts, query.first, query.last, ())
    columns = [network_column(history, query, s, "values", query.metric) for s in series]
    rows = zip(*columns, strict=True) if columns else ((),) * len(weeks)
    out = [
        FlowWeek(week, workload, context, tuple(row))
        if workload is not None
        else FlowWeek(week, None)
        for week, workload, context, row in zip(weeks, workloads, contexts, rows, strict=True)
    ]
    if query.rolling:
        out = _with_rolling(out)
    return EbbFlow(query.metric, series, tuple(out), context_stretches(out), query.rolling)


def _with_rolling(weeks: list[FlowWeek]) -> list[FlowWeek]:
    """The mean total of the last ROLLING_WEEKS weeks, over the weeks with a known number
    (a check-in that says nothing about the networks shown is not a zero either)."""
    known = [w.total() if any(v is not None for v in w.values) else None for w in weeks]
    out = []
    for index, week in enumerate(weeks):
        window = [t for t in known[max(0, index - ROLLING_WEEKS + 1) : index + 1] if t is not None]
        mean = sum(window) / len(window) if len(window) >= ROLLING_MIN else None
        out.append(FlowWeek(week.week, week.workload, week.context, week.values, mean))
    return out


def context_stretches(weeks: Sequence[FlowWeek]) -> tuple[ContextStretch, ...]:
    """Runs of consecutive weeks with the same tag, in order of their first week."""
    open_runs: dict[str, IsoWeek] = {}
    done: list[ContextStretch] = []
    previous: FlowWeek | None = None
    for week in (*weeks, None):
        tags = set(week.context) if week is not None else set()
        for tag in list(open_runs):
            if tag not in tags:
                done.append(ContextStretch(tag, open_runs.pop(tag), previous.week))  # type: ignore[union-attr]
        if week is not None:
            for tag in week.context:
                open_runs.setdefault(tag, week.week)
        previous = week
    return tuple(sorted(done, key=lambda s: (s.first, s.tag)))


def flow_from_points(points: Sequence[TrendPoint]) -> EbbFlow:
    """The This week page's small chart: its trend points as an ebb and flow of actions."""
    checked = [p for p in points if p.checked_in]
    counts = checked[-1].counts if checked else ()
    series = tuple(Series(c.network_id, c.name, c.colour) for c in counts)
    weeks = tuple(
        FlowWeek(p.week, p.workload, (), tuple(c.actions for c in p.counts))
        if p.checked_in
        else FlowWeek(p.week, None)
        for p in points
    )
    return EbbFlow("actions", series, weeks)


# --- participation mix ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleWeek:
    """Self-assessed role shares (the mean over the networks that gave them) and the role the
    counts imply. No check-in, or no shares given: the shares are None (a gap)."""

    week: IsoWeek
    creator: float | None = None
    commenter: float | None = None
    reader: float | None = None
    rated: int = 0  # how many networks gave shares
    implied: str | None = None  # the Technographics rung the counts imply (implied_role)

    @property
    def assessed(self) -> str | None:
        """The largest self-assessed share (creator before commenter before reader on a tie)."""
        if self.creator is None:
            return None
        shares = (self.creator, self.commenter or 0.0, self.reader or 0.0)
        return ROLES[shares.index(max(shares))]


def implied_role(rungs: Sequence[str]) -> str | None:
    """The rung the counts imply for several networks together (each network's from
    ``trend_values.rung``): the most common among those used (the higher one on a tie),
    unplugged when none was used. None when there is nothing to go on."""
    if not rungs:
        return None
    used = [r for r in rungs if r != "unplugged"]
    if not used:
        return "unplugged"
    return max(IMPLIED_ROLES[:3], key=lambda r: (used.count(r), -IMPLIED_ROLES.index(r)))


def participation(history: TrendHistory, query: TrendQuery) -> tuple[RoleWeek, ...]:
    series = shown_series(history, query)
    weeks = history.span(query.first, query.last)
    workloads = history.cut(history.workloads, query.first, query.last)
    entries = [network_column(history, query, s, "entries", "") for s in series]
    rungs = [network_column(history, query, s, "rungs", "") for s in series]
    out = []
    for i, week in enumerate(weeks):
        if workloads[i] is None:
            out.append(RoleWeek(week))
            continue
        said = [column[i] for column in rungs if column[i] is not None]
        rated = [
            e.roles
            for e in (column[i] for column in entries)
            if e is not None and e.roles is not None and not e.unused
        ]
        implied = implied_role(said)
        if not rated:
            out.append(RoleWeek(week, implied=implied))
            continue
        n = len(rated)
        out.append(
            RoleWeek(
                week,
                sum(r.creator for r in rated) / n,
                sum(r.commenter for r in rated) / n,
                sum(r.reader for r in rated) / n,
                n,
                implied,
            )
        )
    return tuple(out)


# --- goal heatmap ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalLine:
    goal_id: str
    title: str
    network_name: str  # "All networks" for a goal across them
    states: tuple[GoalState, ...]  # one a week, the heatmap's weeks
    codes: tuple[int, ...] = ()  # the same states as indexes in ``goals.STATES``

    def state_codes(self) -> tuple[int, ...]:
        if len(self.codes) == len(self.states):
            return self.codes
        return tuple(STATES.index(s.state) for s in self.states)


@dataclass(frozen=True, slots=True)
class GoalHeatmap:
    weeks: tuple[IsoWeek, ...]
    lines: tuple[GoalLine, ...]


def goal_heatmap(history: TrendHistory, query: TrendQuery) -> GoalHeatmap:
    """Every goal that ran in the period (of the chosen network, if any), in its states."""
    weeks = tuple(history.span(query.first, query.last))
    lines = []
    for goal in history.goals:
        if query.network_id is not None and goal.network_id != query.network_id:
            continue
        if goal.start_week > query.last or (goal.end_week and goal.end_week < query.first):
            continue
        changes = [v.from_week for v in goal.versions if query.first < v.from_week <= query.last]
        if not any(goal.status_in(w) in ("active", "paused") for w in (query.first, *changes)):
            continue  # retired or achieved before these weeks
        states = history.goal_states(goal.id, query.first, query.last)
        codes = history.goal_state_codes(goal.id, query.first, query.last)
        if goal.network_id is None:
            name: str = Message(ALL_NETWORKS)
        else:
            name = history.network_names.get(goal.network_id) or Message(REMOVED_NETWORK)
        lines.append(GoalLine(goal.id, goal.title, name, states, codes))
    return GoalHeatmap(weeks, tuple(lines))


# --- reported against measured -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """One network's self-reported and imported totals over the weeks that have both."""

    series: Series
    weeks: int  # weeks with a check-in value and an import that counts the metric
    reported: int
    measured: int
    imported_weeks: int  # weeks in the period with any import for this network
    counts_metric: bool  # whether its imports can count the metric at all


def reported_measured(history: TrendHistory, query: TrendQuery) -> tuple[Comparison, ...]:
    """Per network with imports in the period: its reported and measured totals, compared
    only over weeks that have both, and only on what the imports can count."""
    out = []
    metric = query.metric
    for series in shown_series(history, query):
        imported = sum(1 for seen in network_column(history, query, series, "imported", "") if seen)
        if not imported:
            continue
        measured = network_column(history, query, series, "measured", metric)
        told = network_column(history, query, series, "compared", metric)
        pairs = [(t, m) for t, m in zip(told, measured, strict=True) if t is not None]
        counts_metric = any(m is not None for m in measured)
        out.append(
            Comparison(
                series,
                len(pairs),
                sum(t for t, _ in pairs),
                sum(m for _, m in pairs),
                imported,
                counts_metric,
            )
        )
    return tuple(out)
