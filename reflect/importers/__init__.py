"""Importers: count what the user really did from the exports the networks hand out.

One module per platform (``x``, ``mastodon``, ``linkedin``, ``facebook``, ``bluesky``,
``activitywatch``), each with ``find(archive)`` — which files of the export it reads — and
``read(archive, found, context)`` — the items, as
:class:`~reflect.activity.MeasuredItem` values. ``base`` holds the shared plumbing (the
input, the size limit, the error that names the file), ``jsonstream`` the streaming JSON
reader, ``service`` the one call that imports, ``report`` what it says afterwards.
"""

from reflect.importers.base import ImportCancelled, ImportFailed
from reflect.importers.platforms import (
    PLATFORMS,
    ImportRequest,
    NetworkChoice,
    Platform,
    network_choices,
    request_problems,
)
from reflect.importers.report import Counted, ImportReport
from reflect.importers.service import check_input, guess_platform, network_named, run_import

__all__ = [
    "PLATFORMS",
    "Counted",
    "ImportCancelled",
    "ImportFailed",
    "ImportReport",
    "ImportRequest",
    "NetworkChoice",
    "Platform",
    "check_input",
    "guess_platform",
    "network_choices",
    "network_named",
    "request_problems",
    "run_import",
]
