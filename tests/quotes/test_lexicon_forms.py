"""Cue lookup by word form when the lemmatiser slips: only a real inflection comes off."""

from __future__ import annotations

from typing import Any

import pytest

from facta.quotes.lexicon import CueLexicon, CueVerb
from tests.quotes.test_model_shapes import statements


def _lexicon() -> CueLexicon:
    verbs = {w: CueVerb(w, "speech", frozenset({"clause"})) for w in ("see", "hope", "warn")}
    return CueLexicon(verbs=verbs)


@pytest.mark.parametrize(("lemma", "form", "found"), [
    ("hop", "hopes", "hope"), ("hop", "hoping", "hope"), ("warne", "warned", "warn"),
    ("seem", "seemed", None), ("seem", "seems", None), ("seem", "seeming", None),
])  # fmt: skip
def test_form_lookup(lemma: str, form: str, found: str | None) -> None:
    entry = _lexicon().verb_of(lemma, form)
    assert (entry.lemma if entry else None) == found


@pytest.mark.model
def test_seems_to_think_is_one_cue(pipeline: Any) -> None:
    assert statements(pipeline, "He seems to think he is exempt.") == [
        ("He", "seems to think", ["he is exempt"])
    ]
