"""A plain-Python view of a parsed Doc's tokens for the hot paths of the actor rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Tokens:
    """Plain-Python copies of the token attributes the rules read often (spaCy tokens are costly to
    create), and the role-lexicon keys of each token."""

    def __init__(self, doc: Any) -> None:
        columns: list[list[str]] = [[], [], [], [], []]
        if len(doc):
            strings = doc.vocab.strings
            ids = doc.to_array(["ORTH", "LEMMA", "POS", "TAG", "DEP"]).T.tolist()
            for k, col in enumerate(ids):
                names = {x: (strings[x] if x else "") for x in set(col)}
                columns[k] = [names[x] for x in col]
        self.text, lemmas, self.pos, self.tag, self.dep = columns
        self.lemma = [(lemma or text).lower() for lemma, text in zip(lemmas, self.text, strict=True)]
        offsets = doc.to_array(["HEAD"]).astype("int64").tolist() if len(doc) else []  # relative, signed
        self.space: list[bool] = [bool(x) for x in doc.to_array(["SPACY"]).tolist()] if len(doc) else []
        self.head: list[int] = [i + int(o) for i, o in enumerate(offsets)]
        self.lower = [x.lower() for x in self.text]
        self._keys: dict[int, list[str]] = {}
        self._children: list[list[int]] | None = None
        self._left: dict[int, int] = {}
        self._right: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.text)

    def keys(self, i: int) -> list[str]:
        """Lower-case forms to look token ``i`` up in the role lexicon: text, lemma, naive singular."""
        found = self._keys.get(i)
        if found is None:
            found = _keys(self.lower[i], self.lemma[i])
            self._keys[i] = found
        return found

    def children(self, i: int) -> list[int]:
        if self._children is None:
            self._children = [[] for _ in self.head]
            for j, h in enumerate(self.head):
                if h != j:
                    self._children[h].append(j)
        return self._children[i]

    def lefts(self, i: int) -> list[int]:
        return [c for c in self.children(i) if c < i]

    def span_text(self, start: int, end: int) -> str:
        parts = []
        for i in range(start, end):
            parts.append(self.text[i])
            if i + 1 < end and self.space[i]:
                parts.append(" ")
        return "".join(parts)

    def left_edge(self, i: int) -> int:
        """Leftmost token of the subtree of ``i`` (parses are projective: via the first left child)."""
        return self._edge(i, self._left, self._first_left)

    def right_edge(self, i: int) -> int:
        """Rightmost token of the subtree of ``i`` (via the last right child)."""
        return self._edge(i, self._right, self._last_right)

    def _first_left(self, i: int) -> int | None:
        kids = self.children(i)
        return kids[0] if kids and kids[0] < i else None

    def _last_right(self, i: int) -> int | None:
        kids = self.children(i)
        return kids[-1] if kids and kids[-1] > i else None

    @staticmethod
    def _edge(i: int, memo: dict[int, int], step: Callable[[int], int | None]) -> int:
        path = []
        node: int | None = i
        while node is not None and node not in memo:
            path.append(node)
            nxt = step(node)
            if nxt is None:
                break
            node = nxt
        edge = memo[node] if node is not None and node in memo else path[-1]
        for k in path:
            memo[k] = edge
        return edge

    def root(self, start: int, end: int) -> int:
        """The token of [start, end) whose head lies outside it."""
        for i in range(start, end):
            h = self.head[i]
            if h == i or h < start or h >= end:
                return i
        return end - 1


def _keys(low: str, lemma: str) -> list[str]:
    keys = [low]
    if lemma != low:
        keys.append(lemma)
    if low.endswith("ies") and len(low) > 4:
        keys.append(low[:-3] + "y")
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        keys.append(low[:-1])
    if low.endswith("men") and len(low) > 4:
        keys.append(low[:-3] + "man")
    return keys
