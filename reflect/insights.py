"""Insights: plain sentences about the period, each with the numbers behind it.

Every rule says something only when the data can carry it; the minimum number of weeks is
a constant here, and the Trends page names them when there is nothing to say yet. The tone
is kind: quiet weeks are allowed, a goal missed is information, not a failure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reflect.checkins import ROLES, Roles
from reflect.trend_history import TrendHistory
from reflect.trend_values import Series
from reflect.trends import GoalHeatmap, TrendQuery, fit_line, goal_heatmap, shown_series
from reflect.weeks import IsoWeek

#: Workload and activity: checked-in weeks with a value, and |r| to call it a pattern.
MIN_WORKLOAD_WEEKS, CLEAR_R = 12, 0.3
#: Heavy weeks (workload 4–5) and lighter ones (1–3), each, before comparing their means.
MIN_SIDE_WEEKS = 4
#: Weeks with posts or replies and the feedback question answered; below this share of
#: them with a response, a network gets its own sentence.
MIN_FEEDBACK_WEEKS, LOW_RESPONSE = 6, 0.5
#: Weeks with role shares in each half of the period, and the shift worth a sentence.
MIN_ROLE_WEEKS, ROLE_SHIFT_POINTS = 4, 15
#: Weeks with role shares and counts, before comparing what you say with what you did.
MIN_IMPLIED_WEEKS = 6
#: Check-ins in a row without activity on a network.
QUIET_WEEKS = 4
#: Weeks a goal was judged met, partly or missed (paused and no-data weeks do not count).
MIN_GOAL_WEEKS = 4

MINIMUMS = (
    f"workload and activity: {MIN_WORKLOAD_WEEKS} check-ins",
    f"feedback: {MIN_FEEDBACK_WEEKS} weeks with posts or replies",
    f"role shifts: {2 * MIN_ROLE_WEEKS} weeks with role shares",
    f"quiet stretches: {QUIET_WEEKS} check-ins in a row",
    f"goals: {MIN_GOAL_WEEKS} judged weeks",
)

_DOING = {
    "actions": ("were", "active"),
    "posts": ("posted", ""),
    "comments": ("commented", ""),
    "shares": ("shared", ""),
    "reactions": ("reacted", ""),
    "minutes": ("spent", "time"),
}


@dataclass(frozen=True, slots=True)
class Insight:
    topic: str  # workload, feedback, roles, quiet, goals
    text: str
    numbers: tuple[tuple[str, str], ...]  # what the sentence rests on, as shown
    network_id: str | None = None


def signed(value: float) -> str:
    """r as people write it: two decimals and a real minus sign."""
    return f"{value:.2f}".replace("-", "\u2212")


def insights(
    history: TrendHistory, query: TrendQuery, heatmap: GoalHeatmap | None = None
) -> list[Insight]:
    """What the period says, in a fixed order of topics; empty when it cannot say anything.
    One pass over the period's check-ins gathers what every rule needs; ``heatmap`` is the
    goal heatmap of the same query, when the caller has it already."""
    tallies = _tally(history, query)
    found: list[Insight] = []
    for rule in (_workload, _feedback, _roles, _implied, _quiet):
        found += rule(tallies, query)
    found += _goals(heatmap or goal_heatmap(history, query))
    return found


@dataclass(slots=True)
class _Tally:
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


def _tally(history: TrendHistory, query: TrendQuery) -> list[_Tally]:
    """Each network's numbers for the period, from the history's columns."""
    first, last = query.first, query.last
    workloads = history.cut(history.workloads, first, last)
    weeks = history.span(first, last)
    tallies = []
    for series in shown_series(history, query):
        tally = _Tally(series)
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


def _workload(tallies: list[_Tally], query: TrendQuery) -> list[Insight]:
    out = []
    for tally in tallies:
        pairs = tally.pairs
        if len(pairs) < MIN_WORKLOAD_WEEKS:
            continue
        fit = fit_line([w for w, _ in pairs], [v for _, v in pairs])
        if fit is None or fit.r is None:
            continue
        numbers = (("r", signed(fit.r)), ("weeks", str(fit.weeks)))
        basis = f"(r = {signed(fit.r)} over {fit.weeks} weeks)"
        heavy = [v for w, v in pairs if w >= 4]
        light = [v for w, v in pairs if w <= 3]
        name = tally.series.name
        if abs(fit.r) < CLEAR_R:
            text = f"Your activity on {name} hardly followed your workload {basis}."
        elif len(heavy) >= MIN_SIDE_WEEKS and len(light) >= MIN_SIDE_WEEKS and sum(light):
            heavy_mean, light_mean = sum(heavy) / len(heavy), sum(light) / len(light)
            change = round(100 * (heavy_mean - light_mean) / light_mean)
            verb, noun = _DOING[query.metric]
            how = "less" if change < 0 else "more"
            what = f"{verb} {abs(change)} % {how}{' ' + noun if noun else ''}"
            text = f"In weeks with workload 4–5 you {what} on {name} than in lighter weeks {basis}."
            numbers += (("heavy weeks", str(len(heavy))), ("lighter weeks", str(len(light))))
        else:
            way = "less" if fit.r < 0 else "more"
            text = f"The busier the week, the {way} you did on {name} {basis}."
        out.append(Insight("workload", text, numbers, tally.series.network_id))
    return out


def _feedback(tallies: list[_Tally], _query: TrendQuery) -> list[Insight]:
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
            f"Your posts and replies on {series.name} got a response in {got} of {of} weeks"
            + (" — more than anywhere else." if len(rates) > 1 else "."),
            (("weeks with a response", str(got)), ("weeks with posts or replies", str(of))),
            series.network_id,
        )
    ]
    low_rate, low_got, low_of, low = rates[-1]
    if len(rates) > 1 and low_rate < LOW_RESPONSE and rate - low_rate >= 0.2:
        out.append(
            Insight(
                "feedback",
                f"On {low.name} a response came in {low_got} of {low_of} weeks. Worth asking "
                "whether the people you want to reach are there.",
                (
                    ("weeks with a response", str(low_got)),
                    ("weeks with posts or replies", str(low_of)),
                ),
                low.network_id,
            )
        )
    return out


def _roles(tallies: list[_Tally], _query: TrendQuery) -> list[Insight]:
    out = []
    for tally in tallies:
        rated, series = tally.roles, tally.series
        half = len(rated) // 2
        if half < MIN_ROLE_WEEKS:
            continue
        before, after = rated[:half], rated[-half:]
        shares = [
            {r: sum(getattr(x, r) for x in part) / len(part) for r in ROLES}
            for part in (before, after)
        ]
        was, now = (max(s, key=s.get) for s in shares)
        role = max(ROLES, key=lambda r: abs(shares[1][r] - shares[0][r]))
        before_share, after_share = shares[0][role], shares[1][role]
        if abs(after_share - before_share) < ROLE_SHIFT_POINTS:
            continue  # the mix held, or moved too little to mean much
        numbers = (
            (f"{role} share before", f"{before_share:.0f} %"),
            (f"{role} share after", f"{after_share:.0f} %"),
            ("weeks in each half", str(half)),
        )
        span = f"the first {half} weeks with shares against the last {half}"
        change = f"{before_share:.0f} % → {after_share:.0f} %"
        if was != now:
            text = (
                f"On {series.name} you moved from mostly {was} to mostly {now} "
                f"({role} {change}, {span})."
            )
        else:
            way = "grew" if after_share > before_share else "fell"
            text = f"On {series.name} your {role} share {way}: {change} ({span})."
        out.append(Insight("roles", text, numbers, series.network_id))
    return out


def _implied(tallies: list[_Tally], _query: TrendQuery) -> list[Insight]:
    """The largest gap between the role you give yourself and the one your counts imply."""
    clear = [t for t in tallies if t.rated >= MIN_IMPLIED_WEEKS and t.differ * 2 > t.rated]
    if not clear:
        return []
    tally = max(clear, key=lambda t: t.differ / t.rated)
    said, count = tally.implied.most_common(1)[0]
    weeks, name = tally.rated, tally.series.name
    return [
        Insight(
            "roles",
            f"On {name} your counts put you on the {said} rung in {count} of {weeks} "
            "weeks, while your own shares say otherwise. Both can be true: counts see what "
            "you did, shares how you spent the time.",
            (("weeks", str(weeks)), (f"weeks the counts say {said}", str(count))),
            tally.series.network_id,
        )
    ]


def _quiet(tallies: list[_Tally], _query: TrendQuery) -> list[Insight]:
    out = []
    for tally in tallies:
        run = tally.quiet
        if tally.series.archived or len(run) < QUIET_WEEKS:
            continue
        since = run[0]
        out.append(
            Insight(
                "quiet",
                f"Quiet on {tally.series.name} for {len(run)} weeks (since {since}) — fine if "
                "that is on purpose.",
                (("quiet check-ins", str(len(run))), ("since", str(since))),
                tally.series.network_id,
            )
        )
    return out


def _goals(heatmap: GoalHeatmap) -> list[Insight]:
    tallies = []
    for line in heatmap.lines:
        judged = [s.state for s in line.states if s.state in ("met", "partly", "missed")]
        if len(judged) >= MIN_GOAL_WEEKS:
            met = judged.count("met")
            tallies.append((met / len(judged), met, judged.count("partly"), len(judged), line))
    if not tallies:
        return []
    tallies.sort(key=lambda t: (-t[0], -t[3]))
    rate, met, _, judged, line = tallies[0]
    out = [
        Insight(
            "goals",
            f"Met most often: “{line.title}” ({line.network_name}), in {met} of {judged} weeks.",
            (("weeks met", str(met)), ("weeks judged", str(judged))),
        )
    ]
    low_rate, low_met, low_partly, low_judged, low = tallies[-1]
    if len(tallies) > 1 and low_rate < rate:
        partly_words = f", partly in {low_partly}" if low_partly else ""
        out.append(
            Insight(
                "goals",
                f"Met least often: “{low.title}” ({low.network_name}), in {low_met} of "
                f"{low_judged} weeks{partly_words}. Perhaps it asks more than these weeks "
                "allowed; a smaller target is still a goal.",
                (
                    ("weeks met", str(low_met)),
                    ("weeks partly met", str(low_partly)),
                    ("weeks judged", str(low_judged)),
                ),
            )
        )
    return out
