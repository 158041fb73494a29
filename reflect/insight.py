"""One insight as the Trends page and the report show it: a sentence and the numbers it rests on.

Every insight rule (``reflect.insights``, ``reflect.role_insights``) returns these records;
``signed`` writes a correlation the way the sentences and the charts show it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Insight:
    topic: str  # workload, feedback, roles, quiet, goals
    text: str
    numbers: tuple[tuple[str, str], ...]  # what the sentence rests on, as shown
    network_id: str | None = None


def signed(value: float) -> str:
    """r as people write it: two decimals and a real minus sign."""
    return f"{value:.2f}".replace("-", "\u2212")
