"""Words for what the pages show. Plain language; a kind tone for quiet weeks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from reflect.checkin_types import VERDICTS
from reflect.i18n import Message

if TYPE_CHECKING:  # the services load on the worker, after the window's first paint
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


class _LocalNumber(float):
    """A float that formats ``{x:.1f}`` and ``{x:g}`` the user's way ("3,2" in German)."""

    def __format__(self, spec: str) -> str:
        fixed = re.fullmatch(r"\.(\d+)f", spec)
        if fixed:
            return QLocale().toString(float(self), "f", int(fixed[1]))
        if spec == "g":
            return QLocale().toString(float(self), "g", 6)
        return format(float(self), spec)


def _param(value: object) -> object:
    if isinstance(value, Message):
        return domain(value)
    return _LocalNumber(value) if isinstance(value, float) else value


def domain(text: str) -> str:
    """A sentence from ``reflect`` in the user's language: its template translated, then filled
    in (a Message), or the fixed sentence translated; unknown text stays as it is."""
    if isinstance(text, Message):
        params = {k: _param(v) for k, v in text.params.items()}
        return QCoreApplication.translate(text.context, text.template).format(**params)
    return QCoreApplication.translate("Reflect", text)


def error_words(error: BaseException) -> str:
    """The sentence a ``ReflectError`` carries, in the user's language."""
    first = error.args[0] if error.args else None
    return domain(first) if isinstance(first, str) else str(error)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")


def week_label(text: str) -> str:
    """ "2026-W47 (16–22 Nov)" with the month in the user's language ("16–22 Nov.")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return text
    short = QLocale.FormatType.ShortFormat
    return _MONTH_RE.sub(lambda m: locale.monthName(_MONTHS.index(m[1]) + 1, short), text)


def upper_first(text: str) -> str:
    """ "all activity" → "All activity"; unlike ``str.capitalize``, "diese Woche" keeps its W."""
    return text[:1].upper() + text[1:]


def size_words(size: int) -> str:
    """A file size as people read it: "48 KB", "3.2 MB"."""
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def numerus(translated: str, count: int) -> str:
    """A ``%n thing(s)`` translation; without one (English), "1 thing" or "2 things"."""
    if "(s)" not in translated:
        return translated
    return translated.replace("(s)", "" if count == 1 else "s")


class Plurals(QObject):
    """Counted words in the user's language. A QObject, because lupdate only sees plural forms
    in ``self.tr(text, "", n)``; ``numerus`` gives the English without a translation."""

    def counted(self, word: str, n: int) -> str | None:
        forms = {
            "week": lambda: self.tr("%n week(s)", "", n),
            "post": lambda: self.tr("%n post(s)", "", n),
            "comment": lambda: self.tr("%n comment(s)", "", n),
            "share": lambda: self.tr("%n share(s)", "", n),
            "reaction": lambda: self.tr("%n reaction(s)", "", n),
            "minute": lambda: self.tr("%n minute(s)", "", n),
            "action": lambda: self.tr("%n action(s)", "", n),
            "goal": lambda: self.tr("%n goal(s)", "", n),
            "network": lambda: self.tr("%n network(s)", "", n),
        }
        form = forms.get(word)
        return numerus(form(), n) if form else None

    def weeks_ago(self, n: int) -> str:
        return numerus(self.tr("%n week(s) ago", "", n), n)

    def in_weeks(self, n: int) -> str:
        return numerus(self.tr("in %n week(s)", "", n), n)


def plural(count: int, word: str) -> str:
    counted = Plurals().counted(word, count)
    if counted is not None:
        return counted
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def state_words(state: GoalState) -> str:
    """ "Met — 3 of 2 posts", "Paused", "No data yet"."""
    words = tr(STATE_WORDS.get(state.state, state.state))
    if not state.detail or state.detail in VERDICTS:  # a free goal's verdict is the state
        return words
    detail = domain(state.detail).replace(" %", NBSP + "%")
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
