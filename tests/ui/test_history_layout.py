"""History's weeks on narrow and wide windows (demo data): the reflection stays readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor

from reflect import demo
from tests.ui.helpers import show
from ui.models.history_table_model import REFLECTION_COLUMN
from ui.widgets import CELL_PADDING


def ink_right_edge(page, rect: QRect) -> int:
    """The rightmost x in ``rect`` where something differs from the row's background."""
    image = page.view.viewport().grab().toImage()
    right = -1
    for y in range(rect.top() + 2, rect.bottom() - 1):
        background = QColor(image.pixel(rect.right() - 2, y))
        for x in range(rect.right() - 2, rect.left(), -1):
            colour = QColor(image.pixel(x, y))
            if abs(colour.lightness() - background.lightness()) > 60:
                right = max(right, x)
                break
    return right


def assert_reflection_readable(page, row: int) -> None:
    index = page.model.index(row, REFLECTION_COLUMN)
    text = index.data()
    assert text and text != "—"
    rect = page.view.visualRect(index)
    advance = page.view.fontMetrics().horizontalAdvance(text)
    assert page.view.viewport().rect().contains(rect), (rect, page.view.viewport().rect())
    assert rect.width() - 2 * CELL_PADDING >= advance, (text, rect.width(), advance)
    # what is painted reaches the end of the whole sentence: it is there, not cut off
    assert ink_right_edge(page, rect) >= rect.left() + CELL_PADDING + advance * 0.9


@pytest.mark.parametrize(("width", "below"), [(1024, True), (1120, True), (1800, False)])
def test_the_reflection_is_readable_at_every_width(qtbot, start, width, below):
    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    window.resize(width, 768)
    window.show()
    page = show(qtbot, window, "history")
    qtbot.waitUntil(lambda: page.view.viewport().width() > 0)
    assert page.view.reflection_below() is below
    assert page.view.isColumnHidden(REFLECTION_COLUMN) is below
    header = page.view.horizontalHeader()
    assert page.view.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    for column in range(header.count()):  # every header reads in full
        if not header.isSectionHidden(column):
            title = page.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
    shown = [
        r
        for r in range(page.model.rowCount())
        if page.model.row_at(r).summary and page.view.rowViewportPosition(r) >= 0
    ]
    short = [
        r
        for r in shown[:4]
        if page.view.fontMetrics().horizontalAdvance(page.model.index(r, REFLECTION_COLUMN).data())
        < 600
    ]
    assert short, "the demo's first weeks have reflections shorter than 600 px"
    for row in short:
        assert_reflection_readable(page, row)
    # the accessible text of the week still holds its reflection
    index = page.model.index(short[0], REFLECTION_COLUMN)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == index.data()


def test_a_narrow_window_keeps_the_one_click_gap_link(qtbot, start):
    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    window.resize(1024, 768)
    window.show()
    page = show(qtbot, window, "history")
    assert page.view.reflection_below()
    gap = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).is_gap)
    page.view.scrollTo(page.model.index(gap, 0))
    rect = page.view.visualRect(page.model.index(gap, REFLECTION_COLUMN))
    link = page.view.fontMetrics().horizontalAdvance(
        page.model.index(gap, REFLECTION_COLUMN).data()
    )
    with qtbot.waitSignal(page.checkin_requested, timeout=5000) as requested:
        qtbot.mouseClick(
            page.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=rect.topLeft() + QPoint(CELL_PADDING + link // 2, rect.height() // 2),
        )
    assert requested.args[0] == page.model.row_at(gap).week
    assert page.view.selectionModel().isRowSelected(gap)


def test_a_column_widened_by_hand_moves_the_reflection_below_and_back(qtbot, start):
    session, _ = start(data=False)
    demo.fill_demo_data()
    window = session.window
    window.resize(1800, 768)
    window.show()
    page = show(qtbot, window, "history")
    header = page.view.horizontalHeader()
    roles = header.sectionSize(6)
    assert not page.view.reflection_below()
    header.resizeSection(6, roles + 600)  # Roles dragged wide
    assert page.view.reflection_below()
    assert page.view.visualRect(page.model.index(0, REFLECTION_COLUMN)).width() > 1000
    window.resize(2600, 768)  # more room than the wide Roles needs: back beside it
    qtbot.waitUntil(lambda: not page.view.reflection_below())
    assert header.sectionSize(6) == roles + 600
