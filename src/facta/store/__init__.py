"""Where records live: an embedded SQLite file by default, PostgreSQL for teams.

``open_store(url)`` picks the backend from the URL: a file path or ``sqlite:///path`` gives
:class:`~facta.store.sqlite.SQLiteStore`; ``postgresql://…`` (or ``postgres://…``) gives
:class:`~facta.store.postgres.PostgresStore`. Both implement the :class:`~facta.store.base.Store`
protocol. Tables and views are documented in docs/store.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.store.base import EventFilter, EventView, Store
from facta.store.sqlbase import SQLStore
from facta.store.sqlite import SQLiteStore


def open_store(url: str | None = None, *, must_exist: bool = False, **kwargs: Any) -> SQLStore:
    """Open (creating and migrating if needed) the store at ``url`` (default ``facta.db``).

    With ``must_exist`` (commands that only read), a SQLite file that does not exist is an error
    (F407) instead of a new empty store."""
    url = url or "facta.db"
    if must_exist:
        path = url.removeprefix("sqlite:///")
        if "://" not in path and path != ":memory:" and not Path(path).exists():
            raise FactaError("F407", url=url)
    if url.startswith(("postgresql://", "postgres://")):
        from facta.store.postgres import PostgresStore

        return PostgresStore(url, **kwargs)
    if url.startswith("sqlite:///"):
        return SQLiteStore(url.removeprefix("sqlite:///"), **kwargs)
    if "://" in url:
        raise FactaError("F403", url=url)
    return SQLiteStore(url, **kwargs)


__all__ = ["EventFilter", "EventView", "SQLStore", "SQLiteStore", "Store", "open_store"]
