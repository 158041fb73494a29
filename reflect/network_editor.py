"""The network editor's data: a network with its charter, read and saved as one.

``network_form`` loads what the editor starts from in one call (the network, its charter with
history, the other networks' names for the unique-name check); ``save_network_edit`` writes the
network, its changed answers and its new questions in one transaction, or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect import charters, networks
from reflect import models as m
from reflect.networks import Network, NetworkDraft


@dataclass(frozen=True, slots=True)
class NetworkForm:
    """What the network editor starts from, loaded in one call off the UI thread."""

    draft: NetworkDraft
    charter: tuple[charters.CharterEntry, ...]
    other_names: tuple[str, ...]  # for the unique-name check on each keystroke


@dataclass(frozen=True, slots=True)
class NetworkEdit:
    """What the network editor returns: the network, its charter answers and new questions.

    ``answers`` name a question by its id, or by its standard key for a network not saved yet.
    """

    draft: NetworkDraft
    answers: tuple[tuple[str, str], ...] = ()
    new_questions: tuple[tuple[str, str], ...] = ()  # (question, answer)


def network_form(network_id: str | None = None, start: NetworkDraft | None = None) -> NetworkForm:
    """The editor's data for a network, or for a new one starting from ``start``."""
    others = m.Network.alive(m.Network.name)
    if network_id:
        draft = networks.get_network(network_id).draft()
        entries = charters.charter_with_history(network_id)
        others = others.where(m.Network.id != network_id)
    else:
        draft = start or NetworkDraft("")
        entries = charters.standard_charter()
    names = tuple(row.name for row in others.order_by(m.Network.position))
    return NetworkForm(draft, tuple(entries), names)


def save_network_edit(edit: NetworkEdit) -> Network:
    """Save the network, its changed answers and its new questions in one transaction.

    Nothing is written when any part is refused.
    """
    with m.database.atomic():
        network = networks.save_network(edit.draft)
        by_key: dict[str, str] = {}
        for item in charters.charter(network.id):
            by_key[item.question_id] = item.question_id
            if item.standard_key and not edit.draft.id:
                by_key[item.standard_key] = item.question_id
        unknown = [key for key, _ in edit.answers if key not in by_key]
        if unknown:
            raise charters.question_gone()
        answers = {by_key[key]: text for key, text in edit.answers}
        for question, answer in edit.new_questions:
            item = charters.add_question(network.id, question)
            if answer.strip():
                answers[item.question_id] = answer
        charters.save_charter(network.id, answers)
        return networks.get_network(network.id)
