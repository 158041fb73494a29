"""What the demo person writes in one week's check-in: her counts, minutes, feedback and role
shares per network, her practice ratings and her answers to the week's prompts.

``demo_checkin`` turns one planned week of ``reflect.demo_plan`` into a ``CheckIn``, drawing
from the same random stream as the rest of the demo and picking the sentences of
``reflect.demo_text``, so the same seed gives the same weeks.
"""

from __future__ import annotations

import random

from reflect import demo_text as text
from reflect import networks
from reflect.checkins import Answer, CheckIn, Entry, Roles
from reflect.demo_plan import NETWORKS, WEEKS, DemoPlan, DemoWeek, clamp, lerp3, poisson
from reflect.prompts import prompts_for_week


def demo_checkin(plan: DemoPlan, w: DemoWeek, rng: random.Random) -> CheckIn:
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
    return order[clamp(order.index(verdict) + rng.choice((0, 0, 0, 0, 1, -1)), 0, 2)]


def _normal_entries(plan: DemoPlan, w: DemoWeek, t: float, rng: random.Random) -> tuple[Entry, ...]:
    f = max(0.06, 1.7 - 0.33 * w.workload) * (0.8 + 0.06 * w.energy)
    f *= rng.lognormvariate(0, 0.2) * (0.75 if "travel" in w.context else 1)
    fc = 0.3 + 0.7 * f  # questions at work keep coming, busy or not

    def p(lam: float) -> int:
        return poisson(rng, lam)

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
        p(lerp3(t, 0.15, 0.8, 5.5) * f * (0.5 if trying else 1)),
        p(lerp3(t, 0.6, 6.5, 2.2) * f * (1.6 if trying else 1)),
        p(lerp3(t, 0.5, 1.2, 1.5) * f),
        p(lerp3(t, 5, 8, 9) * f),
    )
    reader = lerp3(t, 8, 4.5, 2.5) * (0.5 + 0.5 * f)
    mastodon = _entry(ids["mastodon"], "mastodon", rng, counts, 10 + rng.randint(0, 20), reader)
    asked = max(p(1.1 * fc), int(w.index >= WEEKS - 2))  # the running experiment
    counts = (asked, p(4.2 * fc), p(0.4 * fc), p(6 * fc))
    company = _entry(ids["company"], "company", rng, counts, 15 + rng.randint(0, 15), 3)
    return (linkedin, x, mastodon, _blog_entry(plan, f, rng), company)


def _blog_entry(plan: DemoPlan, f: float, rng: random.Random) -> Entry:
    """Roughly one post a month, sooner when there is room; replies to readers in between."""
    network_id, gap = plan.ids["blog"], plan.blog_gap
    plan.blog_gap += 1
    if rng.random() < (0 if gap < 3 else min(0.95, 0.3 * (gap - 2)) * min(1.0, f + 0.3)):
        plan.blog_gap = 1
        counts = (1, poisson(rng, 1.5), 0, 0)
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


def _quiet_entries(plan: DemoPlan, w: DemoWeek) -> tuple[Entry, ...]:
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


def _ratings(plan: DemoPlan, w: DemoWeek, t: float, by_key: dict[str, Entry], rng) -> tuple:
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
    return tuple((plan.practices[k], clamp(round(v), 0, 3)) for k, v in wanted.items())


def _answers(plan: DemoPlan, w: DemoWeek, by_key: dict[str, Entry], rng) -> tuple[Answer, ...]:
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


def _deal(plan: DemoPlan, rng: random.Random, key: str, fits: dict[str, bool]) -> str | None:
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
