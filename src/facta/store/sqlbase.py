"""Everything the SQLite and PostgreSQL stores share: saving batches, near-duplicates, canonical events.

Backends provide a connection adapter (``_rows``/``_run``/``_run_many`` with ``?`` placeholders and
``_transaction``), their migrations and their full-text clause. One :meth:`SQLStore.save` call is one
transaction: records, their rows, near-duplicate signatures, event mentions and the canonical events
they touch are committed together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from facta.dedup.canonical import (
    THRESHOLD,
    Mention,
    Summary,
    aggregate,
    canonical_id,
    choose,
    mentions_from_record,
    window,
)
from facta.dedup.minhash import MinHasher, best_match, from_bytes, to_bytes
from facta.errors import FactaError
from facta.model import Record, record_from_dict
from facta.store.base import EventFilter, EventView, SaveResult
from facta.store.event_rows import (
    MENTION_COLUMNS,
    canonical_row,
    filter_sql,
    mention_from_row,
    mention_row,
)
from facta.store.rows import TABLE_ROWS, article_row

COUNTABLE = frozenset(
    {"articles", "records", *TABLE_ROWS, "canonical_events", "event_mentions", "article_signatures"}
)
ARTICLE_COLUMNS = "id, title, url, published, outlet, language, n_sentences, content_hash, processed_at"
DUP_THRESHOLD = 0.5


class SQLStore:
    """Shared logic of the SQL backends (not used directly: see SQLiteStore and PostgresStore)."""

    dialect = "sql"
    url: str

    def __init__(self, *, dup_threshold: float = DUP_THRESHOLD, event_threshold: float = THRESHOLD) -> None:
        self.hasher = MinHasher()
        self.dup_threshold = dup_threshold
        self.event_threshold = event_threshold
        self.last_save = SaveResult(0, 0, 0)

    # -- backend hooks -----------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _text_clause(self) -> str:
        """SQL selecting the ids of articles matching one full-text query parameter."""
        raise NotImplementedError

    def _text_query(self, text: str) -> str:
        return text

    def migrate(self) -> list[str]:
        raise NotImplementedError

    def _backfill(self, applied: list[str]) -> None:
        """A store created before canonical events existed gets them computed once, on upgrade."""
        if "0002_corpus" in applied and self.count("articles"):
            self.rebuild_events()

    def close(self) -> None:
        raise NotImplementedError

    # -- writing -----------------------------------------------------------------------------------
    def save(self, records: Iterable[Record]) -> int:
        """Store a batch of records in one transaction (replacing earlier versions of the same articles)."""
        batch = list(records)
        now = _now()
        stale: set[str] = set()
        touched: set[str] = set()
        n_mentions = 0
        with self._transaction():
            existing = self.known_articles([r.article.id for r in batch])
            for record in batch:
                if record.article.id in existing:
                    stale |= self._delete(record.article.id)
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
                group = self._index_article(record)
                for mention in mentions_from_record(record, group):
                    touched.add(self._assign(mention))
                    n_mentions += 1
            for cid in stale - touched:
                self._refresh(cid)
        self.last_save = SaveResult(len(batch), n_mentions, len(stale | touched))
        return len(batch)

    def _delete(self, article_id: str) -> set[str]:
        """Remove an article and everything hanging off it; return the canonical events it was part of."""
        touched = {
            r["canonical_id"]
            for r in self._rows("SELECT canonical_id FROM event_mentions WHERE article_id = ?", (article_id,))
        }
        for table in (*TABLE_ROWS, "records", "event_mentions", "article_bands", "article_signatures"):
            self._run(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._run("DELETE FROM articles WHERE id = ?", (article_id,))
        return touched

    def _insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        sql = (
            f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' for _ in cols)})"
        )
        self._run_many(sql, [tuple(r[c] for c in cols) for r in rows])

    def _index_article(self, record: Record) -> str:
        """File the article's MinHash signature; return its near-duplicate group."""
        article_id = record.article.id
        signature = self.hasher.signature(record.article.text)
        buckets = self.hasher.buckets(signature)
        marks = ", ".join("?" for _ in buckets)
        rows = self._rows(
            "SELECT s.article_id, s.dup_group, s.signature FROM article_signatures s WHERE s.article_id IN"
            f" (SELECT DISTINCT b.article_id FROM article_bands b WHERE b.bucket IN ({marks}))"
            " ORDER BY s.article_id",
            buckets,
        )
        groups = {r["article_id"]: r["dup_group"] for r in rows}
        match = best_match(
            signature,
            ((r["article_id"], from_bytes(bytes(r["signature"]))) for r in rows),
            self.dup_threshold,
        )
        group = groups[match[0]] if match else article_id
        self._insert(
            "article_signatures",
            [
                {
                    "article_id": article_id,
                    "dup_group": group,
                    "similarity": round(match[1], 4) if match else None,
                    "signature": to_bytes(signature),
                }
            ],
        )
        self._run_many(
            "INSERT INTO article_bands (bucket, article_id) VALUES (?, ?)", [(b, article_id) for b in buckets]
        )
        return group

    def _candidates(self, m: Mention) -> list[tuple[str, Summary]]:
        if m.date:
            pad = dt.timedelta(days=window(m.precision, "month"))
            day = dt.date.fromisoformat(m.date[:10])
            rows = self._rows(
                "SELECT id, summary FROM canonical_events WHERE type = ?"
                " AND date_low <= ? AND date_high >= ? ORDER BY id",
                (m.type, (day + pad).isoformat(), (day - pad).isoformat()),
            )
        else:
            rows = self._rows(
                "SELECT DISTINCT c.id, c.summary FROM canonical_events c JOIN event_mentions e"
                " ON e.canonical_id = c.id WHERE c.type = ? AND e.dup_group = ? ORDER BY c.id",
                (m.type, m.dup_group),
            )
        return [(r["id"], Summary.from_dict(_json(r["summary"]))) for r in rows]

    def _assign(self, m: Mention) -> str:
        """Attach mention ``m`` to its canonical event (creating one if none matches); return its id."""
        cid = choose(m, self._candidates(m), self.event_threshold) or canonical_id(m)
        self._insert("event_mentions", [mention_row(m, cid)])
        self._refresh(cid)
        return cid

    def _mentions_of(self, cids: Sequence[str]) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = {cid: [] for cid in cids}
        for start in range(0, len(cids), 500):
            chunk = list(cids[start : start + 500])
            marks = ", ".join("?" for _ in chunk)
            rows = self._rows(
                f"SELECT {', '.join(_q(c) for c in MENTION_COLUMNS)} FROM event_mentions"
                f" WHERE canonical_id IN ({marks}) ORDER BY published, article_id, event_id",
                chunk,
            )
            for row in rows:
                out[row["canonical_id"]].append(mention_from_row(row))
        return out

    def _refresh(self, cid: str) -> None:
        """Recompute canonical event ``cid`` from its mentions (delete it when none are left)."""
        self._run("DELETE FROM canonical_events WHERE id = ?", (cid,))
        mentions = self._mentions_of([cid])[cid]
        if mentions:
            self._insert("canonical_events", [canonical_row(aggregate(cid, mentions))])

    def rebuild_events(self) -> int:
        """Recompute every near-duplicate group and canonical event from the stored records, in
        publication order (the result no longer depends on the order articles were ingested in)."""
        with self._transaction():
            for table in ("event_mentions", "canonical_events", "article_bands", "article_signatures"):
                self._run(f"DELETE FROM {table}")
            ids = [r["id"] for r in self._rows("SELECT id FROM articles ORDER BY published, id")]
            for article_id in ids:
                record = self.record(article_id)
                if record is None:
                    continue
                group = self._index_article(record)
                for mention in mentions_from_record(record, group):
                    self._assign(mention)
        return self.count("canonical_events")

    # -- reading -----------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return bool(self._rows("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)))

    def known_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Which of ``article_ids`` are already stored (one query per 500 ids)."""
        found: set[str] = set()
        ids = list(dict.fromkeys(article_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found |= {r["id"] for r in self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)}
        return found

    def has_hash(self, content_hash: str, url: str | None = None) -> bool:
        """Is an article with this text (and, when given, this URL) stored?"""
        if url is None:
            rows = self._rows("SELECT 1 AS x FROM articles WHERE content_hash = ?", (content_hash,))
        else:
            rows = self._rows(
                "SELECT 1 AS x FROM articles WHERE content_hash = ? AND url = ?", (content_hash, url)
            )
        return bool(rows)

    def article_with_hash(self, content_hash: str) -> str | None:
        """The id of one stored article with exactly this text, if any."""
        rows = self._rows(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (content_hash,)
        )
        return str(rows[0]["id"]) if rows else None

    def record(self, article_id: str) -> Record | None:
        rows = self._rows(
            "SELECT r.json, a.text FROM records r JOIN articles a ON a.id = r.article_id"
            " WHERE r.article_id = ?",
            (article_id,),
        )
        if not rows:
            return None
        data = _json(rows[0]["json"])
        data["article"]["text"] = rows[0]["text"]
        return record_from_dict(data)

    def records(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Record]:
        """Stored records in publication order, optionally filtered by publication date and outlet."""
        where, params = [], []
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published <= ?")
            params.append(until)
        if outlet:
            where.append("outlet = ?")
            params.append(outlet)
        sql = "SELECT id FROM articles" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY published, id" + (f" LIMIT {int(limit)}" if limit else "")
        for row in self._rows(sql, params):
            record = self.record(row["id"])
            if record is not None:
                yield record

    def events(self, filters: EventFilter | None = None) -> list[EventView]:
        """Canonical events matching ``filters``, by date, each with the mentions that report it."""
        f = filters or EventFilter()
        if f.text:
            f = replace(f, text=self._text_query(f.text))
        where, params = filter_sql(f, self._text_clause())
        sql = f"SELECT c.id FROM canonical_events c{where} ORDER BY c.date, c.id"
        if f.limit:
            sql += f" LIMIT {int(f.limit)}"
        ids = [r["id"] for r in self._rows(sql, params)]
        members = self._mentions_of(ids)
        return [EventView(aggregate(cid, members[cid]), tuple(members[cid])) for cid in ids if members[cid]]

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text match the full-text query ``text``."""
        rows = self._rows(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({self._text_clause()})"
            f" ORDER BY published, id LIMIT {int(limit)}",
            (self._text_query(text),),
        )
        return rows

    def count(self, table: str) -> int:
        if table not in COUNTABLE:
            raise ValueError(table)
        return int(self._rows(f"SELECT count(*) AS n FROM {table}")[0]["n"])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run any SQL with ``?`` placeholders (on every backend) and return rows as dicts."""
        return self._rows(sql, params)

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _q(column: str) -> str:
    return f'"{column}"'


def _json(value: Any) -> dict[str, Any]:
    if isinstance(value, str | bytes):
        loaded: dict[str, Any] = json.loads(value)
        return loaded
    return dict(value)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def store_error(url: str, exc: Exception) -> FactaError:
    return FactaError("F401", url=url, reason=str(exc))
