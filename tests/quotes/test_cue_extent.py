"""Cue extents: an infinitive cue takes the verb or adjective of the same subject that governs it
(sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


def cues(pipeline: Any, text: str) -> list[str]:
    return [cue for _speaker, cue, _content in statements(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The envoy went on to explain that the convoy was stopped at the border.", "went on to explain"),
        ("The governor came to talk about the curfew in the northern districts.", "came to talk about"),
        ("Aid groups continued to call for a pause in the fighting near the port.", "continued to call for"),
        (
            "The army has been slow to admit that civilians died.",
            "has been slow to admit",
        ),
        ("The minister was able to announce that the talks would resume next week.", "was able to announce"),
        ("The general appeared to suggest that the offensive would continue.", "appeared to suggest"),
    ],
)
def test_infinitive_cue_takes_its_governing_verb(pipeline: Any, text: str, cue: str) -> None:
    assert cue in cues(pipeline, text)


def test_purpose_infinitive_after_a_place_or_time_stays_alone(pipeline: Any) -> None:
    text = "Protest leaders gathered on Friday to discuss the ceasefire proposal."
    assert "to discuss" in cues(pipeline, text)


def test_infinitive_that_is_the_content_of_a_cue_verb_is_not_joined(pipeline: Any) -> None:
    found = cues(pipeline, "The rebels refused to say whether the hostages were alive.")
    assert "refused" in found
    assert not any("refused to" in c for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "The victim's family has called on police to release the videos.",
        "In June, the senator called on fellow lawmakers to reject the deal.",
        "The minister called on the rebels to lay down their arms.",
    ],
)
def test_called_on_someone_to_do_something(pipeline: Any, text: str) -> None:
    """The addressee and the infinitive are what was asked, also when the parser takes "on" for a
    particle; the infinitive's verb is no statement of its own."""
    found = statements(pipeline, text)
    assert len(found) == 1
    _speaker, cue, content = found[0]
    assert cue is not None and cue.endswith("called on")
    assert len(content) == 1 and content[0].endswith(text[text.index(" on ") + 4 : -1])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister spoke emotionally of the families who lost their homes.", "spoke emotionally of"),
        ("The envoy spoke out Tuesday about the blockade of the port.", "spoke out Tuesday about"),
        ("The governor has campaigned heavily for the opposition candidate.", "has campaigned heavily for"),
    ],
)
def test_preposition_after_the_cues_adverb_joins_the_cue(pipeline: Any, text: str, cue: str) -> None:
    assert cue in cues(pipeline, text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'The Security Council issued a statement calling the test "a clear violation" of its rules.',
            "The Security Council",
            "issued a statement calling",
        ),
        (
            "The governor released a letter from his doctor on Friday that says he is in good health.",
            "The governor",
            "released a letter from his doctor on Friday that says",
        ),
        (
            "A group of parents sent a letter to the board urging it to drop the plan.",
            "A group of parents",
            "sent a letter to the board urging",
        ),
    ],
)
def test_cue_hung_on_an_issued_medium(pipeline: Any, text: str, speaker: str, cue: str) -> None:
    """Whoever issued the statement, letter or tweets speaks; the cue runs from the issuing verb."""
    assert any(s == speaker and c == cue for s, c, _content in statements(pipeline, text))


def test_participle_after_an_ordinary_object_stays_apart(pipeline: Any) -> None:
    found = statements(pipeline, "The ministry rejected the proposal, saying it was unworkable.")
    assert ("The ministry", "saying", ["it was unworkable"]) in found


def test_fronted_preposition_never_joins_the_cue(pipeline: Any) -> None:
    """Regression: a preposition of the content before the verb must not stretch the cue backwards
    (an inverted cue span made the stage fail on the whole article)."""
    assert statements(pipeline, "About the ceasefire, the envoy spoke at length.") == [
        ("the envoy", "spoke", ["the ceasefire"])
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The rebels almost immediately denied the report.", "almost immediately denied"),
        ("The governor didn’t apologize for his remarks about the refugees.", "didn’t apologize for"),
        ("The ministry has\u00a0acknowledged that the convoy was hit.", "has\u00a0acknowledged"),
    ],
)
def test_cue_keeps_nested_adverbs_curly_negation_and_nbsp(pipeline: Any, text: str, cue: str) -> None:
    assert cue in cues(pipeline, text)
