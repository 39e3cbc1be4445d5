"""A plain-Python view of a parsed Doc's tokens for the hot paths of the actor rules."""

from __future__ import annotations

from typing import Any


class Tokens:
    """Plain-Python copies of the token attributes the rules read often (spaCy tokens are costly to
    create), and the role-lexicon keys of each token."""

    def __init__(self, doc: Any) -> None:
        columns: list[list[str]] = [[], [], [], [], []]
        if len(doc):
            strings = doc.vocab.strings
            cache: dict[int, str] = {}
            for col, ids in zip(
                columns, doc.to_array(["ORTH", "LEMMA", "POS", "TAG", "DEP"]).T.tolist(), strict=True
            ):
                for x in ids:
                    value = cache.get(x)
                    if value is None:
                        value = cache[x] = strings[x] if x else ""
                    col.append(value)
        self.text, lemmas, self.pos, self.tag, self.dep = columns
        self.lemma = [(lemma or text).lower() for lemma, text in zip(lemmas, self.text, strict=True)]
        offsets = doc.to_array(["HEAD"]).astype("int64").tolist() if len(doc) else []  # relative, signed
        self.space: list[bool] = [bool(x) for x in doc.to_array(["SPACY"]).tolist()] if len(doc) else []
        self.head: list[int] = [i + int(o) for i, o in enumerate(offsets)]
        self.lower = [x.lower() for x in self.text]
        self._keys: dict[int, list[str]] = {}
        self._children: list[list[int]] | None = None
        self._edges: list[tuple[int, int]] | None = None

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

    def _compute_edges(self) -> list[tuple[int, int]]:
        """Leftmost and rightmost token of every subtree (children visited before their head)."""
        n = len(self.head)
        lo = list(range(n))
        hi = list(range(n))
        for root in (i for i in range(n) if self.head[i] == i):
            stack = [(root, False)]
            while stack:
                node, done = stack.pop()
                kids = self.children(node)
                if not done:
                    stack.append((node, True))
                    stack.extend((k, False) for k in kids)
                    continue
                for k in kids:
                    lo[node] = min(lo[node], lo[k])
                    hi[node] = max(hi[node], hi[k])
        return list(zip(lo, hi, strict=True))

    def left_edge(self, i: int) -> int:
        if self._edges is None:
            self._edges = self._compute_edges()
        return self._edges[i][0]

    def right_edge(self, i: int) -> int:
        if self._edges is None:
            self._edges = self._compute_edges()
        return self._edges[i][1]

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
