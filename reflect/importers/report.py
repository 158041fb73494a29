"""What an import tells the user afterwards: what it counted, per kind and weeks, what it had
counted before, and what it left out and why. The command line prints ``lines()``; the
import dialog shows the same facts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.weeks import IsoWeek

KIND_WORDS = {  # kind → (one, many)
    "posts": ("post", "posts"),
    "comments": ("comment or reply", "comments and replies"),
    "shares": ("share", "shares"),
    "reactions": ("reaction", "reactions"),
    "minutes": ("minute", "minutes"),
}


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
        return f"{number:,} {one if number == 1 else many}"

    def sentence(self) -> str:
        """``3 posts counted, from 2024-W08 to 2024-W10.``, saying what was known before."""
        if self.already_known < 0.5:
            return f"{self.amount_words()} counted, {self.weeks_words()}."
        found = f"{self.amount_words(self.found)}, {self.weeks_words()}"
        if self.new < 0.5:
            return f"{found}: all imported before, not counted again."
        return f"{found}: {round(self.new):,} new counted, the rest imported before."

    def weeks_words(self) -> str:
        if self.first == self.last:
            return f"in {self.first}"
        return f"from {self.first} to {self.last}"


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
            return "Nothing to count"
        if not self.new_items:
            return "Nothing new to count"
        return f"Imported into {_listed(self.networks)}"

    def files_words(self) -> str:
        """``Read from x.zip: tweets.js, tweets-part1.js.`` or ``Read: tweets.js.``"""
        prefix = f"{self.source} › "
        if self.files and all(f.startswith(prefix) for f in self.files):
            names = [f.removeprefix(prefix).rsplit("/", 1)[-1] for f in self.files]
            return f"Read from {self.source}: {', '.join(names)}."
        return f"Read: {', '.join(self.files)}." if self.files else ""

    def headline(self) -> str:
        into = _listed(self.networks) or "no network"
        if not self.counted:
            return f"Nothing to count for {into} was found in {self.source}."
        if not self.new_items:
            return (
                f"Everything in {self.source} had been imported into {into} before; "
                "nothing was counted twice."
            )
        return f"Imported {self.source} into {into}."

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
    return f"{', '.join(names[:-1])} and {names[-1]}"
