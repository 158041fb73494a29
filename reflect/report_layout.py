"""A :class:`~reflect.report.Report` laid out once, as blocks: headings, paragraphs, tables,
the charts and the user's own words. ``reflect.report_render`` writes the same blocks as
Markdown or HTML, so the two never disagree.

Every fixed sentence is a :class:`~reflect.i18n.Message` (context ``Report``) handed to
``translate`` as the blocks are made: the UI passes ``ui.text.domain`` for the user's language;
the default, ``english``, keeps the English of the sources (and ``reflect`` free of Qt). The
user's own words never go through it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reflect import APP_NAME
from reflect.checkins import ENERGY_WORDS, WORKLOAD_WORDS
from reflect.goal_overview import ALL_NETWORKS
from reflect.i18n import QT_TRANSLATE_NOOP, Message, joined
from reflect.insights import MINIMUMS
from reflect.report import Report, week_count
from reflect.report_period import MONTHS
from reflect.weeks import IsoWeek

Translate = Callable[[str], str]

#: The charts a report shows, by the name ``reflect chart`` gives them, and their headings.
CHARTS = {
    "ebb-flow": QT_TRANSLATE_NOOP("Report", "Ebb and flow"),
    "participation": QT_TRANSLATE_NOOP("Report", "Participation mix"),
}
#: The document's language code (the ``lang`` of its HTML), translated like its words.
LANGUAGE = QT_TRANSLATE_NOOP("Report", "en")
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Report", "Jan"),
    QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"),
    QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"),
    QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"),
    QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"),
    QT_TRANSLATE_NOOP("Report", "Dec"),
)
ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("Report", "creator"),
    "commenter": QT_TRANSLATE_NOOP("Report", "commenter"),
    "reader": QT_TRANSLATE_NOOP("Report", "reader"),
    "unplugged": QT_TRANSLATE_NOOP("Report", "unplugged"),
}
STATUS_WORDS = {
    "running": QT_TRANSLATE_NOOP("Report", "running"),
    "finished": QT_TRANSLATE_NOOP("Report", "finished"),
    "abandoned": QT_TRANSLATE_NOOP("Report", "abandoned"),
}


def english(text: str) -> str:
    """The sentence as the sources write it: no translation."""
    return str(text)


def _m(template: str, /, **params: object) -> Message:
    return Message(template, "Report", **params)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # h1 h2 h3 p note ul table image said
    text: str = ""
    items: tuple = ()  # ul: sentences; table: (header, *rows); said: (heading, text); image: (alt,)
    new_page: bool = False  # on paper, start a page here (keeps a heading with its chart)
    widths: tuple[int, ...] = ()  # a table's column widths in percent


def _number(value: float | None, words: Mapping[int, str]) -> str | Message:
    if value is None:
        return "—"
    return _m("{value:.1f} ({word})", value=value, word=Message(words[round(value)], "Words"))


def _day(day: date, months: Sequence[str] = SHORT_MONTHS) -> Message:
    month = _m(months[day.month - 1])
    return _m(
        QT_TRANSLATE_NOOP("Report", "{day} {month} {year}"), day=day.day, month=month, year=day.year
    )


def _span(report: Report) -> Message:
    first, last = report.weeks[0], report.weeks[-1]
    return _m(
        QT_TRANSLATE_NOOP("Report", "{first} to {last}, {start} – {end}"),
        first=str(first),
        last=str(last),
        start=_day(first.monday()),
        end=_day(last.sunday()),
    )


def week_label(week: IsoWeek) -> Message:
    """``IsoWeek.label`` translatable: "2026-W47 (16–22 Nov)"."""
    start, end = week.monday(), week.sunday()
    if start.month == end.month:
        return _m(
            QT_TRANSLATE_NOOP("Report", "{week} ({first}–{last} {month})"),
            week=str(week),
            first=start.day,
            last=end.day,
            month=_m(SHORT_MONTHS[end.month - 1]),
        )
    return _m(
        QT_TRANSLATE_NOOP("Report", "{week} ({first} {first_month} – {last} {last_month})"),
        week=str(week),
        first=start.day,
        first_month=_m(SHORT_MONTHS[start.month - 1]),
        last=end.day,
        last_month=_m(SHORT_MONTHS[end.month - 1]),
    )


def title(report: Report, translate: Translate = english) -> str:
    """ "Reflect review: 2026-Q3 (July to September 2026)"."""
    template = QT_TRANSLATE_NOOP("Report", "{app} review: {period}")
    return translate(_m(template, app=APP_NAME, period=report.period.title()))


def language(translate: Translate = english) -> str:
    """The document's language code: "en", or the translation's ("de")."""
    return translate(_m(LANGUAGE))


def _network(name: str) -> str | Message:
    """A network's name as given; "All networks" (the app's words) translatable."""
    return Message(name, "Reflect") if name == ALL_NETWORKS else name


def blocks(
    report: Report, charts: Sequence[str] = tuple(CHARTS), translate: Translate = english
) -> list[Block]:
    """The report laid out: what both formats write. ``charts`` are the charts to show;
    ``translate`` puts a Message into the reader's language."""
    t = translate
    out = [Block("h1", title(report, t))]
    made = _m(QT_TRANSLATE_NOOP("Report", "Made on {day}."), day=_day(report.made_on, MONTHS))
    weeks = week_count(len(report.weeks))
    note = _m(
        QT_TRANSLATE_NOOP("Report", "{weeks}: {span}. {made}"),
        weeks=weeks,
        span=_span(report),
        made=made,
    )
    if report.so_far:
        still = QT_TRANSLATE_NOOP(
            "Report", "The period is still running: this covers its weeks so far."
        )
        note = _m("{note} {still}", note=note, still=_m(still))
    out.append(Block("note", t(note)))
    out.append(Block("h2", t(_m(QT_TRANSLATE_NOOP("Report", "At a glance")))))
    checked = len(report.checked_in)
    if not checked:
        quiet = QT_TRANSLATE_NOOP(
            "Report",
            "There are no check-ins for these weeks. That is fine — quiet stretches are part of "
            "it. You can still write a check-in for a past week, and a new report will include it.",
        )
        out.append(Block("p", t(_m(quiet))))
    else:
        out.append(Block("ul", items=tuple(t(line) for line in _glance(report))))
    if checked and "ebb-flow" in charts:
        heading = t(_m(CHARTS["ebb-flow"]))
        out += [Block("h2", heading), Block("image", "ebb-flow", items=(heading,))]
        out.append(Block("note", t(report.flow_summary)))
    out += _networks(report, t)
    if checked and "participation" in charts:
        heading = t(_m(CHARTS["participation"]))
        out.append(Block("h2", heading, new_page=True))
        out.append(Block("image", "participation", items=(heading,)))
        out.append(Block("note", t(report.roles_summary)))
    out += _roles(report, t)
    out += _goals(report, t)
    out += _experiments(report, t)
    out += _insights(report, t)
    out += _words(report, t)
    return out


def _glance(report: Report) -> list[Message]:
    glance = [
        _m(
            QT_TRANSLATE_NOOP("Report", "Check-ins: {checked} of {weeks} weeks."),
            checked=len(report.checked_in),
            weeks=len(report.weeks),
        ),
        _m(
            QT_TRANSLATE_NOOP("Report", "Average workload {workload}, average energy {energy}."),
            workload=_number(report.workload, WORKLOAD_WORDS),
            energy=_number(report.energy, ENERGY_WORDS),
        ),
    ]
    if report.context:
        tags = joined(
            _m("{tag} ({weeks})", tag=Message(tag, "Words"), weeks=week_count(n))
            for tag, n in report.context
        )
        glance.append(_m(QT_TRANSLATE_NOOP("Report", "Life context: {tags}."), tags=tags))
    glance.append(
        _m(
            QT_TRANSLATE_NOOP(
                "Report",
                "{actions} actions in all (posts, comments, shares and reactions) on {networks} "
                "networks.",
            ),
            actions=sum(n.actions for n in report.networks),
            networks=sum(1 for n in report.networks if n.weeks_used),
        )
    )
    return glance


def _header(t: Translate, *words: str) -> tuple[str, ...]:
    return tuple(t(_m(w)) for w in words)


def _networks(report: Report, t: Translate) -> list[Block]:
    shown = [n for n in report.networks if n.weeks_used or n.weeks_unused or n.measured]
    if not shown:
        return []
    header = _header(
        t,
        QT_TRANSLATE_NOOP("Report", "Network"),
        QT_TRANSLATE_NOOP("Report", "Posts"),
        QT_TRANSLATE_NOOP("Report", "Comments"),
        QT_TRANSLATE_NOOP("Report", "Shares"),
        QT_TRANSLATE_NOOP("Report", "Reactions"),
        QT_TRANSLATE_NOOP("Report", "Minutes"),
        QT_TRANSLATE_NOOP("Report", "Weeks used"),
    )
    measured = any(n.measured is not None for n in shown)
    if measured:
        header += _header(t, QT_TRANSLATE_NOOP("Report", "Imported"))
    rows = []
    for n in shown:
        minutes = "—" if n.minutes is None else str(n.minutes)
        row = (n.name, n.posts, n.comments, n.shares, n.reactions, minutes, n.weeks_used)
        if measured:
            row += ("—" if n.measured is None else n.measured,)
        rows.append(tuple(str(c) for c in row))
    widths = (16, *(12,) * (len(header) - 2), 12) if measured else (22, *(13,) * 6)
    heading = t(_m(QT_TRANSLATE_NOOP("Report", "Networks")))
    out = [Block("h2", heading), Block("table", items=(header, *rows), widths=widths)]
    note = QT_TRANSLATE_NOOP(
        "Report",
        "What your check-ins say, added up over the period. Weeks used: the weeks you did "
        "something there; weeks marked \u201cdidn't use it\u201d are not among them.",
    )
    if measured:
        note = QT_TRANSLATE_NOOP(
            "Report",
            "What your check-ins say, added up over the period. Weeks used: the weeks you did "
            "something there; weeks marked \u201cdidn't use it\u201d are not among them. "
            "Imported: the actions your networks' own exports counted, kept apart.",
        )
    return [*out, Block("note", t(_m(note)))]


def _roles(report: Report, t: Translate) -> list[Block]:
    rows = []
    for n in report.networks:
        if not (n.role_weeks or n.implied):
            continue
        shares = (n.creator, n.commenter, n.reader)
        mostly = n.mostly()
        rows.append(
            (
                n.name,
                t(
                    _m(
                        ROLE_WORDS[mostly]
                        if mostly
                        else QT_TRANSLATE_NOOP("Report", "no shares given")
                    )
                ),
                *("—" if v is None else t(_m("{share:.0f} %", share=float(v))) for v in shares),
                t(_m(ROLE_WORDS.get(n.implied, n.implied))) if n.implied else "—",
            )
        )
    if not rows:
        return []
    header = _header(
        t,
        QT_TRANSLATE_NOOP("Report", "Network"),
        QT_TRANSLATE_NOOP("Report", "Mostly (your shares)"),
        QT_TRANSLATE_NOOP("Report", "Creator"),
        QT_TRANSLATE_NOOP("Report", "Commenter"),
        QT_TRANSLATE_NOOP("Report", "Reader"),
        QT_TRANSLATE_NOOP("Report", "Counts imply"),
    )
    note = QT_TRANSLATE_NOOP(
        "Report",
        "Your own shares are the mean over the weeks you gave them; the counts imply a role "
        "from what you did: posting makes a creator, replying a commenter.",
    )
    table = Block("table", items=(header, *rows), widths=(20, 21, 12, 15, 12, 20))
    return [table, Block("note", t(_m(note)))]


def _goals(report: Report, t: Translate) -> list[Block]:
    out = [Block("h2", t(_m(QT_TRANSLATE_NOOP("Report", "Goals"))))]
    if not report.goals:
        return [
            *out,
            Block("p", t(_m(QT_TRANSLATE_NOOP("Report", "No goals ran in these weeks.")))),
        ]
    header = _header(
        t,
        QT_TRANSLATE_NOOP("Report", "Goal"),
        QT_TRANSLATE_NOOP("Report", "Network"),
        QT_TRANSLATE_NOOP("Report", "Target"),
        QT_TRANSLATE_NOOP("Report", "How it went"),
    )
    rows = [
        (g.title, t(_network(g.network_name)), t(g.description), t(g.words())) for g in report.goals
    ]
    out.append(Block("table", items=(header, *rows), widths=(25, 14, 29, 32)))
    note = QT_TRANSLATE_NOOP(
        "Report",
        "Paused weeks never count against a goal, and a week not met is information, "
        "not a failure.",
    )
    out.append(Block("note", t(_m(note))))
    return out


def _experiments(report: Report, t: Translate) -> list[Block]:
    if not report.experiments:
        return []
    out = [Block("h2", t(_m(QT_TRANSLATE_NOOP("Report", "Experiments"))))]
    for e in report.experiments:
        out.append(Block("h3", e.title))
        status = _m(STATUS_WORDS.get(e.status, e.status))
        line = _m(
            "{network} · {first} – {last} · {status}",
            network=_network(e.network_name),
            first=str(e.first),
            last=str(e.last),
            status=status,
        )
        out.append(Block("note", t(line)))
        if e.expectation:
            heading = t(_m(QT_TRANSLATE_NOOP("Report", "What you expected")))
            out.append(Block("said", items=(heading, e.expectation)))
        if e.outcome:
            heading = t(_m(QT_TRANSLATE_NOOP("Report", "What happened")))
            out.append(Block("said", items=(heading, e.outcome)))
    return out


def _insights(report: Report, t: Translate) -> list[Block]:
    out = [Block("h2", t(_m(QT_TRANSLATE_NOOP("Report", "Insights"))))]
    if not report.insights and not report.checked_in:
        text = QT_TRANSLATE_NOOP("Report", "Insights need a few weeks of check-ins to go on.")
        return [*out, Block("p", t(_m(text)))]
    if not report.insights:
        text = QT_TRANSLATE_NOOP(
            "Report", "Not enough weeks yet to say something with care ({needs})."
        )
        return [*out, Block("p", t(_m(text, needs=joined(MINIMUMS, "; "))))]
    return [*out, Block("ul", items=tuple(t(found.text) for found in report.insights))]


def _words(report: Report, t: Translate) -> list[Block]:
    out = [Block("h2", t(_m(QT_TRANSLATE_NOOP("Report", "In your own words"))))]
    if not report.words:
        text = QT_TRANSLATE_NOOP("Report", "You wrote no reflections or notes in these weeks.")
        return [*out, Block("p", t(_m(text)))]
    for week in report.words:
        out.append(Block("h3", t(week_label(week.week))))
        out += [Block("said", items=(t(w.heading), w.text)) for w in week.words]
    return out
