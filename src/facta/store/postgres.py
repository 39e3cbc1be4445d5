"""The PostgreSQL store (``postgresql://`` URLs): the same tables and API as SQLite, for teams.

Needs ``psycopg`` 3 (``pip install 'facta[postgres]'``). Full-text search uses a generated ``tsvector``
column with a GIN index. Each :meth:`save` is one transaction that first takes a transaction-scoped
advisory lock, so concurrent writers are serialised and canonical events stay consistent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from facta.errors import FactaError
from facta.store.sqlbase import SQLStore, _now
from facta.store.sqlite import migrations

_WRITE_LOCK = 0x66616374  # "fact": the advisory lock every facta writer takes


def _pg(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (and a literal ``%`` to ``%%``)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    dialect = "postgresql"

    def __init__(self, url: str, **options: Any) -> None:
        super().__init__(**options)
        self.url = url
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise FactaError("F404", url=url) from exc
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise FactaError("F401", url=_redact(url), reason=str(exc).strip()) from exc
        self._depth = 0
        self._backfill(self.migrate())

    # -- backend hooks ---------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(_pg(sql) if params else sql, tuple(params) if params else None)
        if cur.description is None:
            return []
        return [dict(r) for r in cur.fetchall()]

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(_pg(sql) if params else sql, tuple(params) if params else None)

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), [tuple(r) for r in rows])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        self._depth += 1
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                yield
        finally:
            self._depth -= 1

    def _text_clause(self) -> str:
        return "SELECT id FROM articles WHERE tsv @@ websearch_to_tsquery('english', ?)"

    # -- schema ----------------------------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return [r["name"] for r in self._rows("SELECT name FROM _migrations ORDER BY name")]

    def migrate(self) -> list[str]:
        done = set(self.applied_migrations())
        known = migrations("migrations_pg")
        unknown = done - {name for name, _ in known}
        if unknown:
            raise FactaError("F402", url=_redact(self.url), found=max(unknown), expected=known[-1][0])
        new = []
        for name, sql in known:
            if name in done:
                continue
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                if self._rows("SELECT 1 AS x FROM _migrations WHERE name = ?", (name,)):
                    continue  # another process applied it while we waited
                self.conn.execute(sql.encode())
                self._run("INSERT INTO _migrations VALUES (?, ?)", (name, _now()))
            new.append(name)
        return new

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
