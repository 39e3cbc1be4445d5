"""The embedded default store: one SQLite file, named migrations, one transaction per batch."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.model import Record, record_from_dict
from facta.store.rows import TABLE_ROWS, article_row


def migrations() -> list[tuple[str, str]]:
    """(name, sql) of every packaged migration, in name order."""
    folder = importlib_resources.files("facta.store") / "migrations"
    items = [
        (p.name.removesuffix(".sql"), p.read_text(encoding="utf-8"))
        for p in folder.iterdir()
        if p.name.endswith(".sql")
    ]
    return sorted(items)


class SQLiteStore:
    """Records in one SQLite file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = self.path
        try:
            self.conn = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise FactaError("F401", url=self.path, reason=str(exc)) from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.migrate()

    # -- schema ----------------------------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY name")]

    def migrate(self) -> list[str]:
        """Apply packaged migrations not yet applied; return their names."""
        done = set(self.applied_migrations())
        known = migrations()
        unknown = done - {name for name, _ in known}
        if unknown:
            raise FactaError("F402", url=self.path, found=max(unknown), expected=known[-1][0])
        new = []
        for name, sql in known:
            if name in done:
                continue
            with self.conn:
                self.conn.executescript(f"BEGIN;\n{sql}\nCOMMIT;")
                self.conn.execute("INSERT INTO _migrations VALUES (?, ?)", (name, _now()))
            new.append(name)
        return new

    # -- writing ---------------------------------------------------------------------------------
    def save(self, records: Iterable[Record]) -> int:
        """Store a batch of records in one transaction (replacing earlier versions of the same articles)."""
        batch = list(records)
        now = _now()
        with self.conn:
            for record in batch:
                self._delete(record.article.id)
                self._insert("articles", [article_row(record, now)])
                self._insert(
                    "records",
                    [
                        {
                            "article_id": record.article.id,
                            "pipeline": ",".join(record.pipeline),
                            "json": record.to_json(include_text=False),
                        }
                    ],
                )
                for table, rows_of in TABLE_ROWS.items():
                    self._insert(table, rows_of(record))
        return len(batch)

    def _delete(self, article_id: str) -> None:
        for table in (*TABLE_ROWS, "records"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        sql = (
            f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' for _ in cols)})"
        )
        self.conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])

    # -- reading ---------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def record(self, article_id: str) -> Record | None:
        row = self.conn.execute(
            "SELECT r.json, a.text FROM records r JOIN articles a ON a.id = r.article_id"
            " WHERE r.article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row["json"])
        data["article"]["text"] = row["text"]
        return record_from_dict(data)

    def records(self) -> Iterator[Record]:
        for (article_id,) in self.conn.execute("SELECT id FROM articles ORDER BY published, id").fetchall():
            record = self.record(article_id)
            if record is not None:
                yield record

    def count(self, table: str) -> int:
        if table not in {"articles", *TABLE_ROWS}:
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params).fetchall()]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _q(column: str) -> str:
    return f'"{column}"'


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
