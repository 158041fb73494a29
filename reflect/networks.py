"""Networks: the places the user takes part in, with their presets.

The editor's form (a network with its charter, saved as one) is in ``reflect.network_editor``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from reflect import charters
from reflect import models as m
from reflect.errors import InvalidNetwork, NotFound, Problem, raise_if
from reflect.i18n import QT_TRANSLATE_NOOP, Message

KINDS = ("public", "internal", "private")
AUDIENCES = (
    QT_TRANSLATE_NOOP("Words", "professional"),
    QT_TRANSLATE_NOOP("Words", "personal"),
    QT_TRANSLATE_NOOP("Words", "mixed"),
)
NAME_LENGTH = 80
PURPOSE_LENGTH = 200
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


@dataclass(frozen=True, slots=True)
class NetworkDraft:
    """What the user edits; ``id`` is None for a network not yet saved."""

    name: str
    kind: str = "public"
    audience: str = "mixed"
    purpose: str = ""
    colour: str = "#5b7c99"
    hosts: tuple[str, ...] = ()
    preset: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Network:
    id: str
    name: str
    kind: str
    audience: str
    purpose: str
    colour: str
    hosts: tuple[str, ...]
    preset: str | None
    position: int
    archived: bool
    created_at: datetime = field(compare=False)
    updated_at: datetime = field(compare=False)

    def draft(self) -> NetworkDraft:
        return NetworkDraft(
            self.name,
            self.kind,
            self.audience,
            self.purpose,
            self.colour,
            self.hosts,
            self.preset,
            self.id,
        )


#: Ready-made networks. Colours are distinct in light and dark themes and for the common
#: colour-vision deficiencies (Okabe–Ito based).
PRESETS: dict[str, NetworkDraft] = {
    draft.preset: draft
    for draft in (
        NetworkDraft(
            "X",
            "public",
            "mixed",
            QT_TRANSLATE_NOOP("Network", "Quick thoughts and links in public."),
            "#7a7a7a",
            ("x.com", "twitter.com"),
            "x",
        ),
        NetworkDraft(
            "LinkedIn",
            "public",
            "professional",
            QT_TRANSLATE_NOOP("Network", "My professional network: what I work on and learn."),
            "#0072b2",
            ("linkedin.com",),
            "linkedin",
        ),
        NetworkDraft(
            "Facebook",
            "public",
            "personal",
            QT_TRANSLATE_NOOP("Network", "Family and friends."),
            "#56b4e9",
            ("facebook.com",),
            "facebook",
        ),
        NetworkDraft(
            "Mastodon",
            "public",
            "mixed",
            QT_TRANSLATE_NOOP("Network", "Conversations with my corner of the fediverse."),
            "#8a63d2",
            ("mastodon.social",),
            "mastodon",
        ),
        NetworkDraft(
            "Bluesky",
            "public",
            "mixed",
            QT_TRANSLATE_NOOP("Network", "Conversations in the open."),
            "#009e73",
            ("bsky.app",),
            "bluesky",
        ),
        NetworkDraft(
            "Blog",
            "public",
            "professional",
            QT_TRANSLATE_NOOP("Network", "Longer pieces in my own words."),
            "#e69f00",
            (),
            "blog",
        ),
        NetworkDraft(
            QT_TRANSLATE_NOOP("Network", "Company network"),
            "internal",
            "professional",
            QT_TRANSLATE_NOOP("Network", "Questions and lessons shared inside the firewall."),
            "#d55e00",
            (),
            "company",
        ),
    )
}


def shape_problems(draft: NetworkDraft, other_names: Iterable[str] = ()) -> list[Problem]:
    """Every problem that needs no database; ``other_names`` are the other networks' names
    (the editor loads them once, so it can check each keystroke without a query)."""
    problems = []
    name = draft.name.strip()
    if not name:
        problems.append(
            Problem("name_missing", "name", QT_TRANSLATE_NOOP("Reflect", "A network needs a name."))
        )
    elif len(name) > NAME_LENGTH:
        problems.append(
            Problem(
                "name_too_long",
                "name",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect", "A network name has at most {NAME_LENGTH} characters."
                    ),
                    NAME_LENGTH=NAME_LENGTH,
                ),
            )
        )
    elif name.casefold() in {n.strip().casefold() for n in other_names}:
        problems.append(
            Problem(
                "name_taken",
                "name",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "There is already a network called {name}."),
                    name=name,
                ),
            )
        )
    if len(draft.purpose.strip()) > PURPOSE_LENGTH:
        problems.append(
            Problem(
                "purpose_too_long",
                "purpose",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Reflect", "The purpose is one line: at most {PURPOSE_LENGTH} characters."
                    ),
                    PURPOSE_LENGTH=PURPOSE_LENGTH,
                ),
            )
        )
    if draft.kind not in KINDS:
        problems.append(
            Problem(
                "bad_kind",
                "kind",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "Kind must be one of {join}."),
                    join=", ".join(KINDS),
                ),
            )
        )
    if draft.audience not in AUDIENCES:
        problems.append(
            Problem(
                "bad_audience",
                "audience",
                Message(
                    QT_TRANSLATE_NOOP("Reflect", "Audience must be one of {join}."),
                    join=", ".join(AUDIENCES),
                ),
            )
        )
    if not _COLOUR_RE.match(draft.colour):
        problems.append(
            Problem(
                "bad_colour",
                "colour",
                QT_TRANSLATE_NOOP("Reflect", "Colour must look like #1a2b3c."),
            )
        )
    for host in draft.hosts:
        if not _HOST_RE.match(host.strip().lower()):
            problems.append(
                Problem(
                    "bad_host",
                    "hosts",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Reflect", "{host!r} is not a host name like example.com."
                        ),
                        host=host,
                    ),
                )
            )
    return problems


def problems_with(draft: NetworkDraft) -> list[Problem]:
    """Every reason ``draft`` cannot be saved, checked against the database."""
    others = m.Network.alive(m.Network.name)
    if draft.id:
        others = others.where(m.Network.id != draft.id)
    problems = shape_problems(draft, [row.name for row in others])
    if draft.id and not m.Network.alive().where(m.Network.id == draft.id).exists():
        problems.append(
            Problem(
                "unknown_network",
                "id",
                QT_TRANSLATE_NOOP("Reflect", "That network no longer exists."),
            )
        )
    return problems


def save_network(draft: NetworkDraft) -> Network:
    """Create or update a network (one transaction). A new one gets the standard charter."""
    draft = NetworkDraft(
        draft.name.strip(),
        draft.kind,
        draft.audience,
        draft.purpose.strip(),
        draft.colour,
        tuple(h.strip().lower() for h in draft.hosts if h.strip()),
        draft.preset,
        draft.id,
    )
    with m.database.atomic():
        raise_if(problems_with(draft), InvalidNetwork)
        values = {
            "name": draft.name,
            "kind": draft.kind,
            "audience": draft.audience,
            "purpose": draft.purpose,
            "colour": draft.colour,
            "hosts": list(draft.hosts),
            "preset": draft.preset,
        }
        if draft.id:
            row = m.Network.get_by_id(draft.id)
            row.assign(**values)
        else:
            last = m.Network.alive(m.Network.position).order_by(m.Network.position.desc()).first()
            row = m.Network.create(position=(last.position + 1) if last else 0, **values)
            charters.create_standard_questions(row.id)
        return _to_network(row)


def add_preset(key: str) -> Network:
    if key not in PRESETS:
        raise InvalidNetwork(
            [
                Problem(
                    "unknown_preset",
                    "preset",
                    Message(QT_TRANSLATE_NOOP("Reflect", "There is no preset {key!r}."), key=key),
                )
            ]
        )
    return save_network(PRESETS[key])


def networks(include_archived: bool = False) -> list[Network]:
    query = m.Network.alive()
    if not include_archived:
        query = query.where(m.Network.archived == False)
    return [_to_network(row) for row in query.order_by(m.Network.position, m.Network.name)]


def get_network(network_id: str) -> Network:
    row = m.Network.alive().where(m.Network.id == network_id).first()
    if row is None:
        raise NotFound("network", network_id)
    return _to_network(row)


def set_archived(network_id: str, archived: bool) -> Network:
    """Archive (or bring back) a network. Its history is kept either way."""
    with m.database.atomic():
        row = m.Network.alive().where(m.Network.id == network_id).first()
        if row is None:
            raise NotFound("network", network_id)
        row.archived = archived
        row.save()
        return _to_network(row)


def reorder(network_ids: list[str]) -> list[Network]:
    """Put the networks in the given order (one transaction)."""
    with m.database.atomic():
        for position, network_id in enumerate(network_ids):
            m.Network.update(position=position, updated_at=m.utc_now()).where(
                m.Network.id == network_id
            ).execute()
    return networks(include_archived=True)


def _to_network(row: m.Network) -> Network:
    return Network(
        row.id,
        row.name,
        row.kind,
        row.audience,
        row.purpose,
        row.colour,
        tuple(row.hosts),
        row.preset,
        row.position,
        bool(row.archived),
        row.created_at,
        row.updated_at,
    )


def has_history(network_id: str) -> bool:
    """Whether anything refers to the network: check-ins, goals, experiments, imports or
    charter answers. A network with history is archived, never removed."""
    referring = (
        m.NetworkEntry.alive().where(m.NetworkEntry.network == network_id),
        m.Goal.alive().where(m.Goal.network == network_id),
        m.Experiment.alive().where(m.Experiment.network == network_id),
        m.Activity.alive().where(m.Activity.network == network_id),
        m.CharterAnswer.alive()
        .join(m.CharterQuestion)
        .where(m.CharterQuestion.network == network_id),
    )
    return any(query.exists() for query in referring)


def remove_network(network_id: str) -> None:
    """Remove a network added by mistake (marked deleted, with its empty charter). One with
    history is refused: archive it instead, so nothing of what happened is lost."""
    with m.database.atomic():
        row = m.Network.alive().where(m.Network.id == network_id).first()
        if row is None:
            raise NotFound("network", network_id)
        if has_history(network_id):
            raise InvalidNetwork(
                [
                    Problem(
                        "has_history",
                        "id",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Reflect",
                                "{name} has history, so it can only be archived: archiving keeps "
                                "everything and hides it from new check-ins.",
                            ),
                            name=row.name,
                        ),
                    )
                ]
            )
        m.CharterQuestion.update(deleted_at=m.utc_now(), updated_at=m.utc_now()).where(
            (m.CharterQuestion.network == network_id) & m.CharterQuestion.deleted_at.is_null()
        ).execute()
        row.mark_deleted()
