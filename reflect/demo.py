"""The demo data set: two believable years of one person's weeks, the same for the same day.

Everything goes through the services, in one transaction, with every choice drawn from
``random.Random(seed)`` and every week counted back from ``today``, so screenshots stay stable.
The words live in :mod:`reflect.demo_text`.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from reflect import activity, charters, checkins, experiments, goals, models, networks, practices
from reflect import demo_text as text
from reflect.checkins import Answer, CheckIn, Entry, Roles
from reflect.errors import ProfileNotEmpty
from reflect.goals import GoalDraft
from reflect.prompts import prompts_for_week
from reflect.weeks import IsoWeek, week_range

WEEKS = 104
NETWORKS = ("linkedin", "x", "mastodon", "blog", "company")
FAMILY_WEEKS, HOLIDAY_WEEKS, MEASURED_WEEKS = 6, 2, 26
#: How busy each month usually is, January to December: quarter ends high, summer light.
MONTH_LOAD = (3.1, 3.3, 3.5, 3.0, 3.2, 3.3, 2.3, 1.9, 3.3, 3.5, 3.8, 3.0)
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


@dataclass(slots=True)
class _Week:
    index: int
    week: IsoWeek
    mode: str = "normal"  # normal, holiday, family, or gap (no check-in)
    workload: int = 3
    energy: int = 3
    hours: float = 40.0
    context: tuple[str, ...] = ()


@dataclass(slots=True)
class _Plan:
    weeks: list[_Week]
    family: range
    holiday: range
    raise_at: int  # the LinkedIn goal goes from 2 to 3 posts here
    reply_first: range  # the finished experiment
    photos: range  # the abandoned experiment
    ids: dict[str, str] = field(default_factory=dict)  # preset key → network id
    practices: dict[str, str] = field(default_factory=dict)  # standard key → practice id
    goals: dict[str, str] = field(default_factory=dict)  # name in GOALS → goal id
    decks: dict[str, list[str]] = field(default_factory=dict)  # prompt key → sentences left
    blog_gap: int = 3  # weeks since the last blog post


def fill_demo_data(today: date | None = None, seed: int = 2026) -> DemoSummary:
    """Fill the open, empty profile with two years of demo data; refuse one that has data."""
    today = today or date.today()
    rng = random.Random(seed)
    last = IsoWeek.current(today) - 1
    plan = _plan(week_range(last - (WEEKS - 1), last), rng)
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
        saved = [checkins.record_checkin(_checkin(plan, w, rng), today) for w in written]
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


# --- the shape of the two years ----------------------------------------------------------------


def _plan(weeks: list[IsoWeek], rng: random.Random) -> _Plan:
    n = len(weeks)
    xmas = {i for i, w in enumerate(weeks) if any((d.month, d.day) == (12, 25) for d in w.days())}
    start = next((i for i in range(18, 40) if not xmas & set(range(i - 1, i + 7))), 30)
    family = range(start, start + FAMILY_WEEKS)
    summer = (i for i in range(family.stop + 8, n - 8) if weeks[i].monday().month in (7, 8))
    start = next(summer, n - 12)
    holiday = range(start, start + HOLIDAY_WEEKS)
    busy = {*range(family.start - 1, family.stop + 1), *range(holiday.start - 1, holiday.stop + 1)}
    raise_at = next(i for i in range(52, n) if i not in busy)
    start = next(i for i in range(raise_at + 8, n) if not busy & set(range(i, i + 6)))
    reply, photos = range(family.stop + 6, family.stop + 10), range(start, start + 6)
    rows = [_Week(i, w) for i, w in enumerate(weeks)]
    plan = _Plan(rows, family, holiday, raise_at, reply, photos)
    for w in plan.weeks:
        _shape_week(w, rng)
    for w in plan.weeks[family.start : family.stop]:
        w.mode, w.context, w.hours = "family", ("family",), float(30 + rng.randint(0, 6))
        w.workload, w.energy = rng.choice((2, 3)), rng.choice((1, 1, 2))
    for w in plan.weeks[holiday.start : holiday.stop]:
        w.mode, w.workload, w.energy, w.hours = "holiday", 1, 4 + w.index - holiday.start, 0.0
        w.context = ("holiday", "travel") if w.index == holiday.start else ("holiday",)
    before, after = plan.weeks[holiday.start - 1], plan.weeks[family.stop]
    before.workload, before.energy, before.context = 5, 2, ("deadline",)
    after.workload, after.energy = 4, 2
    taken = busy | set(plan.reply_first) | set(plan.photos) | {0, 1, raise_at, *range(n - 5, n)}
    free = [i for i in range(2, n - 5) if not {i - 1, i, i + 1} & (taken | xmas)]
    for i in {i for i in xmas if 0 < i < n - 1 and i not in busy} | set(rng.sample(free, 2)):
        plan.weeks[i].mode = "gap"
    return plan


def _shape_week(w: _Week, rng: random.Random) -> None:
    monday = w.week.monday()
    load = MONTH_LOAD[monday.month - 1] + 0.5 * math.sin(w.index * 2 * math.pi / 11)
    quarter_end = monday.month in (3, 6, 9, 12) and monday.day >= 12
    load += 0.7 if quarter_end else 0
    if (monday.month, monday.day) >= (12, 18) or (monday.month, monday.day) <= (1, 3):
        load -= 1.3
    w.workload = _clamp(round(load + rng.gauss(0, 0.6)), 1, 5)
    w.energy = _clamp(round(5.6 - 0.75 * w.workload + rng.gauss(0, 0.7)), 1, 5)
    w.hours = float(_clamp(round(32 + 5.5 * w.workload + rng.gauss(0, 3)), 35, 60))
    deadline = (w.workload == 5 and rng.random() < 0.7) or (w.workload == 4 and quarter_end)
    travel = rng.random() < 0.08
    w.energy = max(1, w.energy - travel)
    w.context = ("deadline",) * deadline + ("travel",) * travel


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


def _write_goals(plan: _Plan) -> None:
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


# --- one week's check-in -----------------------------------------------------------------------


def _checkin(plan: _Plan, w: _Week, rng: random.Random) -> CheckIn:
    t = w.index / (WEEKS - 1)
    entries = _normal_entries(plan, w, t, rng) if w.mode == "normal" else _quiet_entries(plan, w)
    by_key = dict(zip(NETWORKS, entries, strict=True))
    judgements: tuple[tuple[str, str], ...] = ()
    if w.index > plan.family.stop and w.mode == "normal":
        expected = ("yes", "yes", "partly", "partly", "no")[w.workload - 1]
        judgements = ((plan.goals["evenings"], _nudge(rng, expected)),)
    ratings = _ratings(plan, w, t, by_key, rng)
    answers = _answers(plan, w, by_key, rng)
    return CheckIn(
        w.week, w.workload, w.energy, w.hours, w.context, entries, ratings, answers, judgements
    )


def _nudge(rng: random.Random, verdict: str) -> str:
    """Mostly the expected verdict, sometimes one step either way."""
    order = ("yes", "partly", "no")
    return order[_clamp(order.index(verdict) + rng.choice((0, 0, 0, 0, 1, -1)), 0, 2)]


def _normal_entries(plan: _Plan, w: _Week, t: float, rng: random.Random) -> tuple[Entry, ...]:
    f = max(0.06, 1.7 - 0.33 * w.workload) * (0.8 + 0.06 * w.energy)
    f *= rng.lognormvariate(0, 0.2) * (0.75 if "travel" in w.context else 1)
    fc = 0.3 + 0.7 * f  # questions at work keep coming, busy or not

    def p(lam: float) -> int:
        return _poisson(rng, lam)

    ids, fade = plan.ids, 1 - 0.35 * t  # X matters less to her as the two years go on
    counts = (p(2.5 * f), p(3 * f), p(1.1 * f), p(9 * f))
    linkedin = _entry(ids["linkedin"], "linkedin", rng, counts, 10 + rng.randint(0, 15), 4)
    if rng.random() < 0.2 * t:
        x = Entry(ids["x"], unused=True)
    else:
        counts = (p(2.4 * f * fade), p(3.2 * f * fade), p(1.4 * f * fade), p(9 * f * fade))
        minutes = 25 + 4 * counts[0] + 3 * counts[1] + 6 * w.workload + rng.randint(-10, 15)
        minutes = minutes * (1.1 - 0.35 * t) + (30 if rng.random() < 0.12 else 0)  # rabbit holes
        x = _entry(ids["x"], "x", rng, counts, round(minutes), reader=5, extra=False)
    trying = w.index in plan.reply_first  # reply before posting
    counts = (
        p(_lerp3(t, 0.15, 0.8, 5.5) * f * (0.5 if trying else 1)),
        p(_lerp3(t, 0.6, 6.5, 2.2) * f * (1.6 if trying else 1)),
        p(_lerp3(t, 0.5, 1.2, 1.5) * f),
        p(_lerp3(t, 5, 8, 9) * f),
    )
    reader = _lerp3(t, 8, 4.5, 2.5) * (0.5 + 0.5 * f)
    mastodon = _entry(ids["mastodon"], "mastodon", rng, counts, 10 + rng.randint(0, 20), reader)
    asked = max(p(1.1 * fc), int(w.index >= WEEKS - 2))  # the running experiment
    counts = (asked, p(4.2 * fc), p(0.4 * fc), p(6 * fc))
    company = _entry(ids["company"], "company", rng, counts, 15 + rng.randint(0, 15), 3)
    return (linkedin, x, mastodon, _blog_entry(plan, f, rng), company)


def _blog_entry(plan: _Plan, f: float, rng: random.Random) -> Entry:
    """Roughly one post a month, sooner when there is room; replies to readers in between."""
    network_id, gap = plan.ids["blog"], plan.blog_gap
    plan.blog_gap += 1
    if rng.random() < (0 if gap < 3 else min(0.95, 0.3 * (gap - 2)) * min(1.0, f + 0.3)):
        plan.blog_gap = 1
        counts = (1, _poisson(rng, 1.5), 0, 0)
        return _entry(network_id, "blog", rng, counts, rng.randint(120, 200), 1, extra=False)
    if rng.random() < 0.3:
        counts = (0, rng.randint(1, 2), 0, 0)
        return _entry(network_id, "blog", rng, counts, rng.randint(10, 20), 1, extra=False)
    return Entry(network_id, unused=True)


def _entry(
    network_id: str,
    key: str,
    rng: random.Random,
    counts: tuple[int, int, int, int],
    minutes: int,
    reader: float,
    extra: bool = True,
) -> Entry:
    """A used network's week. With ``extra``, minutes grow with what was done."""
    posts, comments, shares, _ = counts
    if extra:
        minutes += 12 * posts + 4 * comments + 2 * shares
    roles = _roles(4 * posts, 1.5 * comments + 0.5 * shares, reader)
    acts = 2 * posts + comments
    black_hole = 0.2 if key == "company" and posts else 0.0  # pearls dropped into it
    roll = rng.random()
    if acts == 0 or roll < 0.5 / (1 + acts) + black_hole:
        feedback = "none"
    elif roll > 1 - min(0.45, 0.05 * acts):
        feedback = "a lot"
    else:
        feedback = "a little"
    note = ""
    if rng.random() < 0.15:
        situation = {"a lot": "lot", "none": "none" if posts else "any"}.get(feedback, "any")
        if not (key == "blog" and situation == "any" and not comments):
            note = rng.choice(text.NOTES[(key, situation)])
    return Entry(network_id, False, *counts, max(1, minutes), feedback, roles, note)


def _quiet_entries(plan: _Plan, w: _Week) -> tuple[Entry, ...]:
    """Holiday and family weeks: networks unused, but for a photo, a word to the team, reading."""
    entries = {key: Entry(plan.ids[key], unused=True) for key in NETWORKS}
    mastodon, company = plan.ids["mastodon"], plan.ids["company"]
    if w.index == plan.holiday.start:
        roles, note = Roles(40, 0, 60), text.HOLIDAY_NOTE
        entries["mastodon"] = Entry(mastodon, False, 1, 0, 0, 3, 20, "a little", roles, note)
    elif w.index == plan.family.start:
        roles, note = Roles(70, 0, 30), text.FAMILY_NOTE
        entries["company"] = Entry(company, False, 1, 0, 0, 0, 10, "a lot", roles, note)
    elif w.mode == "family" and w.index % 2:
        entries["mastodon"] = Entry(mastodon, False, 0, 0, 0, 2, 15, "none", Roles(0, 0, 100))
    return tuple(entries[key] for key in NETWORKS)


def _roles(creator: float, commenter: float, reader: float) -> Roles:
    """Shares in steps of 5 that add up to 100; whatever was done gets at least 5."""
    weights = (creator, commenter, reader)
    shares = [round(20 * x / sum(weights)) * 5 or (5 if x else 0) for x in weights]
    shares[shares.index(max(shares))] += 100 - sum(shares)
    return Roles(*shares)


def _ratings(plan: _Plan, w: _Week, t: float, by_key: dict[str, Entry], rng) -> tuple:
    linkedin, posts = by_key["linkedin"].count, by_key["mastodon"].count("posts")
    wanted = {
        "vulnerability": rng.gauss(0.7 + 0.6 * (w.index >= plan.family.stop), 0.7),
        "mix": 0.6 + 0.25 * posts + rng.gauss(0, 0.6),
        "provoke": rng.gauss(0.4 + 0.7 * t, 0.7),
        "promote": 0.5 + 0.6 * linkedin("shares") + 0.25 * linkedin("comments") + rng.gauss(0, 0.6),
        "seed_feed_weed": 2.6 - 0.35 * w.workload + rng.gauss(0, 0.6),
    }
    if w.mode != "normal":
        wanted = dict.fromkeys(wanted, 0)
        wanted["mix"] = int(w.mode == "holiday")
        wanted["vulnerability"] = int(w.index == plan.family.stop - 1)
    return tuple((plan.practices[k], _clamp(round(v), 0, 3)) for k, v in wanted.items())


def _answers(plan: _Plan, w: _Week, by_key: dict[str, Entry], rng) -> tuple[Answer, ...]:
    asked = prompts_for_week(w.week)
    if w.mode != "normal":  # one short, kind line
        stretch = plan.holiday if w.mode == "holiday" else plan.family
        return (Answer(asked[0].text, text.QUIET[w.mode][w.index - stretch.start]),)
    count = (3, 3, 2, 1, rng.choice((0, 1)))[w.workload - 1]
    if count == 3 and rng.random() < 0.4:
        count = 2
    posts = sum(e.count("posts") for e in by_key.values())
    said = posts + sum(e.count("comments") for e in by_key.values())
    top = max(NETWORKS, key=lambda k: 2 * by_key[k].count("posts") + by_key[k].count("comments"))
    fits = {
        "heavy": w.workload >= 4,
        "calm": w.workload <= 3,
        "light": w.workload <= 2,
        "steady": w.workload == 3,
        "active": posts >= 3,
        "quiet": said <= 4,
        "travel": "travel" in w.context,
    }
    kind = next((k for k in ("travel", "heavy", "light") if fits[k]), "normal")
    answers, tail = [], rng.choice(text.TAILS[kind]) if rng.random() < 0.5 else ""
    for prompt in asked[:count]:
        sentence = _deal(plan, rng, prompt.key, fits)
        if sentence is not None:
            answers.append(Answer(prompt.text, sentence.format(top=networks.PRESETS[top].name)))
    if answers and tail:  # a second sentence on one answer, sometimes
        answers[-1] = Answer(answers[-1].prompt, f"{answers[-1].text} {tail}")
    return tuple(answers)


def _deal(plan: _Plan, rng: random.Random, key: str, fits: dict[str, bool]) -> str | None:
    """The next fitting sentence from a shuffled deck per prompt, so repeats stay rare."""
    deck = plan.decks.setdefault(key, [])
    for attempt in range(2):
        for i in range(len(deck) - 1, -1, -1):
            *tags, sentence = deck[i].split("|")
            if all(fits[tag] for tag in tags):
                del deck[i]
                return sentence
        if attempt == 0:
            deck[:0] = rng.sample(text.ANSWERS[key], len(text.ANSWERS[key]))
    return None


# --- measured activity -------------------------------------------------------------------------


def _write_measured(plan: _Plan, saved: list[CheckIn], rng: random.Random) -> int:
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
            base = entry.count(kind) if entry else _poisson(rng, 1.5)
            seen = base + rng.choice(slack) if base else int(rng.random() < 0.1)
            for _ in range(seen):
                day = w.week.days()[rng.randint(0, 6)]
                moment = datetime.combine(day, time(rng.randint(7, 22), rng.randint(0, 59)))
                key = f"demo-x-{len(items)}"
                items.append(activity.MeasuredItem(key, kind, moment.astimezone()))
    activity.record_items(x, "x", items)
    return len(items)


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, product = math.exp(-max(lam, 0.0)), 0, rng.random()
    while product > limit:
        k, product = k + 1, product * rng.random()
    return k


def _lerp3(t: float, start: float, middle: float, end: float) -> float:
    """From ``start`` at t=0 through ``middle`` at 0.5 to ``end`` at 1."""
    if t < 0.5:
        return start + (middle - start) * 2 * t
    return middle + (end - middle) * (2 * t - 1)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
