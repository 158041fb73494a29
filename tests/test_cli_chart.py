"""``reflect chart NAME --out FILE.png``: a real process without a screen, real exit codes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reflect import cli_parser, trend_values, trends
from reflect.weeks import IsoWeek

ROOT = Path(__file__).resolve().parent.parent


def reflect(*args, data_dir):
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.pop("QT_QPA_PLATFORM", None)  # the command sets it itself
    environment.pop("REFLECT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "reflect", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chart") / "profile"
    filled = reflect("demo-data", data_dir=profile)
    assert filled.returncode == 0, filled.stderr
    return profile


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_the_command_knows_the_charts_and_metrics():
    assert cli_parser.CHART_NAMES == trends.CHARTS
    assert cli_parser.CHART_METRICS == trend_values.METRICS


def test_charts_render_offscreen_to_a_private_png(demo, tmp_path):
    for name in ("ebb-flow", "goals"):  # a process each; the other charts in-process below
        out = tmp_path / f"{name}.png"
        result = reflect("chart", name, "--out", str(out), "--weeks", "26", data_dir=demo)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # nothing from Qt either
        first, second = result.stdout.strip().splitlines()
        assert first.startswith("Wrote ") and first.endswith(f" to {out}")
        assert second  # the chart in a sentence
        width, height = png_size(out)
        assert width == 2 * (1200 + 2 * 16)  # the chart at 1200 px, twice the density
        assert height > 2 * 640  # and the title above it
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_one_network_and_a_metric(demo, tmp_path):
    out = tmp_path / "x.png"
    result = reflect(
        "chart",
        "workload",
        "--out",
        str(out),
        "--network",
        "x",
        "--metric",
        "posts",
        "--weeks",
        "52",
        data_dir=demo,
    )
    assert result.returncode == 0, result.stderr
    assert "Workload against activity · posts · X ·" in result.stdout
    assert "Workload against posts, X: r = " in result.stdout


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("chart", "pie", "--out", "x.png"), 2, "invalid choice: 'pie'"),
        (("chart", "goals", "--out", "x.svg"), 2, "charts are written as PNG"),
        (("chart", "goals", "--out", "x.png", "--weeks", "0"), 2, "from 1 up"),
        (("chart", "goals", "--out", "x.png", "--network", "Myspace"), 1, "no network called"),
        (("chart", "goals", "--out", "/no/such/folder/x.png"), 1, "there is no folder"),
    ],
)
def test_bad_requests_say_so_in_one_line(demo, tmp_path, args, status, message):
    result = reflect(*args, data_dir=demo)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_a_profile_without_a_database(tmp_path):
    result = reflect("chart", "ebb-flow", "--out", str(tmp_path / "a.png"), data_dir=tmp_path / "p")
    assert result.returncode == 1
    assert "there is no database" in result.stderr


def test_the_other_charts_render_with_the_same_widgets(qapp, db, tmp_path):
    from datetime import date

    from reflect import demo as demo_data
    from ui.charts.chart_render import render_chart

    demo_data.fill_demo_data(today=date(2026, 11, 22))
    for name in ("participation", "workload", "measured"):
        done = render_chart(name, tmp_path / f"{name}.png", 52, current=IsoWeek(2026, 47))
        assert png_size(done.path) == (2 * (1200 + 2 * 16), png_size(done.path)[1])
        assert done.title.endswith("All networks · 2025-W48 – 2026-W47")
    assert done.summary.startswith("Reported against measured (all activity): X ")
