"""The user's language: Reflect's own translation plus Qt's, and the matching locale.

``Settings.language()`` is "" to follow the system (``QLocale.system()``), or a code the user
chose. English is the source language and needs no translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.theme import resource_path

#: Languages with a translation, besides the English of the sources.
LANGUAGES = ("en", "de")


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the user's choice, else the system's if translated, else English."""
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def translation_file(language: str):
    """Reflect's compiled translation for ``language``."""
    return resource_path(f"translations/reflect_{language}.qm")


class Translators:
    """The translators installed on the application, so they can be replaced or removed."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, choice: str, system: QLocale | None = None) -> str:
        """Show the language of ``choice`` ("" = the system's) from now on; the code used."""
        self.remove()
        language = resolve_language(choice, system)
        self.language = language
        locale = QLocale(language) if choice else (system or QLocale.system())
        if language == "en" and locale.language() != QLocale.Language.English:
            locale = QLocale(QLocale.Language.English, locale.territory())
        QLocale.setDefault(locale)
        if language == "en":
            return language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, loaded in self._candidates(language, qt_dir):
            if loaded:
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
        return language

    def _candidates(self, language: str, qt_dir: str):
        own = QTranslator()
        yield own, own.load(str(translation_file(language)))
        qt = QTranslator()
        yield qt, qt.load(f"qtbase_{language}", qt_dir)

    def remove(self) -> None:
        """Back to the English of the sources."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"


def install_translators(choice: str) -> Translators:
    """Install the translators for the user's choice; keep the result alive with the app."""
    translators = Translators()
    translators.install(choice)
    return translators
