"""The command line. ``reflect`` alone starts the GUI; sub-commands work without a screen.

Exit status: 0 on success, 2 for bad usage, 1 for any other error — always with one clear
line on stderr and no traceback (set REFLECT_DEBUG=1 to see one). The commands and their
options are declared in ``reflect.cli_parser``; this module runs them, each loading the storage
layer (or Qt) only when it is called, so that ``reflect --help`` starts at once.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from reflect.cli_parser import UsageError, build_parser
from reflect.errors import ReflectError, disk_problem

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file Reflect writes is private to the user
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(f"reflect: {error}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version
        return int(done.code or 0)
    try:
        return _dispatch(args)
    except ReflectError as error:
        print(f"reflect: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reflect: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except UsageError as error:
        print(f"reflect: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # the promise is one line, no traceback
        if os.environ.get("REFLECT_DEBUG"):
            raise
        problem = disk_problem(error)  # a full or read-only disk says so in words
        if problem is not None:
            print(f"reflect: {problem}", file=sys.stderr)
            return EXIT_ERROR
        print(f"reflect: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_ERROR


def _dispatch(args: argparse.Namespace) -> int:
    from reflect.profile import Profile, resolve_data_dir

    if args.demo:
        if args.command:
            raise UsageError("--demo opens the app; it takes no command")
        return _run_demo()
    profile = Profile(resolve_data_dir(args.data_dir))
    handler: Callable[[Profile, argparse.Namespace], int] = {
        None: _run_gui,
        "demo-data": _demo_data,
        "check": _check,
        "backup": _backup,
        "export": _export,
        "restore": _restore,
        "import": _import,
        "chart": _chart,
        "report": _report,
    }[args.command]
    return handler(profile, args)


def _gui() -> Callable[..., int]:
    """The GUI, loaded only when wanted: the domain layer never imports Qt at module level."""
    if _no_screen():
        raise ReflectError(
            "there is no screen to open the app on (DISPLAY is not set); the commands "
            "work without one, see 'reflect --help'"
        )
    return importlib.import_module("ui.app").run_gui


def _no_screen() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a page of text: say it in a line."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_gui(profile, args) -> int:
    """The database opens (and its check of every page runs) on the app's worker once the
    window has painted (``ui.app.run_gui``), not here, where it would delay the window."""
    minimized = bool(getattr(args, "minimized", False))
    return _gui()(profile.directory, minimized=minimized)


def _run_demo() -> int:
    from reflect.profile import Profile

    directory = Path(tempfile.mkdtemp(prefix="reflect-demo-"))
    try:
        profile = Profile(directory / "profile")
        _fill_demo(profile)
        return _gui()(profile.directory, demo=True)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _fill_demo(profile):
    from reflect import demo
    from reflect.db import open_database
    from reflect.profile import ProfileLock

    with ProfileLock(profile):
        db = open_database(profile)
        try:
            return demo.fill_demo_data()
        finally:
            db.close()


def _demo_data(profile, _args) -> int:
    summary = _fill_demo(profile)
    print(
        f"Filled {profile.directory} with demo data: {summary.networks} networks, "
        f"{summary.checkins} check-ins from {summary.first_week} to {summary.last_week}, "
        f"{summary.goals} goals."
    )
    return EXIT_OK


def _check(profile, _args) -> int:
    from reflect.db import check_database

    path = profile.database_path
    if not path.exists():
        print(f"reflect: there is no database at {path}", file=sys.stderr)
        return EXIT_ERROR
    problems = check_database(path)
    if problems:
        print(f"{path}: {len(problems)} problem(s) found:")
        for problem in problems:
            print(f"  {problem}")
        return EXIT_ERROR
    print(f"{path}: sound (integrity and foreign keys checked).")
    return EXIT_OK


def _backup(profile, args) -> int:
    from reflect import backups
    from reflect.db import backup_database, read_schema_version

    path = profile.database_path
    if not path.exists():
        print(f"reflect: there is no database at {path}", file=sys.stderr)
        return EXIT_ERROR
    read_schema_version(path)  # refuses a file that is not a database, with a clear message
    if args.out:
        target = backup_database(path, Path(args.out).expanduser().absolute())
    else:
        target = backups.back_up(path, profile).path
    print(f"Backed up to {target}")
    return EXIT_OK


def _export(profile, args) -> int:
    from reflect import export
    from reflect.db import open_database

    if not profile.database_path.exists():
        print(f"reflect: there is no database at {profile.database_path}", file=sys.stderr)
        return EXIT_ERROR
    out = Path(args.out).expanduser().absolute()
    db = open_database(profile)
    try:
        if args.format == "json":
            export.write_json(out)
            print(f"Exported everything to {out}")
        else:
            written = export.export_csv(out)
            print(f"Exported {len(written)} tables as CSV files to {out}")
    finally:
        db.close()
    return EXIT_OK


def _restore(profile, args) -> int:
    from reflect import backups, restore
    from reflect.db import open_database
    from reflect.profile import ProfileLock

    with ProfileLock(profile):
        db = open_database(profile)
        try:
            if args.replace:
                summary = restore.replace_from_file(db, profile, Path(args.file).expanduser())
            else:
                backups.back_up(db, profile, "before-restore")
                summary = restore.restore_file(Path(args.file).expanduser())
        finally:
            db.close()
    print(
        f"Restored {summary.networks} networks, {summary.checkins} check-ins and "
        f"{summary.goals} goals into {profile.directory}."
    )
    return EXIT_OK


def _import(profile, args) -> int:
    from reflect.db import open_database
    from reflect.importers import check_input, network_named, run_import
    from reflect.profile import ProfileLock

    path = Path(args.path).expanduser().absolute()
    check_input(args.platform, path)  # a bad file is refused before the database is opened
    with ProfileLock(profile):
        db = open_database(profile)
        try:
            network_id = network_named(args.network).id if args.network else None
            report = run_import(args.platform, path, network_id, profile=profile)
        finally:
            db.close()
    print("\n".join(report.lines()))
    return EXIT_OK


def _chart(profile, args) -> int:
    """Render a chart offscreen with the same widget the Trends page shows, loaded lazily
    like the GUI: this module never imports Qt itself."""
    from reflect.db import open_database

    if not profile.database_path.exists():
        print(f"reflect: there is no database at {profile.database_path}", file=sys.stderr)
        return EXIT_ERROR
    out = Path(args.out).expanduser().absolute()
    if out.suffix.lower() != ".png":
        raise UsageError("charts are written as PNG: give --out a file name ending in .png")
    if not out.parent.is_dir():
        raise ReflectError(f"there is no folder {out.parent} to write the chart into")
    if "PySide6.QtGui" not in sys.modules:  # no screen needed, whatever DISPLAY says
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    render = importlib.import_module("ui.charts.chart_render").render_chart
    db = open_database(profile)
    try:
        done = render(args.name, out, args.weeks, args.network, args.metric)
    finally:
        db.close()
    print(f"Wrote {done.title} to {out}")
    print(done.summary)
    return EXIT_OK


def _report(profile, args) -> int:
    """Collect the period's review, then draw its charts and (for a PDF) lay it out with
    Qt offscreen, loaded lazily like ``chart``."""
    from reflect.db import open_database
    from reflect.report import collect_report
    from reflect.report_render import format_for, write_files

    if not profile.database_path.exists():
        print(f"reflect: there is no database at {profile.database_path}", file=sys.stderr)
        return EXIT_ERROR
    out = Path(args.out).expanduser().absolute()
    if format_for(out) is None:
        raise UsageError(
            "reports are written as PDF, Markdown or HTML: give --out a file name ending "
            "in .pdf, .md or .html"
        )
    if not out.parent.is_dir():
        raise ReflectError(f"there is no folder {out.parent} to write the report into")
    db = open_database(profile)
    try:
        report = collect_report(args.period)
    finally:
        db.close()
    if "PySide6.QtGui" not in sys.modules:  # no screen needed, whatever DISPLAY says
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    writer = importlib.import_module("ui.report.report_writer")
    with writer.profile_language(profile):  # the words in the app's language
        charts = writer.chart_pngs(report)
        files = writer.report_files(report, charts, out)
    written = write_files(files)
    print(f"Wrote the review of {report.period.title()} to {written[0]}")
    print(report.summary())
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
