"""The History page's rows: every week from the first check-in to now, newest first.

A week with a check-in carries its summary, the self-assessed role per network and how many
goals were met; a week without one is a quiet gap the user may still write. Loaded in a fixed
number of queries however many years there are (the UI calls it on its worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect import checkins as checkin_service
from reflect import goal_overview
from reflect import networks as network_service
from reflect.checkins import CheckIn, Entry
from reflect.overview import CheckInSummary, summarise
from reflect.weeks import IsoWeek, week_range

#: The states in which a goal was judged at all (paused and no-data weeks do not count).
JUDGED = ("met", "partly", "missed")


@dataclass(frozen=True, slots=True)
class NetworkRole:
    name: str
    role: str  # creator, commenter, reader, or unplugged ("didn't use it")
    shares: tuple[int, int, int] | None  # creator, commenter, reader in percent


@dataclass(frozen=True, slots=True)
class HistoryWeek:
    """One row of History. ``summary`` is None for a week without a check-in."""

    week: IsoWeek
    week_label: str
    summary: CheckInSummary | None
    roles: tuple[NetworkRole, ...] = ()
    goals_met: int = 0
    goals_judged: int = 0

    @property
    def is_gap(self) -> bool:
        return self.summary is None


def role_of(entry: Entry) -> str | None:
    """The role the user gave themselves on a network: the largest share (creator first on
    a tie); "unplugged" for a network not used; None when no shares were given."""
    if entry.unused:
        return "unplugged"
    roles = entry.roles
    if roles is None or roles.total() == 0:
        return None
    shares = {"creator": roles.creator, "commenter": roles.commenter, "reader": roles.reader}
    return max(shares, key=lambda name: shares[name])


def network_roles(checkin: CheckIn, names: dict[str, str]) -> tuple[NetworkRole, ...]:
    listed = []
    for entry in checkin.entries:
        role = role_of(entry)
        if role is None:
            continue
        roles = entry.roles
        shares = (roles.creator, roles.commenter, roles.reader) if roles else None
        listed.append(NetworkRole(names.get(entry.network_id, "?"), role, shares))
    return tuple(listed)


def history_weeks(current: IsoWeek) -> list[HistoryWeek]:
    """Every week from the first check-in up to last week (``current`` is still going on;
    This week offers it) or the newest check-in if later, newest first; weeks without a
    check-in as gaps. Empty with no check-ins."""
    every = checkin_service.checkins()
    if not every:
        return []
    first = every[0].week
    last = max(current - 1, every[-1].week)
    networks = network_service.networks(include_archived=True)
    names = {n.id: n.name for n in networks}
    by_week = {c.week: c for c in every}
    states = goal_overview.goal_states(first, last)
    weeks = week_range(first, last)
    met = [0] * len(weeks)
    judged = [0] * len(weeks)
    for per_week in states.values():
        for index, state in enumerate(per_week):
            if state.state in JUDGED:
                judged[index] += 1
                met[index] += state.state == "met"
    rows = []
    for index in range(len(weeks) - 1, -1, -1):
        week = weeks[index]
        checkin = by_week.get(week)
        if checkin is None:
            rows.append(HistoryWeek(week, week.label(), None))
            continue
        rows.append(
            HistoryWeek(
                week,
                week.label(),
                summarise(checkin, networks),
                network_roles(checkin, names),
                met[index],
                judged[index],
            )
        )
    return rows
