"""Paints a week's activity per network as small bars in the network's colour; the numbers
stay in the tooltip and the accessible text (the model gives both)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.history.history_view import top_part
from ui.models.history_table_model import BARS_ROLE, GAP_ROLE, REFLECTION_COLUMN
from ui.widgets import CELL_PADDING, PaddedDelegate, draw_cell_without_text

Index = QModelIndex | QPersistentModelIndex
BAR_HEIGHT = 6
BAR_GAP = 3


class ActivityBarsDelegate(QStyledItemDelegate):
    """For the activity column: one bar a network, its length the week's actions against the
    most in any week; a network not used is a short grey dash."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        top_part(option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        bars = index.data(BARS_ROLE)
        if not bars:
            super().paint(painter, option, index)
            return
        option = draw_cell_without_text(self, painter, option, index)
        most = max(index.model().most_actions, 1)
        area = option.rect.adjusted(CELL_PADDING, 0, -CELL_PADDING, 0)
        total = len(bars) * BAR_HEIGHT + (len(bars) - 1) * BAR_GAP
        top = area.top() + (area.height() - total) / 2
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for position, (_, colour, actions) in enumerate(bars):
            y = top + position * (BAR_HEIGHT + BAR_GAP)
            if actions is None:  # didn't use it
                painter.setBrush(muted)
                painter.drawRoundedRect(QRectF(area.left(), y + 2, 6, 2), 1, 1)
                continue
            width = max(2.0, area.width() * actions / most) if actions else 2.0
            painter.setBrush(QColor(colour) if actions else muted)
            painter.drawRoundedRect(QRectF(area.left(), y, width, BAR_HEIGHT), 2, 2)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bars = index.data(BARS_ROLE) or ()
        return QSize(160, max(24, len(bars) * (BAR_HEIGHT + BAR_GAP) + 8))


class GapAwareDelegate(PaddedDelegate):
    """Quiet gaps: a week without a check-in is drawn in the muted text colour, in italics;
    its "write it now" in the link colour, underlined, as the one-click link it is."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        top_part(option, index)
        if index.data(GAP_ROLE):
            option.font.setItalic(True)
            colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            if index.column() == REFLECTION_COLUMN:
                option.font.setUnderline(True)
                colour = option.palette.color(QPalette.ColorRole.Link)
            option.palette.setColor(QPalette.ColorRole.Text, colour)
            option.palette.setColor(QPalette.ColorRole.WindowText, colour)
