"""The launcher entry and the AppStream metadata are valid, and pip installs them."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "io.github.reflect.Reflect.desktop"
METAINFO = ROOT / "resources" / "io.github.reflect.Reflect.metainfo.xml"
ICON = ROOT / "resources" / "icons" / "io.github.reflect.Reflect.svg"


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_the_desktop_file_is_valid_and_names_the_icon():
    done = run("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()
    text = DESKTOP.read_text()
    assert "Icon=io.github.reflect.Reflect\n" in text and "Exec=reflect\n" in text


def test_the_metainfo_is_valid():
    done = run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_icon_is_an_svg_with_its_reverse_dns_name():
    assert ICON.read_text().lstrip().startswith("<?xml")
    assert "<svg" in ICON.read_text()


def test_pip_installs_them_where_desktops_look():
    files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    assert files["share/applications"] == ["resources/io.github.reflect.Reflect.desktop"]
    assert files["share/metainfo"] == ["resources/io.github.reflect.Reflect.metainfo.xml"]
    assert files["share/icons/hicolor/scalable/apps"] == [
        "resources/icons/io.github.reflect.Reflect.svg"
    ]
    for patterns in files.values():
        for pattern in patterns:
            assert list(ROOT.glob(pattern)), pattern
