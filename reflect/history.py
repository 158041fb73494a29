"""The History page's rows: every week from the first check-in to now, newest first.

A week with a check-in carries its summary, the self-assessed role per network and how many
goals were met; a week without one is a quiet gap the user may still write. Loaded in a fixed
number of queries however many years there are (the UI calls it on its worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reflect import checkins as checkin_service
from reflect import models as m
from reflect import networks as network_service
from reflect.checkins import CheckIn, Entry
from reflect.overview import CheckInSummary, first_line, summarise
from reflect.trend_history import load_history
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
    check-in as gaps. Empty with no check-ins.

    Built on the Trends snapshot (``load_history``: a handful of queries, no peewee rows),
    plus the first line of each reflection and the few drafts: 20 years load in well under
    a second."""
    drafts = [
        checkin_service.checkin_for_week(row.week)
        for row in m.CheckIn.alive(m.CheckIn.week).where(m.CheckIn.is_draft == True)
    ]
    newest = m.CheckIn.alive(m.CheckIn.week).order_by(m.CheckIn.week.desc()).first()
    if newest is None:
        return []
    history = load_history(max(current - 1, newest.week))
    written = {**history.checkins, **{d.week: d for d in drafts if d is not None}}
    first = min(written)
    networks = network_service.networks(include_archived=True)
    names = {n.id: n.name for n in networks}
    reflections = _first_lines()
    rows = []
    for week in reversed(week_range(first, history.last)):
        checkin = written.get(week)
        if checkin is None:
            rows.append(HistoryWeek(week, week.label(), None))
            continue
        met = judged = 0
        index = week - history.first
        for states in history.states.values():
            if 0 <= index < len(states) and states[index].state in JUDGED:
                judged += 1
                met += states[index].state == "met"
        summary = summarise(checkin, networks)
        if not checkin.answers:  # the snapshot leaves the reflections out
            summary = replace(summary, reflection=reflections.get(checkin.id or "", ""))
        rows.append(
            HistoryWeek(
                week,
                week.label(),
                summary,
                network_roles(checkin, names),
                met,
                judged,
            )
        )
    return rows


def _first_lines() -> dict[str, str]:
    """Check-in id → the first line of its first answered reflection prompt (one query)."""
    a = m.PromptAnswer
    query = a.select(a.checkin, a.text).where(a.deleted_at.is_null()).order_by(a.position)
    sql, params = query.sql()
    found: dict[str, str] = {}
    for checkin_id, text in m.database.execute_sql(sql, params).fetchall():
        if checkin_id not in found:
            line = first_line(text)
            if line:
                found[checkin_id] = line
    return found
