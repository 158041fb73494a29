"""The check-in's pills: a choice of a few drawn as segments ("1 · light" … "5 · overloaded")
and the life-context chips. Painted here rather than by a style sheet: a sheet above the
week's card would put its fields under Qt's style-sheet style too, which re-polishes each
widget under it (most of the time the dialog took to open). They look as the sheet drew them:
a rounded edge in the theme's mid colour, the highlight when chosen or under the mouse, a
two-pixel edge in the text colour with the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWidget

#: Around the words: 10 pixels beside them, 3 above and below, inside a 1-pixel edge.
PAD_X, PAD_Y, EDGE = 10, 3, 1
RADIUS = 6.0


def _init(button: QAbstractButton) -> None:
    button.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repainted as the mouse comes and goes


def _size(button: QAbstractButton) -> QSize:
    text = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, button.text())
    return QSize(text.width() + 2 * (PAD_X + EDGE), text.height() + 2 * (PAD_Y + EDGE))


#: What changes a pill's size (its words are set once, when it is made).
_RESIZING = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)


def _paint(button: QAbstractButton) -> None:
    palette = button.palette()
    chosen = button.isChecked()
    edge_width = 2 if button.hasFocus() else 1
    if button.hasFocus():
        edge = palette.color(QPalette.ColorRole.Text)
    elif chosen or (button.underMouse() and button.isEnabled()):
        edge = palette.color(QPalette.ColorRole.Highlight)
    else:
        edge = palette.color(QPalette.ColorRole.Mid)
    fill = palette.color(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Base)
    if not button.isEnabled():
        words = palette.color(QPalette.ColorRole.PlaceholderText)
    elif chosen:
        words = palette.color(QPalette.ColorRole.HighlightedText)
    else:
        words = palette.color(button.foregroundRole())
    painter = QPainter(button)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, edge_width))
    painter.setBrush(fill)
    inset = edge_width / 2
    painter.drawRoundedRect(
        QRectF(button.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
    )
    painter.setPen(words)
    painter.drawText(
        button.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic, button.text()
    )


class _Pill:
    """What a segment and a chip share: their size, what a click hits, how they are drawn."""

    def _be_a_pill(self) -> None:
        _init(self)
        self._size: QSize | None = None

    def sizeHint(self) -> QSize:
        if self._size is None:
            self._size = _size(self)
        return self._size

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RESIZING:
            self._size = None
        super().changeEvent(event)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole pill, not only an indicator and words

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint(self)


class Segment(_Pill, QRadioButton):
    """One choice of a row of choices (see ``ChoiceGroup``)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        QRadioButton.__init__(self, text, parent)
        self._be_a_pill()


class Chip(_Pill, QCheckBox):
    """A tag to tick on or off (the week's life context)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        QCheckBox.__init__(self, text, parent)
        self._be_a_pill()
