"""Where records live: an embedded SQLite file by default.

``open_store(url)`` picks the backend from the URL: a file path or ``sqlite:///path`` gives
:class:`~facta.store.sqlite.SQLiteStore`.
"""

from __future__ import annotations

from typing import Any

from facta.errors import FactaError
from facta.store.sqlite import SQLiteStore


def open_store(url: str | None = None, **kwargs: Any) -> SQLiteStore:
    url = url or "facta.db"
    if url.startswith("sqlite:///"):
        return SQLiteStore(url.removeprefix("sqlite:///"), **kwargs)
    if "://" in url:
        raise FactaError("F403", url=url)
    return SQLiteStore(url, **kwargs)


__all__ = ["SQLiteStore", "open_store"]
