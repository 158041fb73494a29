"""Each Trends chart's numbers as a table: what the Table view lists, "Save data…" writes as
CSV, and ``reflect chart`` describes. One place, so the three never disagree.

Cells hold plain values (text, int, float, or None for "not known"); ``cell_text`` is how a
table shows them and ``write_csv`` writes None as an empty field.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reflect.checkins import WORKLOAD_WORDS
from reflect.i18n import QT_TRANSLATE_NOOP
from reflect.insights import signed
from reflect.trend_values import METRIC_WORDS
from reflect.trends import (
    MIN_FIT_WEEKS,
    Comparison,
    EbbFlow,
    GoalHeatmap,
    RoleWeek,
    WorkloadScatter,
)
from reflect.weeks import IsoWeek

TITLES = {
    "ebb-flow": QT_TRANSLATE_NOOP("Chart", "Ebb and flow"),
    "participation": QT_TRANSLATE_NOOP("Chart", "Participation mix"),
    "goals": QT_TRANSLATE_NOOP("Chart", "Goals week by week"),
    "workload": QT_TRANSLATE_NOOP("Chart", "Workload against activity"),
    "measured": QT_TRANSLATE_NOOP("Chart", "Reported against measured"),
}
STATE_WORDS = {
    "met": "met",
    "partly": "partly met",
    "missed": "not this week",
    "paused": "paused",
    "no data": "no data yet",
}

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class ChartTable:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    summary: str  # the chart in one or two sentences, for screen readers and the page


def dates(week: IsoWeek) -> str:
    """ "16–22 Nov": the days of the week, without the week's name."""
    return week.label().split("(", 1)[1].rstrip(")")


def unit(metric: str) -> str:
    """What one of ``metric`` is called when counted: "actions", "posts", "minutes"."""
    return "actions" if metric == "actions" else METRIC_WORDS[metric]


def cell_text(value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _span(weeks: Sequence[IsoWeek]) -> str:
    if not weeks:
        return "no weeks"
    if len(weeks) == 1:
        return str(weeks[0])
    return f"{weeks[0]} to {weeks[-1]}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def ebb_flow_summary(flow: EbbFlow) -> str:
    words = METRIC_WORDS[flow.metric]
    checked = [w for w in flow.weeks if w.checked_in]
    summary = (
        f"{TITLES['ebb-flow']} of {words}, {_span([w.week for w in flow.weeks])}: "
        f"{len(checked)} of {len(flow.weeks)} weeks with a check-in"
    )
    if checked:
        average = _mean([w.workload or 0 for w in checked])
        summary += (
            f", {sum(w.total() for w in checked)} {unit(flow.metric)} in all"
            f", average workload {average:.1f} ({WORKLOAD_WORDS[round(average)]})"
        )
    if flow.metric == "actions":
        summary += ". Actions are posts, comments, shares and reactions together"
    return summary + "."


def ebb_flow_table(flow: EbbFlow) -> ChartTable:
    header = ("Week", "Dates", "Workload", "Life context", *(s.name for s in flow.series), "Total")
    if flow.rolling:
        header += ("4-week average",)
    rows = []
    for w in flow.weeks:
        if not w.checked_in:
            row: tuple[Cell, ...] = (str(w.week), dates(w.week), None, "no check-in")
            row += (None,) * (len(flow.series) + 1)
        else:
            context = ", ".join(w.context)
            row = (str(w.week), dates(w.week), w.workload, context, *w.values, w.total())
        if flow.rolling:
            row += (None if w.rolling is None else round(w.rolling, 1),)
        rows.append(row)
    return ChartTable(TITLES["ebb-flow"], header, tuple(rows), ebb_flow_summary(flow))


def participation_summary(weeks: Sequence[RoleWeek]) -> str:
    rated = [w for w in weeks if w.creator is not None]
    summary = f"{TITLES['participation']}, {_span([w.week for w in weeks])}: "
    if not rated:
        return summary + "no role shares in these weeks."
    means = [_mean([getattr(w, r) for w in rated]) for r in ("creator", "commenter", "reader")]
    return summary + (
        f"on average {means[0]:.0f} % creator, {means[1]:.0f} % commenter and "
        f"{means[2]:.0f} % reader over {len(rated)} weeks with role shares."
    )


def participation_table(weeks: Sequence[RoleWeek]) -> ChartTable:
    header = (
        "Week",
        "Dates",
        "Creator %",
        "Commenter %",
        "Reader %",
        "Networks with shares",
        "Mostly (your shares)",
        "Counts imply",
    )
    rows = []
    for w in weeks:
        shares = tuple(
            None if v is None else round(v, 1) for v in (w.creator, w.commenter, w.reader)
        )
        rows.append((str(w.week), dates(w.week), *shares, w.rated, w.assessed, w.implied))
    return ChartTable(TITLES["participation"], header, tuple(rows), participation_summary(weeks))


def goals_summary(heatmap: GoalHeatmap) -> str:
    totals = dict.fromkeys(STATE_WORDS, 0)
    for line in heatmap.lines:
        for state in line.states:
            totals[state.state] = totals.get(state.state, 0) + 1
    counts = ", ".join(f"{totals[k]} {STATE_WORDS[k]}" for k in STATE_WORDS)
    return (
        f"{_plural(len(heatmap.lines), 'goal')} over {_plural(len(heatmap.weeks), 'week')} "
        f"({_span(heatmap.weeks)}); goal-weeks: {counts}."
    )


def goals_table(heatmap: GoalHeatmap) -> ChartTable:
    """One row per goal and week (a long table: a screen reader reads it row by row)."""
    header = ("Goal", "Network", "Week", "Dates", "State", "Detail")
    labels = {week: (str(week), dates(week)) for week in heatmap.weeks}
    rows = tuple(
        (
            line.title,
            line.network_name,
            *labels.get(state.week, (str(state.week), dates(state.week))),
            STATE_WORDS.get(state.state, state.state),
            state.detail,
        )
        for line in heatmap.lines
        for state in line.states
    )
    return ChartTable(TITLES["goals"], header, rows, goals_summary(heatmap))


def workload_table(scatter: WorkloadScatter) -> ChartTable:
    words = METRIC_WORDS[scatter.metric]
    header = ("Week", "Dates", "Workload", words.capitalize())
    rows = tuple((str(p.week), dates(p.week), p.workload, p.value) for p in scatter.points)
    return ChartTable(TITLES["workload"], header, rows, fit_words(scatter))


def fit_words(scatter: WorkloadScatter) -> str:
    """ "Workload against all activity, all networks: r = −0.62 over 48 weeks; …"."""
    words = METRIC_WORDS[scatter.metric]
    where = "all networks" if scatter.network_name == "All networks" else scatter.network_name
    head = f"Workload against {words}, {where}"
    fit = scatter.fit
    n = len(scatter.points)
    if fit is None:
        return f"{head}: {n} weeks; a line needs at least {MIN_FIT_WEEKS}."
    if fit.r is None or fit.slope is None:
        steady = "workload" if fit.slope is None else words
        return f"{head}: {n} weeks; your {steady} did not change, so there is no correlation."
    way = "rises" if fit.slope > 0 else "falls"
    return (
        f"{head}: r = {signed(fit.r)} over {fit.weeks} weeks; the fitted line {way} by "
        f"{abs(fit.slope):.1f} for each step of workload."
    )


def measured_summary(comparisons: Sequence[Comparison], metric: str) -> str:
    words = METRIC_WORDS[metric]
    compared = [c for c in comparisons if c.weeks]
    if not compared:
        return f"{TITLES['measured']} ({words}): no weeks with both a check-in and an import."
    parts = "; ".join(
        f"{c.series.name} {c.reported} reported, {c.measured} measured over {c.weeks} weeks"
        for c in compared
    )
    return f"{TITLES['measured']} ({words}): {parts}."


def measured_table(comparisons: Sequence[Comparison], metric: str) -> ChartTable:
    words = METRIC_WORDS[metric]
    header = (
        "Network",
        "Weeks compared",
        "Reported",
        "Measured",
        "Difference",
        "Weeks with an import",
        "Note",
    )
    rows = []
    for c in comparisons:
        if not c.counts_metric:
            note = f"its imports do not count {words}"
            rows.append((c.series.name, 0, None, None, None, c.imported_weeks, note))
            continue
        both = bool(c.weeks)
        rows.append(
            (
                c.series.name,
                c.weeks,
                c.reported if both else None,
                c.measured if both else None,
                c.reported - c.measured if both else None,
                c.imported_weeks,
                "" if both else "no week has both a check-in and an import",
            )
        )
    summary = measured_summary(comparisons, metric)
    return ChartTable(TITLES["measured"], header, tuple(rows), summary)


def csv_text(table: ChartTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.header)
    for row in table.rows:
        writer.writerow("" if v is None else v for v in row)
    return out.getvalue()


def write_csv(table: ChartTable, path: Path) -> Path:
    """Write the table as UTF-8 CSV, private to the user (0600), replacing ``path`` whole."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".reflect-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(csv_text(table))
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
