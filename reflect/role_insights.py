"""The insight rules about roles: how the mix of creator, commenter and reader shifted over
the period, and where the role the counts imply differs from the shares people give themselves.

Each rule reads the ``Tally`` records of ``reflect.insight_tally`` and says something only when
the weeks can carry it; the minimums are the constants here.
"""

from __future__ import annotations

from reflect.checkins import ROLES
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.insight import Insight
from reflect.insight_tally import Tally
from reflect.trends import TrendQuery

#: Weeks with role shares in each half of the period, and the shift worth a sentence.
MIN_ROLE_WEEKS, ROLE_SHIFT_POINTS = 4, 15
#: Weeks with role shares and counts, before comparing what you say with what you did.
MIN_IMPLIED_WEEKS = 6

_ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("Reflect", "creator"),
    "commenter": QT_TRANSLATE_NOOP("Reflect", "commenter"),
    "reader": QT_TRANSLATE_NOOP("Reflect", "reader"),
}


def _role(role: str) -> Message | str:
    return Message(_ROLE_WORDS[role]) if role in _ROLE_WORDS else role


def role_shifts(tallies: list[Tally], _query: TrendQuery) -> list[Insight]:
    out = []
    for tally in tallies:
        rated, series = tally.roles, tally.series
        half = len(rated) // 2
        if half < MIN_ROLE_WEEKS:
            continue
        before, after = rated[:half], rated[-half:]
        shares = [
            {r: sum(getattr(x, r) for x in part) / len(part) for r in ROLES}
            for part in (before, after)
        ]
        was, now = (max(s, key=s.get) for s in shares)
        role = max(ROLES, key=lambda r: abs(shares[1][r] - shares[0][r]))
        before_share, after_share = shares[0][role], shares[1][role]
        if abs(after_share - before_share) < ROLE_SHIFT_POINTS:
            continue  # the mix held, or moved too little to mean much
        numbers = (
            (
                Message(QT_TRANSLATE_NOOP("Reflect", "{role} share before"), role=_role(role)),
                f"{before_share:.0f} %",
            ),
            (
                Message(QT_TRANSLATE_NOOP("Reflect", "{role} share after"), role=_role(role)),
                f"{after_share:.0f} %",
            ),
            (Message(QT_TRANSLATE_NOOP("Reflect", "weeks in each half")), str(half)),
        )
        span = Message(
            QT_TRANSLATE_NOOP(
                "Reflect", "the first {half} weeks with shares against the last {half}"
            ),
            half=half,
        )
        change = f"{before_share:.0f} % → {after_share:.0f} %"
        if was != now:
            text = Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "On {name} you moved from mostly {was} to mostly {now} "
                    "({role} {change}, {span}).",
                ),
                name=series.name,
                was=_role(was),
                now=_role(now),
                role=_role(role),
                change=change,
                span=span,
            )
        else:
            if after_share > before_share:
                template = QT_TRANSLATE_NOOP(
                    "Reflect", "On {name} your {role} share grew: {change} ({span})."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Reflect", "On {name} your {role} share fell: {change} ({span})."
                )
            text = Message(template, name=series.name, role=_role(role), change=change, span=span)
        out.append(Insight("roles", text, numbers, series.network_id))
    return out


def implied_roles(tallies: list[Tally], _query: TrendQuery) -> list[Insight]:
    """The largest gap between the role you give yourself and the one your counts imply."""
    clear = [t for t in tallies if t.rated >= MIN_IMPLIED_WEEKS and t.differ * 2 > t.rated]
    if not clear:
        return []
    tally = max(clear, key=lambda t: t.differ / t.rated)
    said, count = tally.implied.most_common(1)[0]
    weeks, name = tally.rated, tally.series.name
    return [
        Insight(
            "roles",
            Message(
                QT_TRANSLATE_NOOP(
                    "Reflect",
                    "On {name} your counts put you on the {said} rung in {count} of {weeks} "
                    "weeks, while your own shares say otherwise. Both can be true: counts see "
                    "what you did, shares how you spent the time.",
                ),
                name=name,
                said=_role(said),
                count=count,
                weeks=weeks,
            ),
            (
                (Message(QT_TRANSLATE_NOOP("Reflect", "weeks")), str(weeks)),
                (
                    Message(
                        QT_TRANSLATE_NOOP("Reflect", "weeks the counts say {said}"),
                        said=_role(said),
                    ),
                    str(count),
                ),
            ),
            tally.series.network_id,
        )
    ]
