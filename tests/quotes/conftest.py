"""Helpers for statement tests: hand-built parses (no model) and the finder over them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from facta.quotes import find_attributions, load_labels, load_lexicon
from facta.quotes.context import Attribution
from tests.conftest import make_doc


@dataclass(frozen=True)
class T:
    """One token of a hand-built parse: text, coarse POS, dependency label, head index."""

    text: str
    pos: str
    dep: str
    head: int
    lemma: str | None = None
    tag: str | None = None
    ent: str = "O"


PUNCT_TAGS = {",": ",", ".": ".", '"': "``", ":": ":", "“": "``", "”": "''"}


def build(tokens: list[T]) -> Any:
    tags = []
    for t in tokens:
        if t.tag:
            tags.append(t.tag)
        elif t.pos == "PUNCT":
            tags.append(PUNCT_TAGS.get(t.text, "."))
        else:
            tags.append({"VERB": "VBD", "PROPN": "NNP", "NOUN": "NN", "PRON": "PRP"}.get(t.pos, "XX"))
    words = [t.text for t in tokens]
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        opening = w in {"“"} or (w == '"' and words[:i].count('"') % 2 == 0)
        closing_next = nxt in {",", ".", ":", "”", "?", "!"} or (
            nxt == '"' and words[: i + 1].count('"') % 2 == 1
        )
        spaces.append(nxt is not None and not opening and not closing_next)
    return make_doc(
        words,
        heads=[t.head for t in tokens],
        deps=[t.dep for t in tokens],
        pos=[t.pos for t in tokens],
        tags=tags,
        lemmas=[t.lemma or t.text.lower() for t in tokens],
        ents=[t.ent for t in tokens],
        spaces=spaces,
    )


@pytest.fixture(scope="session")
def lexicon() -> Any:
    return load_lexicon()


@pytest.fixture(scope="session")
def labels() -> frozenset[str]:
    return load_labels()


def texts(doc: Any, found: list[Attribution]) -> list[tuple[str | None, str | None, list[str]]]:
    """(speaker, cue, content fragments) of each attribution, as text."""
    text = doc.text

    def cut(iv: tuple[int, int] | None) -> str | None:
        return text[iv[0] : iv[1]] if iv else None

    return [(cut(a.speaker), cut(a.cue), [text[s:e] for s, e in a.content]) for a in found]


@pytest.fixture
def find(lexicon: Any, labels: frozenset[str]) -> Any:
    def run(doc: Any) -> list[tuple[str | None, str | None, list[str]]]:
        return texts(doc, find_attributions(doc, doc.text, lexicon, labels))

    return run
