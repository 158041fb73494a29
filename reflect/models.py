"""The peewee tables, and nothing else. The schema itself is made by ``reflect/migrations``.

Every table has a UUID primary key, UTC ``created_at`` / ``updated_at`` and a ``deleted_at``
that marks a soft delete. Services read and write these; nothing outside ``reflect/`` does.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import peewee as pw

from reflect.weeks import IsoWeek

database = pw.DatabaseProxy()


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """The inverse of :func:`format_utc` (``fromisoformat`` reads the ``Z``; it is C code,
    ten times faster than ``strptime``, which matters when thousands of rows load)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


class UtcField(pw.TextField):
    """A moment in UTC, stored as ISO 8601 text with a ``Z`` so it sorts as text."""

    def db_value(self, value):
        return None if value is None else format_utc(value)

    def python_value(self, value):
        return None if value is None else parse_utc(value)


class WeekField(pw.TextField):
    """An :class:`IsoWeek`, stored as ``2026-W47`` (sorts chronologically as text)."""

    def db_value(self, value):
        return None if value is None else str(value)

    def python_value(self, value):
        return None if value is None else IsoWeek.parse(value)


class JsonField(pw.TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class Record(pw.Model):
    id = pw.TextField(primary_key=True, default=new_id)
    created_at = UtcField(default=utc_now)
    updated_at = UtcField(default=utc_now)
    deleted_at = UtcField(null=True)

    class Meta:
        database = database
        legacy_table_names = False

    @classmethod
    def alive(cls, *fields):
        """Rows not marked deleted."""
        return cls.select(*fields).where(cls.deleted_at.is_null())

    def save(self, *args, **kwargs):
        if self._pk is not None and not kwargs.get("force_insert"):
            self.updated_at = utc_now()
        return super().save(*args, **kwargs)

    def assign(self, **values) -> bool:
        """Set fields and save, only when something changed; True if it did."""
        changed = {k: v for k, v in values.items() if getattr(self, k) != v}
        for key, value in changed.items():
            setattr(self, key, value)
        if changed:
            self.save()
        return bool(changed)

    def mark_deleted(self) -> None:
        """Soft delete: the row stays until the next compaction, so exports can match it."""
        self.deleted_at = utc_now()
        self.save()


class Network(Record):
    name = pw.TextField()
    kind = pw.TextField()
    audience = pw.TextField()
    purpose = pw.TextField(default="")
    colour = pw.TextField()
    hosts = JsonField(default=list)
    preset = pw.TextField(null=True)
    position = pw.IntegerField(default=0)
    archived = pw.BooleanField(default=False)


class CharterQuestion(Record):
    network = pw.ForeignKeyField(Network, backref="charter_questions")
    standard_key = pw.TextField(null=True)
    text = pw.TextField()
    position = pw.IntegerField(default=0)


class CharterAnswer(Record):
    """One saved version of an answer; the newest alive row is the answer in force."""

    question = pw.ForeignKeyField(CharterQuestion, backref="answers")
    text = pw.TextField()


class Practice(Record):
    standard_key = pw.TextField(null=True)
    name = pw.TextField()
    description = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    archived = pw.BooleanField(default=False)


class OwnPrompt(Record):
    text = pw.TextField()
    active = pw.BooleanField(default=True)


class CheckIn(Record):
    week = WeekField()
    workload = pw.IntegerField()
    energy = pw.IntegerField(null=True)
    hours = pw.FloatField(null=True)
    context = JsonField(default=list)
    is_draft = pw.BooleanField(default=False)


class NetworkEntry(Record):
    checkin = pw.ForeignKeyField(CheckIn, backref="entries")
    network = pw.ForeignKeyField(Network, backref="entries")
    unused = pw.BooleanField(default=False)
    posts = pw.IntegerField(null=True)
    comments = pw.IntegerField(null=True)
    shares = pw.IntegerField(null=True)
    reactions = pw.IntegerField(null=True)
    minutes = pw.IntegerField(null=True)
    feedback = pw.TextField(null=True)
    creator = pw.IntegerField(null=True)
    commenter = pw.IntegerField(null=True)
    reader = pw.IntegerField(null=True)
    note = pw.TextField(default="")


class PracticeRating(Record):
    checkin = pw.ForeignKeyField(CheckIn, backref="ratings")
    practice = pw.ForeignKeyField(Practice, backref="ratings")
    rating = pw.IntegerField()


class PromptAnswer(Record):
    checkin = pw.ForeignKeyField(CheckIn, backref="answers")
    prompt = pw.TextField()
    text = pw.TextField()
    position = pw.IntegerField(default=0)


class Draft(Record):
    """A check-in being written: whatever the dialog holds, valid or not, saved as it is typed."""

    week = WeekField()
    payload = JsonField()


class Goal(Record):
    network = pw.ForeignKeyField(Network, null=True, backref="goals")
    title = pw.TextField()
    kind = pw.TextField()
    start_week = WeekField()
    end_week = WeekField(null=True)
    position = pw.IntegerField(default=0)


class GoalVersion(Record):
    """The target and status in force from ``from_week`` until the next version."""

    goal = pw.ForeignKeyField(Goal, backref="versions")
    from_week = WeekField()
    status = pw.TextField()
    metric = pw.TextField(null=True)
    direction = pw.TextField(null=True)
    target = pw.FloatField(null=True)
    role = pw.TextField(null=True)
    practice = pw.ForeignKeyField(Practice, null=True)


class GoalJudgement(Record):
    checkin = pw.ForeignKeyField(CheckIn, backref="judgements")
    goal = pw.ForeignKeyField(Goal, backref="judgements")
    verdict = pw.TextField()


class Experiment(Record):
    network = pw.ForeignKeyField(Network, null=True, backref="experiments")
    title = pw.TextField()
    expectation = pw.TextField(default="")
    start_week = WeekField()
    weeks = pw.IntegerField()
    outcome = pw.TextField(default="")
    status = pw.TextField(default="running")


class ImportedItem(Record):
    """One item counted from a network's own export; its platform id keeps imports idempotent."""

    network = pw.ForeignKeyField(Network, backref="imported_items")
    source = pw.TextField()
    item_key = pw.TextField()
    kind = pw.TextField()
    week = WeekField()
    occurred_at = UtcField()
    amount = pw.FloatField(default=1.0)


class Activity(Record):
    """Measured counts per network, week and source, summed from imported items."""

    network = pw.ForeignKeyField(Network, backref="activity")
    week = WeekField()
    source = pw.TextField()
    posts = pw.IntegerField(default=0)
    comments = pw.IntegerField(default=0)
    shares = pw.IntegerField(default=0)
    reactions = pw.IntegerField(default=0)
    minutes = pw.IntegerField(default=0)


MODELS: tuple[type[Record], ...] = (
    Network,
    CharterQuestion,
    CharterAnswer,
    Practice,
    OwnPrompt,
    CheckIn,
    NetworkEntry,
    PracticeRating,
    PromptAnswer,
    Draft,
    Goal,
    GoalVersion,
    GoalJudgement,
    Experiment,
    ImportedItem,
    Activity,
)
