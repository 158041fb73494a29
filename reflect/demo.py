"""The demo data set: two believable years of one person's weeks, the same for the same day.

Everything goes through the services, in one transaction, with every choice drawn from
``random.Random(seed)`` and every week counted back from ``today``, so screenshots stay stable.
This module writes: the networks, charters, goals, check-ins, experiments and measured
activity. The shape of the two years is drawn in :mod:`reflect.demo_plan`, each week's
check-in in :mod:`reflect.demo_checkins`, and the words live in :mod:`reflect.demo_text`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from reflect import activity, charters, checkins, experiments, goals, models, networks, practices
from reflect import demo_text as text
from reflect.checkins import CheckIn
from reflect.demo_checkins import demo_checkin
from reflect.demo_plan import NETWORKS, WEEKS, DemoPlan, plan_years, poisson
from reflect.errors import ProfileNotEmpty
from reflect.goals import GoalDraft
from reflect.weeks import IsoWeek, week_range

MEASURED_WEEKS = 26
#: name → (kind, first week index, network, metric / role / practice, direction, target);
#: the titles are in demo_text.GOALS. A first week of -1 means just after the family stretch.
GOALS = {
    "posts": ("count", 0, "linkedin", "posts", "at_least", 2),
    "weekday": ("count", 0, "x", "posts", "at_least", 5),
    "company": ("count", 0, "company", "comments", "at_least", 3),
    "blog": ("role", 0, "blog", "creator", None, 60),
    "x": ("count", 8, "x", "minutes", "at_most", 60),
    "promote": ("practice", 12, "linkedin", "promote", None, 2),
    "evenings": ("free", -1, None, None, None, None),
    "mastodon": ("role", 60, "mastodon", "creator", None, 40),
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    networks: int
    checkins: int
    goals: int
    experiments: int
    measured_items: int
    first_week: IsoWeek
    last_week: IsoWeek


def fill_demo_data(today: date | None = None, seed: int = 2026) -> DemoSummary:
    """Fill the open, empty profile with two years of demo data; refuse one that has data."""
    today = today or date.today()
    rng = random.Random(seed)
    last = IsoWeek.current(today) - 1
    plan = plan_years(week_range(last - (WEEKS - 1), last), rng)
    with models.database.atomic():
        if networks.networks(include_archived=True) or checkins.checked_in_weeks():
            raise ProfileNotEmpty(
                "This profile already has data; demo data only goes into an empty profile."
            )
        for key in NETWORKS:
            draft = replace(networks.PRESETS[key], purpose=text.PURPOSES[key])
            plan.ids[key] = networks.save_network(draft).id
        _write_charters(plan.ids)
        plan.practices = {p.standard_key: p.id for p in practices.practices() if p.standard_key}
        _write_goals(plan)
        written = [w for w in plan.weeks if w.mode != "gap"]
        saved = [checkins.record_checkin(demo_checkin(plan, w, rng), today) for w in written]
        for title, key, *words in text.EXPERIMENTS:
            span = {"finished": plan.reply_first, "abandoned": plan.photos}.get(
                words[-1], range(WEEKS - 2, WEEKS + 2)
            )
            start = plan.weeks[span[0]].week
            experiments.save_experiment(
                experiments.Experiment(title, start, len(span), plan.ids[key], *words)
            )
        items = _write_measured(plan, saved, rng)
    first = plan.weeks[0].week
    counts = (len(NETWORKS), len(written), len(GOALS), len(text.EXPERIMENTS), items)
    return DemoSummary(*counts, first, last)


# --- networks, charters, goals -----------------------------------------------------------------


def _write_charters(ids: dict[str, str]) -> None:
    """First answers in one save per network, then the answers rewritten later."""
    for answers in (text.CHARTERS, text.CHARTER_REVISIONS):
        for key, changes in answers.items():
            items = {item.standard_key: item.question_id for item in charters.charter(ids[key])}
            charters.save_charter(ids[key], {items[k]: words for k, words in changes.items()})
    key, question, answer = text.OWN_QUESTION
    own = charters.add_question(ids[key], question)
    charters.save_charter(ids[key], {own.question_id: answer})


def _write_goals(plan: DemoPlan) -> None:
    week = [w.week for w in plan.weeks]
    drafts = {}
    for name, (kind, first, net, what, direction, target) in GOALS.items():
        first = plan.family.stop + 1 if first < 0 else first
        drafts[name] = GoalDraft(
            text.GOALS[name],
            kind,
            week[first],
            plan.ids.get(net),
            direction=direction,
            target=target,
            metric=what if kind == "count" else None,
            role=what if kind == "role" else None,
            practice_id=plan.practices.get(what),
        )
        plan.goals[name] = goals.save_goal(drafts[name]).id
    raised = replace(drafts["posts"], title=text.GOAL_RAISED, target=3, id=plan.goals["posts"])
    goals.save_goal(replace(raised, effective_week=week[plan.raise_at]))
    goals.set_status(plan.goals["weekday"], "retired", week[16])
    for stretch, names in (
        (plan.family, ("posts", "company", "promote")),
        (plan.holiday, ("posts", "company", "promote", "evenings")),
    ):
        for name in names:
            goals.set_status(plan.goals[name], "paused", week[stretch.start])
            goals.set_status(plan.goals[name], "active", week[stretch.stop])
    done = min(max(plan.holiday.stop, plan.family.stop) + 10, WEEKS - 4)
    goals.set_status(plan.goals["company"], "achieved", week[done])


# --- measured activity -------------------------------------------------------------------------


def _write_measured(plan: DemoPlan, saved: list[CheckIn], rng: random.Random) -> int:
    """X's own export for the last half year: close to what she reported, never quite equal."""
    x, weeks = plan.ids["x"], plan.weeks[-MEASURED_WEEKS:]
    reported = {c.week: c.entry_for(x) for c in saved}
    items: list[activity.MeasuredItem] = []
    for w in weeks:
        entry = reported.get(w.week)
        if entry is not None and entry.unused:
            continue
        for kind, slack in (
            ("posts", (-1, 0, 0, 0, 1)),
            ("comments", (-1, 0, 0, 0, 1, 1)),
            ("shares", (-1, 0, 0, 1)),
        ):
            base = entry.count(kind) if entry else poisson(rng, 1.5)
            seen = base + rng.choice(slack) if base else int(rng.random() < 0.1)
            for _ in range(seen):
                day = w.week.days()[rng.randint(0, 6)]
                moment = datetime.combine(day, time(rng.randint(7, 22), rng.randint(0, 59)))
                key = f"demo-x-{len(items)}"
                items.append(activity.MeasuredItem(key, kind, moment.astimezone()))
    activity.record_items(x, "x", items)
    return len(items)
