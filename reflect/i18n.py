"""Marks domain text for translation without importing Qt.

``reflect`` stays free of Qt, yet the sentences it owns (prompts, charter questions, presets)
are what a user reads most. Wrapping a literal in ``QT_TRANSLATE_NOOP("Context", "text")``
changes nothing at run time; it only lets ``pyside6-lupdate`` find the text, so the UI can
translate it at the boundary with ``QCoreApplication.translate("Context", text)``.
The function must keep this exact name: lupdate recognises the call by it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``context`` groups it in the translation file."""
    return text
