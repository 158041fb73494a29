"""Text follows the system font size; the dark palette keeps text readable; focus shows."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.theme import STYLE_SHEET, dark_palette, light_palette, page_icon, style_sheet


def test_style_sheet_font_sizes_grow_with_the_application_font(qapp):
    before = QApplication.font()
    try:
        big = QFont(before)
        big.setPointSizeF(20)
        QApplication.setFont(big)
        sheet = style_sheet()
        assert "font-size: 22.0pt" in sheet  # the sidebar's 11pt at twice the base size
        assert "font-size: 36.0pt" in sheet  # the page title's 18pt
    finally:
        QApplication.setFont(before)
    assert re.findall(r"font-size:\s*[\d.]+px", STYLE_SHEET) == []  # no fixed pixel sizes


def test_both_palettes_keep_text_far_from_its_background():
    for palette in (light_palette(), dark_palette()):
        for text, back in (
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        ):
            gap = abs(palette.color(text).lightness() - palette.color(back).lightness())
            assert gap > 110, (text, back, gap)


def test_focus_is_styled_not_hidden():
    assert "sidebar::item:selected:focus { border: 2px solid" in STYLE_SHEET
    assert "QPushButton#segment:focus" in STYLE_SHEET


def test_every_page_has_an_icon(qapp):
    for key in ("this_week", "trends", "goals", "networks", "history"):
        assert not page_icon(key).isNull(), key
