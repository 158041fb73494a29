"""The table of weeks. Where the window is too narrow for the reflection beside the other
columns, each row grows a second line and the reflection moves there, across the whole row:
still one model row per week, still painted by the column's own delegate, and still the same
cell for clicks, tooltips and screen readers (the column is only hidden from the header)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
#: The least room the reflection needs beside the other columns before it moves below them.
MIN_REFLECTION_WIDTH = 360
#: How much wider than needed the view must grow before the reflection moves back beside
#: (so a scroll bar coming and going never makes the rows jump back and forth).
HYSTERESIS = 24


def below_height(option: QStyleOptionViewItem) -> int:
    """The height of the reflection's line under a row's cells; 0 when it sits beside them."""
    view = option.widget
    return view.below_height() if isinstance(view, HistoryView) else 0


def top_part(option: QStyleOptionViewItem, index: Index) -> None:
    """A cell that shares its row with the reflection's line paints above that line."""
    below = below_height(option)
    if below and index.column() != getattr(option.widget, "reflection_column", -1):
        option.rect = option.rect.adjusted(0, 0, 0, -below)


class HistoryView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reflection_column = -1
        self._stretch_when_below = -1
        self._row_height = 0
        self._below = False
        self._arranging = False
        self._widths: dict[int, int] = {}  # beside the reflection, kept while it is below
        self._least: dict[int, int] = {}

    def set_columns(
        self,
        reflection: int,
        stretch_when_below: int,
        row_height: int,
        least: dict[int, int] | None = None,
    ) -> None:
        """``reflection`` is the column that moves below; ``stretch_when_below`` takes the
        room that is left on the first line then. Where even that line is too narrow, the
        columns in ``least`` give up room down to the width given there (their titles)."""
        self.reflection_column = reflection
        self._least = dict(least or {})
        self._stretch_when_below = stretch_when_below
        self._row_height = row_height
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self._arrange()

    def reflection_below(self) -> bool:
        return self._below

    def below_height(self) -> int:
        return self.fontMetrics().height() + 14 if self._below else 0

    # -- layout ---------------------------------------------------------------------------

    def _needed_width(self) -> int:
        """The other columns at the widths they have beside the reflection, plus its least."""
        header = self.horizontalHeader()
        total = 0
        for column in range(header.count()):
            if column == self.reflection_column or header.isSectionHidden(column):
                continue
            total += self._widths.get(column, header.sectionSize(column))
        return total + MIN_REFLECTION_WIDTH

    def _arrange(self) -> None:
        if self.reflection_column < 0 or self.model() is None or self._arranging:
            return
        room = self.viewport().width()
        self._arranging = True  # the header's resizing below calls back here: not again
        try:
            if not self._below and room < self._needed_width():
                self._set_below(True)
            elif self._below and room >= self._needed_width() + HYSTERESIS:
                self._set_below(False)
            if self._below:
                self._fill(room)
        finally:
            self._arranging = False

    def _set_below(self, below: bool) -> None:
        self._below = below
        header = self.horizontalHeader()
        if below:
            self._widths = {c: header.sectionSize(c) for c in self._first_line()}
        else:
            for column, width in self._widths.items():
                header.resizeSection(column, width)
            self._widths = {}
        self.setColumnHidden(self.reflection_column, below)
        self.verticalHeader().setDefaultSectionSize(self._row_height + self.below_height())
        self.viewport().update()

    def _first_line(self) -> list[int]:
        header = self.horizontalHeader()
        return [
            c
            for c in range(header.count())
            if c != self.reflection_column and not header.isSectionHidden(c)
        ]

    def _fill(self, room: int) -> None:
        """The first line fills the width: the stretching column takes what is left (as a
        stretching header section would, without its deferred layout), never less than its
        title needs; if even that does not fit, the others give up room, down to theirs."""
        header = self.horizontalHeader()
        stretch = self._stretch_when_below
        others = [c for c in self._first_line() if c != stretch]
        sizes = {c: self._widths.get(c, header.sectionSize(c)) for c in others}
        least_stretch = self._least.get(stretch, header.sectionSizeHint(stretch))
        deficit = sum(sizes.values()) + least_stretch - room
        spare = {c: max(0, sizes[c] - self._least.get(c, sizes[c])) for c in others}
        if deficit > 0 and sum(spare.values()):
            total = sum(spare.values())
            for column in others:
                sizes[column] -= min(spare[column], -(-deficit * spare[column] // total))
        sizes[stretch] = max(least_stretch, room - sum(sizes.values()))
        for column, width in sizes.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _on_header_section_resized(self, *_args) -> None:
        self._arrange()  # a column made wider by hand may leave the reflection too little

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # -- the reflection's line ------------------------------------------------------------

    def _below_rect(self, row: int) -> QRect:
        height = self.below_height()
        bottom = self.rowViewportPosition(row) + self.rowHeight(row)
        return QRect(0, bottom - height, self.viewport().width(), height)

    def visualRect(self, index: Index) -> QRect:
        if self._below and index.isValid() and index.column() == self.reflection_column:
            return self._below_rect(index.row())
        return super().visualRect(index)

    def indexAt(self, point: QPoint) -> QModelIndex:
        index = super().indexAt(point)
        if self._below and index.isValid() and self._below_rect(index.row()).contains(point):
            return index.siblingAtColumn(self.reflection_column)
        return index

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._below or self.model() is None or not self.model().rowCount():
            return
        first = max(self.rowAt(event.rect().top()), 0)
        last = self.rowAt(event.rect().bottom())
        last = self.model().rowCount() - 1 if last < 0 else last
        painter = QPainter(self.viewport())
        selection = self.selectionModel()
        for row in range(first, last + 1):
            if self.isRowHidden(row):
                continue
            index = self.model().index(row, self.reflection_column)
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = self._below_rect(row)
            option.state |= QStyle.StateFlag.State_Enabled
            if selection is not None and selection.isRowSelected(row, QModelIndex()):
                option.state |= QStyle.StateFlag.State_Selected
            if self.alternatingRowColors() and row % 2:
                option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            self.itemDelegateForIndex(index).paint(painter, option, index)
        painter.end()
