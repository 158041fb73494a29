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
from reflect.goals import Goal, GoalState
from reflect.networks import Network
from reflect.weeks import IsoWeek, week_range

#: The counts that are actions (minutes are time, a different unit, shown on their own).
ACTION_COUNTS = ("posts", "comments", "shares", "reactions")
#: How many weeks the small chart on the This week page shows.
RECENT_WEEKS = 12
ALL_NETWORKS = "All networks"
REMOVED_NETWORK = "(removed network)"


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
class GoalRow:
    """A goal as the Goals page lists it, with how it went this week and last week."""

    goal_id: str
    title: str
    kind: str
    network_id: str | None
    network_name: str
    network_colour: str | None  # None for goals across all networks
    description: str
    status: str
    this_week: GoalState
    last_week: GoalState


@dataclass(frozen=True, slots=True)
class NetworkRow:
    network: Network
    active_goals: int


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


def goal_rows(week: IsoWeek) -> list[GoalRow]:
    """Every goal, grouped by network ("All networks" first), with this and last week's state."""
    networks = network_service.networks(include_archived=True)
    recent = {c.week: c for c in checkin_service.checkins(week - 1, week)}
    return _goal_rows(goal_service.goals(), networks, recent, week)


def _goal_rows(
    goals: Iterable[Goal],
    networks: Sequence[Network],
    checkins: dict[IsoWeek, CheckIn],
    week: IsoWeek,
) -> list[GoalRow]:
    names = {n.id: n.name for n in networks}
    practice_names = {p.id: p.name for p in practice_service.practices(include_archived=True)}
    colours = {n.id: n.colour for n in networks}
    order = {n.id: i for i, n in enumerate(networks)}
    rows = []
    for goal in goals:
        name = names.get(goal.network_id, REMOVED_NETWORK) if goal.network_id else None
        rows.append(
            GoalRow(
                goal.id,
                goal.title,
                goal.kind,
                goal.network_id,
                name or ALL_NETWORKS,
                colours.get(goal.network_id) if goal.network_id else None,
                goal_service.describe(
                    goal, name, week, practice_names.get(goal.versions[-1].practice_id)
                ),
                goal.status,
                goal_service.evaluate(goal, week, checkins.get(week)),
                goal_service.evaluate(goal, week - 1, checkins.get(week - 1)),
            )
        )

    def group(row: GoalRow) -> int:
        return -1 if row.network_id is None else order.get(row.network_id, len(order))

    return sorted(rows, key=group)  # stable: goals keep their own order inside a group


def network_rows() -> list[NetworkRow]:
    """Every network, archived ones included, with how many active goals it has."""
    goals = goal_service.goals(statuses=("active",))
    counts: dict[str, int] = {}
    for goal in goals:
        if goal.network_id:
            counts[goal.network_id] = counts.get(goal.network_id, 0) + 1
    return [
        NetworkRow(n, counts.get(n.id, 0)) for n in network_service.networks(include_archived=True)
    ]


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
    return WeekOverview(
        week,
        week.label(),
        tuple(_goal_rows(goals, networks, by_week, week)),
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
