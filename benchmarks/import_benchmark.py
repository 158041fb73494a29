"""How fast and how lean an X import is, against ``json.loads`` on the same tweets.js.

    .venv/bin/python benchmarks/import_benchmark.py [--tweets 100000] [--keep DIR]

Generates an X archive in the real shape (``data/tweets.js`` of about 1 KB a tweet, zipped
as X does), then in fresh processes:

- ``json.loads``: read tweets.js, strip ``window.YTD.tweets.part0 =`` and parse it whole;
- ``reflect import``: the whole import into a new profile — backup, streaming parse, one
  transaction that stores every tweet and its weekly counts.

Each figure is the best of ``--runs`` (time) and the peak resident memory the work added to
the process (``ru_maxrss`` after minus before). The targets (issue 6): the import under 3×
the time of ``json.loads``, and its memory under 3× the size of tweets.js.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "window.YTD.tweets.part0 = "

_LOADS = """
import json, resource, sys, time
path = sys.argv[1]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
with open(path, encoding="utf-8") as handle:
    text = handle.read()
tweets = json.loads(text[text.index("["):])
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_kb": after - before, "items": len(tweets)}))
"""

_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from reflect.db import open_database
from reflect.importers import run_import
from reflect.profile import Profile
profile = Profile(Path(sys.argv[2]))
database = open_database(profile)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
report = run_import("x", sys.argv[1], profile=profile)
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
database.close()
print(json.dumps({"seconds": elapsed, "peak_kb": after - before,
                  "items": int(report.new_items)}))
"""


def tweet(index: int, moment: datetime, rng: random.Random) -> dict:
    ident = str(1_100_000_000_000_000_000 + index)
    roll = rng.random()
    words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 40)))
    body: dict = {
        "edit_info": {
            "initial": {
                "editTweetIds": [ident],
                "editableUntil": (moment + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "editsRemaining": "5",
                "isEditEligible": False,
            }
        },
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(words))],
        "favorite_count": str(rng.randint(0, 50)),
        "id_str": ident,
        "truncated": False,
        "retweet_count": str(rng.randint(0, 9)),
        "id": ident,
        "created_at": moment.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": words,
        "lang": "en",
    }
    if roll < 0.1:
        body["full_text"] = f"RT @someone_{index % 97}: {words}"
    elif roll < 0.3:
        body["in_reply_to_status_id_str"] = str(int(ident) - 7)
        body["in_reply_to_status_id"] = str(int(ident) - 7)
        body["in_reply_to_user_id"] = "12345"
        body["in_reply_to_user_id_str"] = "12345"
        body["in_reply_to_screen_name"] = "someone"
    return {"tweet": body}


_WORDS = [
    "network",
    "purpose",
    "week",
    "quiet",
    "busy",
    "share",
    "learn",
    "post",
    "reply",
    "comment",
    "thanks",
    "idea",
    "build",
    "measure",
    "write",
    "read",
    "listen",
    "habit",
    "workload",
    "community",
    "seed",
    "feed",
    "weed",
    "promote",
    "others",
]


def write_archive(folder: Path, count: int) -> tuple[Path, Path]:
    """``tweets.js`` and the zip holding it as ``data/tweets.js``."""
    rng = random.Random(6)
    start = datetime(2021, 1, 1, tzinfo=UTC)
    span = 5 * 365 * 24 * 3600
    moments = sorted(start + timedelta(seconds=rng.randrange(span)) for _ in range(count))
    tweets_js = folder / "tweets.js"
    with open(tweets_js, "w", encoding="utf-8") as out:
        out.write(PREFIX + "[ ")
        for index, moment in enumerate(reversed(moments)):  # newest first, as X writes them
            if index:
                out.write(", ")
            out.write(json.dumps(tweet(index, moment, rng), indent=2, separators=(",", " : ")))
        out.write(" ]")
    archive = folder / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        bundle.write(tweets_js, "data/tweets.js")
        bundle.writestr("data/like.js", "window.YTD.like.part0 = [ ]")
        bundle.writestr("data/manifest.js", "window.__THAR_CONFIG = {}")
    return tweets_js, archive


def run(code: str, *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="DIR", help="write the archive here and keep it")
    args = parser.parse_args(argv)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="reflect-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    tweets_js, archive = write_archive(folder, args.tweets)
    size = tweets_js.stat().st_size
    print(
        f"tweets.js: {args.tweets:,} tweets, {size / 1e6:.1f} MB "
        f"(zip {archive.stat().st_size / 1e6:.1f} MB)"
    )

    loads = [run(_LOADS, str(tweets_js)) for _ in range(args.runs)]
    imports = []
    for attempt in range(args.runs):
        imports.append(run(_IMPORT, str(archive), str(folder / f"profile-{attempt}")))
        assert imports[-1]["items"] == args.tweets, imports[-1]
    best_loads = min(r["seconds"] for r in loads)
    best_import = min(r["seconds"] for r in imports)
    loads_kb = max(r["peak_kb"] for r in loads)
    import_kb = max(r["peak_kb"] for r in imports)
    print(
        f"json.loads:     {best_loads:6.2f} s   peak memory +{loads_kb / 1024:6.0f} MB "
        f"({loads_kb * 1024 / size:.1f}× the file)"
    )
    print(
        f"reflect import: {best_import:6.2f} s   peak memory +{import_kb / 1024:6.0f} MB "
        f"({import_kb * 1024 / size:.2f}× the file)"
    )
    ratio = best_import / best_loads
    print(
        f"time: {ratio:.2f}× json.loads (target < 3×); "
        f"memory: {import_kb * 1024 / size:.2f}× the file (target < 3×)"
    )
    if not args.keep:
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        folder.rmdir()
    return 0 if ratio < 3 and import_kb * 1024 < 3 * size else 1


if __name__ == "__main__":
    raise SystemExit(main())
