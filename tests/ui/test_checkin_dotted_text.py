"""The network rows' names and info lines, drawn with one text layout: they must measure and
paint exactly as the rich-text labels they replace, in the rows' looks, light and dark."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ui.checkin.dotted_text import DottedText
from ui.checkin.network_row import SEPARATOR
from ui.checkin.style import bold, quiet
from ui.theme import dark_palette

GOAL = ("#009e73", "●")
PARTS = [
    ("", "Your LinkedIn export counted 4 posts & 2 <comments>."),
    ("", SEPARATOR),
    GOAL,
    ("", "\u00a0Share what I learn: 3 of 2 posts"),
    ("", SEPARATOR),
    ("#e69f00", "●"),
    ("", "\u00a0Talk with people: 1 of 3 comments"),
    ("", SEPARATOR),
    GOAL,
    ("", "\u00a0Keep it short: 40 of 60 minutes"),
]


def html(parts) -> str:
    """The parts as the rows wrote them for a rich-text label before."""
    return "".join(
        f"<span style='color:{colour}'>{escape(text)}</span>" if colour else escape(text)
        for colour, text in parts
    ).replace("\u00a0", "&nbsp;")


def side_by_side(qtbot, look, parts, wrap: bool) -> tuple[QWidget, QLabel, DottedText]:
    """A rich-text label and a DottedText of the same words, one above the other, both with
    ``look`` (the rows' small print, or their names' bold)."""
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    rich = QLabel()
    rich.setWordWrap(wrap)
    look(rich)
    drawn = DottedText(wrap=wrap)
    look(drawn)
    drawn.set_parts(parts)
    rich.setText(html(parts))
    column.addWidget(rich)
    column.addWidget(drawn)
    host.show()
    qtbot.waitExposed(host)
    return host, rich, drawn


@pytest.mark.parametrize("dark", [False, True])
def test_an_info_line_wraps_and_paints_as_the_rich_text_label_did(qtbot, dark):
    app = QApplication.instance()
    light = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        _host, rich, drawn = side_by_side(qtbot, quiet, PARTS, wrap=True)
        for width in range(40, 1300, 9):
            assert drawn.heightForWidth(width) == rich.heightForWidth(width), width
        assert drawn.sizeHint() == rich.sizeHint()
        for width in (260, 517, 900):
            for label in (rich, drawn):
                label.resize(width, label.heightForWidth(width))
            assert drawn.grab().toImage() == rich.grab().toImage(), width
    finally:
        app.setPalette(light)


@pytest.mark.parametrize("name", ["Team & <space>", "  Team   space\t7 ", "Bl\u00a0 og  "])
def test_a_network_name_measures_and_paints_as_before(qtbot, name):
    parts = [("#0072b2", "●"), ("", f"\u00a0{name}")]
    _host, rich, drawn = side_by_side(qtbot, bold, parts, wrap=False)
    assert drawn.sizeHint() == rich.sizeHint()
    assert drawn.minimumSizeHint() == rich.minimumSizeHint()
    for label in (rich, drawn):
        label.resize(drawn.sizeHint().width() + 12, 30)
    assert drawn.grab().toImage() == rich.grab().toImage()


def test_its_words_are_there_for_a_reader_and_a_screen_reader(qtbot):
    label = DottedText()
    qtbot.addWidget(label)
    label.set_parts(PARTS)
    words = (
        "Your LinkedIn export counted 4 posts & 2 <comments>.  ·  ● Share what I learn: "
        "3 of 2 posts  ·  ● Talk with people: 1 of 3 comments  ·  ● Keep it short: 40 of 60 "
        "minutes"
    )
    assert label.plain() == words
    assert label.accessibleName() == words
    assert "&lt;comments&gt;" in label.text() and "<span style='color:#e69f00'>●</span>" in (
        label.text()
    )
    label.set_parts([])
    assert label.plain() == "" and label.heightForWidth(300) == 0
