"""The check-in dialog's look, on top of the app's style sheet. Colours come from the palette,
so it follows a light or dark theme; the one accent is a calm amber, never red."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.theme import STATE_COLOURS, scaled, style_sheet

#: The marker beside a field the domain refused: the "partly" amber, not an alarm.
NOTE_COLOUR = STATE_COLOURS["partly"]
#: Creator / commenter / reader in the little bar under the role shares (Okabe–Ito blues, grey).
ROLE_COLOURS = ("#0072b2", "#56b4e9", "#a8a8a8")

CHECKIN_STYLE = f"""
QDialog#checkInDialog {{ background: palette(window); }}
QScrollArea#checkInScroll, QWidget#checkInContent {{ background: palette(window); }}
QLabel#dialogTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#weekLabel {{ font-size: 11pt; font-weight: 600; }}
QLabel#columnHeader {{ color: palette(placeholder-text); font-size: 9pt; }}
QLabel#networkName {{ font-weight: 600; }}
QLabel#rowInfo, QLabel#promptSource {{ color: palette(placeholder-text); font-size: 9pt; }}
QLabel#fieldLabel {{ font-weight: 600; }}
QLabel#problem {{
    border-style: solid;
    border-color: {NOTE_COLOUR};
    border-width: 0 0 0 3px;
    padding: 1px 0 1px 7px;
    margin: 2px 0 2px 0;
}}
QLabel#footerStatus {{ color: palette(placeholder-text); }}
QRadioButton#segment, QCheckBox#chip {{
    padding: 3px 10px;
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
    spacing: 0px;
}}
QRadioButton#segment::indicator, QCheckBox#chip::indicator {{ width: 0px; height: 0px; }}
QRadioButton#segment:hover, QCheckBox#chip:hover {{ border-color: palette(highlight); }}
QRadioButton#segment:checked, QCheckBox#chip:checked {{
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}}
QRadioButton#segment:focus, QCheckBox#chip:focus {{
    border: 2px solid palette(text);
    padding: 2px 9px;
}}
QRadioButton#segment:disabled, QCheckBox#chip:disabled {{ color: palette(placeholder-text); }}
QLineEdit[problem="true"], QSpinBox[problem="true"], QComboBox[problem="true"],
QDateEdit[problem="true"] {{
    border: 1px solid {NOTE_COLOUR};
    border-radius: 3px;
}}
QPushButton#primary {{
    padding: 6px 18px;
    font-weight: 600;
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 6px;
}}
QPushButton#primary:disabled {{
    background: palette(button);
    color: palette(placeholder-text);
    border-color: palette(mid);
}}
QPushButton#primary:focus {{ border: 2px solid palette(text); }}
"""


def dialog_style(parent: QWidget | None) -> str:
    """The dialog's own rules; the app's too when its window does not carry them already
    (a style sheet reaches a dialog from its parent: twice would be polished twice)."""
    window = parent.window() if parent is not None else None
    if window is not None and window.styleSheet() == style_sheet():
        return scaled(CHECKIN_STYLE)
    return style_sheet(CHECKIN_STYLE)
