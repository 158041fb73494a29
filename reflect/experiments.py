"""Experiments: "for four weeks I will try X", what the user expects and what happened."""

from __future__ import annotations

from dataclasses import dataclass

from reflect import models as m
from reflect.errors import InvalidExperiment, NotFound, Problem, raise_if
from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

STATUSES = ("running", "finished", "abandoned")
MAX_WEEKS = 52
TITLE_LENGTH = 160


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

    def awaits_outcome(self, week: IsoWeek) -> bool:
        """Still running after its last week, with nothing written about what happened."""
        return self.status == "running" and self.last_week < week and not self.outcome.strip()

    def progress(self, week: IsoWeek) -> str:
        """ "starts 2026-W50", "week 2 of 4", "ended 2026-W47" (or finished / abandoned)."""
        if self.status != "running":
            status = Message(STATUS_WORDS.get(self.status, self.status), "Experiment")
            return Message(
                QT_TRANSLATE_NOOP("Experiment", "{status} · {first} – {last}"),
                "Experiment",
                status=status,
                first=str(self.start_week),
                last=str(self.last_week),
            )
        if week < self.start_week:
            starts = QT_TRANSLATE_NOOP("Experiment", "starts {week}")
            return Message(starts, "Experiment", week=str(self.start_week))
        if week > self.last_week:
            ended = QT_TRANSLATE_NOOP("Experiment", "ended {week}")
            return Message(ended, "Experiment", week=str(self.last_week))
        return Message(
            QT_TRANSLATE_NOOP("Experiment", "week {n} of {weeks}"),
            "Experiment",
            n=week - self.start_week + 1,
            weeks=self.weeks,
        )


STATUS_WORDS = {
    "finished": QT_TRANSLATE_NOOP("Experiment", "finished"),
    "abandoned": QT_TRANSLATE_NOOP("Experiment", "abandoned"),
}


def shape_problems(experiment: Experiment) -> list[Problem]:
    """Every problem that needs no database (what the editor checks on each keystroke)."""
    problems = []
    title = experiment.title.strip()
    if not title:
        problems.append(
            Problem(
                "title_missing", "title", QT_TRANSLATE_NOOP("Reflect", "Say what you will try.")
            )
        )
    elif len(title) > TITLE_LENGTH:
        problems.append(
            Problem(
                "title_too_long",
                "title",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "Say it in at most {TITLE_LENGTH} characters."),
                    TITLE_LENGTH=TITLE_LENGTH,
                ),
            )
        )
    if not 1 <= experiment.weeks <= MAX_WEEKS:
        problems.append(
            Problem(
                "weeks_range",
                "weeks",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "An experiment runs 1 to {MAX_WEEKS} weeks."),
                    MAX_WEEKS=MAX_WEEKS,
                ),
            )
        )
    if experiment.status not in STATUSES:
        problems.append(
            Problem(
                "bad_status",
                "status",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "Status is one of: {join}."),
                    join=", ".join(STATUSES),
                ),
            )
        )
    elif experiment.status == "finished" and not experiment.outcome.strip():
        problems.append(
            Problem(
                "outcome_missing",
                "outcome",
                QT_TRANSLATE_NOOP(
                    "Reflect", "Write what happened before calling the experiment finished."
                ),
            )
        )
    return problems


def problems_with(experiment: Experiment) -> list[Problem]:
    problems = shape_problems(experiment)
    if (
        experiment.network_id
        and not m.Network.alive().where(m.Network.id == experiment.network_id).exists()
    ):
        problems.append(
            Problem(
                "unknown_network",
                "network_id",
                QT_TRANSLATE_NOOP("Reflect", "That network does not exist."),
            )
        )
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
            row.assign(**values)
        else:
            row = m.Experiment.create(**values)
        return _to_experiment(row)


def experiments() -> list[Experiment]:
    """Every experiment, the newest start first."""
    rows = m.Experiment.alive().order_by(m.Experiment.start_week.desc(), m.Experiment.created_at)
    return [_to_experiment(row) for row in rows]


def awaiting_outcome(week: IsoWeek) -> list[Experiment]:
    """Experiments whose last week is before ``week`` and that still say nothing of what
    happened: the app reminds the user of these, gently."""
    return [e for e in experiments() if e.awaits_outcome(week)]


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
