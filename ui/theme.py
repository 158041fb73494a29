"""The look: one style sheet, the app icon, and colours the charts share with the pages.

The style sheet takes its colours from the palette, so it follows a dark system theme.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette


def resource_path(relative: str) -> Path:
    """A file of ``resources/``: beside the source tree when run from a checkout (or an editable
    install), else where ``pip install`` put the data files (``<prefix>/share/reflect``)."""
    for base in (
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "reflect",
    ):
        if (base / relative).exists():
            return base / relative
    return Path(__file__).resolve().parent.parent / "resources" / relative


ICON_PATH = resource_path("icons/reflect.svg")

#: Goal states: a calm hue each, always shown next to the words, never alone. No red.
STATE_COLOURS = {
    "met": "#009e73",
    "partly": "#e69f00",
    "missed": "#8c8c8c",
    "paused": "#56b4e9",
    "no data": "#c4c4c4",
}
WORKLOAD_COLOUR = "#cc79a7"

STYLE_SHEET = """
QWidget#pageArea { background: palette(window); }
QListWidget#sidebar {
    background: palette(alternate-base);
    border: none;
    border-right: 1px solid palette(midlight);
    padding-top: 6px;
    font-size: 11pt;
    outline: 0;
}
QListWidget#sidebar::item {
    padding: 9px 14px;
    margin: 2px 10px;
    border-radius: 6px;
}
QListWidget#sidebar::item:hover { background: palette(midlight); }
QListWidget#sidebar::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#brand { font-size: 14pt; font-weight: 600; padding: 18px 22px 10px 22px; }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; }
QLabel#pageSubtitle, QLabel#muted { color: palette(placeholder-text); }
QLabel#cardTitle { font-size: 11pt; font-weight: 600; }
QLabel#gentle {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
    padding: 10px 14px;
}
QLabel#emptyState { color: palette(placeholder-text); font-size: 11pt; padding: 24px; }
QFrame#card {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
}
QTableView {
    background: palette(base);
    alternate-background-color: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
    padding: 2px;
    gridline-color: transparent;
    selection-background-color: palette(highlight);
}
QTableView::item { padding: 6px 8px; }
QHeaderView { background: transparent; }
QHeaderView::section {
    background: transparent;
    border: none;
    border-bottom: 1px solid palette(midlight);
    padding: 8px 10px;
    font-weight: 600;
}
QPushButton#segment {
    padding: 5px 14px;
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}
QPushButton#segment:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


def app_icon() -> QIcon:
    return QIcon(str(ICON_PATH)) if ICON_PATH.exists() else QIcon()


def muted_colour(palette: QPalette) -> str:
    """Secondary text as a solid colour (rich text cannot use the palette's alpha)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    pairs = zip(text.getRgb()[:3], base.getRgb()[:3], strict=True)
    mix = [round(0.55 * a + 0.45 * b) for a, b in pairs]
    return QColor(*mix).name()


def chart_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and foreground for a chart in this palette."""
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
