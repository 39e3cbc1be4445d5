"""A plain-Python view of a parsed Doc's tokens for the hot paths of the actor rules."""

from __future__ import annotations

from typing import Any


class Tokens:
    """Plain-Python copies of the token attributes the rules read often (spaCy tokens are costly to
    create), and the role-lexicon keys of each token."""

    def __init__(self, doc: Any) -> None:
        self.text: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        self.tag: list[str] = []
        self.dep: list[str] = []
        for t in doc:
            self.text.append(t.text)
            self.lemma.append((t.lemma_ or t.text).lower())
            self.pos.append(t.pos_)
            self.tag.append(t.tag_)
            self.dep.append(t.dep_)
        offsets = doc.to_array(["HEAD"]).astype("int64").tolist() if len(doc) else []  # relative, signed
        self.head: list[int] = [i + int(o) for i, o in enumerate(offsets)]
        self.lower = [x.lower() for x in self.text]
        self._keys: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self.text)

    def keys(self, i: int) -> list[str]:
        """Lower-case forms to look token ``i`` up in the role lexicon: text, lemma, naive singular."""
        found = self._keys.get(i)
        if found is None:
            found = _keys(self.lower[i], self.lemma[i])
            self._keys[i] = found
        return found

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
