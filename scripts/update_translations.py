"""Refresh the translation sources and compile them.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # exit 1 if a string has no German yet

``pyside6-lupdate`` reads every ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")`` and
``QT_TRANSLATE_NOOP("Ctx", "…")`` in ``ui/`` and ``reflect/`` into
``resources/translations/reflect_<lang>.ts`` (keeping the translations already there), then
``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads. Translate new strings
in the ``.ts`` (Qt Linguist, or any editor), then run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ("ui", "reflect")
#: Languages besides the English of the sources.
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """A Qt tool beside the running Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def lupdate(ts: Path, language: str, sources=SOURCES, root: Path = ROOT) -> None:
    """Extract the strings of ``sources`` into ``ts``, keeping the translations it has."""
    files = sorted(str(f.relative_to(root)) for d in sources for f in (root / d).rglob("*.py"))
    command = [tool("pyside6-lupdate"), *files, "-locations", "none"]
    command += ["-no-obsolete", "-source-language", "en", "-target-language", language]
    subprocess.run([*command, "-ts", str(ts)], cwd=root, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True)


def untranslated(ts: Path) -> list[str]:
    """``context: source`` of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""]
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                t.strip() for t in texts
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"reflect_{language}.ts"
        if not args.check:
            lupdate(ts, language)
            lrelease(ts, ts.with_suffix(".qm"))
        missing = untranslated(ts)
        for line in missing:
            print(f"{language}: not translated: {line}")
        status = status or bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
