"""In-memory canonicalisation: the same algorithm the store runs incrementally, over a list of records.

Used by :meth:`facta.store.sqlbase.SQLStore.rebuild_events` semantics checks, by evaluation and by
notebooks that want canonical events without a database.
"""

from __future__ import annotations

from collections.abc import Iterable

from facta.dedup.canonical import (
    THRESHOLD,
    CanonicalEvent,
    Mention,
    Summary,
    aggregate,
    canonical_id,
    choose,
    mentions_from_record,
    summarise,
)
from facta.dedup.minhash import MinHasher, NearDuplicateIndex
from facta.model import Record


class Canonicaliser:
    """Adds mentions one at a time; each joins its best-matching canonical event or starts a new one."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.members: dict[str, list[Mention]] = {}
        self.summaries: dict[str, Summary] = {}
        self._by_type: dict[str, list[str]] = {}

    def add(self, mention: Mention) -> str:
        ids = self._by_type.get(mention.type, [])
        cid = choose(mention, ((c, self.summaries[c]) for c in ids), self.threshold)
        if cid is None:
            cid = canonical_id(mention)
            self._by_type.setdefault(mention.type, []).append(cid)
            self.members[cid] = []
        self.members[cid].append(mention)
        self.summaries[cid] = summarise(self.members[cid])
        return cid

    def events(self) -> list[CanonicalEvent]:
        return [aggregate(cid, members) for cid, members in self.members.items()]


def dup_groups(records: Iterable[Record], threshold: float = 0.5) -> dict[str, str]:
    """Article id → near-duplicate group (the id of the first article of the group, in input order)."""
    index = NearDuplicateIndex(MinHasher(), threshold)
    groups: dict[str, str] = {}
    for record in records:
        signature = index.hasher.signature(record.article.text)
        match = index.match(signature)
        groups[record.article.id] = groups[match[0]] if match else record.article.id
        index.add(record.article.id, signature)
    return groups


def canonical_events(records: Iterable[Record], threshold: float = THRESHOLD) -> list[CanonicalEvent]:
    """Canonical events of ``records``, processed in publication order."""
    ordered = sorted(records, key=lambda r: (r.article.published or "", r.article.id))
    groups = dup_groups(ordered)
    canon = Canonicaliser(threshold)
    for record in ordered:
        for mention in mentions_from_record(record, groups[record.article.id]):
            canon.add(mention)
    return canon.events()
