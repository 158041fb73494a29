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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from reflect.checkins import STANDARD_CONTEXT, WORKLOAD_WORDS
from reflect.goals import STATES
from reflect.i18n import QT_TRANSLATE_NOOP, Message, joined
from reflect.insight import signed
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
    "met": QT_TRANSLATE_NOOP("Reflect", "met"),
    "partly": QT_TRANSLATE_NOOP("Reflect", "partly met"),
    "missed": QT_TRANSLATE_NOOP("Reflect", "not this week"),
    "paused": QT_TRANSLATE_NOOP("Reflect", "paused"),
    "no data": QT_TRANSLATE_NOOP("Reflect", "no data yet"),
}

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


def _span(weeks: Sequence[IsoWeek]) -> Message | str:
    if not weeks:
        return Message(QT_TRANSLATE_NOOP("Reflect", "no weeks"))
    if len(weeks) == 1:
        return str(weeks[0])
    return Message(
        QT_TRANSLATE_NOOP("Reflect", "{first} to {last}"), first=weeks[0], last=weeks[-1]
    )


def _title(key: str) -> Message:
    return Message(TITLES[key], "Chart")


def _metric(metric: str) -> Message | str:
    return Message(METRIC_WORDS[metric], "Metric") if metric in METRIC_WORDS else metric


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def ebb_flow_summary(flow: EbbFlow) -> str:
    checked = [w for w in flow.weeks if w.checked_in]
    head = Message(
        QT_TRANSLATE_NOOP(
            "Reflect", "{title} of {metric}, {span}: {checked} of {weeks} weeks with a check-in"
        ),
        title=_title("ebb-flow"),
        metric=_metric(flow.metric),
        span=_span([w.week for w in flow.weeks]),
        checked=len(checked),
        weeks=len(flow.weeks),
    )
    more: Message | str = ""
    if checked:
        average = _mean([w.workload or 0 for w in checked])
        more = Message(
            QT_TRANSLATE_NOOP(
                "Reflect", ", {total} {unit} in all, average workload {average:.1f} ({word})"
            ),
            total=sum(w.total() for w in checked),
            unit=_metric(flow.metric)
            if flow.metric != "actions"
            else Message(QT_TRANSLATE_NOOP("Reflect", "actions")),
            average=average,
            word=Message(WORKLOAD_WORDS[round(average)], "Words"),
        )
    if flow.metric == "actions":
        return Message(
            QT_TRANSLATE_NOOP(
                "Reflect",
                "{head}{more}. Actions are posts, comments, shares and reactions together.",
            ),
            head=head,
            more=more,
        )
    return Message("{head}{more}.", head=head, more=more)


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


def participation_summary(weeks: Sequence[RoleWeek]) -> str:
    rated = [w for w in weeks if w.creator is not None]
    span = _span([w.week for w in weeks])
    if not rated:
        return Message(
            QT_TRANSLATE_NOOP("Reflect", "{title}, {span}: no role shares in these weeks."),
            title=_title("participation"),
            span=span,
        )
    means = [_mean([getattr(w, r) for w in rated]) for r in ("creator", "commenter", "reader")]
    return Message(
        QT_TRANSLATE_NOOP(
            "Reflect",
            "{title}, {span}: on average {creator:.0f} % creator, {commenter:.0f} % commenter and "
            "{reader:.0f} % reader over {weeks} weeks with role shares.",
        ),
        title=_title("participation"),
        span=span,
        creator=means[0],
        commenter=means[1],
        reader=means[2],
        weeks=len(rated),
    )


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


def goals_summary(heatmap: GoalHeatmap) -> str:
    totals = dict.fromkeys(STATE_WORDS, 0)
    counted = Counter(chain.from_iterable(line.state_codes() for line in heatmap.lines))
    for code, count in counted.items():
        totals[STATES[code]] = totals.get(STATES[code], 0) + count
    counts = joined(
        Message("{n} {state}", n=totals[k], state=Message(STATE_WORDS[k])) for k in STATE_WORDS
    )
    goals = len(heatmap.lines)
    weeks = len(heatmap.weeks)
    return Message(
        QT_TRANSLATE_NOOP("Reflect", "{goals} over {weeks} ({span}); goal-weeks: {counts}."),
        goals=Message(QT_TRANSLATE_NOOP("Reflect", "1 goal"))
        if goals == 1
        else Message(QT_TRANSLATE_NOOP("Reflect", "{n} goals"), n=goals),
        weeks=Message(QT_TRANSLATE_NOOP("Reflect", "1 week"))
        if weeks == 1
        else Message(QT_TRANSLATE_NOOP("Reflect", "{n} weeks"), n=weeks),
        span=_span(heatmap.weeks),
        counts=counts,
    )


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


def fit_words(scatter: WorkloadScatter) -> str:
    """ "Workload against all activity, all networks: r = −0.62 over 48 weeks; …"."""
    words = _metric(scatter.metric)
    where = (
        Message(QT_TRANSLATE_NOOP("Reflect", "all networks"))
        if scatter.network_name == "All networks"
        else scatter.network_name
    )
    head = Message(
        QT_TRANSLATE_NOOP("Reflect", "Workload against {metric}, {where}"),
        metric=words,
        where=where,
    )
    fit = scatter.fit
    n = len(scatter.points)
    if fit is None:
        return Message(
            QT_TRANSLATE_NOOP("Reflect", "{head}: {n} weeks; a line needs at least {least}."),
            head=head,
            n=n,
            least=MIN_FIT_WEEKS,
        )
    if fit.r is None or fit.slope is None:
        steady = Message(QT_TRANSLATE_NOOP("Reflect", "workload")) if fit.slope is None else words
        return Message(
            QT_TRANSLATE_NOOP(
                "Reflect",
                "{head}: {n} weeks; your {steady} did not change, so there is no correlation.",
            ),
            head=head,
            n=n,
            steady=steady,
        )
    if fit.slope > 0:
        template = QT_TRANSLATE_NOOP(
            "Reflect",
            "{head}: r = {r} over {weeks} weeks; the fitted line rises by {slope:.1f} "
            "for each step of workload.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Reflect",
            "{head}: r = {r} over {weeks} weeks; the fitted line falls by {slope:.1f} "
            "for each step of workload.",
        )
    return Message(template, head=head, r=signed(fit.r), weeks=fit.weeks, slope=abs(fit.slope))


def measured_summary(comparisons: Sequence[Comparison], metric: str) -> str:
    words = _metric(metric)
    compared = [c for c in comparisons if c.weeks]
    if not compared:
        return Message(
            QT_TRANSLATE_NOOP(
                "Reflect", "{title} ({metric}): no weeks with both a check-in and an import."
            ),
            title=_title("measured"),
            metric=words,
        )
    parts = joined(
        (
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", "{name} {reported} reported, {measured} measured over {weeks} weeks"
                ),
                name=c.series.name,
                reported=c.reported,
                measured=c.measured,
                weeks=c.weeks,
            )
            for c in compared
        ),
        "; ",
    )
    return Message(
        "{title} ({metric}): {parts}.", title=_title("measured"), metric=words, parts=parts
    )


def measured_table(comparisons: Sequence[Comparison], metric: str) -> ChartTable:
    words = _metric(metric)
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
