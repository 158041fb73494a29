"""Two periods side by side: per network activity, roles and goals met, and the workload —
with the differences told in kind, exact words ("3 comments against 1")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reflect import checkins as checkin_service
from reflect import goal_overview
from reflect import goals as goal_service
from reflect import networks as network_service
from reflect.checkins import CheckIn
from reflect.history import JUDGED, role_of
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek, week_range, weeks_in_year

ACTIONS = ("posts", "comments", "shares", "reactions")
#: The verb and the noun of each count, for sentences.
VERBS = {
    "posts": QT_TRANSLATE_NOOP("Compare", "posted"),
    "comments": QT_TRANSLATE_NOOP("Compare", "commented"),
    "shares": QT_TRANSLATE_NOOP("Compare", "shared"),
    "reactions": QT_TRANSLATE_NOOP("Compare", "reacted"),
}
BASES = {
    "posts": QT_TRANSLATE_NOOP("Compare", "post"),
    "comments": QT_TRANSLATE_NOOP("Compare", "comment"),
    "shares": QT_TRANSLATE_NOOP("Compare", "share"),
    "reactions": QT_TRANSLATE_NOOP("Compare", "react"),
}
NOUNS = {"posts": "post", "comments": "comment", "shares": "share", "reactions": "reaction"}
#: "{n} post" / "{n} posts": counted nouns, one template for one and one for more.
COUNTED = {
    "post": (QT_TRANSLATE_NOOP("Compare", "{n} post"), QT_TRANSLATE_NOOP("Compare", "{n} posts")),
    "comment": (
        QT_TRANSLATE_NOOP("Compare", "{n} comment"),
        QT_TRANSLATE_NOOP("Compare", "{n} comments"),
    ),
    "share": (
        QT_TRANSLATE_NOOP("Compare", "{n} share"),
        QT_TRANSLATE_NOOP("Compare", "{n} shares"),
    ),
    "reaction": (
        QT_TRANSLATE_NOOP("Compare", "{n} reaction"),
        QT_TRANSLATE_NOOP("Compare", "{n} reactions"),
    ),
    "week": (QT_TRANSLATE_NOOP("Compare", "{n} week"), QT_TRANSLATE_NOOP("Compare", "{n} weeks")),
}
RATIOS = (
    QT_TRANSLATE_NOOP("Compare", "about as often"),
    QT_TRANSLATE_NOOP("Compare", "more often"),
    QT_TRANSLATE_NOOP("Compare", "{n:g} times as often"),
    QT_TRANSLATE_NOOP("Compare", "twice as often"),
    QT_TRANSLATE_NOOP("Compare", "less often"),
    QT_TRANSLATE_NOOP("Compare", "half as often"),
    QT_TRANSLATE_NOOP("Compare", "a third as often"),
    QT_TRANSLATE_NOOP("Compare", "a quarter as often"),
    QT_TRANSLATE_NOOP("Compare", "far less often"),
)
#: Below this many in both periods, sentences give the exact numbers, not a ratio alone.
SMALL = 10


@dataclass(frozen=True, slots=True)
class Period:
    first: IsoWeek
    last: IsoWeek
    label: str  # "2026-Q4", "2025", or "2026-W01 – 2026-W12"

    @property
    def weeks(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True, slots=True)
class NetworkNumbers:
    """One network in one period. Counts are totals over the period's check-ins."""

    posts: int = 0
    comments: int = 0
    shares: int = 0
    reactions: int = 0
    minutes: int = 0
    weeks_used: int = 0  # check-ins in which the network was used
    roles: tuple[tuple[str, int], ...] = ()  # (role, weeks it was the main one), most first
    goals_met: int = 0
    goals_judged: int = 0

    @property
    def actions(self) -> int:
        return self.posts + self.comments + self.shares + self.reactions

    def count(self, name: str) -> int:
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class NetworkComparison:
    network_id: str
    name: str
    colour: str
    first: NetworkNumbers
    second: NetworkNumbers


@dataclass(frozen=True, slots=True)
class PeriodSide:
    period: Period
    checkins: int
    workload: float | None  # the average workload over its check-ins


@dataclass(frozen=True, slots=True)
class Comparison:
    first: PeriodSide
    second: PeriodSide
    networks: tuple[NetworkComparison, ...]
    sentences: tuple[str, ...]


def quarter_of(week: IsoWeek) -> tuple[int, int]:
    """The calendar quarter a week belongs to (by its Thursday, as the ISO year is)."""
    thursday = week.days()[3]
    return thursday.year, (thursday.month - 1) // 3 + 1


def quarter(year_number: int, number: int) -> Period:
    """The ISO weeks whose Thursday falls in the quarter."""
    start = date(year_number, 3 * number - 2, 1)
    after = date(year_number + 1, 1, 1) if number == 4 else date(year_number, 3 * number + 1, 1)
    first = IsoWeek.of(_thursday_on_or_after(start))
    last = IsoWeek.of(_thursday_on_or_after(after)) - 1
    return Period(first, last, f"{year_number}-Q{number}")


def _thursday_on_or_after(day: date) -> date:
    return date.fromordinal(day.toordinal() + (3 - day.weekday()) % 7)


def year(number: int) -> Period:
    return Period(IsoWeek(number, 1), IsoWeek(number, weeks_in_year(number)), str(number))


def custom(first: IsoWeek, last: IsoWeek) -> Period:
    first, last = min(first, last), max(first, last)
    return Period(first, last, str(first) if first == last else f"{first} – {last}")


def preset(kind: str, current: IsoWeek) -> tuple[Period, Period]:
    """ "quarter": this quarter against the last; "year": this year against the last."""
    if kind == "quarter":
        number_year, number = quarter_of(current)
        before = (number_year, number - 1) if number > 1 else (number_year - 1, 4)
        return _so_far(quarter(number_year, number), current), quarter(*before)
    if kind == "year":
        return _so_far(year(current.year), current), year(current.year - 1)
    raise ValueError(f"no preset period {kind!r}")


def _so_far(period: Period, current: IsoWeek) -> Period:
    """A period still going on ends with the current week, and says so."""
    if current >= period.last:
        return period
    label = QT_TRANSLATE_NOOP("Compare", "{label} so far")
    return Period(period.first, current, Message(label, "Compare", label=period.label))


def compare(first: Period, second: Period) -> Comparison:
    """``first`` against ``second``: numbers per network, and the differences in words."""
    start, end = min(first.first, second.first), max(first.last, second.last)
    every = [c for c in checkin_service.checkins(start, end) if not c.is_draft]
    states = goal_overview.goal_states(start, end)
    goal_networks = {g.id: g.network_id for g in goal_service.goals()}
    weeks = week_range(start, end)
    networks = network_service.networks(include_archived=True)
    sides, numbers = [], []
    for period in (first, second):
        inside = [c for c in every if period.first <= c.week <= period.last]
        workloads = [c.workload for c in inside]
        sides.append(
            PeriodSide(period, len(inside), sum(workloads) / len(workloads) if workloads else None)
        )
        goals = _goal_counts(states, goal_networks, weeks, period)
        numbers.append({n.id: _numbers(n.id, inside, goals.get(n.id, (0, 0))) for n in networks})
    rows = tuple(
        NetworkComparison(n.id, n.name, n.colour, numbers[0][n.id], numbers[1][n.id])
        for n in networks
        if not n.archived or numbers[0][n.id].weeks_used or numbers[1][n.id].weeks_used
    )
    return Comparison(sides[0], sides[1], rows, tuple(sentences(sides[0], sides[1], rows)))


def _goal_counts(states, goal_networks, weeks, period: Period) -> dict[str, tuple[int, int]]:
    counts: dict[str, tuple[int, int]] = {}
    for goal_id, per_week in states.items():
        network_id = goal_networks.get(goal_id)
        if network_id is None:
            continue
        met, judged = counts.get(network_id, (0, 0))
        for week, state in zip(weeks, per_week, strict=True):
            if period.first <= week <= period.last and state.state in JUDGED:
                judged += 1
                met += state.state == "met"
        counts[network_id] = (met, judged)
    return counts


def _numbers(network_id: str, inside: list[CheckIn], goals: tuple[int, int]) -> NetworkNumbers:
    totals = dict.fromkeys((*ACTIONS, "minutes"), 0)
    used = 0
    roles: dict[str, int] = {}
    for checkin in inside:
        entry = checkin.entry_for(network_id)
        if entry is None:
            continue
        if not entry.unused:
            used += 1
        for name in totals:
            totals[name] += entry.count(name)
        role = role_of(entry)
        if role is not None:
            roles[role] = roles.get(role, 0) + 1
    ordered = tuple(sorted(roles.items(), key=lambda kv: (-kv[1], kv[0])))
    return NetworkNumbers(
        **totals, weeks_used=used, roles=ordered, goals_met=goals[0], goals_judged=goals[1]
    )


def plural(count: int, noun: str) -> str:
    return Message(COUNTED[noun][count != 1], "Compare", n=count)


def _said(template: str, **params: object) -> Message:
    return Message(template, "Compare", **params)


def ratio_words(ratio: float) -> str:
    """ "twice as often", "3 times as often", "half as often", "less often", ""."""
    if ratio >= 1:
        rounded = round(ratio, 1)
        if rounded < 1.2:
            return "about as often"
        if rounded < 1.9:
            return "more often" if rounded < 1.5 else _said(RATIOS[2], n=rounded)
        if rounded <= 2.1:
            return "twice as often"
        return _said(RATIOS[2], n=round(ratio))
    inverse = 1 / ratio
    if inverse < 1.2:
        return "about as often"
    if inverse < 1.9:
        return "less often"
    if inverse <= 2.1:
        return "half as often"
    if 2.8 <= inverse <= 3.2:
        return "a third as often"
    if 3.8 <= inverse <= 4.2:
        return "a quarter as often"
    return "far less often" if inverse > 4.2 else "less often"


def sentences(first: PeriodSide, second: PeriodSide, rows) -> list[str]:
    """Plain sentences: the biggest differences first, numbers always beside them."""
    a, b = first.period.label, second.period.label
    same_length = first.checkins == second.checkins
    said: list[tuple[float, str]] = []
    for row in rows:
        for name in ACTIONS:
            x, y = row.first.count(name), row.second.count(name)
            if x == y == 0:
                continue
            numbers = _said(
                QT_TRANSLATE_NOOP("Compare", "{count} against {y}"),
                count=plural(x, NOUNS[name]),
                y=y,
            )
            if y == 0:
                text = _said(
                    QT_TRANSLATE_NOOP(
                        "Compare",
                        "In {a} you {verb} on {network} and not at all in {b} ({numbers}).",
                    ),
                    a=a,
                    verb=_said(VERBS[name]),
                    network=row.name,
                    b=b,
                    numbers=numbers,
                )
                said.append((float(x), text))
                continue
            if x == 0:
                text = _said(
                    QT_TRANSLATE_NOOP(
                        "Compare", "In {a} you did not {verb} on {network} ({numbers})."
                    ),
                    a=a,
                    verb=_said(BASES[name]),
                    network=row.name,
                    numbers=numbers,
                )
                said.append((float(y), text))
                continue
            if same_length or not first.checkins or not second.checkins:
                ratio = x / y
                basis = ""
            else:  # periods of different length: per week checked in, and say how many
                ratio = (x / first.checkins) / (y / second.checkins)
                basis = _said(QT_TRANSLATE_NOOP("Compare", " a week"))
                numbers = _said(
                    QT_TRANSLATE_NOOP("Compare", "{count} in {weeks} against {y} in {checkins}"),
                    count=plural(x, NOUNS[name]),
                    weeks=plural(first.checkins, "week"),
                    y=y,
                    checkins=second.checkins,
                )
            words = ratio_words(ratio)
            if words == "about as often":
                continue
            if words.endswith(("more often", "less often")):
                template = QT_TRANSLATE_NOOP(
                    "Compare",
                    "In {a} you {verb} {words}{basis} on {network} than in {b} ({numbers}).",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Compare",
                    "In {a} you {verb} {words}{basis} on {network} as in {b} ({numbers}).",
                )
            text = _said(
                template,
                a=a,
                verb=_said(VERBS[name]),
                words=words if isinstance(words, Message) else _said(words),
                basis=basis,
                network=row.name,
                b=b,
                numbers=numbers,
            )
            said.append((abs(x - y), text))
    said.sort(key=lambda item: -item[0])
    lines = [text for _, text in said[:6]]
    if first.workload is not None and second.workload is not None:
        lines.append(
            _said(
                QT_TRANSLATE_NOOP(
                    "Compare", "Your workload averaged {x:.1f} of 5 in {a} against {y:.1f} in {b}."
                ),
                x=first.workload,
                a=a,
                y=second.workload,
                b=b,
            )
        )
    lines.append(
        _said(
            QT_TRANSLATE_NOOP("Compare", "You checked in {x} in {a} and {y} in {b}."),
            x=plural(first.checkins, "week"),
            a=a,
            y=plural(second.checkins, "week"),
            b=b,
        )
    )
    return lines
