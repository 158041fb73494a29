"""The command line's grammar: every command, option and argument of ``reflect``.

``build_parser`` declares them all with argparse, and the small type checks for ``--weeks`` and
``--period`` live beside them; a mistake is a ``UsageError`` (exit status 2) with one line, not
argparse's usage block. It imports nothing heavy, so ``reflect --help`` starts at once; the
commands themselves are run by ``reflect.cli``.
"""

from __future__ import annotations

import argparse

from reflect import APP_NAME, __version__
from reflect.platforms import SOURCES as IMPORT_PLATFORMS

#: The Trends charts ``reflect chart`` draws (``reflect.trends.CHARTS``) and what they count.
CHART_NAMES = ("ebb-flow", "participation", "goals", "workload", "measured")
CHART_METRICS = ("actions", "posts", "comments", "shares", "reactions", "minutes")


class UsageError(Exception):
    """Bad usage: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see 'reflect --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reflect",
        description=f"{APP_NAME}: use your social networks on purpose. With no command, "
        "opens the app.",
        epilog="The profile is chosen by --data-dir, else REFLECT_DATA_DIR, else the "
        "platform's application-data folder.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="the profile folder to use")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a throw-away profile of demo data"
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the system tray, without a window (how the login autostart opens it)",
    )
    # --data-dir is accepted after the command too: `reflect check --data-dir DIR`.
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser(
        "demo-data",
        parents=[common],
        help="fill the profile with the demo data set (only an empty profile)",
    )
    commands.add_parser(
        "check", parents=[common], help="integrity and foreign-key check; exit 0 only when sound"
    )
    backup = commands.add_parser(
        "backup", parents=[common], help="a consistent copy of the database now"
    )
    backup.add_argument("--out", metavar="FILE", help="where to write it (default: backups/)")
    export = commands.add_parser(
        "export", parents=[common], help="everything, as JSON (lossless) or CSV (one file a table)"
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--out", metavar="PATH", required=True, help="a file (json) or folder (csv)"
    )
    restore = commands.add_parser(
        "restore", parents=[common], help="load a JSON export or a backup into an empty profile"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace what the profile holds (backed up first), instead of needing it empty",
    )
    importing = commands.add_parser(
        "import",
        parents=[common],
        help="count your posts, comments, shares and reactions from a network's own export",
        description="Count what you did from a network's export (the zip as downloaded, or "
        "the file taken out of it). The database is backed up first; the import is all or "
        "nothing, and an item already imported is never counted twice.",
    )
    importing.add_argument(
        "platform", metavar="PLATFORM", choices=IMPORT_PLATFORMS, help=", ".join(IMPORT_PLATFORMS)
    )
    importing.add_argument("path", metavar="PATH", help="the export file")
    importing.add_argument(
        "--network",
        metavar="NAME",
        help="the network it belongs to (default: the platform's own network, added when "
        "missing; for activitywatch, every network with host names)",
    )
    chart = commands.add_parser(
        "chart",
        parents=[common],
        help="render one Trends chart to a PNG image",
        description="Draw one chart of the Trends page into a PNG file, without a screen: "
        "for a blog post or a report.",
    )
    chart.add_argument("name", metavar="NAME", choices=CHART_NAMES, help=", ".join(CHART_NAMES))
    chart.add_argument("--out", metavar="FILE.png", required=True, help="the image to write")
    chart.add_argument(
        "--weeks", metavar="N", type=_weeks, default=12, help="the last N weeks (default 12)"
    )
    chart.add_argument("--network", metavar="NAME", help="one network (default: all of them)")
    chart.add_argument(
        "--metric",
        choices=CHART_METRICS,
        default="actions",
        help="what to count (default: actions, that is posts, comments, shares and reactions)",
    )
    report = commands.add_parser(
        "report",
        parents=[common],
        help="a review of a month, a quarter or a year, with charts (PDF, Markdown or HTML)",
        description="Write a review of a period: check-ins, goals and how they went, the "
        "ebb-and-flow and participation charts, your own reflections and the insights. "
        "The format follows the file name: .pdf, .md (the charts beside it) or .html.",
    )
    report.add_argument(
        "--period",
        metavar="PERIOD",
        required=True,
        type=_period,
        help="a quarter like 2026-Q3, a month like 2026-07 or a year like 2026",
    )
    report.add_argument(
        "--out", metavar="FILE", required=True, help="FILE.pdf, FILE.md or FILE.html"
    )
    return parser


def _period(text: str):
    """``--period``: a month, a quarter or a year (``reflect.report_period``)."""
    from reflect.report_period import InvalidPeriod, Period

    try:
        return Period.parse(text)
    except InvalidPeriod as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _weeks(text: str) -> int:
    """``--weeks``: a whole number of weeks, 1 or more."""
    try:
        weeks = int(text)
    except ValueError:
        weeks = 0
    if weeks < 1:
        raise argparse.ArgumentTypeError(f"--weeks takes a number of weeks from 1 up, not {text!r}")
    return weeks
