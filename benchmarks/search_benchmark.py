"""How fast a search over 20 years of check-ins answers (issue 9: under 50 ms).

    .venv/bin/python benchmarks/search_benchmark.py [--years 20] [--networks 12] [--runs 7]
                                                   [--keep DIR]

Fills a temporary profile with a check-in for every week of ``--years`` years, one entry
with a note on each of ``--networks`` networks and three reflection answers a week (text
drawn from a fixed vocabulary, so every run is the same), then times ``reflect.search``
through the real index: several kinds of query, each run ``--runs`` times (at least 5),
the median printed in milliseconds. ``run(profile_dir)`` does the same from another script
and returns the figures as a dict.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_MS = 50.0
WORDS = [
    "garden",
    "thread",
    "conference",
    "migration",
    "release",
    "draft",
    "reply",
    "question",
    "answer",
    "colleague",
    "launch",
    "podcast",
    "newsletter",
    "photo",
    "review",
    "feedback",
    "community",
    "meetup",
    "talk",
    "slides",
    "demo",
    "bug",
    "fix",
    "idea",
    "debate",
    "policy",
    "privacy",
    "family",
    "holiday",
    "travel",
    "deadline",
    "coffee",
    "morning",
    "evening",
    "weekend",
    "article",
    "essay",
    "video",
    "comment",
    "share",
    "repost",
    "follow",
    "mute",
    "block",
    "learn",
    "teach",
    "mentor",
    "hiring",
    "team",
    "project",
    "roadmap",
    "customer",
    "support",
    "outage",
    "security",
    "design",
]
FILLER = [
    "the",
    "a",
    "and",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "about",
    "was",
    "is",
    "it",
    "I",
    "my",
    "we",
    "our",
    "they",
    "some",
    "more",
]
QUERIES = (
    ("one common word", {"text": "garden"}),
    ("two words", {"text": "conference slides"}),
    ("a prefix", {"text": "migr"}),
    ("a rare word", {"text": "zeppelin"}),
    ("with filters", {"text": "feedback", "workload": (4, 5), "context": "deadline"}),
    ("symbols", {"text": '"NEAR(garden AND -review:*'}),
)


def _sentence(rng: random.Random, length: int) -> str:
    words = [rng.choice(WORDS if rng.random() < 0.45 else FILLER) for _ in range(length)]
    if rng.random() < 0.0005:
        words.append("zeppelin")
    return " ".join(words).capitalize() + "."


def fill(years: int, networks: int, seed: int = 9) -> int:
    """Write the check-ins into the open profile; returns how many texts were written."""
    from reflect import checkins, models
    from reflect import networks as network_service
    from reflect.checkins import Answer, CheckIn, Entry, Roles
    from reflect.weeks import IsoWeek, week_range

    rng = random.Random(seed)
    with models.database.atomic():
        made = [
            network_service.save_network(
                network_service.NetworkDraft(
                    f"Network {n + 1}", "public", "mixed", colour=f"#{n * 20:02x}6699"
                )
            )
            for n in range(networks)
        ]
    last = IsoWeek.current() - 1
    weeks = week_range(last - (years * 52 - 1), last)
    texts = 0
    with models.database.atomic():
        for week in weeks:
            entries = tuple(
                Entry(
                    n.id,
                    posts=rng.randint(0, 3),
                    comments=rng.randint(0, 8),
                    roles=Roles(30, 40, 30),
                    note=_sentence(rng, rng.randint(8, 30)),
                )
                for n in made
            )
            answers = tuple(
                Answer(f"Prompt {k}", " ".join(_sentence(rng, 12) for _ in range(3)))
                for k in range(3)
            )
            context = ("deadline",) if rng.random() < 0.2 else ()
            checkins.record_checkin(
                CheckIn(week, rng.randint(1, 5), context=context, entries=entries, answers=answers)
            )
            texts += len(entries) + len(answers)
    return texts


def run(profile_dir: Path | str, years: int = 20, networks: int = 12, runs: int = 7) -> dict:
    """Fill a new profile in ``profile_dir`` and time the searches; figures in ms."""
    from reflect import models
    from reflect.db import open_database
    from reflect.profile import Profile
    from reflect.search import SearchQuery, search

    runs = max(runs, 5)
    database = open_database(Profile(Path(profile_dir)))
    try:
        start = time.perf_counter()
        texts = fill(years, networks)
        fill_seconds = time.perf_counter() - start
        figures: dict[str, object] = {
            "years": years,
            "networks": networks,
            "texts": texts,
            "fill_seconds": round(fill_seconds, 1),
            "runs": runs,
            "target_ms": TARGET_MS,
        }
        medians = {}
        for name, fields in QUERIES:
            query = SearchQuery(**fields)
            search(query)  # warm the page cache once
            times, hits = [], 0
            for _ in range(runs):
                begin = time.perf_counter()
                hits = len(search(query))
                times.append((time.perf_counter() - begin) * 1000)
            medians[name] = {
                "median_ms": round(statistics.median(times), 2),
                "floor_ms": round(_floor_ms(database, query.text, query.limit, runs), 2),
                "hits": hits,
            }
        figures["queries"] = medians
        slowest = max(medians, key=lambda name: medians[name]["median_ms"])
        figures["slowest"] = slowest
        figures["slowest_median_ms"] = medians[slowest]["median_ms"]
        figures["slowest_floor_ms"] = medians[slowest]["floor_ms"]
        figures["under_target"] = figures["slowest_median_ms"] < TARGET_MS
        return figures
    finally:
        database.close()
        models.database.initialize(None)


def _floor_ms(database, text: str, limit: int, runs: int) -> float:
    """The index alone: the same words matched in SQLite's FTS5 table and ranked, with no
    filters, snippets or loading of what the hits point at."""
    from reflect.search import match_expression

    expression = match_expression(text)
    if not expression:
        return 0.0
    sql = "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?"
    connection = database.connection()
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        connection.execute(sql, (expression, limit)).fetchall()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--networks", type=int, default=12)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="fill this profile folder and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        target = args.keep or Path(folder) / "profile"
        figures = run(target, args.years, args.networks, args.runs)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"{figures['texts']} texts over {figures['years']} years × {figures['networks']} "
        f"networks (filled in {figures['fill_seconds']} s); median of {figures['runs']} runs:"
    )
    for name, result in figures["queries"].items():
        print(f"  {name:<16} {result['median_ms']:7.2f} ms  ({result['hits']} hits)")
    verdict = "under" if figures["under_target"] else "OVER"
    print(f"slowest median {figures['slowest_median_ms']:.2f} ms: {verdict} {TARGET_MS:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
