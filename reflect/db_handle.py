"""The profile's database as the app holds it: a handle, opened where it is first needed.

The app opens its database on its worker once the window has painted (``ui.app``): the first
frame then waits neither for peewee and the models nor for the check of every page, and a
migration runs behind a window that says "Working…". Until :meth:`DatabaseHandle.open`, the
handle holds only the profile, so creating one imports nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reflect.profile import Profile


class DatabaseHandle:
    """The profile's database, or the promise of it; ``database`` is the opened one."""

    __slots__ = ("_database", "profile")

    def __init__(self, profile: Profile, database: Any = None):
        self.profile = profile
        self._database = database  # already open (a restored backup, a test's profile)

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def database(self) -> Any:
        """The open peewee database, to hand to reflect's services."""
        if self._database is None:
            raise RuntimeError("the profile's database is not open yet")
        return self._database

    def open(self) -> None:
        """What :func:`reflect.db.open_database` does (create or migrate, refuse damage or a
        newer version, check every page), unless it is open already."""
        if self._database is None:
            from reflect.db import open_database

            self._database = open_database(self.profile)

    def close(self) -> None:
        """Close the calling thread's connection (peewee keeps one per thread)."""
        if self._database is not None:
            self._database.close()
