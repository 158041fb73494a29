"""A review of a month, a quarter or a year: what ``reflect report`` and File → Report… write.

``collect_report`` gathers everything from the database in one read (the check-ins, the
goals' states, the insights — the same services the Trends and Goals pages use) into a frozen
:class:`Report`. ``reflect.report_render`` turns it into Markdown or HTML; the charts come as
PNG images from the UI layer, which draws them with the Trends page's own widgets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from reflect import checkins as checkin_service
from reflect import experiments as experiment_service
from reflect import models as m
from reflect.chart_summaries import ebb_flow_summary, participation_summary
from reflect.errors import ReflectError
from reflect.goal_overview import ALL_NETWORKS, REMOVED_NETWORK
from reflect.goal_words import describe
from reflect.i18n import QT_TRANSLATE_NOOP, Message, joined
from reflect.insight import Insight
from reflect.insights import insights
from reflect.overview import ACTION_COUNTS
from reflect.report_period import InvalidPeriod, Period  # noqa: F401  (re-exported)
from reflect.trend_history import TrendHistory, load_history
from reflect.trends import (
    EbbFlow,
    RoleWeek,
    TrendQuery,
    ebb_flow,
    goal_heatmap,
    implied_role,
    participation,
    shown_series,
)
from reflect.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class NetworkTotal:
    """What the check-ins of the period say about one network, added up."""

    name: str
    colour: str
    posts: int
    comments: int
    shares: int
    reactions: int
    minutes: int | None  # None: never filled in
    weeks_used: int  # weeks with an entry that was not "didn't use it"
    weeks_unused: int  # weeks marked "didn't use it"
    creator: float | None = None  # mean self-assessed shares, over the weeks that gave them
    commenter: float | None = None
    reader: float | None = None
    role_weeks: int = 0
    implied: str | None = None  # the rung the counts imply most often
    measured: int | None = None  # actions counted by imports, None: no imports

    @property
    def actions(self) -> int:
        return self.posts + self.comments + self.shares + self.reactions

    def mostly(self) -> str | None:
        """The largest self-assessed share (creator before commenter before reader on a
        tie); None when no shares were given."""
        if self.creator is None:
            return None
        shares = (self.creator, self.commenter or 0.0, self.reader or 0.0)
        return ("creator", "commenter", "reader")[shares.index(max(shares))]


@dataclass(frozen=True, slots=True)
class GoalOutcome:
    """How one goal went over the period, week by week counted up."""

    title: str
    network_name: str
    description: str  # the target in force at the period's end, in words
    met: int
    partly: int
    missed: int
    paused: int
    no_data: int

    @property
    def judged(self) -> int:
        return self.met + self.partly + self.missed

    def words(self) -> str:
        """Kind words: "met in 5 of 9 weeks, partly in 2; paused for 3 weeks" (a Message)."""
        if not self.judged:
            parts = [Message(QT_TRANSLATE_NOOP("Report", "nothing to judge by yet"), "Report")]
        else:
            met = QT_TRANSLATE_NOOP("Report", "met in {met} of {weeks}")
            if self.partly:
                met = QT_TRANSLATE_NOOP("Report", "met in {met} of {weeks}, partly in {partly}")
            if self.missed:
                met = QT_TRANSLATE_NOOP("Report", "met in {met} of {weeks}, not yet in {missed}")
            if self.partly and self.missed:
                met = QT_TRANSLATE_NOOP(
                    "Report", "met in {met} of {weeks}, partly in {partly}, not yet in {missed}"
                )
            weeks = week_count(self.judged)
            parts = [
                Message(
                    met, "Report", met=self.met, weeks=weeks, partly=self.partly, missed=self.missed
                )
            ]
        if self.paused:
            template = QT_TRANSLATE_NOOP("Report", "paused for {weeks}")
            parts.append(Message(template, "Report", weeks=week_count(self.paused)))
        if self.no_data and self.judged:
            template = QT_TRANSLATE_NOOP("Report", "no data in {weeks}")
            parts.append(Message(template, "Report", weeks=week_count(self.no_data)))
        return joined(parts, "; ")


@dataclass(frozen=True, slots=True)
class ExperimentNote:
    title: str
    network_name: str
    first: IsoWeek
    last: IsoWeek
    status: str
    expectation: str
    outcome: str


@dataclass(frozen=True, slots=True)
class Words:
    """Something the user wrote: an answer to a prompt, or a note on a network."""

    heading: str  # the prompt, or "Note on LinkedIn" (a Message)
    text: str


@dataclass(frozen=True, slots=True)
class WeekWords:
    week: IsoWeek
    words: tuple[Words, ...]


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    weeks: tuple[IsoWeek, ...]  # the period's weeks up to the current one
    made_on: date
    so_far: bool  # the period is still running: its later weeks are not here yet
    checked_in: tuple[IsoWeek, ...]  # weeks with a finished check-in
    workload: float | None  # mean over the check-ins
    energy: float | None
    context: tuple[tuple[str, int], ...]  # life-context tag → weeks, most frequent first
    networks: tuple[NetworkTotal, ...]
    goals: tuple[GoalOutcome, ...]
    experiments: tuple[ExperimentNote, ...]
    words: tuple[WeekWords, ...]  # oldest week first
    insights: tuple[Insight, ...]
    query: TrendQuery  # what the charts were computed for
    flow: EbbFlow
    roles: tuple[RoleWeek, ...]

    def summary(self) -> str:
        """The report in a line: "12 check-ins in 13 weeks · 6 goals · 9 insights · 21
        reflections and notes"."""
        said = sum(len(w.words) for w in self.words)
        return " · ".join(
            (
                f"{len(self.checked_in)} check-ins in {week_count(len(self.weeks))}",
                _count(len(self.goals), "goal"),
                _count(len(self.insights), "insight"),
                _count(said, "reflection or note", "reflections and notes"),
            )
        )

    @property
    def flow_summary(self) -> str:
        return ebb_flow_summary(self.flow)

    @property
    def roles_summary(self) -> str:
        return participation_summary(self.roles)


def week_count(count: int) -> str:
    """ "1 week", "3 weeks", translatable."""
    if count == 1:
        return Message(QT_TRANSLATE_NOOP("Report", "{n} week"), "Report", n=count)
    return Message(QT_TRANSLATE_NOOP("Report", "{n} weeks"), "Report", n=count)


def _count(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one}" if count == 1 else f"{count} {many or one + 's'}"


def _prompt(prompt: str) -> str:
    """A prompt translatable as the check-in shows it; one with braces (not the app's own)
    stays as written."""
    return prompt if "{" in prompt or "}" in prompt else Message(prompt, "Prompt")


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def collect_report(period: Period, current: IsoWeek | None = None) -> Report:
    """Everything the report of ``period`` says, from the open database, up to the week
    ``current`` (this week when None). A period that has not begun is refused."""
    current = current or IsoWeek.current()
    if period.first_week() > current:
        raise ReflectError(f"{period} has not begun yet: a report looks back on weeks gone by")
    with m.database.atomic():  # one consistent read, even while the app saves a check-in
        return _collect(period, current)


def _collect(period: Period, current: IsoWeek) -> Report:
    last = min(period.last_week(), current)
    weeks = tuple(w for w in period.weeks() if w <= last)
    history = load_history(current)
    query = TrendQuery(weeks[0], weeks[-1])
    checked = [history.checkins[w] for w in weeks if w in history.checkins]
    tags = Counter(tag for c in checked for tag in c.context)
    heatmap = goal_heatmap(history, query)
    return Report(
        period=period,
        weeks=weeks,
        made_on=date.today(),
        so_far=last < period.last_week(),
        checked_in=tuple(c.week for c in checked),
        workload=_mean([c.workload for c in checked]),
        energy=_mean([c.energy for c in checked if c.energy is not None]),
        context=tuple(tags.most_common()),
        networks=_network_totals(history, query),
        goals=tuple(_outcome(history, line, weeks[-1]) for line in heatmap.lines),
        experiments=_experiments(history, query),
        words=_words(history, query),
        insights=tuple(insights(history, query, heatmap)),
        query=query,
        flow=ebb_flow(history, query),
        roles=participation(history, query),
    )


def _network_totals(history: TrendHistory, query: TrendQuery) -> tuple[NetworkTotal, ...]:
    totals = []
    for series in shown_series(history, query):
        columns = history.columns.get(series.network_id)
        entries = history.cut(columns.entries, query.first, query.last) if columns else []
        given = [e for e in entries if e is not None]
        used = [e for e in given if not e.unused]
        counts = {name: sum(e.count(name) for e in used) for name in ACTION_COUNTS}
        minutes = [e.minutes for e in used if e.minutes is not None]
        rated = [e.roles for e in used if e.roles is not None]
        shares = {
            role: (sum(getattr(r, role) for r in rated) / len(rated) if rated else None)
            for role in ("creator", "commenter", "reader")
        }
        rungs = history.cut(columns.rungs, query.first, query.last) if columns else []
        measured = (
            history.cut(columns.measured["actions"], query.first, query.last) if columns else []
        )
        seen = [v for v in measured if v is not None]
        if not given and not seen and series.archived:
            continue
        totals.append(
            NetworkTotal(
                series.name,
                series.colour,
                *(counts[name] for name in ACTION_COUNTS),
                sum(minutes) if minutes else None,
                len(used),
                len(given) - len(used),
                *shares.values(),
                len(rated),
                _most_common([r for r in rungs if r is not None]),
                sum(seen) if seen else None,
            )
        )
    return tuple(totals)


def _most_common(rungs: list[str]) -> str | None:
    """The rung the period's weeks imply most often (``trends.implied_role``'s rule)."""
    return implied_role(rungs) if rungs else None


def _outcome(history: TrendHistory, line, last: IsoWeek) -> GoalOutcome:
    states = Counter(s.state for s in line.states)
    goal = next(g for g in history.goals if g.id == line.goal_id)
    network = None if goal.network_id is None else line.network_name
    return GoalOutcome(
        line.title,
        line.network_name,
        describe(goal, network, last, weeks=False),
        states["met"],
        states["partly"],
        states["missed"],
        states["paused"],
        states["no data"],
    )


def _experiments(history: TrendHistory, query: TrendQuery) -> tuple[ExperimentNote, ...]:
    found = []
    for e in reversed(experiment_service.experiments()):  # oldest first
        if e.start_week > query.last or e.last_week < query.first:
            continue
        network = ALL_NETWORKS
        if e.network_id is not None:
            network = history.network_names.get(e.network_id, REMOVED_NETWORK)
        found.append(
            ExperimentNote(
                e.title, network, e.start_week, e.last_week, e.status, e.expectation, e.outcome
            )
        )
    return tuple(found)


def _words(history: TrendHistory, query: TrendQuery) -> tuple[WeekWords, ...]:
    """The user's own words of the period, week by week: every answered prompt (with its
    prompt) and every note on a network, exactly as written."""
    found = []
    for checkin in checkin_service.checkins(query.first, query.last):
        if checkin.is_draft:
            continue
        words = [  # the prompt as the app shows it: translated like the check-in's
            Words(_prompt(a.prompt), a.text.strip()) for a in checkin.answers if a.text.strip()
        ]
        for entry in checkin.entries:
            if entry.note.strip():
                name = history.network_names.get(entry.network_id, REMOVED_NETWORK)
                heading = Message(
                    QT_TRANSLATE_NOOP("Report", "Note on {name}"), "Report", name=name
                )
                words.append(Words(heading, entry.note.strip()))
        if words:
            found.append(WeekWords(checkin.week, tuple(words)))
    return tuple(found)
