"""A process killed in the middle of an import leaves no trace (FACTS.md item 10)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from reflect.db import check_database

ROOT = Path(__file__).resolve().parents[3]

# Imports, and once a third of the file is read — inside the transaction, with thousands of
# rows written — says so and waits to be killed.
_IMPORTER = """
import sys
from pathlib import Path
from reflect.db import open_database
from reflect.importers import run_import
from reflect.profile import Profile

profile = Profile(Path(sys.argv[1]))
open_database(profile)
said = False

def progress(done, total):
    global said
    if not said and done * 3 > total:
        said = True
        print("inside", flush=True)
        sys.stdin.readline()  # killed here

run_import("x", sys.argv[2], profile=profile, progress=progress)
print("finished", flush=True)
"""


def test_sigkill_during_an_import_leaves_no_trace(tmp_path):
    items = [
        {
            "tweet": {
                "id_str": str(10**17 + i),
                "created_at": "Tue Feb 20 09:00:00 +0000 2024",
                "full_text": "x" * 200,
            }
        }
        for i in range(30_000)
    ]
    tweets = tmp_path / "tweets.js"
    tweets.write_text("window.YTD.tweets.part0 = " + json.dumps(items))
    profile = tmp_path / "p"
    child = subprocess.Popen(
        [sys.executable, "-c", _IMPORTER, str(profile), str(tweets)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "inside"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    child.stdin.close()

    database = profile / "reflect.sqlite3"
    assert check_database(database) == []
    connection = sqlite3.connect(database)
    try:
        for table in ("imported_item", "activity", "network"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    finally:
        connection.close()
    made = [p.name for p in (profile / "backups").iterdir()]
    assert len(made) == 1 and made[0].endswith("-before-import.sqlite3")
