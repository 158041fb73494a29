"""The five Trends charts, each as its data, its widget, its table and its title: what the
page switches between and ``reflect chart NAME`` renders, described once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reflect import chart_data, chart_summaries, trends, workload_scatter
from reflect.trend_history import TrendHistory
from reflect.trend_values import METRIC_WORDS
from reflect.trends import TrendQuery
from ui.charts.ebb_flow_chart import EbbFlowChart
from ui.charts.goal_heatmap_chart import GoalHeatmapChart
from ui.charts.measured_chart import MeasuredChart
from ui.charts.participation_chart import ParticipationChart
from ui.charts.trend_chart import TrendChart
from ui.charts.workload_scatter_chart import WorkloadScatterChart


@dataclass(frozen=True, slots=True)
class ChartKind:
    name: str  # as ``reflect chart`` takes it
    tab: str  # the switcher's words
    make: Callable[[], TrendChart]
    compute: Callable[[TrendHistory, TrendQuery], Any]
    table: Callable[[Any, TrendQuery], chart_data.ChartTable]
    summary: Callable[[Any, TrendQuery], str]  # the table's summary, without the rows
    uses_metric: bool

    def key(self, query: TrendQuery) -> TrendQuery:
        """The part of ``query`` this chart depends on: a change of anything else (say, the
        metric on a chart that does not count activity) neither computes nor draws it again."""
        metric = query.metric if self.uses_metric else "actions"
        return replace(query, metric=metric, rolling=query.rolling and self.name == "ebb-flow")

    def draw(self, chart: TrendChart, data: Any, query: TrendQuery) -> None:
        if self.name == "measured":
            chart.show_weeks(data, query.metric)
        else:
            chart.show_weeks(data)

    def title(self, query: TrendQuery, network_name: str) -> str:
        """ "Ebb and flow · all activity · LinkedIn · 2026-W36 – 2026-W47"."""
        parts = [QCoreApplication.translate("Chart", chart_summaries.TITLES[self.name])]
        if self.uses_metric:
            parts.append(QCoreApplication.translate("Metric", METRIC_WORDS[query.metric]))
        parts.append(network_name)
        span = str(query.first) if query.first == query.last else f"{query.first} – {query.last}"
        parts.append(span)
        return " · ".join(parts)


KINDS: dict[str, ChartKind] = {
    kind.name: kind
    for kind in (
        ChartKind(
            "ebb-flow",
            QT_TRANSLATE_NOOP("ChartKinds", "Ebb and flow"),
            EbbFlowChart,
            trends.ebb_flow,
            lambda data, _q: chart_data.ebb_flow_table(data),
            lambda data, _q: chart_summaries.ebb_flow_summary(data),
            True,
        ),
        ChartKind(
            "participation",
            QT_TRANSLATE_NOOP("ChartKinds", "Participation"),
            ParticipationChart,
            trends.participation,
            lambda data, _q: chart_data.participation_table(data),
            lambda data, _q: chart_summaries.participation_summary(data),
            False,
        ),
        ChartKind(
            "goals",
            QT_TRANSLATE_NOOP("ChartKinds", "Goals"),
            GoalHeatmapChart,
            trends.goal_heatmap,
            lambda data, _q: chart_data.goals_table(data),
            lambda data, _q: chart_summaries.goals_summary(data),
            False,
        ),
        ChartKind(
            "workload",
            QT_TRANSLATE_NOOP("ChartKinds", "Workload"),
            WorkloadScatterChart,
            workload_scatter.workload_scatter,
            lambda data, _q: chart_data.workload_table(data),
            lambda data, _q: chart_summaries.fit_words(data),
            True,
        ),
        ChartKind(
            "measured",
            QT_TRANSLATE_NOOP("ChartKinds", "Reported vs measured"),
            MeasuredChart,
            trends.reported_measured,
            lambda data, q: chart_data.measured_table(data, q.metric),
            lambda data, q: chart_summaries.measured_summary(data, q.metric),
            True,
        ),
    )
}
assert tuple(KINDS) == trends.CHARTS
