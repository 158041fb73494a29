"""Reflect's benchmarks: one command, one table of figures against their floors.

    .venv/bin/python -m benchmarks            # the full table (several minutes)
    .venv/bin/python -m benchmarks --quick    # the large profile only, fewer runs

It generates, in a temporary folder thrown away afterwards (``--keep DIR`` keeps it), a large
profile (20 years × 12 networks of weekly check-ins, 200 goals, 500,000 imported items) and a
100,000-tweet X archive, then measures each figure ``--runs`` times (median) together with its
floor, measured in the same run, so a busy machine slows both alike. Then the same figures at
1, 5 and 20 years of data (imported items and tweets scaled alike), to see how cost grows.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    median: float  # in ``unit``
    floor: float | None
    floor_name: str
    unit: str  # "s", "ms", "MB", "B"
    target: float | None = None
    by_ratio: bool = False  # the target is a ratio to the floor, not an amount

    @property
    def ratio(self) -> float | None:
        return self.median / self.floor if self.floor else None

    def verdict(self) -> str:
        if self.target is None:
            return "report"
        value = self.ratio if self.by_ratio else self.median
        return "pass" if value is not None and value <= self.target else "MISS"

    def target_words(self) -> str:
        if self.target is None:
            return "—"
        return f"≤ {self.target:g}×" if self.by_ratio else f"≤ {self.target:g} {self.unit}"


@dataclass(frozen=True, slots=True)
class Scale:
    years: int
    networks: int
    goals: int
    items: int
    tweets: int

    def scaled(self, years: int) -> Scale:
        """The same profile with ``years`` of data: items and tweets in proportion."""
        part = years / self.years
        return Scale(
            years,
            self.networks,
            self.goals,
            round(self.items * part),
            max(1, round(self.tweets * part)),
        )

    def words(self) -> str:
        return (
            f"{self.years} years × {self.networks} networks of weekly check-ins, "
            f"{self.goals} goals, {self.items:,} imported items; {self.tweets:,}-tweet archive"
        )


def _amount(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value / 1e6:.1f} MB"
    if unit == "B":
        return f"{value:,.0f} B"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} ms"


def _fmt(value: float | None, unit: str) -> str:
    return "—" if value is None else _amount(value, unit)


# -- measuring -------------------------------------------------------------------------------


def build(folder: Path, scale: Scale) -> Path:
    from benchmarks.trends_benchmark import build_profile

    directory = folder / f"profile-{scale.years}y"
    if not (directory / "reflect.sqlite3").exists():
        code = (
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "from pathlib import Path;"
            "from benchmarks.trends_benchmark import build_profile;"
            "b = build_profile(Path(sys.argv[2]), *map(int, sys.argv[3:]));"
            "b['database'].execute_sql('PRAGMA wal_checkpoint(TRUNCATE)');"
            "b['database'].close()"
        )
        args = [
            str(ROOT),
            str(directory),
            str(scale.years),
            str(scale.networks),
            str(scale.items),
            str(scale.goals),
        ]
        subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, check=True)
    del build_profile  # imported only to fail early when it is missing
    return directory


def startup_figure(profile: Path, runs: int) -> Figure:
    """Compiled as ``pip install`` leaves an installed app (PySide6's own modules are): with
    ``PYTHONDONTWRITEBYTECODE`` set, as on some machines, every start would otherwise compile
    Reflect's modules from source, a cost no installed copy pays."""
    import compileall

    from benchmarks.startup import time_to_paint

    for package in ("reflect", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    time_to_paint("app", profile)  # warms the file cache and makes the day's backup
    apps, bares = [], []
    for _ in range(runs):  # interleaved, so both see the same load on the machine
        bares.append(time_to_paint("bare"))
        apps.append(time_to_paint("app", profile))
    return Figure(
        "cold start to main window painted",
        statistics.median(apps),
        statistics.median(bares),
        "bare PySide6 window",
        "s",
        2.0,
        by_ratio=True,
    )


def app_figures(profile: Path, runs: int) -> list[Figure]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.app_figures", str(profile), "--runs", str(runs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"benchmarks.app_figures failed:\n{result.stderr[-3000:]}")
    got = json.loads(result.stdout.strip().splitlines()[-1])
    database = profile / "reflect.sqlite3"
    size = sum(p.stat().st_size for p in database.parent.glob("reflect.sqlite3*"))
    checkins = _count(database, "check_in")
    return [
        Figure(
            "check-in dialog open and ready",
            got["checkin_open"]["median"],
            got["checkin_open"]["floor"],
            "empty QDialog shown",
            "ms",
            100,
        ),
        Figure(
            "saving a check-in, dialog to committed",
            got["checkin_save"]["median"],
            got["checkin_save"]["floor"],
            "1-row SQLite commit",
            "ms",
            50,
        ),
        Figure(
            "Trends: change of period/filter (slowest)",
            got["trends_change"]["median"],
            got["trends_change"]["floor"],
            "page repaint",
            "ms",
            100,
        ),
        Figure(
            "export to JSON",
            got["export"]["median"],
            got["export"]["floor"],
            "json.dumps of it",
            "ms",
            3.0,
            by_ratio=True,
        ),
        Figure(
            "database size, bytes per check-in",
            size / checkins,
            got["export"]["bytes"] / checkins,
            "JSON export per check-in",
            "B",
        ),
    ]


def _count(database: Path, table: str) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


def import_figures(folder: Path, tweets: int, runs: int) -> list[Figure]:
    from benchmarks.import_benchmark import _IMPORT, _LOADS, run, write_archive

    archive_dir = folder / f"archive-{tweets}"
    archive_dir.mkdir(parents=True, exist_ok=True)
    tweets_js, archive = write_archive(archive_dir, tweets)
    size = tweets_js.stat().st_size
    loads, imports = [], []
    for attempt in range(runs):
        loads.append(run(_LOADS, str(tweets_js)))
        target = archive_dir / f"profile-{attempt}"
        imports.append(run(_IMPORT, str(archive), str(target)))
        shutil.rmtree(target, ignore_errors=True)
    peak = max(r["peak_kb"] for r in imports) * 1024
    return [
        Figure(
            "import the X archive",
            statistics.median(r["seconds"] for r in imports),
            statistics.median(r["seconds"] for r in loads),
            "json.loads of tweets.js",
            "s",
            3.0,
            by_ratio=True,
        ),
        Figure("import peak memory", peak, size, "size of tweets.js", "MB", 3.0, by_ratio=True),
    ]


def search_figures(folder: Path, scale: Scale, runs: int) -> list[Figure]:
    """Search over ``scale.years`` years of check-ins with words in them (the large profile's
    check-ins have none): ``benchmarks/search_benchmark.py`` fills its own profile, in a
    process of its own; the slowest kind of query against the index alone."""
    target = folder / f"search-{scale.years}y"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, json; sys.path.insert(0, sys.argv[1]);"
            "from benchmarks.search_benchmark import run;"
            "print(json.dumps(run(sys.argv[2], *map(int, sys.argv[3:]))))",
            str(ROOT),
            str(target),
            str(scale.years),
            str(scale.networks),
            str(runs),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(target, ignore_errors=True)
    if result.returncode != 0:
        raise RuntimeError(f"benchmarks.search_benchmark failed:\n{result.stderr[-3000:]}")
    got = json.loads(result.stdout.strip().splitlines()[-1])
    return [
        Figure(
            "search, slowest kind of query",
            got["slowest_median_ms"],
            got["slowest_floor_ms"],
            f"FTS5 match alone ({got['slowest']})",
            "ms",
            50,
        )
    ]


def measure(folder: Path, scale: Scale, runs: int, *, with_import: bool = True) -> list[Figure]:
    started = time.perf_counter()
    profile = build(folder, scale)
    print(
        f"  {scale.years} years: profile built ({time.perf_counter() - started:.0f} s); measuring…",
        file=sys.stderr,
        flush=True,
    )
    figures = [startup_figure(profile, runs), *app_figures(profile, runs)]
    figures += search_figures(folder, scale, runs)
    if with_import:
        figures += import_figures(folder, scale.tweets, runs)
    return figures


# -- printing --------------------------------------------------------------------------------


def table(figures: list[Figure]) -> str:
    head = ("figure", "median", "floor", "ratio", "target", "result", "floor is")
    rows = [
        (
            f.name,
            _amount(f.median, f.unit),
            _fmt(f.floor, f.unit),
            "—" if f.ratio is None else f"{f.ratio:.2f}×",
            f.target_words(),
            f.verdict(),
            f.floor_name,
        )
        for f in figures
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i in (0, 6) else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [head, *rows]
    ]
    lines = [line.rstrip() for line in lines]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def growth_table(by_years: dict[int, list[Figure]]) -> str:
    years = sorted(by_years)
    first, last = years[0], years[-1]
    head = ["figure", *(f"{y} y" for y in years), f"{last}y/{first}y", "ratio to floor"]
    rows = []
    for index, figure in enumerate(by_years[last]):
        values = [by_years[y][index] for y in years]
        if values[0].name != figure.name:
            continue
        grew = figure.median / values[0].median if values[0].median else float("nan")
        ratios = " → ".join("—" if v.ratio is None else f"{v.ratio:.1f}×" for v in values)
        rows.append(
            [figure.name, *(_amount(v.median, v.unit) for v in values), f"{grew:.1f}×", ratios]
        )
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i in (0, len(head) - 1) else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [head, *rows]
    ]
    lines = [line.rstrip() for line in lines]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="the large profile only, 5 runs, no growth table"
    )
    parser.add_argument("--runs", type=int, help="runs per figure (default 7; --quick 5)")
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--networks", type=int, default=12)
    parser.add_argument("--goals", type=int, default=200)
    parser.add_argument("--items", type=int, default=500_000)
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument(
        "--growth",
        default="1,5",
        help="smaller profiles, in years, for the growth table ('' for none)",
    )
    parser.add_argument("--keep", metavar="DIR", help="build here and keep (or reuse) it")
    args = parser.parse_args(argv)
    runs = args.runs or (5 if args.quick else 7)
    scale = Scale(args.years, args.networks, args.goals, args.items, args.tweets)
    growth = [] if args.quick or not args.growth else [int(y) for y in args.growth.split(",")]
    folder = Path(args.keep or tempfile.mkdtemp(prefix="reflect-benchmarks-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        print(f"Reflect benchmarks: {scale.words()}; median of {runs} runs", flush=True)
        figures = measure(folder, scale, runs)
        by_years = {scale.years: figures}
        for years in growth:
            by_years[years] = measure(folder, scale.scaled(years), runs)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print(table(figures))
    if len(by_years) > 1:
        print()
        print("How cost grows with the data (imported items and tweets scaled with the years):")
        print(growth_table(by_years))
    print()
    print(
        "Ratios are against floors measured in the same run, so they hold on a busy machine;"
        f" the amounts in ms vary with its load. ({time.perf_counter() - started:.0f} s)"
    )
    return 0 if all(f.verdict() != "MISS" for f in figures) else 1
