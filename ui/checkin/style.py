"""The check-in dialog's look. Colours come from the palette, so it follows a light or dark
theme; the one accent is a calm amber, never red."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QWidget

from ui.theme import STATE_COLOURS, font_scale, scaled

#: The marker beside a field the domain refused: the "partly" amber, not an alarm.
NOTE_COLOUR = STATE_COLOURS["partly"]
#: Creator / commenter / reader in the little bar under the role shares (Okabe–Ito blues, grey).
ROLE_COLOURS = ("#0072b2", "#56b4e9", "#a8a8a8")

#: The one button drawn with a style sheet: Save, in the highlight colour. Nothing else in the
#: dialog has a sheet above it: Qt's style-sheet style re-polishes every widget under one, which
#: made up a third of the time the dialog took to open. The other looks come from fonts,
#: palette roles and painting (``quiet``, ``bold``, ``CheckInCard``, ``ProblemNote``, ``mark``,
#: the pills).
PRIMARY_STYLE = """
QPushButton {
    padding: 6px 18px;
    font-weight: 600;
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 6px;
}
QPushButton:disabled {
    background: palette(button);
    color: palette(placeholder-text);
    border-color: palette(mid);
}
QPushButton:focus { border: 2px solid palette(text); }
"""
#: A field holding a value the domain refused: an amber edge (set on that field alone).
PROBLEM_FIELD_STYLE = f"border: 1px solid {NOTE_COLOUR}; border-radius: 3px;"
#: Small print (the rows' info lines, column headers, hints): 9 points at the app's base size.
SMALL_POINTS = 9.0


def primary_style() -> str:
    """The sheet of the dialog's main button (see ``PRIMARY_STYLE``)."""
    return scaled(PRIMARY_STYLE)


def font_at(widget: QWidget, points: float | None = None, weight: int = 400) -> QFont:
    """``widget``'s font at ``points`` (at the app's base size, scaled as the style sheet's
    sizes are) and ``weight``."""
    font = QFont(widget.font())
    if points is not None:
        font.setPointSizeF(points * font_scale())
    font.setWeight(QFont.Weight(weight))
    return font


def quiet(widget: QWidget, points: float | None = SMALL_POINTS) -> QWidget:
    """Small print in the theme's muted colour (it follows a switch to dark and back)."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if points is not None:
        widget.setFont(font_at(widget, points))
    return widget


def bold(widget: QWidget, points: float | None = None) -> QWidget:
    widget.setFont(font_at(widget, points, 600))
    return widget
