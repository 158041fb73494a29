"""A goal's history as a timeline of versions, and the two ways it changes (pure functions).

A version holds the target (what the goal asks) and the status (active, paused, achieved,
retired) in force from its week until the next version. A change overrides one of the two
over a range of weeks and leaves the other alone, so every past week keeps being judged
against what was in force then.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reflect.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class Target:
    """What a goal asks for from ``from_week`` on, until the next version."""

    from_week: IsoWeek
    status: str = "active"
    metric: str | None = None
    direction: str | None = None
    target: float | None = None
    role: str | None = None
    practice_id: str | None = None

    def asks(self) -> tuple:
        """The target without the week and status: equal when two versions ask the same."""
        return (self.metric, self.direction, self.target, self.role, self.practice_id)


def in_force(versions: tuple[Target, ...], week: IsoWeek) -> Target:
    chosen = versions[0]
    for version in versions:
        if version.from_week <= week:
            chosen = version
    return chosen


def _tidy(versions: list[Target]) -> tuple[Target, ...]:
    """Sorted, one per week, without a version that repeats the one before it."""
    by_week = {v.from_week: v for v in versions}
    tidy: list[Target] = []
    for week in sorted(by_week):
        version = by_week[week]
        if tidy and (tidy[-1].status, tidy[-1].asks()) == (version.status, version.asks()):
            continue
        tidy.append(version)
    return tuple(tidy)


def retarget(versions: tuple[Target, ...], new: Target) -> tuple[Target, ...]:
    """Ask for ``new``'s target from ``new.from_week`` on; every status stays as it was."""
    week = new.from_week
    kept = [v for v in versions if v.from_week < week]
    status = in_force(versions, week).status if versions else "active"
    changed = [replace(new, from_week=week, status=status)]
    changed += [
        replace(new, from_week=v.from_week, status=v.status) for v in versions if v.from_week > week
    ]
    return _tidy(kept + changed)


def restatus(
    versions: tuple[Target, ...], first: IsoWeek, last: IsoWeek | None, status: str
) -> tuple[Target, ...]:
    """Give weeks ``first``…``last`` (``None``: every week from ``first``) ``status``; after
    ``last`` the status is what it was before. Targets stay as they were."""
    after = None if last is None else last + 1
    out = [
        replace(v, status=status)
        if first <= v.from_week and (after is None or v.from_week < after)
        else v
        for v in versions
    ]
    weeks = {v.from_week for v in versions}
    if first not in weeks:
        out.append(replace(in_force(versions, first), from_week=first, status=status))
    if after is not None and after not in weeks:
        out.append(replace(in_force(versions, after), from_week=after))
    return _tidy(out)
