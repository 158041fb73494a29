"""Fixtures in the real shape of each export, zipped as the networks hand them out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from reflect.activity import MeasuredItem
from reflect.importers import activitywatch
from reflect.importers.base import Archive, Context
from reflect.importers.service import READERS, _find
from tests.fixtures.bluesky_repo import build_repo, sample_records, stale_records

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers"
#: A network's host names for ActivityWatch, as the presets have them.
HOSTS = {
    "linkedin": ("linkedin.com",),
    "x": ("x.com", "twitter.com"),
    "mastodon": ("mastodon.social",),
}


def fixture_files(platform: str) -> dict[str, bytes]:
    """The fixture folder of ``platform`` as {path inside the export: content}."""
    folder = FIXTURES / platform
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in files.items():
            bundle.writestr(name, data)
    return buffer.getvalue()


def export_bytes(platform: str) -> tuple[str, bytes]:
    """The whole export of ``platform`` as downloaded: a file name and its bytes."""
    if platform == "bluesky":
        return "repo.car", build_repo(sample_records(), stale=stale_records())
    if platform == "activitywatch":
        return "aw-buckets-export.json", (
            FIXTURES / platform / "aw-buckets-export.json"
        ).read_bytes()
    names = {
        "x": "twitter-2024-03-12-abc123.zip",
        "mastodon": "archive-20240312080000-0123456789abcdef.zip",
        "linkedin": "Basic_LinkedInDataExport_03-12-2024.zip",
        "facebook": "facebook-meexample-2024-03-12-AbCdEf.zip",
    }
    return names[platform], zipped(fixture_files(platform))


def write_export(folder: Path, platform: str) -> Path:
    name, data = export_bytes(platform)
    path = folder / name
    path.write_bytes(data)
    return path


def read_all(
    platform: str, archive: Archive, hosts: dict | None = None
) -> tuple[list[MeasuredItem], Context]:
    """Run one reader over an input, without a database."""
    context = Context()
    found = _find(platform, archive)
    if platform == "activitywatch":
        per_network = activitywatch.read(archive, found, context, hosts or HOSTS)
        items = [item for listed in per_network.values() for item in listed]
    else:
        items = list(READERS[platform].read(archive, found, context))
    return items, context


def read_bytes(platform: str, name: str, data: bytes, hosts: dict | None = None):
    with Archive.from_bytes(name, data) as archive:
        return read_all(platform, archive, hosts)


def kinds(items: list[MeasuredItem]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for item in items:
        counted[item.kind] = counted.get(item.kind, 0) + 1
    return counted
