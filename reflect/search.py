"""Search everything the user wrote: reflections, network notes, charter answers, goals and
experiments, through the FTS5 index that migration 2 keeps in step with the source tables.

Whatever the user types is a search: every word becomes a quoted FTS5 string (so ``"``,
``*``, ``AND``, ``NEAR(``, ``-``, ``:`` and ``^`` are just text), matched as a prefix so
"post" also finds "posted". The hits are ranked with bm25, best first. The matching words
come back highlighted as HTML built safely: the user's text is escaped and only our own
``<b>`` tags are put around the matches.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from reflect import models as m
from reflect.weeks import IsoWeek

#: The highlight markers handed to FTS5: control characters a user does not type.
OPEN, CLOSE = "\x02", "\x03"
#: How many hits one search returns at most.
LIMIT = 200
#: How many words around the match a hit shows.
SNIPPET_TOKENS = 24

KIND_WORDS = {
    "answer": "Reflection",
    "note": "Note",
    "charter": "Charter",
    "goal": "Goal",
    "experiment": "Experiment",
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


def marked_html(marked: str) -> str:
    """HTML for a passage FTS5 marked with :data:`OPEN` / :data:`CLOSE`: the text escaped,
    the markers turned into ``<b>`` tags (balanced, so no markup can leak)."""
    out: list[str] = []
    bold = False
    start = 0
    for index, ch in enumerate(marked):
        if ch in (OPEN, CLOSE):
            out.append(html.escape(marked[start:index]))
            start = index + 1
            if ch == OPEN and not bold:
                out.append("<b>")
                bold = True
            elif ch == CLOSE and bold:
                out.append("</b>")
                bold = False
    out.append(html.escape(marked[start:]))
    if bold:
        out.append("</b>")
    return "".join(out).replace("\n", " ")


_SQL = """
SELECT s.kind, s.source_id, s.checkin_id, s.network_id, coalesce(c.week, s.week), s.label,
       snippet(search_text, 0, char(2), char(3), '…', {tokens}), bm25(search_text),
       n.name, s.body
FROM search_text s
LEFT JOIN check_in c ON c.id = s.checkin_id AND s.checkin_id != ''
LEFT JOIN network n ON n.id = s.network_id AND s.network_id != ''
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
    sql = _SQL.format(tokens=SNIPPET_TOKENS)
    params: list[object] = [expression]
    if query.network_ids:
        sql += f" AND s.network_id IN ({', '.join('?' * len(query.network_ids))})"
        params += list(query.network_ids)
    if query.context:
        sql += " AND EXISTS (SELECT 1 FROM json_each(c.context) WHERE value = ?)"
        params.append(query.context)
    if query.workload is not None:
        sql += " AND c.workload BETWEEN ? AND ?"
        params += list(query.workload)
    if query.first is not None:
        sql += " AND coalesce(c.week, s.week) >= ?"
        params.append(str(query.first))
    if query.last is not None:
        sql += " AND coalesce(c.week, s.week) != '' AND coalesce(c.week, s.week) <= ?"
        params.append(str(query.last))
    sql += " ORDER BY bm25(search_text) LIMIT ?"
    params.append(query.limit)
    hits = []
    for row in m.database.execute_sql(sql, params).fetchall():
        kind, source_id, checkin_id, network_id, week, label, marked, rank, name, body = row
        if OPEN in body or CLOSE in body:  # the user's own text holds our markers: no bold
            marked = body.replace(OPEN, "").replace(CLOSE, "")
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
                marked_html(marked),
                marked.replace(OPEN, "").replace(CLOSE, "").replace("\n", " "),
                rank,
            )
        )
    return hits
