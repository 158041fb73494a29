"""Insights: plain sentences about the period, each with the numbers behind it.

Every rule says something only when the data can carry it; the minimum number of weeks is
a constant here, and the Trends page names them when there is nothing to say yet. The tone
is kind: quiet weeks are allowed, a goal missed is information, not a failure.

This module runs every rule over one tally of the period (``reflect.insight_tally``) and holds
the workload, feedback, quiet and goal rules; the role rules are in ``reflect.role_insights``.
"""

from __future__ import annotations

from reflect.goals import STATES
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.insight import Insight, signed
from reflect.insight_tally import Tally, network_tallies
from reflect.role_insights import MIN_ROLE_WEEKS, implied_roles, role_shifts
from reflect.trend_history import TrendHistory
from reflect.trends import GoalHeatmap, TrendQuery, goal_heatmap
from reflect.workload_scatter import fit_line

#: Workload and activity: checked-in weeks with a value, and |r| to call it a pattern.
MIN_WORKLOAD_WEEKS, CLEAR_R = 12, 0.3
#: Heavy weeks (workload 4–5) and lighter ones (1–3), each, before comparing their means.
MIN_SIDE_WEEKS = 4
#: Weeks with posts or replies and the feedback question answered; below this share of
#: them with a response, a network gets its own sentence.
MIN_FEEDBACK_WEEKS, LOW_RESPONSE = 6, 0.5
#: Check-ins in a row without activity on a network.
QUIET_WEEKS = 4
#: Weeks a goal was judged met, partly or missed (paused and no-data weeks do not count).
MIN_GOAL_WEEKS = 4

MINIMUMS = (
    Message(
        QT_TRANSLATE_NOOP("Reflect", "workload and activity: {n} check-ins"), n=MIN_WORKLOAD_WEEKS
    ),
    Message(
        QT_TRANSLATE_NOOP("Reflect", "feedback: {n} weeks with posts or replies"),
        n=MIN_FEEDBACK_WEEKS,
    ),
    Message(
        QT_TRANSLATE_NOOP("Reflect", "role shifts: {n} weeks with role shares"),
        n=2 * MIN_ROLE_WEEKS,
    ),
    Message(QT_TRANSLATE_NOOP("Reflect", "quiet stretches: {n} check-ins in a row"), n=QUIET_WEEKS),
    Message(QT_TRANSLATE_NOOP("Reflect", "goals: {n} judged weeks"), n=MIN_GOAL_WEEKS),
)
#: "In weeks with workload 4–5 you <did this much less or more> on X …", per metric.
_HEAVY = {
    ("actions", "less"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you were {change} % less active on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("actions", "more"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you were {change} % more active on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("posts", "less"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you posted {change} % less on {name} than in lighter "
        "weeks {basis}.",
    ),
    ("posts", "more"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you posted {change} % more on {name} than in lighter "
        "weeks {basis}.",
    ),
    ("comments", "less"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you commented {change} % less on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("comments", "more"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you commented {change} % more on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("shares", "less"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you shared {change} % less on {name} than in lighter "
        "weeks {basis}.",
    ),
    ("shares", "more"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you shared {change} % more on {name} than in lighter "
        "weeks {basis}.",
    ),
    ("reactions", "less"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you reacted {change} % less on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("reactions", "more"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you reacted {change} % more on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("minutes", "less"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you spent {change} % less time on {name} than in "
        "lighter weeks {basis}.",
    ),
    ("minutes", "more"): QT_TRANSLATE_NOOP(
        "Reflect",
        "In weeks with workload 4–5 you spent {change} % more time on {name} than in "
        "lighter weeks {basis}.",
    ),
}
_WITH_RESPONSE = Message(QT_TRANSLATE_NOOP("Reflect", "weeks with a response"))
_WITH_POSTS = Message(QT_TRANSLATE_NOOP("Reflect", "weeks with posts or replies"))
_WEEKS_MET = Message(QT_TRANSLATE_NOOP("Reflect", "weeks met"))
_WEEKS_JUDGED = Message(QT_TRANSLATE_NOOP("Reflect", "weeks judged"))


def _network(name: str) -> Message | str:
    """ "All networks" stays translatable; a network's own name is its name."""
    return Message(QT_TRANSLATE_NOOP("Reflect", "All networks")) if name == "All networks" else name


def insights(
    history: TrendHistory, query: TrendQuery, heatmap: GoalHeatmap | None = None
) -> list[Insight]:
    """What the period says, in a fixed order of topics; empty when it cannot say anything.
    One pass over the period's check-ins gathers what every rule needs; ``heatmap`` is the
    goal heatmap of the same query, when the caller has it already."""
    tallies = network_tallies(history, query)
    found: list[Insight] = []
    for rule in (_workload, _feedback, role_shifts, implied_roles, _quiet):
        found += rule(tallies, query)
    found += _goals(heatmap or goal_heatmap(history, query))
    return found


def _workload(tallies: list[Tally], query: TrendQuery) -> list[Insight]:
    out = []
    for tally in tallies:
        pairs = tally.pairs
        if len(pairs) < MIN_WORKLOAD_WEEKS:
            continue
        fit = fit_line([w for w, _ in pairs], [v for _, v in pairs])
        if fit is None or fit.r is None:
            continue
        numbers = (
            ("r", signed(fit.r)),
            (Message(QT_TRANSLATE_NOOP("Reflect", "weeks")), str(fit.weeks)),
        )
        basis = Message(
            QT_TRANSLATE_NOOP("Reflect", "(r = {r} over {weeks} weeks)"),
            r=signed(fit.r),
            weeks=fit.weeks,
        )
        heavy = [v for w, v in pairs if w >= 4]
        light = [v for w, v in pairs if w <= 3]
        name = tally.series.name
        if abs(fit.r) < CLEAR_R:
            text = Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", "Your activity on {name} hardly followed your workload {basis}."
                ),
                name=name,
                basis=basis,
            )
        elif len(heavy) >= MIN_SIDE_WEEKS and len(light) >= MIN_SIDE_WEEKS and sum(light):
            heavy_mean, light_mean = sum(heavy) / len(heavy), sum(light) / len(light)
            change = round(100 * (heavy_mean - light_mean) / light_mean)
            how = "less" if change < 0 else "more"
            text = Message(_HEAVY[(query.metric, how)], change=abs(change), name=name, basis=basis)
            numbers += (
                (Message(QT_TRANSLATE_NOOP("Reflect", "heavy weeks")), str(len(heavy))),
                (Message(QT_TRANSLATE_NOOP("Reflect", "lighter weeks")), str(len(light))),
            )
        else:
            if fit.r < 0:
                template = QT_TRANSLATE_NOOP(
                    "Reflect", "The busier the week, the less you did on {name} {basis}."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Reflect", "The busier the week, the more you did on {name} {basis}."
                )
            text = Message(template, name=name, basis=basis)
        out.append(Insight("workload", text, numbers, tally.series.network_id))
    return out


def _feedback(tallies: list[Tally], _query: TrendQuery) -> list[Insight]:
    rates = [
        (t.responded / t.answered, t.responded, t.answered, t.series)
        for t in tallies
        if t.answered >= MIN_FEEDBACK_WEEKS
    ]
    if not rates:
        return []
    rates.sort(key=lambda r: -r[0])
    rate, got, of, series = rates[0]
    out = [
        Insight(
            "feedback",
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "Your posts and replies on {name} got a response in {got} of {of} weeks — "
                    "more than anywhere else.",
                )
                if len(rates) > 1
                else QT_TRANSLATE_NOOP(
                    "Reflect",
                    "Your posts and replies on {name} got a response in {got} of {of} weeks.",
                ),
                name=series.name,
                got=got,
                of=of,
            ),
            ((_WITH_RESPONSE, str(got)), (_WITH_POSTS, str(of))),
            series.network_id,
        )
    ]
    low_rate, low_got, low_of, low = rates[-1]
    if len(rates) > 1 and low_rate < LOW_RESPONSE and rate - low_rate >= 0.2:
        out.append(
            Insight(
                "feedback",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect",
                        "On {name} a response came in {got} of {of} weeks. Worth asking whether "
                        "the people you want to reach are there.",
                    ),
                    name=low.name,
                    got=low_got,
                    of=low_of,
                ),
                ((_WITH_RESPONSE, str(low_got)), (_WITH_POSTS, str(low_of))),
                low.network_id,
            )
        )
    return out


def _quiet(tallies: list[Tally], _query: TrendQuery) -> list[Insight]:
    out = []
    for tally in tallies:
        run = tally.quiet
        if tally.series.archived or len(run) < QUIET_WEEKS:
            continue
        since = run[0]
        out.append(
            Insight(
                "quiet",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect",
                        "Quiet on {name} for {weeks} weeks (since {since}) — fine if that is on "
                        "purpose.",
                    ),
                    name=tally.series.name,
                    weeks=len(run),
                    since=since,
                ),
                (
                    (Message(QT_TRANSLATE_NOOP("Reflect", "quiet check-ins")), str(len(run))),
                    (Message(QT_TRANSLATE_NOOP("Reflect", "since")), str(since)),
                ),
                tally.series.network_id,
            )
        )
    return out


def _goals(heatmap: GoalHeatmap) -> list[Insight]:
    tallies = []
    met_code, partly_code, missed_code = (STATES.index(s) for s in ("met", "partly", "missed"))
    for line in heatmap.lines:
        codes = line.state_codes()
        met, partly = codes.count(met_code), codes.count(partly_code)
        judged = met + partly + codes.count(missed_code)
        if judged >= MIN_GOAL_WEEKS:
            tallies.append((met / judged, met, partly, judged, line))
    if not tallies:
        return []
    tallies.sort(key=lambda t: (-t[0], -t[3]))
    rate, met, _, judged, line = tallies[0]
    out = [
        Insight(
            "goals",
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect", "Met most often: “{title}” ({network}), in {met} of {judged} weeks."
                ),
                title=line.title,
                network=_network(line.network_name),
                met=met,
                judged=judged,
            ),
            ((_WEEKS_MET, str(met)), (_WEEKS_JUDGED, str(judged))),
        )
    ]
    low_rate, low_met, low_partly, low_judged, low = tallies[-1]
    if len(tallies) > 1 and low_rate < rate:
        partly_words = (
            Message(QT_TRANSLATE_NOOP("Reflect", ", partly in {partly}"), partly=low_partly)
            if low_partly
            else ""
        )
        out.append(
            Insight(
                "goals",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect",
                        "Met least often: “{title}” ({network}), in {met} of {judged} "
                        "weeks{partly}. Perhaps it asks more than these weeks allowed; a smaller "
                        "target is still a goal.",
                    ),
                    title=low.title,
                    network=_network(low.network_name),
                    met=low_met,
                    judged=low_judged,
                    partly=partly_words,
                ),
                (
                    (_WEEKS_MET, str(low_met)),
                    (Message(QT_TRANSLATE_NOOP("Reflect", "weeks partly met")), str(low_partly)),
                    (_WEEKS_JUDGED, str(low_judged)),
                ),
            )
        )
    return out
