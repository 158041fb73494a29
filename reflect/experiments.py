"""Experiments: "for four weeks I will try X", what the user expects and what happened."""

from __future__ import annotations

from dataclasses import dataclass

from reflect import models as m
from reflect.errors import InvalidExperiment, NotFound, Problem, raise_if
from reflect.weeks import IsoWeek

STATUSES = ("running", "finished", "abandoned")


@dataclass(frozen=True, slots=True)
class Experiment:
    title: str
    start_week: IsoWeek
    weeks: int = 4
    network_id: str | None = None
    expectation: str = ""
    outcome: str = ""
    status: str = "running"
    id: str | None = None

    @property
    def last_week(self) -> IsoWeek:
        return self.start_week + (self.weeks - 1)


def problems_with(experiment: Experiment) -> list[Problem]:
    problems = []
    if not experiment.title.strip():
        problems.append(Problem("title_missing", "title", "Say what you will try."))
    if not 1 <= experiment.weeks <= 52:
        problems.append(Problem("weeks_range", "weeks", "An experiment runs 1 to 52 weeks."))
    if experiment.status not in STATUSES:
        problems.append(
            Problem("bad_status", "status", f"Status is one of: {', '.join(STATUSES)}.")
        )
    if (
        experiment.network_id
        and not m.Network.alive().where(m.Network.id == experiment.network_id).exists()
    ):
        problems.append(Problem("unknown_network", "network_id", "That network does not exist."))
    return problems


def save_experiment(experiment: Experiment) -> Experiment:
    with m.database.atomic():
        raise_if(problems_with(experiment), InvalidExperiment)
        values = {
            "title": experiment.title.strip(),
            "start_week": experiment.start_week,
            "weeks": experiment.weeks,
            "network": experiment.network_id,
            "expectation": experiment.expectation.strip(),
            "outcome": experiment.outcome.strip(),
            "status": experiment.status,
        }
        if experiment.id:
            row = m.Experiment.alive().where(m.Experiment.id == experiment.id).first()
            if row is None:
                raise NotFound("experiment", experiment.id)
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        else:
            row = m.Experiment.create(**values)
        return _to_experiment(row)


def experiments() -> list[Experiment]:
    rows = m.Experiment.alive().order_by(m.Experiment.start_week.desc())
    return [_to_experiment(row) for row in rows]


def _to_experiment(row: m.Experiment) -> Experiment:
    return Experiment(
        row.title,
        row.start_week,
        row.weeks,
        row.network_id,
        row.expectation,
        row.outcome,
        row.status,
        row.id,
    )
