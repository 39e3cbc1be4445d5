"""Cross-article deduplication: near-duplicate articles (MinHash) and canonical events."""

from facta.dedup.canonical import CanonicalEvent, Mention, aggregate, mentions_from_record, score
from facta.dedup.cluster import Canonicaliser, canonical_events, dup_groups
from facta.dedup.minhash import MinHasher, NearDuplicateIndex

__all__ = [
    "CanonicalEvent",
    "Canonicaliser",
    "Mention",
    "MinHasher",
    "NearDuplicateIndex",
    "aggregate",
    "canonical_events",
    "dup_groups",
    "mentions_from_record",
    "score",
]
