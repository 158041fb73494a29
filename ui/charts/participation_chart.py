"""Participation mix: the creator / commenter / reader shares you gave each week, stacked to
100 %, and above them a strip with the role your counts imply (the Technographics rung).

A week without a check-in, or without role shares, is a gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF

from reflect.checkins import ROLES
from reflect.trends import RoleWeek
from ui.charts.trend_chart import WEEK_SECONDS, TrendChart, week_centre
from ui.text import plural

#: A ladder from making to taking in: distinct hues, each named in the legend.
ROLE_COLOURS = {
    "creator": "#0072b2",
    "commenter": "#009e73",
    "reader": "#9a9a9a",
    "unplugged": "#d0d0d0",
}
ROLE_WORDS = {
    "creator": QT_TRANSLATE_NOOP("ParticipationChart", "Creator"),
    "commenter": QT_TRANSLATE_NOOP("ParticipationChart", "Commenter"),
    "reader": QT_TRANSLATE_NOOP("ParticipationChart", "Reader"),
    "unplugged": QT_TRANSLATE_NOOP("ParticipationChart", "Unplugged"),
}
STRIP_LOW, STRIP_HIGH = 104.0, 112.0


class ParticipationChart(TrendChart):
    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "ParticipationChart",
        "No role shares in these weeks yet: the check-in asks for them per network.",
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bars: dict[str, Any] = {}
        self._strip: dict[str, Any] = {}
        self._weeks: tuple[RoleWeek, ...] = ()

    def show_weeks(self, weeks: Sequence[RoleWeek]) -> None:
        self._ensure_plot()
        import numpy as np

        self._weeks = tuple(weeks)
        rated = [w for w in weeks if w.creator is not None]
        xs = np.array([week_centre(w.week) for w in rated], dtype=float)
        bottom = np.zeros(len(rated))
        width = 0.86 * WEEK_SECONDS
        for role in ROLES:
            heights = np.array([getattr(w, role) for w in rated], dtype=float)
            self._bars[role].setOpts(x=xs, y0=bottom.copy(), height=heights, width=width)
            bottom += heights
        for role, bar in self._strip.items():
            marked = [week_centre(w.week) for w in weeks if w.implied == role]
            bar.setOpts(
                x=np.array(marked, dtype=float),
                y0=np.full(len(marked), STRIP_LOW),
                height=np.full(len(marked), STRIP_HIGH - STRIP_LOW),
                width=width,
            )
        if weeks:
            low = week_centre(weeks[0].week) - 0.6 * WEEK_SECONDS
            high = week_centre(weeks[-1].week) + 0.6 * WEEK_SECONDS
            self._keep_x_inside(low, high, 6 * WEEK_SECONDS)
        self._empty.setVisible(not rated)
        chips = [
            (
                "■",
                ROLE_COLOURS[r],
                self.tr("{role} share (yours)").format(role=self.tr(ROLE_WORDS[r])),
            )
            for r in ROLES
        ]
        notes = [
            (
                "▀",
                "",
                self.tr("Top strip: the rung your counts imply, same colours (palest: unplugged)"),
            )
        ]
        self._set_legend(chips, notes)

    def bar_item(self, role: str) -> Any:
        return self._bars[role]

    def strip_item(self, role: str) -> Any:
        return self._strip[role]

    def _axis_items(self, pg: Any) -> dict[str, Any]:
        from ui.charts.week_axis import WeekAxisItem

        return {"bottom": WeekAxisItem(orientation="bottom")}

    def _build(self, pg: Any, item: Any) -> None:
        item.getAxis("bottom").setStyle(maxTickLevel=1)
        left = item.getAxis("left")
        left.setStyle(maxTickLevel=0)
        left.setTicks([[(v, f"{v} %") for v in (0, 25, 50, 75, 100)]])
        left.setLabel(self.tr("Share of your time (your own estimate)"))
        left.setGrid(40)
        item.setYRange(0, STRIP_HIGH + 2, padding=0)
        for position, role in enumerate(ROLES):
            bar = pg.BarGraphItem(x=[], height=[], width=WEEK_SECONDS, brush=ROLE_COLOURS[role])
            bar.setZValue(position)
            item.addItem(bar)
            self._bars[role] = bar
        for role in (*ROLES, "unplugged"):
            bar = pg.BarGraphItem(x=[], height=[], width=WEEK_SECONDS, brush=ROLE_COLOURS[role])
            item.addItem(bar)
            self._strip[role] = bar

    def _restyle(self) -> None:
        pen = self._pg.mkPen(self.background(), width=0.5)
        for bar in (*self._bars.values(), *self._strip.values()):
            bar.setOpts(pen=pen)

    def hover_text(self, point: QPointF) -> str | None:
        if not self._weeks:
            return None
        week = min(self._weeks, key=lambda w: abs(week_centre(w.week) - point.x()))
        if abs(week_centre(week.week) - point.x()) > WEEK_SECONDS / 2:
            return None
        return describe(week)


def describe(week: RoleWeek) -> str:
    lines = [week.week.label()]
    if week.creator is None:
        lines.append(
            QCoreApplication.translate("ParticipationChart", "No role shares")
            if week.implied
            else QCoreApplication.translate("ParticipationChart", "No check-in")
        )
    else:
        lines += [
            QCoreApplication.translate(
                "ParticipationChart",
                "Creator {creator:.0f} % · commenter {commenter:.0f} % · reader {reader:.0f} %",
            ).format(creator=week.creator, commenter=week.commenter, reader=week.reader),
            QCoreApplication.translate("ParticipationChart", "Mean over {networks}").format(
                networks=plural(week.rated, "network")
            ),
        ]
    if week.implied:
        lines.append(
            QCoreApplication.translate("ParticipationChart", "Your counts imply: {implied}").format(
                implied=week.implied
            )
        )
    return "\n".join(lines)
