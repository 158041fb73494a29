"""Search hits as a list: one row each, painted as rich text by :class:`HitDelegate`."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reflect.search import SearchHit
from ui.widgets import draw_cell_without_text

Index = QModelIndex | QPersistentModelIndex
#: The hit's passage as HTML: the user's text escaped, the matches in <b>.
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{_where(hit)}: {hit.text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            label = f" ({_label(hit)})" if hit.label else ""
            return f"{_where(hit)}{label}: {hit.text}"
        if role == HTML_ROLE:
            label = f" — {html.escape(_label(hit))}" if hit.label else ""
            return f"<small>{html.escape(_where(hit))}{label}</small><br>{hit.html}"
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _where(hit: SearchHit) -> str:
    """ "Reflection · 2026-W12 · LinkedIn" in the user's language."""
    kind = QCoreApplication.translate("Search", hit.kind_word)
    return hit.where.replace(hit.kind_word, kind, 1)


def _label(hit: SearchHit) -> str:
    """The prompt or the charter question in the user's language."""
    for context in ("Prompt", "Charter"):
        translated = QCoreApplication.translate(context, hit.label)
        if translated != hit.label:
            return translated
    return hit.label


class HitDelegate(QStyledItemDelegate):
    """Draws the hit's HTML (already escaped, with <b> around the matches)."""

    WIDTH = 600

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        option = draw_cell_without_text(self, painter, option, index)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else self.WIDTH
        probe = QStyleOptionViewItem(option)
        probe.rect.setWidth(width)
        document = self._document(probe, index)
        return QSize(width, int(document.size().height()) + 4)
