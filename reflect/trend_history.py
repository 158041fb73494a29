"""What every Trends chart and insight is computed from, loaded once in a few queries.

``load_history`` reads the whole profile's finished check-ins, the measured activity summed
per network and week, the goals and every goal's state in every week, as plain frozen data.
A change of period or filter on the Trends page then needs no database at all: the series
in ``reflect.trends`` are computed from this snapshot in memory. The page loads it again
when a check-in is saved or activity is imported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from reflect import goals as goal_service
from reflect import models as m
from reflect import networks as network_service
from reflect.checkins import COUNTS, CheckIn, Entry, Roles
from reflect.goal_overview import SOURCE_COUNTS, measured_weeks
from reflect.goals import STATES, Goal, GoalState, MeasuredWeek
from reflect.trend_values import Columns, Measured, Series, build_columns
from reflect.weeks import IsoWeek, week_range

STATE_CODES = {state: code for code, state in enumerate(STATES)}
NO_DATA = STATE_CODES["no data"]


@dataclass(frozen=True, slots=True, eq=False)
class TrendHistory:
    """The profile's history as the Trends page needs it. ``first`` is the first week with a
    check-in or an import (``last`` when there is none); ``last`` is the current week."""

    networks: tuple[Series, ...]  # the user's order, archived ones included
    checkins: Mapping[IsoWeek, CheckIn]  # finished check-ins (no drafts)
    entries: Mapping[IsoWeek, Mapping[str, Entry]]  # week → network id → entry
    measured: Mapping[IsoWeek, Mapping[str, Measured]]  # week → network id → counts
    goals: tuple[Goal, ...]
    states: Mapping[str, tuple[GoalState, ...]]  # goal id → one state a week, first…last
    first: IsoWeek
    last: IsoWeek
    network_names: Mapping[str, str] = field(default_factory=dict)
    every_week: tuple[IsoWeek, ...] = ()  # first…last, made once: weeks cost date arithmetic
    workloads: list[int | None] = field(default_factory=list)  # aligned with every_week
    contexts: list[tuple[str, ...]] = field(default_factory=list)
    columns: Mapping[str, Columns] = field(default_factory=dict)  # network id → its columns
    #: goal id → each week's state as its index in ``goals.STATES``, aligned with ``states``:
    #: counting and colouring 200 goals × 20 years of weeks is then C work, not Python.
    state_codes: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def cut(self, column: list, first: IsoWeek, last: IsoWeek, empty=None) -> list:
        """The part of a column (aligned with ``every_week``) from ``first`` to ``last``,
        with ``empty`` for weeks outside the history."""
        start, count = first - self.first, last - first + 1
        if start >= 0 and start + count <= len(column):
            return column[start : start + count]
        return [column[start + i] if 0 <= start + i < len(column) else empty for i in range(count)]

    def weeks(self) -> list[IsoWeek]:
        return list(self.every_week)

    def span(self, first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
        """Every week from ``first`` to ``last``, both included (cut from ``every_week``
        when it lies inside the history)."""
        start = first - self.first
        if start >= 0 and last <= self.last and self.every_week:
            return list(self.every_week[start : start + (last - first) + 1])
        return week_range(first, last)

    def series(self, network_id: str) -> Series | None:
        return next((s for s in self.networks if s.network_id == network_id), None)

    def goal_state_codes(self, goal_id: str, first: IsoWeek, last: IsoWeek) -> tuple[int, ...]:
        """As :meth:`goal_states`, each state as its index in ``goals.STATES``."""
        held = self.state_codes.get(goal_id)
        if held is None:
            return tuple(STATE_CODES[s.state] for s in self.goal_states(goal_id, first, last))
        offset, count = first - self.first, last - first + 1
        if offset >= 0 and offset + count <= len(held):
            return held[offset : offset + count]
        return tuple(
            held[offset + i] if 0 <= offset + i < len(held) else NO_DATA for i in range(count)
        )

    def goal_states(self, goal_id: str, first: IsoWeek, last: IsoWeek) -> tuple[GoalState, ...]:
        """The goal's states from ``first`` to ``last`` (``no data`` outside the history)."""
        held = self.states.get(goal_id, ())
        offset = first - self.first
        weeks = self.span(first, last)
        if offset >= 0 and offset + len(weeks) <= len(held):
            return held[offset : offset + len(weeks)]
        return tuple(
            held[offset + i] if 0 <= offset + i < len(held) else GoalState(goal_id, week, "no data")
            for i, week in enumerate(weeks)
        )


def load_history(current: IsoWeek) -> TrendHistory:
    """Everything up to ``current``, in a fixed handful of queries however long the history."""
    networks = tuple(
        Series(n.id, n.name, n.colour, n.archived)
        for n in network_service.networks(include_archived=True)
    )
    goals = tuple(goal_service.goals())
    weeks = _Weeks()
    checkins, entries = _checkins(current, goals, weeks)
    measured = _measured(current, weeks)
    known = list(checkins) + list(measured)
    first = min(known) if known else current
    first = min(first, current)
    every_week = tuple(week_range(first, current))
    states = _states(goals, every_week, checkins, measured)
    names = {s.network_id: s.name for s in networks}
    workloads: list[int | None] = [None] * len(every_week)
    contexts: list[tuple[str, ...]] = [()] * len(every_week)
    for index, week in enumerate(every_week):
        checkin = checkins.get(week)
        if checkin is not None:
            workloads[index], contexts[index] = checkin.workload, checkin.context
    columns = {
        s.network_id: build_columns(s.network_id, every_week, entries, measured) for s in networks
    }
    return TrendHistory(
        networks,
        checkins,
        entries,
        measured,
        goals,
        states,
        first,
        current,
        names,
        every_week,
        workloads,
        contexts,
        columns,
        {goal_id: tuple(STATE_CODES[s.state] for s in held) for goal_id, held in states.items()},
    )


def _rows(query) -> list[tuple]:
    """The query's rows as the driver returns them: no per-value conversion by peewee, which
    took most of the time for 20 years of weekly entries."""
    sql, params = query.sql()
    return m.database.execute_sql(sql, params).fetchall()


class _Weeks(dict):
    """Week text → :class:`IsoWeek`, each text parsed once."""

    def __missing__(self, text: str) -> IsoWeek:
        week = self[text] = IsoWeek.parse(text)
        return week


def _checkins(
    current: IsoWeek, goals: tuple[Goal, ...], weeks: _Weeks
) -> tuple[dict[IsoWeek, CheckIn], dict[IsoWeek, dict[str, Entry]]]:
    """Finished check-ins with their entries (and the ratings and verdicts that goals need;
    no reflections: the charts do not show them)."""
    ci, ne = m.CheckIn, m.NetworkEntry
    alive = ci.deleted_at.is_null() & (ci.is_draft == False) & (ci.week <= current)
    rows = ci.select(ci.id, ci.week, ci.workload, ci.energy, ci.hours, ci.context).where(alive)
    entry_rows = (
        ne.select(
            ne.checkin,
            ne.network,
            ne.unused,
            ne.posts,
            ne.comments,
            ne.shares,
            ne.reactions,
            ne.minutes,
            ne.feedback,
            ne.creator,
            ne.commenter,
            ne.reader,
        )
        .join(ci)
        .where(ne.deleted_at.is_null() & alive)
    )
    by_checkin: dict[str, list[Entry]] = {}
    for checkin_id, network_id, unused, p, c, s, r, minutes, feedback, cr, co, rd in _rows(
        entry_rows
    ):
        roles = Roles(cr, co, rd) if cr is not None else None
        entry = Entry(network_id, bool(unused), p, c, s, r, minutes, feedback, roles)
        by_checkin.setdefault(checkin_id, []).append(entry)
    ratings = _children(m.PracticeRating, ("practice", "rating"), alive, goals, "practice")
    verdicts = _children(m.GoalJudgement, ("goal", "verdict"), alive, goals, "free")
    checkins: dict[IsoWeek, CheckIn] = {}
    entries: dict[IsoWeek, dict[str, Entry]] = {}
    for checkin_id, text, workload, energy, hours, context in _rows(rows.order_by(ci.week)):
        week = weeks[text]
        listed = tuple(by_checkin.get(checkin_id, ()))
        checkins[week] = CheckIn(
            week,
            workload,
            energy,
            hours,
            tuple(json.loads(context)) if context else (),
            listed,
            ratings.get(checkin_id, ()),
            (),
            verdicts.get(checkin_id, ()),
            False,
            checkin_id,
        )
        entries[week] = {e.network_id: e for e in listed}
    return checkins, entries


def _children(model, names, alive, goals, kind: str) -> dict[str, tuple]:
    """(checkin id → ((key, value), …)) for ratings or verdicts, only when a goal needs them."""
    if not any(g.kind == kind for g in goals):
        return {}
    key, value = (getattr(model, n) for n in names)
    query = model.select(model.checkin, key, value).join(m.CheckIn)
    found: dict[str, list] = {}
    for checkin_id, k, v in _rows(query.where(model.deleted_at.is_null() & alive)):
        found.setdefault(checkin_id, []).append((k, v))
    return {c: tuple(pairs) for c, pairs in found.items()}


def _measured(current: IsoWeek, weeks: _Weeks) -> dict[IsoWeek, dict[str, Measured]]:
    """Measured counts per week and network, every source together. The activity table is
    already the imported items summed per week; adding up its few sources per week here
    is quicker than SQLite's GROUP BY, which sorts."""
    a = m.Activity
    query = a.select(a.week, a.network, a.source, *(getattr(a, n) for n in COUNTS)).where(
        a.deleted_at.is_null() & (a.week <= current)
    )
    sums: dict[tuple[str, str], list] = {}
    for text, network_id, source, *counts in _rows(query):
        held = sums.get((text, network_id))
        if held is None:
            sums[(text, network_id)] = [*counts, {source}]
        else:
            for i, value in enumerate(counts):
                held[i] = (held[i] or 0) + (value or 0)
            held[-1].add(source)
    found: dict[IsoWeek, dict[str, Measured]] = {}
    counted_for: dict[frozenset[str], frozenset[str]] = {}
    for (text, network_id), (*counts, sources) in sums.items():
        key = frozenset(sources)
        counted = counted_for.get(key)
        if counted is None:
            names: set[str] = set()
            for source in key:
                names.update(SOURCE_COUNTS.get(source, COUNTS))
            counted = counted_for[key] = frozenset(names)
        values = (int(v or 0) for v in counts)
        found.setdefault(weeks[text], {})[network_id] = Measured(*values, counted=counted)
    return found


def _states(
    goals: tuple[Goal, ...],
    weeks: tuple[IsoWeek, ...],
    checkins: Mapping[IsoWeek, CheckIn],
    measured: Mapping[IsoWeek, Mapping[str, Measured]],
) -> dict[str, tuple[GoalState, ...]]:
    """Every goal's state in every week, by the one evaluation (``goals.evaluate``)."""
    needs_days = any(v.metric == "active_days" for g in goals for v in g.versions)
    # week → network id → the rows a goal of that network looks at (every row for a goal
    # across all networks), so each evaluation sees only its own few rows.
    rows: dict[IsoWeek, dict[str | None, tuple[MeasuredWeek, ...]]] = {}
    if needs_days:  # only then count the weekdays of the imported items (the slow part)
        for week, found in measured_weeks(weeks[0], weeks[-1]).items():
            rows[week] = {None: found, **{r.network_id: (r,) for r in found}}
    else:
        for week, networks in measured.items():
            found = tuple(
                MeasuredWeek(
                    network_id,
                    week,
                    c.posts,
                    c.comments,
                    c.shares,
                    c.reactions,
                    c.minutes,
                    counted=c.counted,
                )
                for network_id, c in networks.items()
            )
            rows[week] = {None: found, **{r.network_id: (r,) for r in found}}
    states = {}
    for goal in goals:
        wanted = goal.network_id if goal.kind == "count" else "-"  # others use no imports
        states[goal.id] = tuple(
            _state(goal, week, checkins.get(week), rows.get(week, {}).get(wanted, ()))
            for week in weeks
        )
    return states


def _state(goal: Goal, week: IsoWeek, checkin, measured) -> GoalState:
    if week < goal.start_week or (goal.end_week is not None and week > goal.end_week):
        return GoalState(goal.id, week, "no data")
    return goal_service.evaluate(goal, week, checkin, measured)
