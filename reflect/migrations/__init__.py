"""Numbered schema migrations. A released migration never changes; add a new one instead.

Each module ``mNNNN_*.py`` defines ``apply(connection)`` that runs inside one transaction
opened by :func:`reflect.db.migrate`. ``PRAGMA user_version`` records the last one applied.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection

from reflect.migrations import m0001_initial, m0002_search, m0003_item_weeks

Migration = Callable[[Connection], None]

#: In order; the schema version of a database is the number of migrations applied to it.
MIGRATIONS: tuple[Migration, ...] = (
    m0001_initial.apply,
    m0002_search.apply,
    m0003_item_weeks.apply,
)

LATEST = len(MIGRATIONS)
