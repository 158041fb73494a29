"""The look: one style sheet, the app icon, and colours the charts share with the pages.

The style sheet takes its colours from the palette, so it follows a dark system theme.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_BESIDE_SOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """A file of ``resources/``: beside the source tree when run from a checkout (or an editable
    install), else where ``pip install`` put the data files (``<prefix>/share/reflect``)."""
    for base in (_BESIDE_SOURCES, Path(sys.prefix) / "share" / "reflect"):
        if (base / relative).exists():
            return base / relative
    return _BESIDE_SOURCES / relative


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
QListWidget#sidebar::item:selected:focus { border: 2px solid palette(text); }
QLabel#brand { font-size: 14pt; font-weight: 600; }
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
QPushButton#segment:focus { border: 2px solid palette(text); }
"""


def app_icon() -> QIcon:
    return QIcon(str(ICON_PATH)) if ICON_PATH.exists() else QIcon()


#: Sidebar pages: a freedesktop theme icon where the platform has one, else a bundled SVG.
PAGE_THEME_ICONS = {
    "this_week": "x-office-calendar",
    "trends": "utilities-system-monitor",
    "goals": "emblem-favorite",
    "networks": "network-workgroup",
    "history": "document-open-recent",
}


def page_icon(key: str) -> QIcon:
    bundled = resource_path(f"icons/pages/{key}.svg")
    fallback = QIcon(str(bundled)) if bundled.exists() else QIcon()
    name = PAGE_THEME_ICONS.get(key, "")
    return QIcon.fromTheme(name, fallback) if name and QIcon.hasThemeIcon(name) else fallback


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


# -- text size and colour scheme ----------------------------------------------------------------

#: The point size the style sheets' font sizes were written for.
BASE_POINT_SIZE = 10.0
_FONT_SIZE_RE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def font_scale() -> float:
    """The application's font size against the base size the looks were drawn at."""
    app = QGuiApplication.instance()
    base = app.font().pointSizeF() if app is not None else BASE_POINT_SIZE
    return (base if base > 0 else BASE_POINT_SIZE) / BASE_POINT_SIZE


def scaled(sheet: str) -> str:
    """``sheet`` with every ``font-size: Npt`` scaled to the application's font, so text
    follows the system's font size instead of staying at a fixed size."""
    factor = font_scale()
    return _FONT_SIZE_RE.sub(lambda m: f"font-size: {float(m.group(1)) * factor:.1f}pt", sheet)


def style_sheet(extra: str = "") -> str:
    """The main style sheet (plus ``extra``), at the application's font size."""
    return scaled(STYLE_SHEET + extra)


def dark_palette() -> QPalette:
    """Fusion's colours for a dark theme (readable text, visible focus and selection)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#292a2d",
        QPalette.ColorRole.AlternateBase: "#303134",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Midlight: "#3c4043",
        QPalette.ColorRole.Dark: "#1a1a1c",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Light: "#4a4d51",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeFollower(QObject):
    """Applies the chosen theme to the application and, for "system", follows the system's
    colour scheme live."""

    def __init__(self, app: QApplication, theme: str = "system"):
        super().__init__(app)
        self._app = app
        self.theme = theme
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply(theme)

    def apply(self, theme: str) -> None:
        self.theme = theme
        dark = theme == "dark" or (theme == "system" and system_is_dark())
        self._app.setPalette(dark_palette() if dark else light_palette())

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.apply("system")
