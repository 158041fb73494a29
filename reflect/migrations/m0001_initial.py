"""Schema version 1: the whole domain of DESIGN.md. Frozen once released: never edit."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from sqlite3 import Connection

from reflect.i18n import QT_TRANSLATE_NOOP

_BASE = """
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "deleted_at" TEXT"""

SCHEMA = f"""
CREATE TABLE "network" ({_BASE},
    "name" TEXT NOT NULL CHECK (length(trim("name")) > 0),
    "kind" TEXT NOT NULL CHECK ("kind" IN ('public', 'internal', 'private')),
    "audience" TEXT NOT NULL CHECK ("audience" IN ('professional', 'personal', 'mixed')),
    "purpose" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "hosts" TEXT NOT NULL,
    "preset" TEXT,
    "position" INTEGER NOT NULL,
    "archived" INTEGER NOT NULL);
CREATE UNIQUE INDEX "network_name_alive" ON "network" (lower("name")) WHERE "deleted_at" IS NULL;

CREATE TABLE "charter_question" ({_BASE},
    "network_id" TEXT NOT NULL REFERENCES "network" ("id"),
    "standard_key" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL);
CREATE INDEX "charter_question_network" ON "charter_question" ("network_id");

CREATE TABLE "charter_answer" ({_BASE},
    "question_id" TEXT NOT NULL REFERENCES "charter_question" ("id"),
    "text" TEXT NOT NULL);
CREATE INDEX "charter_answer_question" ON "charter_answer" ("question_id", "created_at");

CREATE TABLE "practice" ({_BASE},
    "standard_key" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "archived" INTEGER NOT NULL);

CREATE TABLE "own_prompt" ({_BASE},
    "text" TEXT NOT NULL,
    "active" INTEGER NOT NULL);

CREATE TABLE "check_in" ({_BASE},
    "week" TEXT NOT NULL,
    "workload" INTEGER NOT NULL CHECK ("workload" BETWEEN 1 AND 5),
    "energy" INTEGER CHECK ("energy" BETWEEN 1 AND 5),
    "hours" REAL CHECK ("hours" >= 0),
    "context" TEXT NOT NULL,
    "is_draft" INTEGER NOT NULL);
CREATE UNIQUE INDEX "check_in_week_alive" ON "check_in" ("week") WHERE "deleted_at" IS NULL;

CREATE TABLE "network_entry" ({_BASE},
    "checkin_id" TEXT NOT NULL REFERENCES "check_in" ("id"),
    "network_id" TEXT NOT NULL REFERENCES "network" ("id"),
    "unused" INTEGER NOT NULL,
    "posts" INTEGER CHECK ("posts" >= 0),
    "comments" INTEGER CHECK ("comments" >= 0),
    "shares" INTEGER CHECK ("shares" >= 0),
    "reactions" INTEGER CHECK ("reactions" >= 0),
    "minutes" INTEGER CHECK ("minutes" >= 0),
    "feedback" TEXT CHECK ("feedback" IN ('none', 'a little', 'a lot')),
    "creator" INTEGER,
    "commenter" INTEGER,
    "reader" INTEGER,
    "note" TEXT NOT NULL);
CREATE UNIQUE INDEX "network_entry_alive" ON "network_entry" ("checkin_id", "network_id")
    WHERE "deleted_at" IS NULL;
CREATE INDEX "network_entry_network" ON "network_entry" ("network_id");

CREATE TABLE "practice_rating" ({_BASE},
    "checkin_id" TEXT NOT NULL REFERENCES "check_in" ("id"),
    "practice_id" TEXT NOT NULL REFERENCES "practice" ("id"),
    "rating" INTEGER NOT NULL CHECK ("rating" BETWEEN 0 AND 3));
CREATE UNIQUE INDEX "practice_rating_alive" ON "practice_rating" ("checkin_id", "practice_id")
    WHERE "deleted_at" IS NULL;

CREATE TABLE "prompt_answer" ({_BASE},
    "checkin_id" TEXT NOT NULL REFERENCES "check_in" ("id"),
    "prompt" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL);
CREATE INDEX "prompt_answer_checkin" ON "prompt_answer" ("checkin_id");

CREATE TABLE "draft" ({_BASE},
    "week" TEXT NOT NULL,
    "payload" TEXT NOT NULL);
CREATE UNIQUE INDEX "draft_week_alive" ON "draft" ("week") WHERE "deleted_at" IS NULL;

CREATE TABLE "goal" ({_BASE},
    "network_id" TEXT REFERENCES "network" ("id"),
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK ("kind" IN ('count', 'role', 'practice', 'free')),
    "start_week" TEXT NOT NULL,
    "end_week" TEXT,
    "position" INTEGER NOT NULL);

CREATE TABLE "goal_version" ({_BASE},
    "goal_id" TEXT NOT NULL REFERENCES "goal" ("id"),
    "from_week" TEXT NOT NULL,
    "status" TEXT NOT NULL CHECK ("status" IN ('active', 'paused', 'achieved', 'retired')),
    "metric" TEXT,
    "direction" TEXT CHECK ("direction" IN ('at_least', 'at_most')),
    "target" REAL,
    "role" TEXT,
    "practice_id" TEXT REFERENCES "practice" ("id"));
CREATE UNIQUE INDEX "goal_version_alive" ON "goal_version" ("goal_id", "from_week")
    WHERE "deleted_at" IS NULL;

CREATE TABLE "goal_judgement" ({_BASE},
    "checkin_id" TEXT NOT NULL REFERENCES "check_in" ("id"),
    "goal_id" TEXT NOT NULL REFERENCES "goal" ("id"),
    "verdict" TEXT NOT NULL CHECK ("verdict" IN ('yes', 'partly', 'no')));
CREATE UNIQUE INDEX "goal_judgement_alive" ON "goal_judgement" ("checkin_id", "goal_id")
    WHERE "deleted_at" IS NULL;

CREATE TABLE "experiment" ({_BASE},
    "network_id" TEXT REFERENCES "network" ("id"),
    "title" TEXT NOT NULL,
    "expectation" TEXT NOT NULL,
    "start_week" TEXT NOT NULL,
    "weeks" INTEGER NOT NULL CHECK ("weeks" >= 1),
    "outcome" TEXT NOT NULL,
    "status" TEXT NOT NULL);

CREATE TABLE "imported_item" ({_BASE},
    "network_id" TEXT NOT NULL REFERENCES "network" ("id"),
    "source" TEXT NOT NULL,
    "item_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "amount" REAL NOT NULL);
CREATE UNIQUE INDEX "imported_item_key" ON "imported_item" ("network_id", "source", "item_key");

CREATE TABLE "activity" ({_BASE},
    "network_id" TEXT NOT NULL REFERENCES "network" ("id"),
    "week" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,
    "comments" INTEGER NOT NULL,
    "shares" INTEGER NOT NULL,
    "reactions" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL);
CREATE UNIQUE INDEX "activity_week" ON "activity" ("network_id", "week", "source")
    WHERE "deleted_at" IS NULL;
"""

#: The five practices of seed 004, as they were when this migration was written.
PRACTICES = (
    (
        "vulnerability",
        QT_TRANSLATE_NOOP("Practice", "Express vulnerability"),
        QT_TRANSLATE_NOOP(
            "Practice", "Show what you are still learning or got wrong; trust needs it."
        ),
    ),
    (
        "mix",
        QT_TRANSLATE_NOOP("Practice", "Mix professional and personal"),
        QT_TRANSLATE_NOOP("Practice", "Let people see more of who you are than a job title."),
    ),
    (
        "provoke",
        QT_TRANSLATE_NOOP("Practice", "Provoke productively"),
        QT_TRANSLATE_NOOP(
            "Practice", "Say what you really think, in a way that moves the conversation on."
        ),
    ),
    (
        "promote",
        QT_TRANSLATE_NOOP("Practice", "Promote others"),
        QT_TRANSLATE_NOOP("Practice", "Point people at work and deeds you admire."),
    ),
    (
        "seed_feed_weed",
        QT_TRANSLATE_NOOP("Practice", "Seed, feed and weed"),
        QT_TRANSLATE_NOOP(
            "Practice", "Tend your network: start connections, nourish them, prune what drains you."
        ),
    ),
)


def apply(connection: Connection) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for position, (key, name, description) in enumerate(PRACTICES):
        connection.execute(
            'INSERT INTO "practice" ("id", "created_at", "updated_at", "standard_key", "name",'
            ' "description", "position", "archived") VALUES (?, ?, ?, ?, ?, ?, ?, 0)',
            (str(uuid.uuid4()), now, now, key, name, description, position),
        )
