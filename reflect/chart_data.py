"""Each Trends chart's numbers as a table: what the Table view lists, "Save data…" writes as
CSV, and ``reflect chart`` describes. One place, so the three never disagree.

Cells hold plain values (text, int, float, or None for "not known"); ``cell_text`` is how a
table shows them and ``write_csv`` writes None as an empty field. Each table's summary, and
the charts' titles, are in ``reflect.chart_summaries``.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reflect.chart_summaries import (
    STATE_WORDS,
    TITLES,
    ebb_flow_summary,
    fit_words,
    goals_summary,
    measured_summary,
    metric_name,
    participation_summary,
)
from reflect.checkins import STANDARD_CONTEXT
from reflect.i18n import QT_TRANSLATE_NOOP, Message, joined
from reflect.trend_values import METRIC_WORDS
from reflect.trends import Comparison, EbbFlow, GoalHeatmap, RoleWeek
from reflect.weeks import IsoWeek
from reflect.workload_scatter import WorkloadScatter

Cell = str | int | float | None
_WEEK = Message(QT_TRANSLATE_NOOP("Reflect", "Week"))
_DATES = Message(QT_TRANSLATE_NOOP("Reflect", "Dates"))
_WORKLOAD = Message(QT_TRANSLATE_NOOP("Reflect", "Workload"))
_NETWORK = Message(QT_TRANSLATE_NOOP("Reflect", "Network"))
_NO_CHECKIN = Message(QT_TRANSLATE_NOOP("Reflect", "no check-in"))
#: The workload table's last column, as a heading.
_CAPITALISED = {
    "actions": QT_TRANSLATE_NOOP("Reflect", "All activity"),
    "posts": QT_TRANSLATE_NOOP("Reflect", "Posts"),
    "comments": QT_TRANSLATE_NOOP("Reflect", "Comments"),
    "shares": QT_TRANSLATE_NOOP("Reflect", "Shares"),
    "reactions": QT_TRANSLATE_NOOP("Reflect", "Reactions"),
    "minutes": QT_TRANSLATE_NOOP("Reflect", "Minutes"),
}


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


def ebb_flow_table(flow: EbbFlow) -> ChartTable:
    header = (
        _WEEK,
        _DATES,
        _WORKLOAD,
        Message(QT_TRANSLATE_NOOP("Reflect", "Life context")),
        *(s.name for s in flow.series),
        Message(QT_TRANSLATE_NOOP("Reflect", "Total")),
    )
    if flow.rolling:
        header += (Message(QT_TRANSLATE_NOOP("Reflect", "4-week average")),)
    rows = []
    for w in flow.weeks:
        if not w.checked_in:
            row: tuple[Cell, ...] = (str(w.week), dates(w.week), None, _NO_CHECKIN)
            row += (None,) * (len(flow.series) + 1)
        else:
            context = joined(Message(c, "Words") if c in STANDARD_CONTEXT else c for c in w.context)
            row = (str(w.week), dates(w.week), w.workload, context, *w.values, w.total())
        if flow.rolling:
            row += (None if w.rolling is None else round(w.rolling, 1),)
        rows.append(row)
    return ChartTable(TITLES["ebb-flow"], header, tuple(rows), ebb_flow_summary(flow))


def participation_table(weeks: Sequence[RoleWeek]) -> ChartTable:
    header = (
        _WEEK,
        _DATES,
        Message(QT_TRANSLATE_NOOP("Reflect", "Creator %")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Commenter %")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Reader %")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Networks with shares")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Mostly (your shares)")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Counts imply")),
    )
    rows = []
    for w in weeks:
        shares = tuple(
            None if v is None else round(v, 1) for v in (w.creator, w.commenter, w.reader)
        )
        rows.append((str(w.week), dates(w.week), *shares, w.rated, w.assessed, w.implied))
    return ChartTable(TITLES["participation"], header, tuple(rows), participation_summary(weeks))


def goals_table(heatmap: GoalHeatmap) -> ChartTable:
    """One row per goal and week (a long table: a screen reader reads it row by row)."""
    header = (
        Message(QT_TRANSLATE_NOOP("Reflect", "Goal")),
        _NETWORK,
        _WEEK,
        _DATES,
        Message(QT_TRANSLATE_NOOP("Reflect", "State")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Detail")),
    )
    labels = {week: (str(week), dates(week)) for week in heatmap.weeks}
    rows = tuple(
        (
            line.title,
            line.network_name,
            *labels.get(state.week, (str(state.week), dates(state.week))),
            Message(STATE_WORDS[state.state]) if state.state in STATE_WORDS else state.state,
            state.detail,
        )
        for line in heatmap.lines
        for state in line.states
    )
    return ChartTable(TITLES["goals"], header, rows, goals_summary(heatmap))


def workload_table(scatter: WorkloadScatter) -> ChartTable:
    words = METRIC_WORDS[scatter.metric]
    header = (
        _WEEK,
        _DATES,
        _WORKLOAD,
        Message(_CAPITALISED.get(scatter.metric, words.capitalize())),
    )
    rows = tuple((str(p.week), dates(p.week), p.workload, p.value) for p in scatter.points)
    return ChartTable(TITLES["workload"], header, rows, fit_words(scatter))


def measured_table(comparisons: Sequence[Comparison], metric: str) -> ChartTable:
    words = metric_name(metric)
    header = (
        _NETWORK,
        Message(QT_TRANSLATE_NOOP("Reflect", "Weeks compared")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Reported")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Measured")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Difference")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Weeks with an import")),
        Message(QT_TRANSLATE_NOOP("Reflect", "Note")),
    )
    rows = []
    for c in comparisons:
        if not c.counts_metric:
            note = Message(
                QT_TRANSLATE_NOOP("Reflect", "its imports do not count {metric}"), metric=words
            )
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
                ""
                if both
                else Message(
                    QT_TRANSLATE_NOOP("Reflect", "no week has both a check-in and an import")
                ),
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
