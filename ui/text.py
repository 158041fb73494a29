"""Words for what the pages show. Plain language; a kind tone for quiet weeks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reflect.checkins import VERDICTS
from reflect.goals import GoalState
from reflect.overview import CheckInSummary, NetworkActivity

NBSP = "\u00a0"
STATE_WORDS = {
    "met": QT_TRANSLATE_NOOP("Text", "Met"),
    "partly": QT_TRANSLATE_NOOP("Text", "Partly met"),
    "missed": QT_TRANSLATE_NOOP("Text", "Not this week"),
    "paused": QT_TRANSLATE_NOOP("Text", "Paused"),
    "no data": QT_TRANSLATE_NOOP("Text", "No data yet"),
}
KIND_WORDS = {
    "count": QT_TRANSLATE_NOOP("Text", "Weekly count"),
    "role": QT_TRANSLATE_NOOP("Text", "Role"),
    "practice": QT_TRANSLATE_NOOP("Text", "Practice"),
    "free": QT_TRANSLATE_NOOP("Text", "Judged by you"),
}
STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("Text", "Active"),
    "paused": QT_TRANSLATE_NOOP("Text", "Paused"),
    "achieved": QT_TRANSLATE_NOOP("Text", "Achieved"),
    "retired": QT_TRANSLATE_NOOP("Text", "Retired"),
}
NETWORK_KIND_WORDS = {
    "public": QT_TRANSLATE_NOOP("Text", "Public"),
    "internal": QT_TRANSLATE_NOOP("Text", "Internal"),
    "private": QT_TRANSLATE_NOOP("Text", "Private group"),
}


def tr(text: str) -> str:
    """One of the words above (or any marked ``"Text"`` string) in the user's language."""
    return QCoreApplication.translate("Text", text)


def numerus(translated: str, count: int) -> str:
    """A ``%n thing(s)`` translation; without one (English), "1 thing" or "2 things"."""
    if "(s)" not in translated:
        return translated
    return translated.replace("(s)", "" if count == 1 else "s")


def _counted(word: str, n: int) -> str | None:
    t = QCoreApplication.translate
    forms = {
        "week": lambda: t("Text", "%n week(s)", "", n),
        "post": lambda: t("Text", "%n post(s)", "", n),
        "comment": lambda: t("Text", "%n comment(s)", "", n),
        "share": lambda: t("Text", "%n share(s)", "", n),
        "reaction": lambda: t("Text", "%n reaction(s)", "", n),
        "minute": lambda: t("Text", "%n minute(s)", "", n),
        "action": lambda: t("Text", "%n action(s)", "", n),
        "goal": lambda: t("Text", "%n goal(s)", "", n),
    }
    form = forms.get(word)
    return numerus(form(), n) if form else None


def plural(count: int, word: str) -> str:
    counted = _counted(word, count)
    if counted is not None:
        return counted
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def state_words(state: GoalState) -> str:
    """ "Met — 3 of 2 posts", "Paused", "No data yet"."""
    words = tr(STATE_WORDS.get(state.state, state.state))
    if not state.detail or state.detail in VERDICTS:  # a free goal's verdict is the state
        return words
    detail = state.detail.replace(" %", NBSP + "%")
    return f"{words} — {detail}"


def workload_words(summary: CheckInSummary) -> str:
    return QCoreApplication.translate("Text", "{word} ({workload} of 5)").format(
        word=QCoreApplication.translate("Words", summary.workload_word), workload=summary.workload
    )


def energy_words(summary: CheckInSummary) -> str:
    if summary.energy is None:
        return "—"
    return QCoreApplication.translate("Text", "{word} ({energy} of 5)").format(
        word=QCoreApplication.translate("Words", summary.energy_word), energy=summary.energy
    )


def context_words(summary: CheckInSummary) -> str:
    return (
        ", ".join(QCoreApplication.translate("Words", c) for c in summary.context)
        if summary.context
        else "—"
    )


def activity_words(activity: NetworkActivity) -> str:
    """ "2 posts, 4 reactions · 50 min": the counts that are not zero; "didn't use it"."""
    if activity.unused:
        return QCoreApplication.translate("Text", "didn't use it")
    counts = (
        (activity.posts, "post"),
        (activity.comments, "comment"),
        (activity.shares, "share"),
        (activity.reactions, "reaction"),
    )
    parts = [plural(n, word) for n, word in counts if n]
    if activity.minutes:
        parts.append(
            QCoreApplication.translate("Text", "{minutes} min").format(minutes=activity.minutes)
        )
    return ", ".join(parts) if parts else QCoreApplication.translate("Text", "nothing noted")


def activity_totals(summary: CheckInSummary) -> str:
    """ "LinkedIn 10 · Mastodon 7" — actions per network, for a compact column."""
    if not summary.activity:
        return "—"
    return " · ".join(f"{a.name} {'–' if a.unused else a.actions}" for a in summary.activity)
