"""The ingest loop: sources → (skip what is stored) → pipeline batches → store, one transaction per batch.

Duplicates are detected *before* any NLP: each input is normalised (cheap) into an Article whose id
hashes its URL and text, and the ids of a whole batch are looked up in the store at once. An article
whose exact text is already stored under another URL (a syndicated copy) with the same publication date
reuses the stored record (same text, so the same offsets) instead of being parsed again.
Killing the process loses at most the batch in flight; running the same command again skips what was
saved and completes the job.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from facta.errors import FactaError
from facta.ingest.sources import Failure, Item
from facta.model import Article, Record
from facta.pipeline import ArticleInput, ItemError, Pipeline
from facta.store.sqlbase import SQLStore


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did."""

    ingested: int = 0
    duplicates: int = 0
    reused: int = 0  # exact copies stored without parsing again (counted in ``ingested`` too)
    failed: Counter[str] = field(default_factory=Counter)  # error code -> count
    words: int = 0  # words of the ingested articles
    seconds: float = 0.0
    mentions: int = 0

    @property
    def n_failed(self) -> int:
        return sum(self.failed.values())

    @property
    def rate(self) -> float:
        return self.ingested / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        failed = ""
        if self.failed:
            failed = " (" + ", ".join(f"{code} ×{n}" for code, n in sorted(self.failed.items())) + ")"
        words_rate = self.words / self.seconds if self.seconds else 0.0
        return (
            f"ingested {self.ingested}, skipped {self.duplicates} as duplicate,"
            f" failed {self.n_failed}{failed} in {self.seconds:.1f} s"
            f" ({self.rate:.2f} articles/s, {words_rate:.0f} words/s)"
        )


@dataclass(frozen=True, slots=True)
class ItemFailure:
    label: str
    code: str
    message: str
    hint: str = ""


FailureHook = Callable[[ItemFailure], None]
ProgressHook = Callable[[IngestSummary], None]


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _restamp(stored: Record, article: Article) -> Record:
    """A stored record re-labelled as another article with the same text (offsets stay valid)."""
    fresh = replace(article, n_sentences=stored.article.n_sentences, language=stored.article.language)
    return replace(stored, article=fresh)


def ingest(
    items: Iterable[Item],
    store: SQLStore,
    pipeline: Pipeline,
    *,
    batch_size: int = 32,
    on_failure: FailureHook | None = None,
    on_progress: ProgressHook | None = None,
) -> IngestSummary:
    """Process ``items`` (from :func:`~facta.ingest.sources.read_sources`) into ``store``."""
    summary = IngestSummary()
    started = time.perf_counter()
    seen: set[str] = set()

    def fail(label: str, code: str, message: str, hint: str = "") -> None:
        summary.failed[code] += 1
        if on_failure is not None:
            on_failure(ItemFailure(label, code, message, hint))

    for batch in _batches(items, batch_size):
        fresh: list[tuple[str, Article]] = []
        for item in batch:
            if isinstance(item, Failure):
                fail(item.label, item.error.code, item.error.message, item.error.hint)
                continue
            try:
                fresh.append((item.label or "?", pipeline.article(item)))
            except FactaError as err:
                fail(item.label or "?", err.code, err.message, err.hint)
        known = store.known_articles([a.id for _, a in fresh])
        todo: list[tuple[str, Article]] = []
        records: list[Record] = []
        for label, article in fresh:
            if article.id in known or article.id in seen:
                summary.duplicates += 1
                continue
            seen.add(article.id)
            copy = _stored_copy(store, article)
            if copy is not None:
                records.append(_restamp(copy, article))
                summary.reused += 1
            else:
                todo.append((label, article))
        labels = [label for label, _ in todo]
        for outcome in pipeline.pipe([a for _, a in todo], batch_size=max(1, len(todo))):
            if isinstance(outcome, ItemError):
                fail(labels[outcome.index], outcome.code, outcome.message, outcome.hint)
            else:
                records.append(outcome)
        if records:
            store.save(records)
            summary.mentions += store.last_save.mentions
        summary.ingested += len(records)
        summary.words += sum(len(r.article.text.split()) for r in records)
        summary.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _stored_copy(store: SQLStore, article: Article) -> Record | None:
    if not article.content_hash:
        return None
    other = store.article_with_hash(article.content_hash)
    if other is None:
        return None
    record = store.record(other)
    if record is None or record.article.published != article.published:
        return None
    return record


def inputs_only(items: Iterable[Item]) -> Iterator[ArticleInput]:
    """The readable items of ``items`` (failures dropped), e.g. to feed :meth:`Pipeline.pipe` directly."""
    return (i for i in items if isinstance(i, ArticleInput))
