"""Everything the weekly check-in dialog needs, gathered in one call, and its kind summary."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from reflect import activity, checkins, drafts, goals, networks, practices, prompts
from reflect import models as m
from reflect.checkins import COUNTS, STANDARD_CONTEXT, WORKLOAD_WORDS, CheckIn, Entry
from reflect.errors import Problem
from reflect.goals import Goal, GoalState
from reflect.i18n import QT_TRANSLATE_NOOP, Message, joined
from reflect.networks import Network
from reflect.practices import Practice
from reflect.weeks import IsoWeek

SOURCE_NAMES = {
    "x": "your X archive",
    "mastodon": "your Mastodon archive",
    "linkedin": "your LinkedIn export",
    "facebook": "your Facebook export",
    "bluesky": "your Bluesky repository",
    "activitywatch": "ActivityWatch",
}


@dataclass(frozen=True, slots=True)
class NetworkRow:
    network: Network
    measured: Entry | None  # counts imported for this week, if any
    measured_from: str  # "your X archive", or "" when nothing was imported
    count_goals: tuple[Goal, ...]


@dataclass(frozen=True, slots=True)
class CheckInForm:
    week: IsoWeek
    checkin: CheckIn  # what the dialog starts from
    origin: str  # "saved" (editing), "draft" (offered back) or "new"
    rows: tuple[NetworkRow, ...]
    practices: tuple[Practice, ...]
    prompts: tuple[str, ...]
    free_goals: tuple[Goal, ...]
    goals: tuple[Goal, ...]  # every goal in force this week
    context_tags: tuple[str, ...] = STANDARD_CONTEXT  # the standard tags, then the user's own


def week_needing_checkin(today: date | None = None) -> IsoWeek:
    """The last complete week if it has no check-in, else the current week."""
    current = IsoWeek.current(today)
    last = current - 1
    return last if checkins.checkin_for_week(last) is None else current


@dataclass(frozen=True, slots=True)
class _Setup:
    """What the form takes from the user's set-up rather than from the week: the same from one
    opening to the next until something in the database changes."""

    networks: tuple[Network, ...]
    goals: tuple[Goal, ...]
    practices: tuple[Practice, ...]
    own_prompts: tuple[str, ...]
    context_tags: tuple[str, ...]


#: The last set-up read, with the state of the database it was read in.
_setup: tuple[tuple, _Setup] | None = None


def _database_state() -> tuple:
    """Changes whenever anything in the database may have: the connection (a file opened
    anew), SQLite's ``data_version`` (a commit by any other connection, in this process or
    another) and the rows this connection has changed (its own writes, drafts included)."""
    connection = m.database.connection()
    (version,) = connection.execute("PRAGMA data_version").fetchone()
    return connection, version, connection.total_changes


def _set_up() -> _Setup:
    """The networks, goals, practices, own prompts and context tags: read again only when the
    database has changed since they were last read (opening the check-in again, or another
    week of it, does not read them twice)."""
    global _setup
    state = _database_state()
    if _setup is not None and _setup[0] == state:
        return _setup[1]
    setup = _Setup(
        tuple(networks.networks()),
        tuple(goals.goals()),
        tuple(practices.practices()),
        tuple(prompts.own_prompts()),
        context_tags(),
    )
    _setup = (state, setup)
    return setup


def read_set_up() -> None:
    """Read the set-up now (the app does, on its worker, a while after start-up), so the first
    opening of the check-in does not wait for it either."""
    _set_up()


def checkin_form(week: IsoWeek) -> CheckInForm:
    setup = _set_up()
    active = setup.networks
    measured_by_network: dict[str, list[activity.ActivityWeek]] = {}
    for row in activity.measured(first=week, last=week):
        measured_by_network.setdefault(row.network_id, []).append(row)
    in_force = tuple(g for g in setup.goals if _in_force(g, week))
    rows = tuple(
        NetworkRow(
            network,
            _measured_entry(network.id, measured_by_network.get(network.id, [])),
            " and ".join(
                SOURCE_NAMES.get(a.source, a.source)
                for a in measured_by_network.get(network.id, [])
            ),
            tuple(g for g in in_force if g.kind == "count" and g.network_id == network.id),
        )
        for network in active
    )
    saved = checkins.checkin_for_week(week)
    draft = drafts.draft_for(week)
    if draft is not None:
        start, origin = draft, "draft"
    elif saved is not None:
        start, origin = saved, "saved"
    else:
        entries = tuple(row.measured or Entry(row.network.id) for row in rows)
        start, origin = CheckIn(week, 0, entries=entries), "new"
    week_prompts = [p.text for p in prompts.prompts_for_week(week)] + list(setup.own_prompts)
    for answer in start.answers:  # a prompt answered before stays, even once it rotated away
        if answer.prompt not in week_prompts:
            week_prompts.append(answer.prompt)
    return CheckInForm(
        week,
        start,
        origin,
        rows,
        setup.practices,
        tuple(week_prompts),
        tuple(g for g in in_force if g.kind == "free"),
        in_force,
        setup.context_tags,
    )


#: How many of the user's own context tags the form offers as ready-made choices.
OWN_TAGS_OFFERED = 6


def context_tags() -> tuple[str, ...]:
    """The standard life-context tags, then the user's own as used before, latest first."""
    own: list[str] = []
    rows = m.CheckIn.alive(m.CheckIn.context).order_by(m.CheckIn.week.desc()).limit(104)
    for row in rows:
        for tag in row.context or ():
            tag = str(tag).strip()
            if tag and tag not in STANDARD_CONTEXT and tag not in own:
                own.append(tag)
    return STANDARD_CONTEXT + tuple(own[:OWN_TAGS_OFFERED])


def typing_problems(checkin: CheckIn, today: date | None = None) -> list[Problem]:
    """What the dialog shows as the user types: every rule of ``checkins.problems_with`` that
    needs no database (so it can run on the UI thread at each keystroke). The rules that look
    things up (a network removed meanwhile, a week checked in elsewhere) are checked again when
    the check-in is saved, and their sentences come back with the refusal."""
    return checkins.shape_problems(checkin, today)


def save_checkin(
    checkin: CheckIn, ask_every_week: Iterable[str] = (), today: date | None = None
) -> CheckIn:
    """Save the dialog's check-in, and the questions the user wants asked every week from now
    on, in one transaction: all of it or none of it."""
    with m.database.atomic():
        known = set(prompts.own_prompts())
        for text in ask_every_week:
            if text.strip() and text.strip() not in known:
                prompts.add_own_prompt(text)
                known.add(text.strip())
        return checkins.record_checkin(replace(checkin, is_draft=False), today)


def _in_force(goal: Goal, week: IsoWeek) -> bool:
    if week < goal.start_week or (goal.end_week is not None and week > goal.end_week):
        return False
    return goal.target_for(week).status in ("active", "paused")


def _measured_entry(network_id: str, weeks: list[activity.ActivityWeek]) -> Entry | None:
    if not weeks:
        return None
    totals = {name: sum(w.count(name) for w in weeks) for name in COUNTS}
    return Entry(network_id, **{k: (v or None) for k, v in totals.items()})


def progress(goal: Goal, checkin: CheckIn) -> GoalState:
    """How a goal stands with what the dialog holds right now ("2 of 3 posts")."""
    return goals.evaluate(goal, checkin.week, replace(checkin, is_draft=False))


def progresses(in_force: Sequence[Goal], checkin: CheckIn) -> list[tuple[Goal, GoalState]]:
    """:func:`progress` of each goal (the check-in as saved made once for all of them)."""
    saved = replace(checkin, is_draft=False)
    return [(goal, goals.evaluate(goal, checkin.week, saved)) for goal in in_force]


def summary(checkin: CheckIn, form: CheckInForm) -> list[str]:
    """The week in a few kind sentences: a quiet week is a quiet week, not a failure."""
    workload = (
        Message(WORKLOAD_WORDS[checkin.workload], "Words")
        if checkin.workload in WORKLOAD_WORDS
        else Message(QT_TRANSLATE_NOOP("Reflect", "not set"))
    )
    tags = [Message(t, "Words") if t in STANDARD_CONTEXT else t for t in checkin.context]
    context = Message(", {tags}", tags=joined(tags)) if tags else ""
    lines = [
        Message(
            QT_TRANSLATE_NOOP("Reflect", "Workload {workload}{context}."),
            workload=workload,
            context=context,
        )
    ]
    used = [e for e in checkin.entries if not e.unused and any(e.count(n) for n in COUNTS)]
    if not used:
        lines.append(
            QT_TRANSLATE_NOOP(
                "Reflect", "A quiet week. Time away is part of using networks on purpose."
            )
        )
    else:
        names = {row.network.id: row.network.name for row in form.rows}
        created = sum(e.count("posts") for e in used)
        talked = sum(e.count("comments") for e in used)
        where = ", ".join(names.get(e.network_id, "?") for e in used)
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Reflect", "{posts} and {comments}, on {where}."),
                posts=_posts(created),
                comments=_comments(talked),
                where=where,
            )
        )
    states = [(g, progress(g, checkin)) for g in form.goals]
    met = [g.title for g, s in states if s.state == "met"]
    partly = [g.title for g, s in states if s.state == "partly"]
    paused = [g.title for g, s in states if s.state == "paused"]
    if met:
        lines.append(
            Message(QT_TRANSLATE_NOOP("Reflect", "Goals met: {goals}."), goals="; ".join(met))
        )
    if partly:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Reflect", "Part of the way: {goals}."), goals="; ".join(partly)
            )
        )
    if paused:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Reflect", "Paused, and that is fine: {goals}."),
                goals="; ".join(paused),
            )
        )
    return lines


def _posts(n: int) -> Message:
    if n == 1:
        return Message(QT_TRANSLATE_NOOP("Reflect", "1 post"))
    return Message(QT_TRANSLATE_NOOP("Reflect", "{n} posts"), n=n)


def _comments(n: int) -> Message:
    if n == 1:
        return Message(QT_TRANSLATE_NOOP("Reflect", "1 comment"))
    return Message(QT_TRANSLATE_NOOP("Reflect", "{n} comments"), n=n)
