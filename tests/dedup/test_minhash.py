from __future__ import annotations

from facta.dedup.minhash import (
    MinHasher,
    NearDuplicateIndex,
    from_bytes,
    jaccard,
    shingles,
    similarity,
    to_bytes,
)
from tests.store.builders import ATTACK, ATTACK_REWRITE, PROTEST


def test_estimate_is_close_to_true_jaccard() -> None:
    hasher = MinHasher()
    a = ATTACK.format(n=5) + " " + PROTEST
    b = ATTACK.format(n=5) + " Officials gave no further details about the attack or the attackers."
    true = jaccard(shingles(a), shingles(b))
    assert 0.2 < true < 0.8
    assert abs(similarity(hasher.signature(a), hasher.signature(b)) - true) < 0.15


def test_signatures_are_stable_and_serialisable() -> None:
    sig = MinHasher().signature(PROTEST)
    assert (MinHasher().signature(PROTEST) == sig).all()
    assert (from_bytes(to_bytes(sig)) == sig).all()
    assert similarity(sig, MinHasher().signature(PROTEST.upper())) == 1.0  # case and punctuation ignored


def test_index_finds_syndicated_copies_not_rewrites() -> None:
    index = NearDuplicateIndex(threshold=0.5)
    original = ATTACK.format(n=5)
    index.add("orig", index.hasher.signature(original))
    index.add("protest", index.hasher.signature(PROTEST))
    copy = "KIVARA (Wire) - " + original + " Copyright 2024 Wire Services."
    match = index.match(index.hasher.signature(copy))
    assert match is not None and match[0] == "orig" and match[1] > 0.7
    assert index.match(index.hasher.signature(ATTACK_REWRITE.format(n=5))) is None


def test_empty_text() -> None:
    assert shingles("") == set()
    assert MinHasher().signature("").shape == (128,)
