"""Longest-match phrase lookup over token sequences.

A :class:`PhraseIndex` maps word sequences to values. :func:`match_at` finds, at one position of a
word list, every entry that matches there, longest first. Entries may allow a few intervening words
between two of their words (PETRARCH's blank connector: "ITHILEN TELEVISION" matches "Ithilen
state-run television"); the caller supplies a predicate saying which words may be skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")

MAX_GAP = 4  # intervening words allowed at a blank connector


@dataclass(frozen=True, slots=True)
class Phrase(Generic[V]):
    words: tuple[str, ...]
    value: V
    gaps: tuple[bool, ...] = ()  # gaps[k]: words may intervene before words[k + 1]


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    start: int  # first word position
    end: int  # one past the last matched word position
    value: V
    phrase: Phrase[V]


class PhraseIndex(Generic[V]):
    """Phrases keyed on their first word; lookups return the longest matches first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[Phrase[V]]] = {}
        self._sorted = True

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def add(self, words: Sequence[str], value: V, gaps: Sequence[bool] = ()) -> None:
        if not words:
            return
        phrase = Phrase(tuple(words), value, tuple(gaps))
        self._by_first.setdefault(phrase.words[0], []).append(phrase)
        self._sorted = False

    def _sort(self) -> None:
        for items in self._by_first.values():
            items.sort(key=lambda p: len(p.words), reverse=True)
        self._sorted = True

    def has_first(self, word: str) -> bool:
        return word in self._by_first

    def iter_at(
        self, words: Sequence[str], i: int, skippable: Callable[[int], bool] | None = None
    ) -> Iterator[Match[V]]:
        """Matches at ``words[i]``, longest first, computed lazily (phrases without gaps only need
        their own length; with gaps the full sorted list is built)."""
        if not self._sorted:
            self._sort()
        candidates = self._by_first.get(words[i]) or []
        if skippable is not None and any(p.gaps and any(p.gaps) for p in candidates):
            yield from self.match_at(words, i, skippable)
            return
        stop = len(words)
        for phrase in candidates:
            end = _match_phrase(phrase, words, i, stop, None)
            if end is not None:
                yield Match(i, end, phrase.value, phrase)

    def match_at(
        self,
        words: Sequence[str],
        i: int,
        skippable: Callable[[int], bool] | None = None,
        limit: int | None = None,
    ) -> list[Match[V]]:
        """Entries matching at ``words[i]`` (never past ``limit``), longest first."""
        if not self._sorted:
            self._sort()
        candidates = self._by_first.get(words[i])
        if not candidates:
            return []
        stop = len(words) if limit is None else min(limit, len(words))
        found: list[Match[V]] = []
        for phrase in candidates:
            end = _match_phrase(phrase, words, i, stop, skippable)
            if end is not None:
                found.append(Match(i, end, phrase.value, phrase))
        found.sort(key=lambda m: m.end - m.start, reverse=True)
        return found


def _match_phrase(
    phrase: Phrase[V], words: Sequence[str], i: int, stop: int, skippable: Callable[[int], bool] | None
) -> int | None:
    pos = i + 1
    for k in range(1, len(phrase.words)):
        target = phrase.words[k]
        if pos < stop and words[pos] == target:
            pos += 1
            continue
        gap_ok = skippable is not None and len(phrase.gaps) >= k and phrase.gaps[k - 1]
        if not gap_ok:
            return None
        assert skippable is not None
        j = pos
        while j < stop and j - pos < MAX_GAP and words[j] != target and skippable(j):
            j += 1
        if j < stop and words[j] == target:
            pos = j + 1
        else:
            return None
    return pos


def greedy_matches(
    index: PhraseIndex[V],
    words: Sequence[str],
    blocked: Callable[[int], bool] | None = None,
    skippable: Callable[[int], bool] | None = None,
    accept: Callable[[Match[V]], bool] | None = None,
) -> list[Match[V]]:
    """Non-overlapping matches, scanning left to right and taking the longest acceptable one."""
    out: list[Match[V]] = []
    i = 0
    n = len(words)
    while i < n:
        if blocked is not None and blocked(i):
            i += 1
            continue
        chosen: Match[V] | None = None
        if index.has_first(words[i]):
            for m in index.iter_at(words, i, skippable):
                if blocked is not None and any(blocked(j) for j in range(m.start, m.end)):
                    continue
                if accept is None or accept(m):
                    chosen = m
                    break
        if chosen is None:
            i += 1
            continue
        out.append(chosen)
        i = chosen.end
    return out
