"""What a goal is: its kinds, metrics, directions and statuses, the draft the editor returns
and the stored goal with its versions. Plain frozen values, no storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reflect.goal_timeline import Target, in_force
from reflect.weeks import IsoWeek

KINDS = ("count", "role", "practice", "free")
METRICS = ("posts", "comments", "shares", "reactions", "minutes", "active_days")
DIRECTIONS = ("at_least", "at_most")
STATUSES = ("active", "paused", "achieved", "retired")
#: The most a weekly count goal may ask for: beyond this a number is a typo, not a goal.
LIMITS = {
    "posts": 10_000,
    "comments": 10_000,
    "shares": 10_000,
    "reactions": 10_000,
    "minutes": 7 * 24 * 60,
    "active_days": 7,
}
TITLE_LENGTH = 120


@dataclass(frozen=True, slots=True)
class GoalDraft:
    """What the goal editor returns. For an edit, ``effective_week`` says from when it applies."""

    title: str
    kind: str
    start_week: IsoWeek
    network_id: str | None = None
    end_week: IsoWeek | None = None
    metric: str | None = None
    direction: str | None = None
    target: float | None = None
    role: str | None = None
    practice_id: str | None = None
    id: str | None = None
    effective_week: IsoWeek | None = None

    def asks(self) -> Target:
        """The target this draft sets, with the fields its kind does not use left empty."""
        kind = self.kind
        return Target(
            self.effective_week or self.start_week,
            "active",
            self.metric if kind == "count" else None,
            self.direction if kind == "count" else None,
            float(self.target) if kind != "free" and self.target is not None else None,
            self.role if kind == "role" else None,
            self.practice_id if kind == "practice" else None,
        )


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    title: str
    kind: str
    network_id: str | None
    start_week: IsoWeek
    end_week: IsoWeek | None
    versions: tuple[Target, ...]  # oldest first
    position: int
    created_at: datetime = field(compare=False)

    @property
    def status(self) -> str:
        """The status of the newest version (see ``status_in`` for a given week)."""
        return self.versions[-1].status

    def status_in(self, week: IsoWeek) -> str:
        return self.target_for(week).status

    def target_for(self, week: IsoWeek) -> Target:
        """The version in force in ``week`` (the first one for weeks before it)."""
        return in_force(self.versions, week)

    def draft(self, effective_week: IsoWeek | None = None) -> GoalDraft:
        """The goal as the editor starts it, asking what it asks in ``effective_week``."""
        t = self.target_for(effective_week or self.versions[-1].from_week)
        return GoalDraft(
            self.title,
            self.kind,
            self.start_week,
            self.network_id,
            self.end_week,
            t.metric,
            t.direction,
            t.target,
            t.role,
            t.practice_id,
            self.id,
            effective_week,
        )


# --- validation ---------------------------------------------------------------------------------
