"""Helpers for actor tests: hand-built parses (no model) and running the actors stage on them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from facta.model import Actor, Article
from facta.state import DocState
from tests.conftest import make_doc

_TAGS = {"NOUN": "NN", "PROPN": "NNP", "VERB": "VBD", "ADJ": "JJ", "DET": "DT", "ADP": "IN", "PRON": "PRP",
         "PUNCT": ".", "CCONJ": "CC", "AUX": "VBZ", "PART": "POS", "NUM": "CD", "ADV": "RB"}  # fmt: skip


@dataclass
class T:
    """One token of a hand-built parse: head is the absolute index of the head token."""

    text: str
    pos: str
    dep: str
    head: int
    ent: str = "O"
    tag: str | None = None
    lemma: str | None = None


def build(tokens: Sequence[T]) -> Any:
    return make_doc(
        [t.text for t in tokens],
        heads=[t.head for t in tokens],
        deps=[t.dep for t in tokens],
        pos=[t.pos for t in tokens],
        tags=[t.tag or _TAGS.get(t.pos, "XX") for t in tokens],
        lemmas=[t.lemma or (t.text if t.pos == "PROPN" else t.text.lower()) for t in tokens],
        ents=[t.ent for t in tokens],
    )


@pytest.fixture(scope="session")
def lexicon() -> Any:
    from facta.actors.lexicon import load_lexicon

    return load_lexicon()


class Run:
    def __init__(self, state: DocState) -> None:
        self.state = state

    @property
    def actors(self) -> list[Actor]:
        return list(self.state.actors)

    def at(self, word: str, nth: int = 0) -> Actor | None:
        """The actor indexed at the nth token whose text is ``word``."""
        hits = [t.i for t in self.state.doc if t.text == word]
        return self.state.actors.at_token(hits[nth])

    def named(self, name: str) -> Actor:
        return next(a for a in self.actors if a.name == name)


@pytest.fixture
def run_actors(lexicon: Any) -> Any:
    from facta.actors.stage import ActorStage

    def run(doc: Any, published: str | None = None, dictionaries: Any = None) -> Run:
        state = DocState(article=Article(id="t", text=doc.text, published=published), doc=doc)
        ActorStage(lexicon, dictionaries, None)(state)
        return Run(state)

    return run
