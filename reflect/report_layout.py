"""A :class:`~reflect.report.Report` laid out once, as blocks: headings, paragraphs, tables,
the charts and the user's own words. ``reflect.report_render`` writes the same blocks as
Markdown or HTML, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reflect import APP_NAME
from reflect.checkins import ENERGY_WORDS, WORKLOAD_WORDS
from reflect.insights import MINIMUMS
from reflect.report import Report

#: The charts a report shows, by the name ``reflect chart`` gives them, and their headings.
CHARTS = {"ebb-flow": "Ebb and flow", "participation": "Participation mix"}


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # h1 h2 h3 p note ul table image said
    text: str = ""
    items: tuple = ()  # ul: sentences; table: (header, *rows); said: (heading, text)
    new_page: bool = False  # on paper, start a page here (keeps a heading with its chart)
    widths: tuple[int, ...] = ()  # a table's column widths in percent


def _number(value: float | None, words: Mapping[int, str]) -> str:
    return "—" if value is None else f"{value:.1f} ({words[round(value)]})"


def _day(day) -> str:
    return f"{day.day} {day:%b %Y}"


def _span(report: Report) -> str:
    first, last = report.weeks[0], report.weeks[-1]
    return f"{first} to {last}, {_day(first.monday())} – {_day(last.sunday())}"


def blocks(report: Report, charts: Sequence[str] = tuple(CHARTS)) -> list[Block]:
    """The report laid out: what both formats write. ``charts`` are the charts to show."""
    out = [Block("h1", f"{APP_NAME} review: {report.period.title()}")]
    made = f"Made on {report.made_on.day} {report.made_on:%B %Y}."
    so_far = " The period is still running: this covers its weeks so far." if report.so_far else ""
    out.append(Block("note", f"{len(report.weeks)} weeks: {_span(report)}. {made}{so_far}"))
    out.append(Block("h2", "At a glance"))
    checked = len(report.checked_in)
    if not checked:
        out.append(
            Block(
                "p",
                "There are no check-ins for these weeks. That is fine — quiet stretches are "
                "part of it. You can still write a check-in for a past week, and a new report "
                "will include it.",
            )
        )
    else:
        glance = [
            f"Check-ins: {checked} of {len(report.weeks)} weeks.",
            f"Average workload {_number(report.workload, WORKLOAD_WORDS)}, average energy "
            f"{_number(report.energy, ENERGY_WORDS)}.",
        ]
        if report.context:
            tags = ", ".join(
                f"{t} ({n} {'week' if n == 1 else 'weeks'})" for t, n in report.context
            )
            glance.append(f"Life context: {tags}.")
        actions = sum(n.actions for n in report.networks)
        glance.append(
            f"{actions} actions in all (posts, comments, shares and reactions) "
            f"on {sum(1 for n in report.networks if n.weeks_used)} networks."
        )
        out.append(Block("ul", items=tuple(glance)))
    if checked and "ebb-flow" in charts:
        out += [Block("h2", CHARTS["ebb-flow"]), Block("image", "ebb-flow")]
        out.append(Block("note", report.flow_summary))
    out += _networks(report)
    if checked and "participation" in charts:
        out.append(Block("h2", CHARTS["participation"], new_page=True))
        out.append(Block("image", "participation"))
        out.append(Block("note", report.roles_summary))
    out += _roles(report)
    out += _goals(report)
    out += _experiments(report)
    out += _insights(report)
    out += _words(report)
    return out


def _networks(report: Report) -> list[Block]:
    shown = [n for n in report.networks if n.weeks_used or n.weeks_unused or n.measured]
    if not shown:
        return []
    header = ("Network", "Posts", "Comments", "Shares", "Reactions", "Minutes", "Weeks used")
    measured = any(n.measured is not None for n in shown)
    if measured:
        header += ("Imported",)
    rows = []
    for n in shown:
        minutes = "—" if n.minutes is None else str(n.minutes)
        row = (n.name, n.posts, n.comments, n.shares, n.reactions, minutes, n.weeks_used)
        if measured:
            row += ("—" if n.measured is None else n.measured,)
        rows.append(tuple(str(c) for c in row))
    widths = (16, *(12,) * (len(header) - 2), 12) if measured else (22, *(13,) * 6)
    out = [Block("h2", "Networks"), Block("table", items=(header, *rows), widths=widths)]
    note = (
        "What your check-ins say, added up over the period. Weeks used: the weeks you "
        "did something there; weeks marked \u201cdidn't use it\u201d are not among them."
    )
    if measured:
        note += " Imported: the actions your networks' own exports counted, kept apart."
    return [*out, Block("note", note)]


def _roles(report: Report) -> list[Block]:
    rows = []
    for n in report.networks:
        if not (n.role_weeks or n.implied):
            continue
        shares = (n.creator, n.commenter, n.reader)
        rows.append(
            (
                n.name,
                n.mostly() or "no shares given",
                *("—" if v is None else f"{v:.0f} %" for v in shares),
                n.implied or "—",
            )
        )
    if not rows:
        return []
    header = ("Network", "Mostly (your shares)", "Creator", "Commenter", "Reader", "Counts imply")
    note = "Your own shares are the mean over the weeks you gave them; the counts imply a role "
    note += "from what you did: posting makes a creator, replying a commenter."
    table = Block("table", items=(header, *rows), widths=(20, 21, 12, 15, 12, 20))
    return [table, Block("note", note)]


def _goals(report: Report) -> list[Block]:
    out = [Block("h2", "Goals")]
    if not report.goals:
        return [*out, Block("p", "No goals ran in these weeks.")]
    header = ("Goal", "Network", "Target", "How it went")
    rows = [(g.title, g.network_name, g.description, g.words()) for g in report.goals]
    out.append(Block("table", items=(header, *rows), widths=(25, 14, 29, 32)))
    out.append(
        Block(
            "note",
            "Paused weeks never count against a goal, and a week not met is information, "
            "not a failure.",
        )
    )
    return out


def _experiments(report: Report) -> list[Block]:
    if not report.experiments:
        return []
    out = [Block("h2", "Experiments")]
    for e in report.experiments:
        out.append(Block("h3", e.title))
        out.append(Block("note", f"{e.network_name} · {e.first} – {e.last} · {e.status}"))
        if e.expectation:
            out.append(Block("said", items=("What you expected", e.expectation)))
        if e.outcome:
            out.append(Block("said", items=("What happened", e.outcome)))
    return out


def _insights(report: Report) -> list[Block]:
    out = [Block("h2", "Insights")]
    if not report.insights and not report.checked_in:
        return [*out, Block("p", "Insights need a few weeks of check-ins to go on.")]
    if not report.insights:
        needs = "; ".join(MINIMUMS)
        return [*out, Block("p", f"Not enough weeks yet to say something with care ({needs}).")]
    return [*out, Block("ul", items=tuple(found.text for found in report.insights))]


def _words(report: Report) -> list[Block]:
    out = [Block("h2", "In your own words")]
    if not report.words:
        return [*out, Block("p", "You wrote no reflections or notes in these weeks.")]
    for week in report.words:
        out.append(Block("h3", week.week.label()))
        out += [Block("said", items=(w.heading, w.text)) for w in week.words]
    return out
