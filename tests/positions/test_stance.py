"""Stance and topic tagging: hand-built parses for the rules, the real model on text we wrote."""

from __future__ import annotations

from typing import Any

import pytest

from facta.quotes.stance import Position, classify, load_stance_lexicon, normalize
from tests.quotes.conftest import T, build

LEX = load_stance_lexicon()


def run(tokens: list[T], cue: list[int], content: list[int]) -> Position:
    return classify(LEX, build(tokens), cue, content)


def test_topic_names_meet() -> None:
    for name in ("cease-fire", "Ceasefire", "truce", "cessation of hostilities", "ceasefire"):
        assert LEX.topic_of(name) == "ceasefire", name
    assert LEX.topic_of("negotiations") == LEX.topic_of("dialogue") == "talks"
    assert LEX.topic_of("prisoner swap") == "prisoner release"
    assert LEX.topic_of("bananas") is None
    assert normalize("Cease–Fire’s") == "cease fire's"


def test_each_term_belongs_to_one_topic() -> None:
    assert len(LEX.terms) == len(set(LEX.terms))  # dict keys; loading would keep the last one
    assert {"ceasefire", "talks", "election", "sanctions", "disarmament", "withdrawal"} <= LEX.topics


def test_position_cue_gives_the_stance() -> None:
    tokens = [
        T("Rebels", "NOUN", "nsubj", 1), T("rejected", "VERB", "ROOT", 1, "reject"),
        T("the", "DET", "det", 3), T("truce", "NOUN", "dobj", 1), T(".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert run(tokens, [1], [2, 3]) == Position("reject", "ceasefire")


def test_negated_acceptance_inside_a_said_clause_is_a_rejection() -> None:
    tokens = [
        T("He", "PRON", "nsubj", 1), T("said", "VERB", "ROOT", 1, "say"), T("they", "PRON", "nsubj", 5),
        T("will", "AUX", "aux", 5), T("not", "PART", "neg", 5), T("accept", "VERB", "ccomp", 1, "accept"),
        T("a", "DET", "det", 8), T("cease", "NOUN", "compound", 8), T("fire", "NOUN", "dobj", 5),
        T(".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert run(tokens, [1], list(range(2, 9))) == Position("reject", "ceasefire")


def test_readiness_is_an_offer() -> None:
    tokens = [
        T("We", "PRON", "nsubj", 1), T("are", "AUX", "ROOT", 1, "be"), T("ready", "ADJ", "acomp", 1, "ready"),
        T("for", "ADP", "prep", 2), T("talks", "NOUN", "pobj", 3, "talk"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))) == Position("offer", "talks")


def test_no_before_the_topic_is_a_rejection() -> None:
    tokens = [
        T("There", "PRON", "expl", 2), T("will", "AUX", "aux", 2), T("be", "AUX", "ROOT", 2, "be"),
        T("no", "DET", "det", 4), T("dialogue", "NOUN", "attr", 2),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))) == Position("reject", "talks")


def test_committing_to_an_action_is_an_offer() -> None:
    tokens = [
        T("We", "PRON", "nsubj", 2), T("will", "AUX", "aux", 2), T("free", "VERB", "ROOT", 2, "free"),
        T("the", "DET", "det", 4), T("hostages", "NOUN", "dobj", 2, "hostage"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))) == Position("offer", "prisoner release")


def test_qualifying_an_earlier_offer() -> None:
    tokens = [
        T("The", "DET", "det", 1), T("offer", "NOUN", "nsubj", 4, "offer"), T("of", "ADP", "prep", 1),
        T("talks", "NOUN", "pobj", 2, "talk"), T("applied", "VERB", "ROOT", 4, "apply"),
        T("only", "ADV", "advmod", 6), T("to", "ADP", "prep", 4), T("a", "DET", "det", 8),
        T("ceasefire", "NOUN", "pobj", 6),
    ]  # fmt: skip
    assert run(tokens, [], list(range(9))) == Position("qualify", "talks")


def test_retraction() -> None:
    tokens = [
        T("There", "PRON", "expl", 1), T("was", "AUX", "ROOT", 1, "be"), T("never", "ADV", "neg", 1),
        T("an", "DET", "det", 4), T("offer", "NOUN", "attr", 1, "offer"), T("to", "PART", "aux", 6),
        T("disarm", "VERB", "acl", 4, "disarm"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(7))) == Position("retract", "disarmament")


def test_no_position_without_a_position_word() -> None:
    tokens = [
        T("Talks", "NOUN", "nsubj", 1, "talk"), T("began", "VERB", "ROOT", 1, "begin"),
        T("today", "NOUN", "npadvmod", 1),
    ]  # fmt: skip
    assert run(tokens, [], [0, 1, 2]) == Position(None, "talks")


def test_referring_noun_without_topic_is_marked() -> None:
    tokens = [
        T("He", "PRON", "nsubj", 1), T("dismissed", "VERB", "ROOT", 1, "dismiss"), T("the", "DET", "det", 3),
        T("proposal", "NOUN", "dobj", 1, "proposal"),
    ]  # fmt: skip
    assert run(tokens, [1], [2, 3]) == Position("reject", None, True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will never negotiate with terrorists," the minister said.', [("reject", "talks")]),
        ("The rebels said on Sunday they were willing to hold peace talks in Doha.", [("offer", "talks")]),
        ("The union demanded a halt to the fighting in the north.", [("demand", "ceasefire")]),
        (
            "The government welcomed the cessation of hostilities, a spokesman said.",
            [("support", "ceasefire")],
        ),
        ("The army accused the rebels of violating the truce.", [("accuse", "ceasefire")]),
        ("Officials said the embargo would stay in place.", [("support", "sanctions")]),
        ("The spokesman said the weather was bad.", [(None, None)]),
    ],
)
def test_stance_on_written_sentences(
    pipeline: Any, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    record = pipeline.extract(text, published="2024-03-15")
    assert [(s.stance, s.topic) for s in record.statements] == expected


@pytest.mark.model
def test_talks_about_another_topic_are_a_position_on_it(pipeline: Any) -> None:
    text = "The party said it welcomed talks on a unity government."
    record = pipeline.extract(text, published="2025-09-08")
    assert [(s.stance, s.topic) for s in record.statements] == [("support", "power sharing")]


@pytest.mark.model
def test_a_spokesman_relays_the_organisations_position(pipeline: Any) -> None:
    text = "LASHIO - The SHDA rejected a ceasefire on Monday, its spokesman Sai Lin said."
    (st,) = pipeline.extract(text, published="2024-09-16").statements
    assert (st.stance, st.topic) == ("reject", "ceasefire")
    assert st.holder_span is not None and st.holder_span.text == "The SHDA"
    own = pipeline.extract("Sai Lin said the weather in Lashio was bad.", published="2024-09-16")
    assert all(s.holder is None and s.holder_span is None for s in own.statements)


def test_a_verb_and_its_object_can_name_the_topic() -> None:
    tokens = [
        T("We", "PRON", "nsubj", 1), T("are", "AUX", "ROOT", 1, "be"),
        T("willing", "ADJ", "acomp", 1, "willing"), T("to", "PART", "aux", 4),
        T("release", "VERB", "xcomp", 2, "release"),
        T("captured", "ADJ", "amod", 6, "captured"), T("soldiers", "NOUN", "dobj", 4, "soldier"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(7))) == Position("offer", "prisoner release")
    tokens[6] = T("statement", "NOUN", "dobj", 4, "statement")  # "release a statement" is no topic
    assert run(tokens, [], list(range(7))).topic is None
