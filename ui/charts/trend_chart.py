"""What every Trends chart shares: one ``pg.PlotWidget`` built the first time there is
something to draw, colours taken from the application palette (and taken again when the
palette or the system's colour scheme changes), a legend of words beside the symbols below
the plot (it never covers the data), hover tooltips, zoom and pan kept inside the data, and
a PNG of the chart with its title and legend.

pyqtgraph costs about half a second to import (FACTS.md item 3): nothing here imports it at
module level; ``_ensure_plot`` does, once.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from reflect.weeks import IsoWeek
from ui.theme import chart_colours, muted_colour
from ui.widgets import muted_label

WEEK_SECONDS = 7 * 24 * 3600
#: A chart exported as an image: this size in pixels (before the device pixel ratio).
IMAGE_SIZE = QSize(1200, 680)
_PALETTE_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.ThemeChange,
    QEvent.Type.StyleChange,
)


def week_centre(week: IsoWeek) -> float:
    """The chart's x for a week: its Thursday noon, local time, as a Unix timestamp."""
    return datetime.combine(week.monday() + timedelta(days=3), time(12)).timestamp()


def faint(colour: QColor | str, alpha: int) -> QColor:
    """``colour`` with ``alpha`` (0–255): shading that works on light and dark backgrounds."""
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


class TrendChart(QWidget):
    """Subclasses implement ``_build(pg, plot_item)`` (make the items once), ``_restyle()``
    (palette colours onto those items) and ``hover_text(point)``; they call ``_ensure_plot``
    at the top of their ``show_weeks``."""

    EMPTY_TEXT = QT_TRANSLATE_NOOP("TrendChart", "Nothing to show in these weeks yet.")
    MIN_HEIGHT = 260

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self._compact = compact
        self._pg: Any = None
        self._plot: Any = None
        self._legend_names: list[str] = []
        self._legend_chips: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._placeholder = muted_label(self.tr("Loading the chart…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setMinimumHeight(220 if compact else self.MIN_HEIGHT)
        layout.addWidget(self._placeholder, 1)
        self._empty = muted_label(self.tr(self.EMPTY_TEXT))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.hide()
        layout.addWidget(self._empty)
        self._legend = QLabel()
        self._legend.setObjectName("muted")
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self._legend, 1)
        layout.addLayout(row)
        # The application palette, not the widget's: under the window's style sheet a
        # widget keeps the palette it was polished with, while the application's follows
        # the system's light or dark scheme.
        app = QGuiApplication.instance()
        app.paletteChanged.connect(self._apply_palette)
        app.styleHints().colorSchemeChanged.connect(self._apply_palette)

    # -- what the page, tests and exports read -------------------------------------------

    def has_plot(self) -> bool:
        return self._plot is not None

    def plot_widget(self) -> Any:
        return self._plot

    def legend_names(self) -> list[str]:
        return list(self._legend_names)

    def legend_text(self) -> str:
        """The legend as a reader hears it: "■ LinkedIn · ━●━ Workload"."""
        return " · ".join(f"{symbol} {name}".strip() for symbol, name in self._legend_chips)

    def background(self) -> QColor:
        return chart_colours(QGuiApplication.palette())[0]

    def foreground(self) -> QColor:
        return chart_colours(QGuiApplication.palette())[1]

    def muted(self) -> QColor:
        return QColor(muted_colour(QGuiApplication.palette()))

    def render_image(self, title: str, size: QSize | None = None, scale: float = 2.0) -> QImage:
        """The chart with ``title`` above it and its legend below, as an image."""
        size = size or (self.size() if self.isVisible() else IMAGE_SIZE)
        if not self.isVisible():
            self.resize(size)
            layout = self.layout()
            layout.activate()
        width, height = self.width(), self.height()
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.25)
        title_font.setBold(True)
        header = round(title_font.pointSizeF() * 2.6)
        margin = 16
        image = QImage(
            round((width + 2 * margin) * scale),
            round((height + header + margin) * scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(self.background())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.foreground())
        painter.setFont(title_font)
        painter.drawText(
            QRectF(margin, 0, width, header),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.translate(margin, header)
        # the children only: the chart's own background is the page's, not the chart's
        self.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
        painter.end()
        return image

    # -- building the plot once -----------------------------------------------------------

    def _axis_items(self, pg: Any) -> dict[str, Any]:
        return {}

    def _build(self, pg: Any, item: Any) -> None:
        raise NotImplementedError

    def _restyle(self) -> None:
        """Put the palette's colours on the chart's own items (after a palette change)."""

    def _ensure_plot(self) -> None:
        if self._plot is not None:
            return
        import pyqtgraph as pg

        self._pg = pg
        widget = pg.PlotWidget(background=self.background(), axisItems=self._axis_items(pg))
        if self._compact:
            widget.setFixedHeight(220)
        else:
            widget.setMinimumHeight(self.MIN_HEIGHT)
        widget.setMenuEnabled(False)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table view is the keyboard's way
        item = widget.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.vb.setMenuEnabled(False)
        self._plot = widget
        self._build(pg, item)
        self._apply_palette()
        widget.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self._placeholder.hide()
        self.layout().insertWidget(0, widget, 1)

    def _axes(self) -> list[Any]:
        item = self._plot.getPlotItem()
        return [item.getAxis(name) for name in ("left", "bottom", "right") if name in item.axes]

    def _apply_palette(self, *_: object) -> None:
        if self._plot is None:
            return
        pg = self._pg
        background, foreground = self.background(), self.foreground()
        self._plot.setBackground(background)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (0.85 if self._compact else 0.95))
        for axis in self._axes():
            axis.setPen(pg.mkPen(foreground, width=1))
            axis.setTextPen(pg.mkPen(foreground))
            axis.setStyle(tickFont=font)
            if axis.labelText:
                axis.setLabel(axis.labelText, color=foreground.name())
        self._restyle()
        self._show_legend()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _PALETTE_EVENTS:
            self._apply_palette()
        super().changeEvent(event)

    # -- the legend -----------------------------------------------------------------------

    def _set_legend(
        self, chips: list[tuple[str, str, str]], notes: list[tuple[str, str, str]] = ()
    ) -> None:
        """``chips``: (symbol, colour or "" for the text colour, name) of what is drawn;
        ``notes`` in the same form explain the rest (shading, symbols) after them."""
        self._legend_names = [name for _, _, name in chips]
        chips = [*chips, *notes]
        self._legend_chips = [(symbol, name) for symbol, _, name in chips]
        self._legend_html = [
            (f'<span style="color:{colour}; font-size:12pt">{symbol}</span>' if colour else symbol)
            + ("&nbsp;" if symbol else "")
            + escape(name).replace(" ", "&nbsp;")
            for symbol, colour, name in chips
        ]
        self._show_legend()

    def _show_legend(self) -> None:
        chips = getattr(self, "_legend_html", [])
        self._legend.setText("&nbsp;&nbsp;&nbsp; ".join(chips))

    # -- zoom, pan and hover --------------------------------------------------------------

    def _keep_x_inside(self, low: float, high: float, fewest: float) -> None:
        """Zoom and pan along x only, never beyond ``low``–``high``, never closer than
        ``fewest``; the view starts showing all of it."""
        item = self._plot.getPlotItem()
        span = max(high - low, fewest)
        item.vb.setLimits(xMin=low, xMax=low + span, minXRange=min(fewest, span), maxXRange=span)
        item.setXRange(low, low + span, padding=0)
        item.setMouseEnabled(x=span > fewest, y=False)

    def hover_text(self, point: QPointF) -> str | None:
        """What the tooltip says at this point of the view (view coordinates)."""
        return None

    def _on_scene_mouse_moved(self, position: QPointF) -> None:
        box = self._plot.getPlotItem().vb
        if not box.sceneBoundingRect().contains(position):
            return
        text = self.hover_text(box.mapSceneToView(position))
        if text:
            QToolTip.showText(self.cursor().pos(), text, self._plot)
        else:
            QToolTip.hideText()


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128
