"""A label of plain words with coloured dots in it ("● X", "Filled in from … · ● Goal: 2 of 3
posts"), drawn with one ``QTextLayout``.

A rich-text ``QLabel`` keeps a whole text document: it parses its HTML, and lays the text out
again each time a layout asks its height for a width (twice: once for the width, once to put
the old width back), most of a dozen network rows' cost while the dialog opens. Here the words
are shaped once per text; a width only breaks them into lines again, and each width's height is
kept. It lays out, wraps and paints as the rich-text label did (same font, colours, line
heights and vertical centring), and it is still a ``QLabel`` to the style sheet, so
``QLabel#rowInfo`` and ``QLabel#networkName`` style it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QWidget

#: (colour of a dot, or "" for words in the label's own colour; the text).
Part = tuple[str, str]
#: What rich text folds into one space (a no-break space is not among them).
_WHITE = frozenset(" \t\n\r\f")

_RESET = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


def _collapsed(parts: Sequence[Part]) -> tuple[Part, ...]:
    """The parts with white space as rich text shows it: each run of spaces, tabs and line
    breaks one space, none at the start (a no-break space stays as it is)."""
    result: list[Part] = []
    space = True  # nothing yet: white space at the start goes
    for colour, text in parts:
        kept = []
        for char in text:
            if char in _WHITE:
                if not space:
                    kept.append(" ")
                space = True
            else:
                kept.append(char)
                space = False
        result.append((colour, "".join(kept)))
    return tuple(result)


class DottedText(QLabel):
    """``set_parts([(colour, text), …])``: the texts one after another, each in its colour.
    ``text()`` gives the same words as rich text (what a rich-text label would hold);
    ``plain()`` as a reader sees them, which is also the accessible name."""

    def __init__(self, wrap: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._wrap = wrap
        self.setWordWrap(wrap)
        policy = self.sizePolicy()  # height for width when it wraps, as a wrapped label has
        policy.setHeightForWidth(wrap)  # (a QLabel sets it only once it has text of its own)
        self.setSizePolicy(policy)
        self._parts: tuple[Part, ...] = ()
        self._plain = ""
        self._layout: QTextLayout | None = None
        self._laid_width: float | None = None
        self._sizes: dict[float, tuple[float, float]] = {}  # width → (height, widest line)
        self._hint: QSize | None = None
        self._least: QSize | None = None

    # -- what it shows -------------------------------------------------------------------

    def set_parts(self, parts: Sequence[Part]) -> None:
        parts = _collapsed(parts)
        if parts == self._parts:
            return
        self._parts = parts
        self._plain = "".join(text for _colour, text in parts)
        self.setAccessibleName(self._plain.replace("\u00a0", " "))
        self._forget()
        self.updateGeometry()
        self.update()

    def text(self) -> str:  # type: ignore[override]
        return "".join(
            f"<span style='color:{colour}'>{escape(text)}</span>" if colour else escape(text)
            for colour, text in self._parts
        ).replace("\u00a0", "&nbsp;")

    def plain(self) -> str:
        return self._plain.replace("\u00a0", " ")

    # -- laying out ----------------------------------------------------------------------

    def _forget(self) -> None:
        self._layout = None
        self._laid_width = None
        self._sizes.clear()
        self._hint = self._least = None

    def _text_layout(self) -> QTextLayout:
        if self._layout is None:
            self.ensurePolished()  # the style sheet's font: not laid out twice
            layout = QTextLayout(self._plain, self.font(), self)
            option = QTextOption()
            option.setWrapMode(
                QTextOption.WrapMode.WordWrap if self._wrap else QTextOption.WrapMode.ManualWrap
            )
            layout.setTextOption(option)
            formats, start = [], 0
            for colour, text in self._parts:
                if colour:
                    char = QTextCharFormat()
                    char.setForeground(QColor(colour))
                    span = QTextLayout.FormatRange()
                    span.start, span.length, span.format = start, len(text), char
                    formats.append(span)
                start += len(text)
            layout.setFormats(formats)
            self._layout = layout
        return self._layout

    def _measure(self, width: float) -> tuple[float, float]:
        """The height of the text ``width`` wide (any width when negative) and its widest
        line, as the rich-text document measured them."""
        size = self._sizes.get(width)
        if size is None:
            size = self._sizes[width] = self._lay_out(width)
        return size

    def _lay_out(self, width: float) -> tuple[float, float]:
        """Break the words into lines ``width`` wide (any width when negative), ready to
        draw; the height of the text and its widest line."""
        layout = self._text_layout()
        if self._laid_width == width:
            return self._sizes[width]
        layout.beginLayout()
        y, widest = 0.0, 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(width if width >= 0 else 2.0**24)
            line.setPosition(QPointF(0, y))
            y += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        self._laid_width = width
        self._sizes[width] = (y, widest)
        return y, widest

    def _height_for(self, width: int) -> int:
        if not self._plain:
            return 0
        text_height, _widest = self._measure(max(width, 0) if self._wrap else -1)
        return -int(-text_height // 1)

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right()
        return self._height_for(max(width - extra, 0)) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        if self._hint is None:
            margins = self.contentsMargins()
            if not self._plain:
                width = height = 0
            elif not self._wrap:
                height, width = self._measure(-1)
            else:  # as QTextDocument.adjustSize chooses a width for wrapped words
                most = self.fontMetrics().horizontalAdvance("x") * 80
                height, width = self._measure(most)
                chosen = int((5 * height * most / 3) ** 0.5)
                height, width = self._measure(min(chosen, most))
                if chosen * 3 < 5 * height:
                    chosen = int((2 * height * min(chosen, most)) ** 0.5)
                    height, width = self._measure(min(chosen, most))
                height, width = self._measure(width)
            self._hint = QSize(
                -int(-width // 1) + margins.left() + margins.right(),
                -int(-height // 1) + margins.top() + margins.bottom(),
            )
        return self._hint

    def minimumSizeHint(self) -> QSize:
        if not self._wrap:
            return self.sizeHint()
        if self._least is None:
            margins = self.contentsMargins()
            widest = 0.0
            if self._plain:  # the widest word: any layout measures it on the way
                self._measure(self._laid_width if self._laid_width is not None else -1)
                widest = self._text_layout().minimumWidth()
            self._least = QSize(
                -int(-widest // 1) + margins.left() + margins.right(),
                min(self.sizeHint().height(), self._height_for(2**24) + margins.top()),
            )
        return self._least

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RESET:
            self._forget()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._plain:
            return
        rect = self.contentsRect()
        height, _widest = self._lay_out(rect.width() if self._wrap else -1)
        top = max((rect.height() - height) / 2, 0)
        painter = QPainter(self)
        palette = self.palette()  # in the colour group of the label's state
        role = self.foregroundRole() if self.isEnabled() else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))  # as a rich-text label draws
        self._text_layout().draw(painter, QPointF(rect.left(), rect.top() + top))
