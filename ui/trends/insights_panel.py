"""The insights under the Trends charts: one sentence each, with the numbers behind it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from reflect.insight import Insight
from reflect.insights import MINIMUMS
from ui.text import domain
from ui.theme import muted_colour
from ui.widgets import Card

NONE_YET = QT_TRANSLATE_NOOP(
    "InsightsPanel",
    "Nothing to say about these weeks yet — insights appear once there is enough to go on "
    "({minimums}).",
)


def _says(text: str, value: str) -> bool:
    """Whether ``text`` already has ``value`` as a number of its own (not inside another)."""
    return re.search(rf"(?<![\w.−]){re.escape(value)}(?![\w.])", text) is not None


class InsightsPanel(Card):
    def __init__(self, parent=None):
        super().__init__(self.tr("Insights"), parent)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.text)
        self._insights: tuple[Insight, ...] = ()
        QGuiApplication.instance().paletteChanged.connect(self._on_palette_changed)

    def _on_palette_changed(self, *_: object) -> None:
        self.show_insights(self._insights)  # the numbers' muted colour follows the theme

    def show_insights(self, insights: Sequence[Insight]) -> None:
        self._insights = tuple(insights)
        if not insights:
            minimums = "; ".join(domain(m) for m in MINIMUMS)
            none_yet = self.tr(NONE_YET).format(minimums=minimums)
            self.text.setText(escape(none_yet))
            self.text.setAccessibleDescription(none_yet)
            return
        muted = muted_colour(QGuiApplication.palette())
        items = []
        for insight in insights:
            text = domain(insight.text)
            # the numbers behind the sentence that it does not already say
            extra = [(domain(k), v) for k, v in insight.numbers if not _says(text, v)]
            numbers = " · ".join(f"{name}: {value}" for name, value in extra)
            aside = f" <span style='color:{muted}'>({escape(numbers)})</span>" if extra else ""
            items.append(f"<li style='margin-bottom:4px'>{escape(text)}{aside}</li>")
        self.text.setText("<ul style='margin-left:-20px'>" + "".join(items) + "</ul>")
        self.text.setAccessibleDescription(" ".join(domain(i.text) for i in insights))

    def sentences(self) -> list[str]:
        return [domain(i.text) for i in self._insights]
