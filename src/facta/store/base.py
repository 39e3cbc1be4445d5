"""The Store protocol every backend implements, and the filters used to query canonical events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from facta.dedup.canonical import CanonicalEvent, Mention
from facta.model import Record


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which canonical events to return. Every given condition must hold; text is full-text search."""

    date_from: str | None = None  # canonical date ≥ (ISO)
    date_to: str | None = None  # canonical date ≤ (ISO)
    actor: str | None = None  # part of an actor name, any mention, case- and accent-insensitive
    country: str | None = None  # ISO3 of the place or of any actor
    type: str | None = None  # PLOVER type
    place: str | None = None  # part of a place name (or admin1)
    text: str | None = None  # words that must occur in one of the reporting articles
    min_sources: int | None = None  # reported by at least this many outlets
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    """A canonical event with the mentions (article, sentence, outlet) that report it."""

    event: CanonicalEvent
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class SaveResult:
    saved: int
    mentions: int
    canonical_changed: int


@runtime_checkable
class Store(Protocol):
    """What facta needs from a store. :func:`facta.store.open_store` returns one for a path or URL."""

    url: str
    dialect: str

    def migrate(self) -> list[str]: ...

    def save(self, records: Iterable[Record]) -> int: ...

    def has_article(self, article_id: str) -> bool: ...

    def known_articles(self, article_ids: Sequence[str]) -> set[str]: ...

    def has_hash(self, content_hash: str, url: str | None = None) -> bool: ...

    def record(self, article_id: str) -> Record | None: ...

    def records(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Record]: ...

    def events(self, filters: EventFilter | None = None) -> list[EventView]: ...

    def rebuild_events(self) -> int: ...

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def count(self, table: str) -> int: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...
