"""A placeholder "it" ("it is worth noting that") is no speaker; a referential "it" is (sentences
written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "It's worth noting that the convoy reached the camp on time.",
        "It goes without saying that the ceasefire is fragile.",
        "It is hard to say whether the ceasefire will hold.",
        "It is important to remember that the army withdrew from the town.",
    ],
)
def test_placeholder_it_is_no_speaker(pipeline: Any, text: str) -> None:
    assert statements(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry issued a statement. It was quick to deny that troops had crossed the border.", "deny"),
        ("The agency said it planned to announce new sanctions.", "said"),
        ("The council met on Monday. It was eager to stress that the vote was fair.", "to stress"),
    ],
)
def test_referential_it_keeps_its_statement(pipeline: Any, text: str, cue: str) -> None:
    assert any(c is not None and c.endswith(cue) for _s, c, _content in statements(pipeline, text))


def test_placeholder_it_inside_a_report_leaves_the_report() -> None:
    """Hand-built: "it was too early to say" inside "The ministry said ..." is no statement of "it"."""
    from facta.quotes.speakers import dummy_it
    from tests.quotes.conftest import T, build

    doc = build(
        [
            T("It", "PRON", "nsubj", 1),
            T("was", "AUX", "ROOT", 1, lemma="be"),
            T("too", "ADV", "advmod", 3),
            T("early", "ADJ", "acomp", 1),
            T("to", "PART", "aux", 5),
            T("say", "VERB", "xcomp", 3),
            T(".", "PUNCT", "punct", 1),
        ]
    )
    assert dummy_it(doc[0], doc[5])
    assert not dummy_it(doc[0], doc[5], frozenset({"early"}))


def test_comma_set_relative_clause_is_a_statement_of_its_own(pipeline: Any) -> None:
    found = statements(pipeline, "The party endorsed the envoy, who says the talks will resume.")
    assert ("who", "says", ["the talks will resume"]) in found
    assert all("who says" not in " ".join(content) for _s, _c, content in found)


def test_restrictive_relative_clause_stays_in_the_content(pipeline: Any) -> None:
    found = statements(pipeline, "The general urged residents who say they were robbed to come forward.")
    assert not any(speaker == "who" for speaker, _c, _content in found)
