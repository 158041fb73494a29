"""What the main window's pages show: read-only summaries built from the services.

Plain functions returning frozen dataclasses, so a page never holds a peewee row and no lazy
query can fire while Qt paints. Each function loads what it needs in a handful of queries
(never one per row); the UI calls them through its task runner, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reflect import checkins as checkin_service
from reflect import goals as goal_service
from reflect import models as m
from reflect import networks as network_service
from reflect import practices as practice_service
from reflect.checkins import ENERGY_WORDS, WORKLOAD_WORDS, CheckIn
from reflect.goal_overview import (  # noqa: F401  (the goal rows live there; re-exported)
    ALL_NETWORKS,
    REMOVED_NETWORK,
    GoalRow,
    goal_rows,
    measured_weeks,
    rows_for,
)
from reflect.goals import Goal, GoalState
from reflect.networks import Network
from reflect.weeks import IsoWeek, week_range

#: The counts that are actions (minutes are time, a different unit, shown on their own).
ACTION_COUNTS = ("posts", "comments", "shares", "reactions")
#: How many weeks the small chart on the This week page shows.
RECENT_WEEKS = 12


@dataclass(frozen=True, slots=True)
class NetworkActivity:
    """What a check-in says about one network. Empty counts read as 0."""

    network_id: str
    name: str
    colour: str
    unused: bool
    posts: int
    comments: int
    shares: int
    reactions: int
    minutes: int | None

    @property
    def actions(self) -> int:
        """Posts, comments, shares and reactions together."""
        return self.posts + self.comments + self.shares + self.reactions


@dataclass(frozen=True, slots=True)
class CheckInSummary:
    """One check-in as a line of history: the week, how it felt, what happened where."""

    checkin_id: str
    week: IsoWeek
    week_label: str
    workload: int
    workload_word: str
    energy: int | None
    energy_word: str | None
    context: tuple[str, ...]
    activity: tuple[NetworkActivity, ...]  # in the networks' order
    reflection: str  # the first line of the first answered reflection prompt, or ""
    is_draft: bool


#: A row of the History page is a check-in summary.
HistoryRow = CheckInSummary


@dataclass(frozen=True, slots=True)
class NetworkCount:
    network_id: str
    name: str
    colour: str
    actions: int


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One week of the ebb-and-flow chart. No check-in: ``workload`` is None and no counts."""

    week: IsoWeek
    workload: int | None
    counts: tuple[NetworkCount, ...]

    @property
    def checked_in(self) -> bool:
        return self.workload is not None

    def total(self) -> int:
        return sum(c.actions for c in self.counts)


@dataclass(frozen=True, slots=True)
class NetworkRow:
    network: Network
    active_goals: int
    questions: int = 0  # in its charter
    answered: int = 0  # charter questions with an answer in force
    has_history: bool = False  # anything refers to it: it can be archived, never removed


@dataclass(frozen=True, slots=True)
class WeekOverview:
    """Everything the This week page shows."""

    week: IsoWeek
    week_label: str
    goals: tuple[GoalRow, ...]  # the goals that apply this week (active or paused)
    last_checkin: CheckInSummary | None  # the newest finished check-in up to this week
    last_week: IsoWeek
    last_week_status: str  # "done", "draft" or "missing"
    trend: tuple[TrendPoint, ...]  # the RECENT_WEEKS weeks ending with this one
    network_count: int


def state_text(state: GoalState) -> str:
    """A goal's state in words: "met (3 of 2 posts)", "paused", "no data"."""
    return f"{state.state} ({state.detail})" if state.detail else state.state


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def summarise(checkin: CheckIn, networks: Sequence[Network]) -> CheckInSummary:
    """A check-in in plain terms, its network entries in the networks' order."""
    activity = []
    for network in networks:
        entry = checkin.entry_for(network.id)
        if entry is None:
            continue
        activity.append(
            NetworkActivity(
                network.id,
                network.name,
                network.colour,
                entry.unused,
                *(entry.count(name) for name in ACTION_COUNTS),
                entry.minutes,
            )
        )
    reflection = next((first_line(a.text) for a in checkin.answers if first_line(a.text)), "")
    return CheckInSummary(
        checkin.id or "",
        checkin.week,
        checkin.week.label(),
        checkin.workload,
        WORKLOAD_WORDS.get(checkin.workload, str(checkin.workload)),
        checkin.energy,
        ENERGY_WORDS.get(checkin.energy) if checkin.energy is not None else None,
        checkin.context,
        tuple(activity),
        reflection,
        checkin.is_draft,
    )


def history_rows() -> list[CheckInSummary]:
    """Every check-in, drafts included, newest first."""
    networks = network_service.networks(include_archived=True)
    return [summarise(c, networks) for c in reversed(checkin_service.checkins())]


def first_checkin_week() -> IsoWeek | None:
    """The week of the oldest finished check-in, or None when there is none."""
    row = (
        m.CheckIn.alive(m.CheckIn.week)
        .where(m.CheckIn.is_draft == False)
        .order_by(m.CheckIn.week)
        .first()
    )
    return row.week if row else None


def trend_points(first: IsoWeek | None, last: IsoWeek) -> list[TrendPoint]:
    """One point per week from ``first`` to ``last`` (from the first check-in when None).

    Every checked-in week lists the same networks in the same order: the active ones, and
    archived ones that have an entry in the period. Drafts do not count as check-ins.
    """
    if first is None:
        first = first_checkin_week() or last
    networks = network_service.networks(include_archived=True)
    return _trend(networks, checkin_service.checkins(first, last), first, last)


def _trend(
    networks: Sequence[Network], checkins: Iterable[CheckIn], first: IsoWeek, last: IsoWeek
) -> list[TrendPoint]:
    finished = {c.week: c for c in checkins if not c.is_draft and first <= c.week <= last}
    used = {e.network_id for c in finished.values() for e in c.entries}
    series = [n for n in networks if not n.archived or n.id in used]
    points = []
    for week in week_range(first, last):
        checkin = finished.get(week)
        if checkin is None:
            points.append(TrendPoint(week, None, ()))
            continue
        counts = []
        for network in series:
            entry = checkin.entry_for(network.id)
            actions = sum(entry.count(n) for n in ACTION_COUNTS) if entry else 0
            counts.append(NetworkCount(network.id, network.name, network.colour, actions))
        points.append(TrendPoint(week, checkin.workload, tuple(counts)))
    return points


def network_rows() -> list[NetworkRow]:
    """Every network, archived ones included, with its active goals, how much of its
    charter is answered, and whether it has history (a few queries for all of them)."""
    goals = goal_service.goals(statuses=("active",))
    counts: dict[str, int] = {}
    for goal in goals:
        if goal.network_id:
            counts[goal.network_id] = counts.get(goal.network_id, 0) + 1
    questions: dict[str, int] = {}
    for row in m.CharterQuestion.alive(m.CharterQuestion.network):
        questions[row.network_id] = questions.get(row.network_id, 0) + 1
    latest: dict[str, tuple[str, str]] = {}  # question id → (network id, answer in force)
    answers = (
        m.CharterAnswer.alive(
            m.CharterAnswer.question, m.CharterAnswer.text, m.CharterQuestion.network
        )
        .join(m.CharterQuestion)
        .where(m.CharterQuestion.deleted_at.is_null())
        .order_by(m.CharterAnswer.created_at)
        .tuples()
    )
    for question_id, text, network_id in answers:
        latest[question_id] = (network_id, text)
    answered: dict[str, int] = {}
    for network_id, text in latest.values():
        if text.strip():
            answered[network_id] = answered.get(network_id, 0) + 1
    used = _networks_with_history() | set(counts) | {n for n, _ in latest.values()}
    return [
        NetworkRow(
            n,
            counts.get(n.id, 0),
            questions.get(n.id, 0),
            answered.get(n.id, 0),
            n.id in used,
        )
        for n in network_service.networks(include_archived=True)
    ]


def _networks_with_history() -> set[str]:
    """Networks that check-ins, goals, experiments or imports refer to."""
    used: set[str] = set()
    for model in (m.NetworkEntry, m.Goal, m.Experiment, m.Activity):
        query = model.alive(model.network).where(model.network.is_null(False)).distinct()
        used |= {row.network_id for row in query}
    return used


def _applies(goal: Goal, week: IsoWeek) -> bool:
    """A goal belongs on the This week page while it runs and is active or paused."""
    if goal.start_week > week or (goal.end_week is not None and goal.end_week < week - 1):
        return False
    return goal.target_for(week).status in ("active", "paused")


def week_overview(week: IsoWeek) -> WeekOverview:
    """The This week page: goals so far, the last check-in, the recent ebb and flow."""
    networks = network_service.networks(include_archived=True)
    first = week - (RECENT_WEEKS - 1)
    recent = checkin_service.checkins(first, week)
    by_week = {c.week: c for c in recent}
    finished = [c for c in recent if not c.is_draft]
    latest = finished[-1] if finished else _latest_before(first)
    goals = [g for g in goal_service.goals() if _applies(g, week)]
    last_week = week - 1
    previous = by_week.get(last_week)
    status = "missing" if previous is None else "draft" if previous.is_draft else "done"
    measured = measured_weeks(last_week, week)
    every_practice = practice_service.practices(include_archived=True)
    return WeekOverview(
        week,
        week.label(),
        tuple(rows_for(goals, networks, every_practice, by_week, measured, week)),
        summarise(latest, networks) if latest else None,
        last_week,
        status,
        tuple(_trend(networks, recent, first, week)),
        sum(1 for n in networks if not n.archived),
    )


def _latest_before(week: IsoWeek) -> CheckIn | None:
    row = (
        m.CheckIn.alive(m.CheckIn.week)
        .where((m.CheckIn.is_draft == False) & (m.CheckIn.week < week))
        .order_by(m.CheckIn.week.desc())
        .first()
    )
    return checkin_service.checkin_for_week(row.week) if row else None
