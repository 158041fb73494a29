"""The strip of a goal's recent weeks: one small symbol per week, never colour alone.

met ● (filled), partly ◐ (half), not this week ○ (ring), paused ‖ (two bars), no data – (a dash).
The same shapes draw the legend, so the two always agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reflect.goals import GoalState
from ui.theme import STATE_COLOURS
from ui.widgets import draw_cell_without_text

#: The model role that holds a row's strip (a tuple of GoalState, oldest first).
STRIP_ROLE = Qt.ItemDataRole.UserRole + 1
SYMBOLS = {
    "met": "●",
    "partly": "◐",
    "missed": "○",
    "paused": "‖",
    "no data": "–",
}
LEGEND = (
    ("met", QT_TRANSLATE_NOOP("GoalStrip", "met")),
    ("partly", QT_TRANSLATE_NOOP("GoalStrip", "partly")),
    ("missed", QT_TRANSLATE_NOOP("GoalStrip", "not this week")),
    ("paused", QT_TRANSLATE_NOOP("GoalStrip", "paused")),
    ("no data", QT_TRANSLATE_NOOP("GoalStrip", "no data")),
)
CELL, GAP = 14, 5


def _tr(words: str) -> str:
    return QCoreApplication.translate("GoalStrip", words)


def strip_text(states: Sequence[GoalState]) -> str:
    """The strip as text, for copying and for screen readers: "●●◐○‖–"."""
    return "".join(SYMBOLS.get(s.state, "?") for s in states)


def paint_state(painter: QPainter, rect: QRectF, state: str, colour: QColor | None = None) -> None:
    """One week's symbol, centred in ``rect``, in the state's colour unless ``colour`` is given
    (on a selected row every symbol takes the highlighted text's colour: the shapes differ)."""
    colour = colour or QColor(STATE_COLOURS.get(state, "#c4c4c4"))
    size = min(rect.width(), rect.height()) - 2
    box = QRectF(0, 0, size, size)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state == "met":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
    elif state == "partly":
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = box.adjusted(0.8, 0.8, -0.8, -0.8)
        painter.drawEllipse(ring)
        half = QPainterPath()
        half.moveTo(ring.center())
        half.arcTo(ring, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    elif state == "missed":
        painter.setPen(QPen(colour, 1.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5))
    elif state == "paused":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        bar = size * 0.22
        for x in (box.left() + size * 0.22, box.right() - size * 0.22 - bar):
            painter.drawRoundedRect(QRectF(x, box.top() + 1, bar, size - 2), 1, 1)
    else:
        pen = QPen(colour, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        y = box.center().y()
        painter.drawLine(QPointF(box.left() + 3, y), QPointF(box.right() - 3, y))
    painter.restore()


def frame_current_week(painter: QPainter, cell: QRectF, colour: QColor) -> None:
    """A thin rounded frame around this week's symbol."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(cell.adjusted(-2.5, -2.5, 2.5, 2.5), 4, 4)
    painter.restore()


def strip_width(count: int) -> int:
    return count * CELL + max(count - 1, 0) * GAP


class GoalStripDelegate(QStyledItemDelegate):
    """Draws the strip held in ``STRIP_ROLE``, the current week framed."""

    PADDING = 8

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        states = index.data(STRIP_ROLE)
        if not states:
            super().paint(painter, option, index)
            return
        draw_cell_without_text(self, painter, option, index)
        left = option.rect.left() + self.PADDING
        top = option.rect.center().y() - CELL / 2
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        on = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else None
        for i, state in enumerate(states):
            cell = QRectF(left + i * (CELL + GAP), top, CELL, CELL)
            paint_state(painter, cell, state.state, on)
        last = QRectF(left + (len(states) - 1) * (CELL + GAP), top, CELL, CELL)
        frame_current_week(painter, last, on or option.palette.color(QPalette.ColorRole.Text))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        states = index.data(STRIP_ROLE) or ()
        return QSize(strip_width(len(states)) + 2 * self.PADDING + 2, CELL + 14)


class StripLegend(QWidget):
    """What the symbols mean, drawn with the same shapes: "● met ◐ partly …"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(
            self.tr("Legend: ") + ", ".join(f"{SYMBOLS[k]} {_tr(w)}" for k, w in LEGEND)
        )
        self.setMinimumHeight(CELL + 8)

    def text(self) -> str:
        return self.tr("Weeks: ") + "  ".join(f"{SYMBOLS[k]} {_tr(words)}" for k, words in LEGEND)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.tr("Weeks, oldest first; this one framed:")) + 12
        width += sum(CELL + 6 + metrics.horizontalAdvance(w) + 16 for _, w in LEGEND)
        return QSize(width, max(CELL, metrics.height()) + 8)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        x, height = 0, self.height()
        intro = self.tr("Weeks, oldest first; this one framed:")
        painter.drawText(QRectF(x, 0, 400, height), Qt.AlignmentFlag.AlignVCenter, intro)
        x += metrics.horizontalAdvance(intro) + 12
        for key, words in ((k, _tr(w)) for k, w in LEGEND):
            paint_state(painter, QRectF(x, (height - CELL) / 2, CELL, CELL), key)
            x += CELL + 6
            painter.setPen(muted)
            painter.drawText(QRectF(x, 0, 200, height), Qt.AlignmentFlag.AlignVCenter, words)
            x += metrics.horizontalAdvance(words) + 16
        painter.end()
