"""Search everything the user wrote: reflections, network notes, charter answers, goals and
experiments, through the FTS5 index that migration 2 keeps in step with the source tables.

Whatever the user types is a search: every word becomes a quoted FTS5 string (so ``"``,
``*``, ``AND``, ``NEAR(``, ``-``, ``:`` and ``^`` are just text), matched as a prefix so
"post" also finds "posted". The hits are ranked with bm25, best first. The matching words
come back highlighted as HTML built here, not by FTS5's ``highlight()``: the user's text is
escaped piece by piece and only our own ``<b>`` tags go around the words that match.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from reflect import models as m
from reflect.i18n import QT_TRANSLATE_NOOP
from reflect.weeks import IsoWeek

#: How many hits one search returns at most.
LIMIT = 100
#: How many words around the match a hit shows.
SNIPPET_TOKENS = 24

KIND_WORDS = {
    "answer": QT_TRANSLATE_NOOP("Search", "Reflection"),
    "note": QT_TRANSLATE_NOOP("Search", "Note"),
    "charter": QT_TRANSLATE_NOOP("Search", "Charter"),
    "goal": QT_TRANSLATE_NOOP("Search", "Goal"),
    "experiment": QT_TRANSLATE_NOOP("Search", "Experiment"),
}


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for, and the filters. Empty filters let everything through; a filter on
    context or workload keeps only what belongs to a check-in."""

    text: str
    network_ids: tuple[str, ...] = ()
    context: str | None = None
    workload: tuple[int, int] | None = None  # lowest and highest, both included
    first: IsoWeek | None = None
    last: IsoWeek | None = None
    limit: int = LIMIT


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # answer, note, charter, goal, experiment
    kind_word: str  # "Reflection", "Note", …
    source_id: str
    week: IsoWeek | None
    checkin_id: str | None  # set when the text belongs to a check-in (it can be opened)
    network_id: str | None
    network_name: str | None
    label: str  # the prompt or the charter question, or ""
    html: str  # the matching passage, escaped, the matches in <b>…</b>
    text: str  # the same passage as plain text
    rank: float  # bm25: lower is better

    @property
    def where(self) -> str:
        """ "Reflection · 2026-W12 · LinkedIn"."""
        parts = [self.kind_word]
        if self.week is not None:
            parts.append(str(self.week))
        if self.network_name:
            parts.append(self.network_name)
        return " · ".join(parts)


def terms(text: str) -> list[str]:
    """The words of a search, each with at least one letter or digit (a word of symbols only
    matches nothing, so it is left out rather than sent to SQLite), control characters
    (which SQLite will not take in a query, NUL above all) removed."""
    words = ("".join(ch for ch in word if ch >= " ") for word in text.split())
    return [word for word in words if any(ch.isalnum() for ch in word)]


def match_expression(text: str) -> str:
    """The FTS5 query for what the user typed: every word a quoted string matched as a
    prefix, all of them required. ``""`` when nothing searchable is left."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in terms(text))


_WORD = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """A word as the index compares it: accents off, case folded (``Crème`` → ``creme``)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def needles(text: str) -> tuple[str, ...]:
    """The folded word parts of a search, each matched as the start of a word."""
    return tuple(dict.fromkeys(fold(part) for word in terms(text) for part in _WORD.findall(word)))


def passage(body: str, wanted: tuple[str, ...], length: int = SNIPPET_TOKENS) -> tuple[str, str]:
    """The part of ``body`` around its first match, up to ``length`` words, as escaped HTML
    with the matching words in ``<b>``, and as plain text."""
    words = list(_WORD.finditer(body))
    if not words:
        return html.escape(body), body
    first = next((i for i, w in enumerate(words) if fold(w.group()).startswith(wanted)), None)
    start = max(0, first - 3) if first is not None else 0
    start = max(0, min(start, len(words) - length))
    end = min(len(words), start + length)
    hits = [i for i in range(start, end) if fold(words[i].group()).startswith(wanted)]
    begin_at = 0 if start == 0 else words[start].start()
    end_at = len(body) if end == len(words) else words[end - 1].end()
    out, at = [], begin_at
    for index in hits:  # escape the stretches between matches whole: few calls
        word = words[index]
        out.append(html.escape(body[at : word.start()]))
        out.append(f"<b>{html.escape(word.group())}</b>")
        at = word.end()
    out.append(html.escape(body[at:end_at]))
    plain = body[begin_at:end_at]
    before, after = ("…" if start > 0 else ""), ("…" if end < len(words) else "")
    flat = "".join(out).replace("\n", " ")
    return f"{before}{flat}{after}", f"{before}{plain}{after}".replace("\n", " ")


#: The best matches, filtered: rowids and ranks only (FTS5 sorts by its ``rank`` column fast;
#: any other column would be worked out for every match before the sort).
_SQL = """
SELECT s.rowid, s.rank
FROM search_text s
LEFT JOIN check_in c ON c.id = s.checkin_id AND s.checkin_id != ''
WHERE search_text MATCH ?
  AND (s.checkin_id = '' OR c.deleted_at IS NULL)
  AND (s.kind != 'charter' OR NOT EXISTS (
        SELECT 1 FROM charter_answer mine JOIN charter_answer newer
          ON newer.question_id = mine.question_id
        WHERE mine.id = s.source_id AND newer.deleted_at IS NULL
          AND newer.created_at > mine.created_at))
"""


def search(query: SearchQuery) -> list[SearchHit]:
    """The best hits for ``query``, best first; ``[]`` for a search with no words."""
    expression = match_expression(query.text)
    if not expression:
        return []
    sql = _SQL
    params: list[object] = [expression]
    if query.network_ids:
        sql += f" AND s.network_id IN ({', '.join('?' * len(query.network_ids))})"
        params += list(query.network_ids)
    if query.context or query.workload is not None:
        # the check-ins that pass, worked out once (not once for every match)
        inner = "SELECT id FROM check_in WHERE deleted_at IS NULL"
        if query.context:
            inner += " AND EXISTS (SELECT 1 FROM json_each(context) WHERE value = ?)"
            params.append(query.context)
        if query.workload is not None:
            inner += " AND workload BETWEEN ? AND ?"
            params += list(query.workload)
        sql += f" AND s.checkin_id IN ({inner})"
    if query.first is not None:
        sql += " AND coalesce(c.week, s.week) >= ?"
        params.append(str(query.first))
    if query.last is not None:
        sql += " AND coalesce(c.week, s.week) != '' AND coalesce(c.week, s.week) <= ?"
        params.append(str(query.last))
    sql += " ORDER BY s.rank LIMIT ?"
    params.append(query.limit)
    ranked = m.database.execute_sql(sql, params).fetchall()
    if not ranked:
        return []
    details = {
        row[0]: row[1:]
        for row in m.database.execute_sql(
            "SELECT s.rowid, s.kind, s.source_id, s.checkin_id, s.network_id, "
            "coalesce(c.week, s.week), s.label, n.name, s.body FROM search_text s "
            "LEFT JOIN check_in c ON c.id = s.checkin_id AND s.checkin_id != '' "
            "LEFT JOIN network n ON n.id = s.network_id AND s.network_id != '' "
            f"WHERE s.rowid IN ({', '.join('?' * len(ranked))})",
            [rowid for rowid, _ in ranked],
        ).fetchall()
    }
    wanted = needles(query.text)
    hits = []
    for rowid, rank in ranked:
        kind, source_id, checkin_id, network_id, week, label, name, body = details[rowid]
        marked, plain = passage(body, wanted)
        hits.append(
            SearchHit(
                kind,
                KIND_WORDS.get(kind, kind),
                source_id,
                IsoWeek.parse(week) if week else None,
                checkin_id or None,
                network_id or None,
                name,
                label,
                marked,
                plain,
                rank,
            )
        )
    return hits
