"""What an import tells the user afterwards: what it counted, per kind and weeks, what it had
counted before, and what it left out and why. The command line prints ``lines()``; the
import dialog shows the same facts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.i18n import QT_TRANSLATE_NOOP, Message
from reflect.weeks import IsoWeek

KIND_WORDS = {  # kind → (one, many)
    "posts": (QT_TRANSLATE_NOOP("Import", "post"), QT_TRANSLATE_NOOP("Import", "posts")),
    "comments": (
        QT_TRANSLATE_NOOP("Import", "comment or reply"),
        QT_TRANSLATE_NOOP("Import", "comments and replies"),
    ),
    "shares": (QT_TRANSLATE_NOOP("Import", "share"), QT_TRANSLATE_NOOP("Import", "shares")),
    "reactions": (
        QT_TRANSLATE_NOOP("Import", "reaction"),
        QT_TRANSLATE_NOOP("Import", "reactions"),
    ),
    "minutes": (QT_TRANSLATE_NOOP("Import", "minute"), QT_TRANSLATE_NOOP("Import", "minutes")),
}


class Count(float):
    """A whole number for a Message: ``{n:.0f}`` reads "1,234" in English; the UI formats it
    the user's way ("1.234"), as it does every float."""

    def __format__(self, spec: str) -> str:
        return format(float(self), "," + spec if spec == ".0f" else spec)


def _m(template: str, /, **params: object) -> Message:
    return Message(template, "Import", **params)


@dataclass(frozen=True, slots=True)
class Counted:
    """One kind in one network: how many items the file held (minutes: how long), how
    many of them were new, and the weeks they fall in."""

    network: str
    kind: str
    found: float
    new: float
    first: IsoWeek
    last: IsoWeek

    @property
    def already_known(self) -> float:
        return max(0.0, self.found - self.new)

    def amount_words(self, value: float | None = None) -> str:
        value = self.new if value is None else value
        number = round(value)
        one, many = KIND_WORDS.get(self.kind, (self.kind, self.kind))
        kind = _m(one if number == 1 else many)
        return _m(QT_TRANSLATE_NOOP("Import", "{n:.0f} {kind}"), n=Count(number), kind=kind)

    def sentence(self) -> str:
        """``3 posts counted, from 2024-W08 to 2024-W10.``, saying what was known before."""
        amount, weeks = self.amount_words(), self.weeks_words()
        if self.already_known < 0.5:
            template = QT_TRANSLATE_NOOP("Import", "{amount} counted, {weeks}.")
            return _m(template, amount=amount, weeks=weeks)
        found = self.amount_words(self.found)
        if self.new < 0.5:
            template = QT_TRANSLATE_NOOP(
                "Import", "{found}, {weeks}: all imported before, not counted again."
            )
            return _m(template, found=found, weeks=weeks)
        template = QT_TRANSLATE_NOOP(
            "Import", "{found}, {weeks}: {new:.0f} new counted, the rest imported before."
        )
        return _m(template, found=found, weeks=weeks, new=Count(round(self.new)))

    def weeks_words(self) -> str:
        if self.first == self.last:
            return _m(QT_TRANSLATE_NOOP("Import", "in {week}"), week=str(self.first))
        template = QT_TRANSLATE_NOOP("Import", "from {first} to {last}")
        return _m(template, first=str(self.first), last=str(self.last))


@dataclass(frozen=True, slots=True)
class ImportReport:
    platform: str
    platform_name: str
    source: str  # the file the user chose
    files: tuple[str, ...]  # the files read in it
    networks: tuple[str, ...]  # the networks counted into
    counted: tuple[Counted, ...]
    already_known: int  # items imported before and not counted again
    skipped: tuple[str, ...]  # sentences: what was left out and why
    backup: Path | None
    created_network: str | None  # the preset network made for this import, if any

    @property
    def new_items(self) -> float:
        return sum(c.new for c in self.counted)

    def title(self) -> str:
        """A few words over the report in the dialog."""
        if not self.counted:
            return _m(QT_TRANSLATE_NOOP("Import", "Nothing to count"))
        if not self.new_items:
            return _m(QT_TRANSLATE_NOOP("Import", "Nothing new to count"))
        return _m(
            QT_TRANSLATE_NOOP("Import", "Imported into {networks}"), networks=_listed(self.networks)
        )

    def files_words(self) -> str:
        """``Read from x.zip: tweets.js, tweets-part1.js.`` or ``Read: tweets.js.``"""
        prefix = f"{self.source} › "
        if self.files and all(f.startswith(prefix) for f in self.files):
            names = [f.removeprefix(prefix).rsplit("/", 1)[-1] for f in self.files]
            template = QT_TRANSLATE_NOOP("Import", "Read from {source}: {names}.")
            return _m(template, source=self.source, names=", ".join(names))
        if not self.files:
            return ""
        return _m(QT_TRANSLATE_NOOP("Import", "Read: {names}."), names=", ".join(self.files))

    def headline(self) -> str:
        into = _listed(self.networks) or _m(QT_TRANSLATE_NOOP("Import", "no network"))
        if not self.counted:
            template = QT_TRANSLATE_NOOP(
                "Import", "Nothing to count for {into} was found in {source}."
            )
        elif not self.new_items:
            template = QT_TRANSLATE_NOOP(
                "Import",
                "Everything in {source} had been imported into {into} before; "
                "nothing was counted twice.",
            )
        else:
            template = QT_TRANSLATE_NOOP("Import", "Imported {source} into {into}.")
        return _m(template, source=self.source, into=into)

    def lines(self) -> list[str]:
        """The report as plain lines (what ``reflect import`` prints)."""
        lines = [self.headline()]
        if self.created_network:
            lines.append(f"The network {self.created_network} was added for it.")
        several = len(self.networks) > 1
        for row in self.counted:
            where = f"{row.network}: " if several else ""
            lines.append(f"  {where}{row.sentence()}")
        if self.skipped:
            lines.append("Not counted:")
            lines.extend(f"  - {sentence}" for sentence in self.skipped)
        if self.files:
            lines.append(self.files_words())
        if self.backup:
            lines.append(f"A backup was made first: {self.backup}")
        return lines


def _listed(names: tuple[str, ...]) -> str:
    """``X``, ``X and Mastodon``, ``LinkedIn, Mastodon and X``."""
    if len(names) <= 1:
        return "".join(names)
    template = QT_TRANSLATE_NOOP("Import", "{names} and {last}")
    return _m(template, names=", ".join(names[:-1]), last=names[-1])
