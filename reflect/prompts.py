"""Reflection prompts: a pool drawn from the essays in ``seeds/``, rotating three a week."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from reflect import models as m
from reflect.i18n import QT_TRANSLATE_NOOP
from reflect.weeks import IsoWeek

PROMPTS_PER_WEEK = 3


@dataclass(frozen=True, slots=True)
class Prompt:
    key: str
    text: str
    source: str  # the seed essay and the idea it comes from


#: Each prompt names the essay and idea it grew from (seeds/000 … 004).
POOL: tuple[Prompt, ...] = (
    Prompt(
        "works_for_you",
        QT_TRANSLATE_NOOP(
            "Prompt", "Which network worked for you this week, and what did you use it for?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "000: pick what works for you"),
    ),
    Prompt(
        "different_things",
        QT_TRANSLATE_NOOP(
            "Prompt",
            "Did you do something different on each network, or say the same thing everywhere?",
        ),
        QT_TRANSLATE_NOOP("PromptSource", "000/003: use each network for something different"),
    ),
    Prompt(
        "role_this_week",
        QT_TRANSLATE_NOOP(
            "Prompt",
            "Were you mostly a creator, a commenter or a reader this week? Was that a choice?",
        ),
        QT_TRANSLATE_NOOP("PromptSource", "000: some create, some only comment, some only read"),
    ),
    Prompt(
        "ebb_flow",
        QT_TRANSLATE_NOOP("Prompt", "How did your workload shape what you did online this week?"),
        QT_TRANSLATE_NOOP(
            "PromptSource", "000: usage ebbs and flows with workload, schedule and interests"
        ),
    ),
    Prompt(
        "stalled_post",
        QT_TRANSLATE_NOOP(
            "Prompt",
            "Was there a post you second-guessed until you never posted it? What held you back?",
        ),
        QT_TRANSLATE_NOOP("PromptSource", "000: don't second-guess posts; just jump in"),
    ),
    Prompt(
        "quiet_ok",
        QT_TRANSLATE_NOOP(
            "Prompt", "If this was a quiet week, what did you do with the time instead?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "000: don't beat yourself up about quiet periods"),
    ),
    Prompt(
        "personal_elements",
        QT_TRANSLATE_NOOP(
            "Prompt", "What did you share of your life beyond work, and how did it land?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "000: be unapologetic about personal elements"),
    ),
    Prompt(
        "unplugged",
        QT_TRANSLATE_NOOP("Prompt", "When did you switch off and put it all down this week?"),
        QT_TRANSLATE_NOOP(
            "PromptSource", "000: unplugged time with family and friends matters more"
        ),
    ),
    Prompt(
        "real_work",
        QT_TRANSLATE_NOOP("Prompt", "Which moment online this week was real work done right?"),
        QT_TRANSLATE_NOOP("PromptSource", "001: social is real work if you use it correctly"),
    ),
    Prompt(
        "habit",
        QT_TRANSLATE_NOOP(
            "Prompt", "What small habit kept you connected this week (or would have)?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "001: make it a habit to look every morning"),
    ),
    Prompt(
        "traction",
        QT_TRANSLATE_NOOP(
            "Prompt", "What got traction this week, and what do you think made it work?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "001: learn what gets traction"),
    ),
    Prompt(
        "noise",
        QT_TRANSLATE_NOOP("Prompt", "What did you learn to skip over as noise?"),
        QT_TRANSLATE_NOOP("PromptSource", "001: some were noise and I learned to skip those"),
    ),
    Prompt(
        "give_back",
        QT_TRANSLATE_NOOP("Prompt", "Whom did you help or give something back to?"),
        QT_TRANSLATE_NOOP("PromptSource", "001: give back to the people you learn from"),
    ),
    Prompt(
        "black_hole",
        QT_TRANSLATE_NOOP(
            "Prompt", "Did anything you shared feel like a pearl dropped into a black hole? Where?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "002: pearls dropped into a black hole"),
    ),
    Prompt(
        "feedback_from",
        QT_TRANSLATE_NOOP("Prompt", "Who responded to you this week, and on which network?"),
        QT_TRANSLATE_NOOP("PromptSource", "002: receiving feedback is why we share"),
    ),
    Prompt(
        "same_needs",
        QT_TRANSLATE_NOOP(
            "Prompt", "Where did the line between work and personal blur this week? Was that fine?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "002: the needs are the same at work and at home"),
    ),
    Prompt(
        "experiment",
        QT_TRANSLATE_NOOP("Prompt", "What did you try out this week just to see what happens?"),
        QT_TRANSLATE_NOOP("PromptSource", "002: experiment, try things out, see what works"),
    ),
    Prompt(
        "golden_rule",
        QT_TRANSLATE_NOOP(
            "Prompt",
            "Did you post anything you would not want your mother, your boss or your ex to read?",
        ),
        QT_TRANSLATE_NOOP("PromptSource", "002: the golden rule of social media"),
    ),
    Prompt(
        "policy_kept",
        QT_TRANSLATE_NOOP(
            "Prompt", "Did you keep to your own policy on each network? Where did you bend it?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "003: a written personal policy per network"),
    ),
    Prompt(
        "constructive",
        QT_TRANSLATE_NOOP(
            "Prompt",
            "Where did you ask a question or build on someone's idea instead of just agreeing?",
        ),
        QT_TRANSLATE_NOOP("PromptSource", "003: be constructive, not a mutual admiration society"),
    ),
    Prompt(
        "be_a_person",
        QT_TRANSLATE_NOOP(
            "Prompt", "Where were you interesting, and a person, rather than a job title?"
        ),
        QT_TRANSLATE_NOOP("PromptSource", "003: be interesting, be a person"),
    ),
    Prompt(
        "vulnerability",
        QT_TRANSLATE_NOOP("Prompt", "What did you admit you were still learning this week?"),
        QT_TRANSLATE_NOOP("PromptSource", "004: express vulnerability"),
    ),
    Prompt(
        "provoke",
        QT_TRANSLATE_NOOP(
            "Prompt",
            "Did you say something that moved a conversation on, even if not everyone agreed?",
        ),
        QT_TRANSLATE_NOOP("PromptSource", "004: provoke productively"),
    ),
    Prompt(
        "promote_others",
        QT_TRANSLATE_NOOP("Prompt", "Whose work did you point others to this week?"),
        QT_TRANSLATE_NOOP("PromptSource", "004: promote others"),
    ),
    Prompt(
        "seed_feed_weed",
        QT_TRANSLATE_NOOP("Prompt", "Which connection did you start, nourish or let go of?"),
        QT_TRANSLATE_NOOP("PromptSource", "004: actively seed, feed and weed"),
    ),
)


def prompts_for_week(week: IsoWeek) -> tuple[Prompt, ...]:
    """Three prompts for ``week``: the same every time it is asked, different week to week.

    Consecutive weeks step through the pool in a fixed shuffled order, so no prompt comes back
    before the pool has gone round.
    """
    order = sorted(POOL, key=lambda p: hashlib.sha1(p.key.encode()).hexdigest())
    start = ((week.monday().toordinal() // 7) * PROMPTS_PER_WEEK) % len(order)
    return tuple(order[(start + i) % len(order)] for i in range(PROMPTS_PER_WEEK))


def own_prompts() -> list[str]:
    """The user's own prompts, asked every week alongside the rotating three."""
    return [
        row.text
        for row in m.OwnPrompt.alive()
        .where(m.OwnPrompt.active == True)
        .order_by(m.OwnPrompt.created_at)
    ]


def add_own_prompt(text: str) -> None:
    text = text.strip()
    if text:
        with m.database.atomic():
            m.OwnPrompt.create(text=text)
