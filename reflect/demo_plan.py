"""The shape of the demo's two years: which weeks are busy, quiet, away or missing.

``plan_years`` draws every week's workload, energy, hours and context from the month, the
quarter's end and chance, and places the family stretch, the summer holiday, the raised goal,
the two experiments and the weeks without a check-in; the ``DemoPlan`` it returns is what
``reflect.demo`` writes and ``reflect.demo_checkins`` fills in. The small random draws both use
are here too.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from reflect.weeks import IsoWeek

WEEKS = 104
NETWORKS = ("linkedin", "x", "mastodon", "blog", "company")
FAMILY_WEEKS, HOLIDAY_WEEKS = 6, 2
#: How busy each month usually is, January to December: quarter ends high, summer light.
MONTH_LOAD = (3.1, 3.3, 3.5, 3.0, 3.2, 3.3, 2.3, 1.9, 3.3, 3.5, 3.8, 3.0)


@dataclass(slots=True)
class DemoWeek:
    index: int
    week: IsoWeek
    mode: str = "normal"  # normal, holiday, family, or gap (no check-in)
    workload: int = 3
    energy: int = 3
    hours: float = 40.0
    context: tuple[str, ...] = ()


@dataclass(slots=True)
class DemoPlan:
    weeks: list[DemoWeek]
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


def plan_years(weeks: list[IsoWeek], rng: random.Random) -> DemoPlan:
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
    rows = [DemoWeek(i, w) for i, w in enumerate(weeks)]
    plan = DemoPlan(rows, family, holiday, raise_at, reply, photos)
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


def _shape_week(w: DemoWeek, rng: random.Random) -> None:
    monday = w.week.monday()
    load = MONTH_LOAD[monday.month - 1] + 0.5 * math.sin(w.index * 2 * math.pi / 11)
    quarter_end = monday.month in (3, 6, 9, 12) and monday.day >= 12
    load += 0.7 if quarter_end else 0
    if (monday.month, monday.day) >= (12, 18) or (monday.month, monday.day) <= (1, 3):
        load -= 1.3
    w.workload = clamp(round(load + rng.gauss(0, 0.6)), 1, 5)
    w.energy = clamp(round(5.6 - 0.75 * w.workload + rng.gauss(0, 0.7)), 1, 5)
    w.hours = float(clamp(round(32 + 5.5 * w.workload + rng.gauss(0, 3)), 35, 60))
    deadline = (w.workload == 5 and rng.random() < 0.7) or (w.workload == 4 and quarter_end)
    travel = rng.random() < 0.08
    w.energy = max(1, w.energy - travel)
    w.context = ("deadline",) * deadline + ("travel",) * travel


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, product = math.exp(-max(lam, 0.0)), 0, rng.random()
    while product > limit:
        k, product = k + 1, product * rng.random()
    return k


def lerp3(t: float, start: float, middle: float, end: float) -> float:
    """From ``start`` at t=0 through ``middle`` at 0.5 to ``end`` at 1."""
    if t < 0.5:
        return start + (middle - start) * 2 * t
    return middle + (end - middle) * (2 * t - 1)


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
