"""Charters: the user's own written policy for a network, with every saved change kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reflect import models as m
from reflect.errors import InvalidNetwork, NotFound, Problem
from reflect.i18n import QT_TRANSLATE_NOOP

#: The standard questions of seed 003 ("Social Media and the Professional").
STANDARD_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("follow", QT_TRANSLATE_NOOP("Charter", "Whom will I follow?")),
    ("followers", QT_TRANSLATE_NOOP("Charter", "Whom will I try to get to follow me?")),
    ("block", QT_TRANSLATE_NOOP("Charter", "Whom will I block?")),
    ("profile", QT_TRANSLATE_NOOP("Charter", "How much will I say in my profile about myself?")),
    ("post_kinds", QT_TRANSLATE_NOOP("Charter", "What kinds of updates will I post?")),
    ("post_often", QT_TRANSLATE_NOOP("Charter", "How often will I post?")),
    ("share", QT_TRANSLATE_NOOP("Charter", "When will I share content posted by others?")),
    ("political", QT_TRANSLATE_NOOP("Charter", "How political, if at all, will I be?")),
    (
        "disclosure",
        QT_TRANSLATE_NOOP(
            "Charter", "How much will I disclose about my personal details and activities?"
        ),
    ),
    ("comment", QT_TRANSLATE_NOOP("Charter", "On what sorts of posts by others will I comment?")),
    (
        "linking",
        QT_TRANSLATE_NOOP(
            "Charter", "What is my policy about linking to family, friends or co-workers?"
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class CharterItem:
    question_id: str
    network_id: str
    standard_key: str | None
    question: str
    answer: str
    answered_at: datetime | None
    position: int


@dataclass(frozen=True, slots=True)
class AnswerVersion:
    text: str
    saved_at: datetime


@dataclass(frozen=True, slots=True)
class CharterEntry:
    """A question of the charter with every saved version of its answer, newest first."""

    item: CharterItem
    history: tuple[AnswerVersion, ...]

    @property
    def key(self) -> str:
        """How an edit names this question: its id, or its standard key before it is saved."""
        return self.item.question_id or self.item.standard_key or ""


#: Golden rule (seed 002) and "a different thing on each network" (seed 003), for the editor.
HINT = QT_TRANSLATE_NOOP(
    "Charter",
    "The golden rule: only say what you would be comfortable having read by your mother, "
    "your boss or your ex-partner. And use each network for something of its own: don't post "
    "the same thing everywhere; where something already lives elsewhere, a link will do.",
)


def create_standard_questions(network_id: str) -> None:
    """Give a new network the standard questions (inside the caller's transaction)."""
    for position, (key, text) in enumerate(STANDARD_QUESTIONS):
        m.CharterQuestion.create(network=network_id, standard_key=key, text=text, position=position)


def charter(network_id: str) -> list[CharterItem]:
    """The network's questions in order, each with the answer in force."""
    questions = list(
        m.CharterQuestion.alive()
        .where(m.CharterQuestion.network == network_id)
        .order_by(m.CharterQuestion.position)
    )
    latest: dict[str, m.CharterAnswer] = {}
    answers = (
        m.CharterAnswer.alive()
        .join(m.CharterQuestion)
        .where(m.CharterQuestion.network == network_id)
        .order_by(m.CharterAnswer.created_at)
    )
    for answer in answers:
        latest[answer.question_id] = answer
    return [
        CharterItem(
            q.id,
            network_id,
            q.standard_key,
            q.text,
            latest[q.id].text if q.id in latest else "",
            latest[q.id].created_at if q.id in latest else None,
            q.position,
        )
        for q in questions
    ]


def question_gone() -> InvalidNetwork:
    """The refusal when an answer names a charter question that no longer exists."""
    return InvalidNetwork(
        [
            Problem(
                "unknown_question",
                "charter",
                QT_TRANSLATE_NOOP("Reflect", "A charter question no longer exists."),
            )
        ]
    )


def save_charter(network_id: str, answers: dict[str, str]) -> list[CharterItem]:
    """Save the answers (question id → text) that changed; earlier versions stay readable."""
    with m.database.atomic():
        current = {item.question_id: item for item in charter(network_id)}
        unknown = [qid for qid in answers if qid not in current]
        if unknown:
            raise question_gone()
        for question_id, text in answers.items():
            if text.strip() != current[question_id].answer.strip():
                m.CharterAnswer.create(question=question_id, text=text.strip())
    return charter(network_id)


def add_question(network_id: str, text: str) -> CharterItem:
    """Add the user's own question at the end of the network's charter."""
    text = text.strip()
    if not text:
        raise InvalidNetwork(
            [
                Problem(
                    "question_missing",
                    "question",
                    QT_TRANSLATE_NOOP("Reflect", "Write the question first."),
                )
            ]
        )
    with m.database.atomic():
        if not m.Network.alive().where(m.Network.id == network_id).exists():
            raise NotFound("network", network_id)
        last = (
            m.CharterQuestion.alive()
            .where(m.CharterQuestion.network == network_id)
            .order_by(m.CharterQuestion.position.desc())
            .first()
        )
        m.CharterQuestion.create(
            network=network_id, text=text, position=(last.position + 1) if last else 0
        )
    return charter(network_id)[-1]


def standard_charter() -> list[CharterEntry]:
    """The charter of a network not saved yet: the standard questions, unanswered."""
    return [
        CharterEntry(CharterItem("", "", key, text, "", None, position), ())
        for position, (key, text) in enumerate(STANDARD_QUESTIONS)
    ]


def charter_with_history(network_id: str) -> list[CharterEntry]:
    """The charter with every earlier answer, in three queries whatever its length."""
    items = charter(network_id)
    versions: dict[str, list[AnswerVersion]] = {item.question_id: [] for item in items}
    rows = (
        m.CharterAnswer.alive()
        .join(m.CharterQuestion)
        .where(m.CharterQuestion.network == network_id)
        .order_by(m.CharterAnswer.created_at.desc())
    )
    for row in rows:
        versions.setdefault(row.question_id, []).append(AnswerVersion(row.text, row.created_at))
    return [CharterEntry(item, tuple(versions[item.question_id])) for item in items]


def answer_history(question_id: str) -> list[AnswerVersion]:
    """Every saved version of an answer, newest first."""
    rows = (
        m.CharterAnswer.alive()
        .where(m.CharterAnswer.question == question_id)
        .order_by(m.CharterAnswer.created_at.desc())
    )
    return [AnswerVersion(row.text, row.created_at) for row in rows]
