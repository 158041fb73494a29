"""tweets.js is read as a stream: memory stays a small part of the file, where json.loads
takes several times its size (benchmarks/import_benchmark.py measures a 100 MB archive)."""

from __future__ import annotations

import json
import tracemalloc

from reflect.importers import x
from reflect.importers.base import Archive, Context


def test_reading_tweets_js_takes_a_fraction_of_its_size(tmp_path):
    tweet = {
        "id_str": "",
        "created_at": "Tue Feb 20 09:00:00 +0000 2024",
        "full_text": "w " * 300,
        "entities": {"hashtags": [], "urls": [], "user_mentions": []},
        "lang": "en",
    }
    path = tmp_path / "tweets.js"
    with open(path, "w") as out:
        out.write("window.YTD.tweets.part0 = [")
        out.write(
            ",".join(
                json.dumps({"tweet": {**tweet, "id_str": str(i)}}, indent=2) for i in range(16000)
            )
        )
        out.write("]")
    size = path.stat().st_size
    assert size > 10_000_000
    with Archive.open(path) as archive:
        tracemalloc.start()
        try:
            count = sum(1 for _ in x.read(archive, x.find(archive), Context()))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == 16000
    # The buffer of about a megabyte and one tweet, whatever the size; json.loads needs 4.5×.
    assert peak < 8 << 20 and peak < size / 2, (peak, size)
