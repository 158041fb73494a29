"""Words for what the pages show. Plain language; a kind tone for quiet weeks."""

from __future__ import annotations

from reflect.checkins import VERDICTS
from reflect.goals import GoalState
from reflect.overview import CheckInSummary, NetworkActivity

NBSP = "\u00a0"
STATE_WORDS = {
    "met": "Met",
    "partly": "Partly met",
    "missed": "Not this week",
    "paused": "Paused",
    "no data": "No data yet",
}
KIND_WORDS = {
    "count": "Weekly count",
    "role": "Role",
    "practice": "Practice",
    "free": "Judged by you",
}
STATUS_WORDS = {
    "active": "Active",
    "paused": "Paused",
    "achieved": "Achieved",
    "retired": "Retired",
}
NETWORK_KIND_WORDS = {"public": "Public", "internal": "Internal", "private": "Private group"}


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def state_words(state: GoalState) -> str:
    """ "Met — 3 of 2 posts", "Paused", "No data yet"."""
    words = STATE_WORDS.get(state.state, state.state)
    if not state.detail or state.detail in VERDICTS:  # a free goal's verdict is the state
        return words
    detail = state.detail.replace(" %", NBSP + "%")
    return f"{words} — {detail}"


def workload_words(summary: CheckInSummary) -> str:
    return f"{summary.workload_word} ({summary.workload} of 5)"


def energy_words(summary: CheckInSummary) -> str:
    if summary.energy is None:
        return "—"
    return f"{summary.energy_word} ({summary.energy} of 5)"


def context_words(summary: CheckInSummary) -> str:
    return ", ".join(summary.context) if summary.context else "—"


def activity_words(activity: NetworkActivity) -> str:
    """ "2 posts, 4 reactions · 50 min": the counts that are not zero; "didn't use it"."""
    if activity.unused:
        return "didn't use it"
    counts = (
        (activity.posts, "post"),
        (activity.comments, "comment"),
        (activity.shares, "share"),
        (activity.reactions, "reaction"),
    )
    parts = [plural(n, word) for n, word in counts if n]
    if activity.minutes:
        parts.append(f"{activity.minutes} min")
    return ", ".join(parts) if parts else "nothing noted"


def activity_totals(summary: CheckInSummary) -> str:
    """ "LinkedIn 10 · Mastodon 7" — actions per network, for a compact column."""
    if not summary.activity:
        return "—"
    return " · ".join(f"{a.name} {'–' if a.unused else a.actions}" for a in summary.activity)
