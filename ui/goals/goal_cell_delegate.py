"""The Goal column: the goal's title with what it asks in plain words beneath, muted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.widgets import CELL_PADDING, draw_cell_without_text

#: The model role that holds the line under the title.
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
V_PADDING, GAP = 7, 2


class GoalCellDelegate(QStyledItemDelegate):
    """Title over detail; a cell without detail (a group row) is drawn as usual."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        return title, QFont(option.font)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        detail = index.data(DETAIL_ROLE)
        if not detail:
            super().paint(painter, option, index)
            return
        title = draw_cell_without_text(self, painter, option, index).text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        title_font, detail_font = self._fonts(option)
        area = option.rect.adjusted(CELL_PADDING, V_PADDING, -CELL_PADDING, -V_PADDING)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(text)
        used = painter.boundingRect(area, FLAGS, title)
        painter.drawText(area, FLAGS, title)
        painter.setFont(detail_font)
        painter.setPen(muted)
        below = QRect(area.left(), used.bottom() + GAP, area.width(), area.height())
        painter.drawText(below, FLAGS, detail)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        detail = index.data(DETAIL_ROLE)
        if not detail:
            return super().sizeHint(option, index)
        title_font, detail_font = self._fonts(option)
        width = max(option.rect.width() - 2 * CELL_PADDING, 80)
        bounds = QRect(0, 0, width, 100_000)
        title = QFontMetrics(title_font).boundingRect(bounds, FLAGS, index.data() or "")
        lines = QFontMetrics(detail_font).boundingRect(bounds, FLAGS, detail)
        return QSize(width, title.height() + GAP + lines.height() + 2 * V_PADDING)
