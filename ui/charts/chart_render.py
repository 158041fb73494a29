"""``reflect chart NAME --out FILE.png``: one Trends chart drawn offscreen into a PNG file.

The command line loads this module only when asked (``reflect/cli.py`` never imports Qt at
module level) and sets ``QT_QPA_PLATFORM=offscreen`` before Qt loads, so it works without a
screen. The chart is the same widget the Trends page shows, at a fixed size, in Qt's
default light palette, with its title above and its legend below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reflect import trends
from reflect.errors import ReflectError
from reflect.trend_history import load_history
from reflect.trends import TrendQuery
from reflect.weeks import IsoWeek
from ui.trends.chart_kinds import KINDS

#: The chart's size in the image, before the device pixel ratio (``SCALE``).
SIZE = QSize(1200, 640)
SCALE = 2.0


@dataclass(frozen=True, slots=True)
class Rendered:
    path: Path
    title: str
    summary: str  # the chart in a sentence (what its table says)


def render_chart(
    name: str,
    out: Path,
    weeks: int | None = 12,
    network: str | None = None,
    metric: str = "actions",
    current: IsoWeek | None = None,
) -> Rendered:
    """Draw chart ``name`` for the last ``weeks`` weeks (all when None) into ``out``, from
    the profile whose database is open. ``network`` is a network's name (any case)."""
    kind = KINDS[name]
    application()
    history = load_history(current or IsoWeek.current())
    network_id, network_name = None, QCoreApplication.translate("ChartRender", "All networks")
    if network:
        found = [s for s in history.networks if s.name.casefold() == network.casefold()]
        if not found:
            names = ", ".join(s.name for s in history.networks) or "none yet"
            raise ReflectError(f"there is no network called {network!r} (networks: {names})")
        network_id, network_name = found[0].network_id, found[0].name
    first, last = trends.period(history, weeks)
    query = TrendQuery(first, last, network_id, metric)
    data = kind.compute(history, query)
    title = kind.title(query, network_name)
    image = chart_image(name, data, query, title)
    out = Path(out)
    if not image.save(str(out), "PNG"):
        raise ReflectError(f"could not write the image to {out}")
    os.chmod(out, 0o600)
    return Rendered(out, title, kind.table(data, query).summary)


def application() -> QApplication:
    """The running QApplication, or one made here for drawing offscreen."""
    app = QApplication.instance()
    if app is None:
        from ui.app import create_application

        app = create_application()
        app.setStyle("Fusion")
    return app


def chart_image(
    name: str, data: object, query: TrendQuery, title: str, size: QSize = SIZE
) -> QImage:
    """Chart ``name`` drawn from its computed ``data`` (``KINDS[name].compute``) into an
    image, offscreen, with ``title`` above: what ``reflect chart`` and reports save."""
    kind = KINDS[name]
    app = application()
    chart = kind.make()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(size)
    chart.layout().activate()
    kind.draw(chart, data, query)
    for _ in range(3):  # let the layout settle and the axes measure their text
        app.processEvents()
    image = chart.render_image(title, size, SCALE)
    chart.close()
    return image
