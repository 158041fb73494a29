"""Small building blocks the pages share: a page header, a card, an empty state, a table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

PAGE_MARGINS = (28, 22, 28, 22)
#: Left and right padding of table cells; the style sheet's ``QTableView::item`` matches it.
CELL_PADDING = 8


class PaddedDelegate(QStyledItemDelegate):
    """Measures wrapped text in the width that is left once the cell padding is taken off,
    as it will be painted, so a wrapped cell gets all the lines it needs."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = option.rect.adjusted(0, 0, -2 * CELL_PADDING, 0)
        return super().sizeHint(narrowed, index)


def draw_cell_without_text(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> QStyleOptionViewItem:
    """The cell's background, selection and focus as the style draws them, but not its text:
    for delegates that paint their own content. Returns the cell's initialised option."""
    item = QStyleOptionViewItem(option)
    delegate.initStyleOption(item, index)
    text, item.text = item.text, ""
    from PySide6.QtWidgets import QStyle  # its enums cost 14 ms: not on the way to the window

    style = item.widget.style() if item.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
    item.text = text
    return item


def page_layout(page: QWidget, title: str, subtitle: str) -> tuple[QVBoxLayout, QLabel]:
    """Give ``page`` a column with a title and a subtitle; returns it and the subtitle."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(14)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    sub = QLabel(subtitle)
    sub.setObjectName("pageSubtitle")
    sub.setWordWrap(True)
    header = QVBoxLayout()
    header.setSpacing(2)
    header.addWidget(heading)
    header.addWidget(sub)
    layout.addLayout(header)
    return layout, sub


class Card(QFrame):
    """A rounded panel with a title; put content in ``body``."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 16)
        outer.setSpacing(8)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        outer.addLayout(self.body)


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def empty_state(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def table_view(parent: QWidget | None = None, kind: type[QTableView] = QTableView) -> QTableView:
    """A read-only table with roomy rows and no grid, one row selected at a time."""
    view = kind(parent)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setItemDelegate(PaddedDelegate(view))
    return view


def brand(icon: QIcon | None, name: str) -> QWidget:
    """The logo and the name atop the sidebar. The logo is the icon's pixmap: a rich-text
    <img> of the SVG cost 15 ms of every start (a text document, an image reader) for the
    same pixels."""
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(28, 19, 22, 9)  # where the rich-text logo and name sat
    row.setSpacing(11)
    if icon is not None:
        logo = QLabel()
        logo.setPixmap(icon.pixmap(26, 26))
        row.addWidget(logo)
    label = QLabel(name)
    label.setObjectName("brand")
    label.setContentsMargins(0, 0, 0, 6)  # the name a little above the logo's middle
    row.addWidget(label, 1)
    return widget
