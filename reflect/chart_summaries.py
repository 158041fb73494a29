"""Each Trends chart in words: its title and what it shows in a sentence or two.

The summaries are what a screen reader hears for a chart, what the Trends page prints under it,
what ``reflect chart`` and the report say about it, and the last line of the chart's table in
``reflect.chart_data``; ``TITLES`` and ``STATE_WORDS`` are the words both use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain

from reflect.checkins import WORKLOAD_WORDS
from reflect.goals import STATES
from reflect.i18n import QT_TRANSLATE_NOOP, Message, joined
from reflect.insight import signed
from reflect.trend_values import METRIC_WORDS
from reflect.trends import Comparison, EbbFlow, GoalHeatmap, RoleWeek
from reflect.weeks import IsoWeek
from reflect.workload_scatter import MIN_FIT_WEEKS, WorkloadScatter

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


def metric_name(metric: str) -> Message | str:
    """A metric as the sentences name it, in the user's language: "posts", "minutes"."""
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
        metric=metric_name(flow.metric),
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
            unit=metric_name(flow.metric)
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


def fit_words(scatter: WorkloadScatter) -> str:
    """ "Workload against all activity, all networks: r = −0.62 over 48 weeks; …"."""
    words = metric_name(scatter.metric)
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
    words = metric_name(metric)
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
