"""Helpers for event coder tests: hand-built parses with hand-placed actors, and the real pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from facta.model import Article, Event, Span, Statement
from facta.state import DocState

_TAGS = {
    "NOUN": "NN",
    "PROPN": "NNP",
    "VERB": "VBD",
    "ADJ": "JJ",
    "DET": "DT",
    "ADP": "IN",
    "PRON": "PRP",
    "PUNCT": ".",
    "CCONJ": "CC",
    "AUX": "VBZ",
    "PART": "RP",
    "NUM": "CD",
    "ADV": "RB",
    "SCONJ": "IN",
}


@dataclass
class T:
    """One token of a hand-built parse: ``head`` is the absolute index of its head."""

    text: str
    pos: str
    dep: str
    head: int
    tag: str | None = None
    lemma: str | None = None
    ent: str = "O"


@dataclass
class A:
    """An actor placed on tokens [start, end) of a hand-built parse."""

    start: int
    end: int
    kind: str = "country"
    country: str | None = None
    sector: str | None = None


_VOCAB: list[Any] = []


def english_vocab() -> Any:
    """A blank English vocabulary (lexical attributes such as ``lower_``; no model is loaded)."""
    if not _VOCAB:
        from spacy.lang.en import English

        _VOCAB.append(English().vocab)
    return _VOCAB[0]


def build_state(
    tokens: Sequence[T], actors: Sequence[A] = (), published: str | None = "2024-03-15"
) -> DocState:
    from spacy.tokens import Doc

    words = [t.text for t in tokens]
    doc = Doc(
        english_vocab(),
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in {".", ",", "'s"} for i in range(len(words))],
        heads=[t.head for t in tokens],
        deps=[t.dep for t in tokens],
        pos=[t.pos for t in tokens],
        tags=[t.tag or _TAGS.get(t.pos, "XX") for t in tokens],
        lemmas=[t.lemma or (t.text if t.pos == "PROPN" else t.text.lower()) for t in tokens],
        ents=[t.ent for t in tokens],
        sent_starts=[i == 0 for i in range(len(tokens))],
    )
    article = Article(id="t1", text=doc.text, published=published)
    state = DocState(article=article, doc=doc)
    for a in actors:
        span = state.span(a.start, a.end)
        actor_id = state.actors.add(name=span.text, kind=a.kind, country=a.country, sector=a.sector)  # type: ignore[arg-type]
        state.actors.add_mention(actor_id, span, a.start, a.end)
    return state


@pytest.fixture(scope="session")
def events_lexicon() -> Any:
    from facta.events.lexicon import load_lexicon

    return load_lexicon()


@pytest.fixture
def code(events_lexicon: Any) -> Any:
    """Run the event coder on a DocState and return its events."""
    from facta.events.coder import EventCoder

    def run(state: DocState, statements: Sequence[Statement] = ()) -> list[Event]:
        state.statements.extend(statements)
        EventCoder(events_lexicon)(state)
        return state.events

    return run


@pytest.fixture(scope="session")
def extract(pipeline: Any) -> Any:
    """The real pipeline (model): text -> Record."""

    def run(text: str, published: str = "2024-03-15") -> Any:
        return pipeline.extract(text, published=published)

    return run


def actor_names(record: Any, ids: Sequence[str]) -> list[str]:
    return [record.actor(i).name for i in ids]


def only(events: Sequence[Any], etype: str) -> Any:
    found = [e for e in events if e.type == etype]
    seen = [(e.type, e.evidence.trigger.text if e.evidence.trigger else None) for e in events]
    assert found, f"no {etype} event in {seen}"
    return found[0]


def statement(
    state: DocState, cue: tuple[int, int], content: tuple[int, int], speaker: str | None
) -> Statement:
    cue_span = state.span(*cue)
    content_span: Span = state.span(*content)
    return Statement(
        id="s1",
        speaker=speaker,
        content=(content_span,),
        evidence=state.evidence(0, cue_span),
        cue=cue_span,
    )
