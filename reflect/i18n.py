"""Marks domain text for translation without importing Qt.

``reflect`` stays free of Qt, yet the sentences it owns (prompts, charter questions, presets)
are what a user reads most. Wrapping a literal in ``QT_TRANSLATE_NOOP("Context", "text")``
changes nothing at run time; it only lets ``pyside6-lupdate`` find the text, so the UI can
translate it at the boundary with ``QCoreApplication.translate("Context", text)``.
The function must keep this exact name: lupdate recognises the call by it.
"""

from __future__ import annotations

from collections.abc import Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``context`` groups it in the translation file."""
    return text


class Message(str):
    """A sentence with numbers or names in it that the UI can still translate.

    It *is* the English sentence (``template.format(**params)``): comparing, joining, printing
    and logging see plain text. The UI translates ``template`` (marked with
    ``QT_TRANSLATE_NOOP``) and formats it with ``params`` again, translating any parameter
    that is itself a Message.
    """

    template: str
    params: dict[str, object]
    context: str

    def __new__(cls, template: str, context: str = "Reflect", /, **params: object) -> Message:
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        message.context = context
        return message


def joined(items: Iterable[str], separator: str = ", ") -> Message:
    """``items`` joined, each Message among them still translatable."""
    items = list(items)
    template = (
        separator.replace("{", "{{").replace("}", "}}").join(f"{{i{n}}}" for n in range(len(items)))
    )
    return Message(template, **{f"i{n}": item for n, item in enumerate(items)})
