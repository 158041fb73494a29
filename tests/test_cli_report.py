"""``reflect report --period P --out FILE``: a real process without a screen, real exit codes,
on the demo data."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import unicodedata

import pytest

from reflect import models
from reflect.db import open_database
from reflect.profile import Profile
from reflect.report_period import last_complete
from reflect.weeks import IsoWeek
from tests.test_cli_chart import reflect

#: The demo data ends with the current week, so the last complete quarter is full of it.
QUARTER = last_complete("quarter", IsoWeek.current())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    profile = tmp_path_factory.mktemp("report") / "profile"
    filled = reflect("demo-data", data_dir=profile)
    assert filled.returncode == 0, filled.stderr
    return profile


def test_a_quarter_as_pdf(demo, tmp_path):
    out = tmp_path / "q.pdf"
    result = reflect("report", "--period", str(QUARTER), "--out", str(out), data_dir=demo)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    first, second = result.stdout.strip().splitlines()
    assert first == f"Wrote the review of {QUARTER.title()} to {out}"
    assert re.match(rf"\d+ check-ins in {len(QUARTER.weeks())} weeks · \d+ goals · ", second)
    assert out.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial"))
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "20", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2  # the charts alone take more than a page
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬂ" → "fl"
        assert f"Reflect review: {QUARTER.title()}" in text
        assert "In your own words" in text


def test_a_month_as_markdown_with_its_charts_beside_it(demo, tmp_path):
    month = last_complete("month", IsoWeek.current())
    out = tmp_path / "month.md"
    result = reflect("report", "--period", str(month), "--out", str(out), data_dir=demo)
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert text.startswith(f"# Reflect review: {month.title()}")
    for name in ("ebb-flow", "participation"):
        image = tmp_path / f"month-{name}.png"
        assert f"](month-{name}.png)" in text
        assert image.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert stat.S_IMODE(image.stat().st_mode) == 0o600


def test_a_year_as_one_html_file(demo, tmp_path):
    out = tmp_path / "year.html"
    year = str(IsoWeek.current().year)
    result = reflect("report", "--period", year, "--out", str(out), data_dir=demo)
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert text.count('src="data:image/png;base64,iVBORw0KGgo') == 2
    assert "so far" in text  # the year is still running
    assert "<h2>Insights</h2>\n<ul><li>" in text  # a year of demo data carries some
    assert "<h2>In your own words</h2>" in text and "<blockquote>" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["year.html"]


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (
            ("report", "--period", "2026-Q5", "--out", "r.pdf"),
            2,
            "2026-Q5 is not a period: write a quarter like 2026-Q3, a month like 2026-07 or a "
            "year like 2026.",
        ),
        (("report", "--period", "2026-W40", "--out", "r.pdf"), 2, "2026-W40 is not a period"),
        (("report", "--period", "2026-Q3", "--out", "r.docx"), 2, "give --out a file name ending"),
        (("report", "--out", "r.pdf"), 2, "the following arguments are required: --period"),
        (("report", "--period", "2999-Q1", "--out", "r.pdf"), 1, "has not begun yet"),
        (
            ("report", "--period", "2026-Q3", "--out", "/no/such/folder/r.pdf"),
            1,
            "there is no folder /no/such/folder",
        ),
    ],
)
def test_bad_requests_say_so_in_one_line(demo, args, status, message):
    result = reflect(*args, data_dir=demo)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_in_the_way_leaves_nothing_behind(demo, tmp_path):
    out = tmp_path / "taken.pdf"
    out.mkdir()  # a folder where the file should go
    result = reflect("report", "--period", str(QUARTER), "--out", str(out), data_dir=demo)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"reflect: could not write the report to {out}: is a directory"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["taken.pdf"] and not any(out.iterdir())


def test_a_quarter_without_checkins_is_a_kind_report(tmp_path):
    profile = tmp_path / "empty"
    open_database(Profile(profile)).close()  # a profile with no data at all
    models.database.initialize(None)
    out = tmp_path / "q.md"
    result = reflect("report", "--period", str(QUARTER), "--out", str(out), data_dir=profile)
    assert result.returncode == 0, result.stderr
    assert "There are no check-ins for these weeks. That is fine" in out.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "q.md"]  # no charts


def test_a_profile_without_a_database(tmp_path):
    result = reflect(
        "report", "--period", "2026", "--out", str(tmp_path / "r.pdf"), data_dir=tmp_path / "p"
    )
    assert result.returncode == 1
    assert "there is no database" in result.stderr


def _profile_in(demo, tmp_path, language: str):
    """A copy of the demo profile whose app settings chose ``language``."""
    from ui.settings import Settings

    profile = tmp_path / f"profile-{language}"
    shutil.copytree(demo, profile)
    Settings.for_profile(Profile(profile)).set_language(language)
    return profile


def test_the_report_is_written_in_the_language_the_app_shows(demo, tmp_path):
    written = {}
    for language in ("de", "en"):
        out = tmp_path / f"{language}.md"
        profile = _profile_in(demo, tmp_path, language)
        result = reflect("report", "--period", str(QUARTER), "--out", str(out), data_dir=profile)
        assert result.returncode == 0, result.stderr
        written[language] = out.read_text()
    german, english = written["de"], written["en"]

    assert german.startswith("# Reflect-Rückblick: ")
    for heading in ("Auf einen Blick", "Ebbe und Flut", "Netzwerke", "Ziele", "Erkenntnisse"):
        assert f"## {heading}\n" in german
    assert "## In deinen eigenen Worten" in german
    assert re.search(r"Arbeitslast im Schnitt \d,\d \(", german)  # a decimal comma
    assert re.search(r"Erstellt am \d+\. \w+ 20\d\d\.", german)
    assert "## Ebb and flow" not in german and "Average workload" not in german

    assert english.startswith(f"# Reflect review: {QUARTER.title()}")
    assert "## At a glance" in english and "## In your own words" in english
    assert re.search(r"Average workload \d\.\d \(", english)
    # the user's own words are the same in both
    said = [line for line in english.splitlines() if line.startswith("> ")]
    assert said and said == [line for line in german.splitlines() if line.startswith("> ")]
