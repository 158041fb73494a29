"""The check-in's looks without style sheets: no sheet reaches its fields (the window's neither),
and what the sheets drew before is drawn by hand: the cards, the pills, the notes beside a
field and the amber edge of a refused one. Checked on the pixels, light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.checkin_helpers import open_checkin, type_into
from ui.checkin.checkin_dialog import CheckInDialog
from ui.checkin.style import NOTE_COLOUR
from ui.theme import dark_palette


def under_a_sheet(widget: QWidget) -> bool:
    while widget is not None:
        if widget.styleSheet():
            return True
        widget = widget.parentWidget()
    return False


def pixel(image: QImage, x: int, y: int) -> QColor:
    return image.pixelColor(x, y)


def near(colour: QColor, expected: QColor | str, slack: int = 40) -> bool:
    expected = QColor(expected)
    return all(
        abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


@pytest.fixture
def dialog(qtbot, window_on) -> CheckInDialog:
    session, _data = window_on
    dialog = open_checkin(qtbot, session.window)
    qtbot.waitUntil(dialog.is_built)
    return dialog


def test_no_style_sheet_reaches_the_fields_only_the_save_button_has_one(dialog, window_on):
    session, _data = window_on
    assert session.window.styleSheet()  # the window has the app's sheet …
    assert dialog.owner is session.window
    assert dialog.parentWidget() is None  # … and the dialog is not under it
    sheeted = [w for w in dialog.findChildren(QWidget) if under_a_sheet(w)]
    assert sheeted and all(
        w is dialog.save_button or w.parentWidget() is dialog.save_button for w in sheeted
    )


def test_it_is_modal_above_its_window_and_centred_on_it(qtbot, dialog, window_on):
    session, _data = window_on
    window = session.window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # opened with ``open``
    assert dialog.windowHandle().transientParent() is window.windowHandle()  # modal to it
    assert QApplication.activeModalWidget() is dialog
    area = window.screen().availableGeometry()
    frame, middle = dialog.frameGeometry(), window.frameGeometry().center()
    assert area.contains(dialog.geometry())  # on the window's screen, whole
    # centred on the window, as far as the screen's edges let it be
    assert (
        abs(frame.center().x() - middle.x()) <= 2
        or frame.left() == area.left()
        or (frame.right() == area.right())
    )
    assert (
        abs(frame.center().y() - middle.y()) <= 2
        or frame.top() == area.top()
        or (frame.bottom() == area.bottom())
    )
    window.close()  # the window going takes the dialog with it
    qtbot.waitUntil(lambda: window.checkin.dialog is None, timeout=5000)


@pytest.mark.parametrize("dark", [False, True])
def test_pills_cards_and_notes_are_drawn_as_the_sheet_drew_them(qtbot, window_on, dark):
    app = QApplication.instance()
    light = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        session, _data = window_on
        dialog = open_checkin(qtbot, session.window)
        qtbot.waitUntil(dialog.is_built)
        palette = dialog.palette()
        week = dialog.content.week
        week.workload.set_value(3)
        chosen, other = week.workload.buttons[2], week.workload.buttons[0]
        dialog.save_button.setFocus()  # no pill has the focus
        chosen_image, other_image = chosen.grab().toImage(), other.grab().toImage()
        middle = chosen_image.height() // 2
        assert near(pixel(chosen_image, 4, middle), palette.color(QPalette.ColorRole.Highlight))
        assert near(pixel(other_image, 4, middle), palette.color(QPalette.ColorRole.Base), 8)
        assert near(pixel(other_image, 0, middle), palette.color(QPalette.ColorRole.Mid))

        # the whole pill is the button: a click on its edge chooses it
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        assert week.workload.value() == 1
        focused = other.grab().toImage()  # chosen by a click: it has the focus now
        assert near(pixel(focused, 0, middle), palette.color(QPalette.ColorRole.Text))

        card = dialog.content.cards["networks"]
        image = card.grab().toImage()
        assert near(pixel(image, card.width() // 2, 2), palette.color(QPalette.ColorRole.Base), 8)
        assert near(pixel(image, card.width() // 2, 0), palette.color(QPalette.ColorRole.Midlight))
        assert not near(pixel(image, 0, 0), palette.color(QPalette.ColorRole.Base), 8)  # round

        row = dialog.content.networks.rows[0]
        info = row.info
        assert info.foregroundRole() == QPalette.ColorRole.PlaceholderText
        assert info.font().pointSizeF() < dialog.font().pointSizeF()
        assert row.name.font().weight() > dialog.font().weight()

        # a refused count: an amber edge on the field and a note with an amber bar under it
        posts = row.counts["posts"]
        type_into(qtbot, posts, "-2")
        qtbot.waitUntil(lambda: row.problem.isVisible(), timeout=5000)
        assert "cannot be negative" in row.problem.text()
        edge = posts.grab().toImage()
        assert near(pixel(edge, 0, edge.height() // 2), NOTE_COLOUR)
        note = row.problem.grab().toImage()
        assert near(pixel(note, 1, note.height() // 2), NOTE_COLOUR, 8)
        assert not near(pixel(note, 6, note.height() // 2), NOTE_COLOUR)  # then the words
        type_into(qtbot, posts, "2")
        qtbot.waitUntil(lambda: not row.problem.isVisible(), timeout=5000)
        edge = posts.grab().toImage()
        assert not near(pixel(edge, 0, edge.height() // 2), NOTE_COLOUR)
        dialog.close_quietly()
    finally:
        app.setPalette(light)


def test_the_first_frame_is_laid_out_whole_not_squeezed_into_the_window(
    qtbot, window_on, monkeypatch
):
    """Until the fields show, they do not count in the cards' height for their width: the
    first frame had the content squeezed into the viewport's height, the rows overlapping."""
    session, _data = window_on
    first: list[tuple[int, int]] = []

    def paint_event(dialog, event):
        if not first:
            content = dialog.content
            first.append((content.height(), content.heightForWidth(content.width())))
        QDialog.paintEvent(dialog, event)

    monkeypatch.setattr(CheckInDialog, "paintEvent", paint_event, raising=False)
    dialog = open_checkin(qtbot, session.window)
    qtbot.waitUntil(lambda: bool(first))
    height, needed = first[0]
    assert needed > dialog.scroll.viewport().height()  # it scrolls: the squeeze could happen
    assert height >= needed
