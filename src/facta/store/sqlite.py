"""The embedded default store: one SQLite file (WAL), FTS5 full-text search, named migrations.

Writes are one transaction per :meth:`save` call (``BEGIN IMMEDIATE``: one writer at a time). Killing
the process mid-batch leaves the file as it was before that batch.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.store.sqlbase import SQLStore, _now

_FTS_WORD = re.compile(r'"[^"]+"|\S+')


def migrations(folder: str = "migrations") -> list[tuple[str, str]]:
    """(name, sql) of every packaged migration in ``folder``, in name order."""
    base = importlib_resources.files("facta.store") / folder
    items = [
        (p.name.removesuffix(".sql"), p.read_text(encoding="utf-8"))
        for p in base.iterdir()
        if p.name.endswith(".sql")
    ]
    return sorted(items)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word (or "quoted phrase") must occur; OR is kept."""
    parts = []
    for token in _FTS_WORD.findall(text):
        if token == "OR":
            parts.append("OR")
            continue
        inner = token.strip('"').replace('"', "")
        if inner:
            parts.append(f'"{inner}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    while parts and parts[0] == "OR":
        parts.pop(0)
    return " ".join(parts) or '""'


class SQLiteStore(SQLStore):
    """Records in one SQLite file. Use as a context manager or call :meth:`close`."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, **options: Any) -> None:
        super().__init__(**options)
        self.path = str(path)
        self.url = self.path
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise FactaError("F401", url=self.path, reason=str(exc)) from exc
        self._backfill(self.migrate())

    # -- backend hooks ---------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:  # nested (e.g. rebuild inside a larger unit): join it
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _text_clause(self) -> str:
        return "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?"

    def _text_query(self, text: str) -> str:
        return fts_query(text)

    # -- schema ----------------------------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY name")]

    def migrate(self) -> list[str]:
        """Apply packaged migrations not yet applied, each in its own transaction; return their names."""
        done = set(self.applied_migrations())
        known = migrations()
        unknown = done - {name for name, _ in known}
        if unknown:
            raise FactaError("F402", url=self.path, found=max(unknown), expected=known[-1][0])
        new = []
        for name, sql in known:
            if name in done:
                continue
            escaped = name.replace("'", "''")
            try:
                record = f"INSERT INTO _migrations VALUES ('{escaped}', '{_now()}');"
                self.conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n{record}\nCOMMIT;")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise FactaError("F401", url=self.path, reason=f"migration {name} failed: {exc}") from exc
            new.append(name)
        return new

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self
