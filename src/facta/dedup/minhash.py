"""Near-duplicate article detection with MinHash signatures and LSH banding (pure Python + numpy).

An article is reduced to the set of its word 5-grams ("shingles"). Two articles' Jaccard similarity
(shared shingles / all shingles) is estimated by the share of equal positions in their MinHash
signatures (one minimum per random hash function). Locality-sensitive hashing cuts each signature into
``bands`` of ``rows`` values and files the article under one bucket per band, so candidates for a new
article are those sharing at least one bucket; each candidate is then checked against the threshold.
With 32 bands of 4 rows, pairs with Jaccard 0.5 become candidates with probability 0.88 and pairs at
0.8 with probability > 0.999.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)

Signature = npt.NDArray[np.uint64]


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits), punctuation and case ignored."""
    return [t.lower() for t in _TOKEN.findall(text)]


def shingles(text: str, size: int = 5) -> set[int]:
    """32-bit hashes of the word ``size``-grams of ``text`` (the whole text if it is shorter)."""
    words = tokens(text)
    if not words:
        return set()
    if len(words) <= size:
        return {zlib.crc32(" ".join(words).encode("utf-8"))}
    return {zlib.crc32(" ".join(words[i : i + size]).encode("utf-8")) for i in range(len(words) - size + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True, slots=True)
class MinHasher:
    """Fixed, seeded hash functions, so signatures are comparable across runs and machines."""

    num_perm: int = 128
    bands: int = 32
    seed: int = 1
    shingle_size: int = 5

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError("num_perm must be a multiple of bands")

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands

    def _params(self) -> tuple[Signature, Signature]:
        rng = np.random.default_rng(self.seed)
        a = rng.integers(1, (1 << 31) - 1, size=self.num_perm, dtype=np.uint64)
        b = rng.integers(0, (1 << 31) - 1, size=self.num_perm, dtype=np.uint64)
        return a, b

    def signature(self, text: str) -> Signature:
        """The MinHash signature of ``text`` (``num_perm`` unsigned values)."""
        return self.signature_of(shingles(text, self.shingle_size))

    def signature_of(self, hashes: Iterable[int]) -> Signature:
        values = np.fromiter(hashes, dtype=np.uint64)
        if values.size == 0:
            return np.full(self.num_perm, _MASK32, dtype=np.uint64)
        a, b = self._params()
        # (a*x + b) mod p with x < 2^32 and a, b < 2^31: the product stays below 2^63, no overflow.
        mixed = (np.outer(a, values) + b[:, None]) % _PRIME
        result: Signature = (mixed & _MASK32).min(axis=1)
        return result

    def buckets(self, signature: Signature) -> list[int]:
        """One signed 63-bit bucket key per band (the band number is part of the key)."""
        out = []
        for band in range(self.bands):
            chunk = signature[band * self.rows : (band + 1) * self.rows]
            digest = hashlib.blake2b(band.to_bytes(2, "big") + chunk.tobytes(), digest_size=8).digest()
            out.append(int.from_bytes(digest, "big") >> 1)
        return out


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two articles behind signatures ``a`` and ``b``."""
    if a.shape != b.shape or a.size == 0:
        return 0.0
    return float(np.mean(a == b))


def to_bytes(signature: Signature) -> bytes:
    return signature.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype="<u4").astype(np.uint64)


class NearDuplicateIndex:
    """An in-memory LSH index: ``add`` articles, ``match`` a new one against those already added."""

    def __init__(self, hasher: MinHasher | None = None, threshold: float = 0.5) -> None:
        self.hasher = hasher or MinHasher()
        self.threshold = threshold
        self._buckets: dict[int, list[str]] = {}
        self._signatures: dict[str, Signature] = {}

    def match(self, signature: Signature) -> tuple[str, float] | None:
        """The most similar indexed article with estimated Jaccard ≥ threshold, or None."""
        seen: set[str] = set()
        for key in self.hasher.buckets(signature):
            seen.update(self._buckets.get(key, ()))
        return best_match(signature, ((k, self._signatures[k]) for k in sorted(seen)), self.threshold)

    def add(self, key: str, signature: Signature) -> None:
        self._signatures[key] = signature
        for bucket in self.hasher.buckets(signature):
            self._buckets.setdefault(bucket, []).append(key)


def best_match(
    signature: Signature, candidates: Iterable[tuple[str, Signature]], threshold: float
) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for key, other in candidates:
        score = similarity(signature, other)
        if score >= threshold and (best is None or score > best[1]):
            best = (key, score)
    return best
