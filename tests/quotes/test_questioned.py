"""A bare participle of a questioning verb ("Asked whether ..., she said ...") puts a question to the
speaker of the main clause: it reports no statement of its own; the answer does."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import T, build


def _asked(tag: str) -> Any:
    # "Asked whether the talks would resume, the envoy said they agreed."
    return build(
        [
            T("Asked", "VERB", "advcl", 9, "ask", tag=tag),
            T("whether", "SCONJ", "mark", 5, tag="IN"),
            T("the", "DET", "det", 3),
            T("talks", "NOUN", "nsubj", 5, tag="NNS"),
            T("would", "AUX", "aux", 5, tag="MD"),
            T("resume", "VERB", "ccomp", 0, "resume", tag="VB"),
            T(",", "PUNCT", "punct", 9),
            T("the", "DET", "det", 8),
            T("envoy", "NOUN", "nsubj", 9),
            T("said", "VERB", "ROOT", 9, "say"),
            T("they", "PRON", "nsubj", 11),
            T("agreed", "VERB", "ccomp", 9, "agree"),
            T(".", "PUNCT", "punct", 9),
        ]
    )


@pytest.mark.parametrize("tag", ["VBN", "VBD"])
def test_bare_asked_participle_reports_nothing(find: Any, tag: str) -> None:
    found = find(_asked(tag))
    assert [cue for _speaker, cue, _content in found] == ["said"]
    assert found[0][0] == "the envoy"


def test_asked_with_a_subject_still_reports(find: Any) -> None:
    # "The envoy asked whether the talks would resume."
    doc = build(
        [
            T("The", "DET", "det", 1),
            T("envoy", "NOUN", "nsubj", 2),
            T("asked", "VERB", "ROOT", 2, "ask"),
            T("whether", "SCONJ", "mark", 6, tag="IN"),
            T("the", "DET", "det", 5),
            T("talks", "NOUN", "nsubj", 6, tag="NNS"),
            T("resumed", "VERB", "ccomp", 2, "resume"),
            T(".", "PUNCT", "punct", 2),
        ]
    )
    assert find(doc) == [("The envoy", "asked", ["whether the talks resumed"])]
