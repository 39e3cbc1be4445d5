"""More stance rules: negative subjects, longest phrases, refusals, leaving a topic, verb-only lemmas."""

from __future__ import annotations

from typing import Any

import pytest

from facta.quotes.stance import Position, classify, find_phrases, load_stance_lexicon
from tests.quotes.conftest import T, build

LEX = load_stance_lexicon()


def run(tokens: list[T], cue: list[int], content: list[int]) -> Position:
    return classify(LEX, build(tokens), cue, content)


def test_a_negative_subject_negates_the_action() -> None:
    # No soldier is quitting Bunia: leaving a place is a withdrawal, nobody leaving rejects it
    tokens = [
        T("No", "DET", "det", 1), T("soldier", "NOUN", "nsubj", 3, "soldier"),
        T("is", "AUX", "aux", 3, "be"), T("quitting", "VERB", "ROOT", 3, "quit"),
        T("Bunia", "PROPN", "dobj", 3, ent="B-GPE"),
    ]  # fmt: skip
    position = run(tokens, [], list(range(5)))
    assert (position.stance, position.topic) == ("reject", "withdrawal")
    tokens[0] = T("The", "DET", "det", 1)
    position = run(tokens, [], list(range(5)))
    assert position.topic == "withdrawal" and position.stance != "reject"


def test_a_longer_phrase_hides_the_shorter_one_inside_it() -> None:
    doc = build(
        [T(w, "X", "dep", 0) for w in ["they", "will", "not", "stand", "in", "the", "way", "of", "a", "vote"]]
    )
    assert find_phrases(LEX, list(doc)) == [("support", 2)]
    doc = build(
        [T(w, "X", "dep", 0) for w in ["they", "will", "stand", "in", "the", "way", "of", "a", "vote"]]
    )
    assert find_phrases(LEX, list(doc)) == [("reject", 2)]


def test_a_refusal_turns_the_position_it_governs() -> None:
    # The rebels refused to ratify the truce
    tokens = [
        T("The", "DET", "det", 1), T("rebels", "NOUN", "nsubj", 2, "rebel"),
        T("refused", "VERB", "ROOT", 2, "refuse"), T("to", "PART", "aux", 4),
        T("ratify", "VERB", "xcomp", 2, "ratify"), T("the", "DET", "det", 6),
        T("truce", "NOUN", "dobj", 4, "truce"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(7))).stance == "reject"
    tokens[2] = T("agreed", "VERB", "ROOT", 2, "agree")
    assert run(tokens, [], list(range(7))).stance == "support"


def test_leaving_a_topic_rejects_it_and_leaving_a_town_is_a_withdrawal() -> None:
    # They pulled out of the negotiations / They pulled out of the town
    def tokens(last: str, lemma: str) -> list[T]:
        return [
            T("They", "PRON", "nsubj", 1), T("pulled", "VERB", "ROOT", 1, "pull"),
            T("out", "ADP", "prep", 1), T("of", "ADP", "prep", 2), T("the", "DET", "det", 5),
            T(last, "NOUN", "pobj", 3, lemma),
        ]  # fmt: skip

    position = run(tokens("negotiations", "negotiation"), [], list(range(6)))
    assert (position.stance, position.topic) == ("reject", "talks")
    assert run(tokens("town", "town"), [], list(range(6))).topic == "withdrawal"
    # "pulled out of the deal": a referring noun takes the topic of the statement before
    position = run(tokens("deal", "deal"), [], list(range(6)))
    assert (position.stance, position.topic, position.referring) == ("reject", None, True)


def test_verb_only_lemmas_do_not_count_as_nouns() -> None:
    # "a sign of talks" states nothing; "sign the accord" backs it
    tokens = [
        T("It", "PRON", "nsubj", 1), T("is", "AUX", "ROOT", 1, "be"), T("a", "DET", "det", 3),
        T("sign", "NOUN", "attr", 1, "sign"), T("of", "ADP", "prep", 3),
        T("talks", "NOUN", "pobj", 4, "talk"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))).stance is None
    tokens = [
        T("We", "PRON", "nsubj", 1), T("signed", "VERB", "ROOT", 1, "sign"), T("the", "DET", "det", 4),
        T("peace", "NOUN", "compound", 4), T("accord", "NOUN", "dobj", 1, "accord"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))) == Position("support", "peace deal")


def test_a_qualification_is_kept_beside_an_unrelated_positive_word() -> None:
    # the amnesty covers only fighters who joined the movement late
    tokens = [
        T("the", "DET", "det", 1), T("amnesty", "NOUN", "nsubj", 2, "amnesty"),
        T("covers", "VERB", "ROOT", 2, "cover"), T("only", "ADV", "advmod", 4),
        T("fighters", "NOUN", "dobj", 2, "fighter"), T("who", "PRON", "nsubj", 6),
        T("joined", "VERB", "relcl", 4, "join"), T("the", "DET", "det", 8),
        T("movement", "NOUN", "dobj", 6, "movement"), T("late", "ADV", "advmod", 6),
    ]  # fmt: skip
    assert run(tokens, [], list(range(10))).stance == "qualify"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        ("The union said it would not stand in the way of fresh elections.", "support", "election"),
        ("The opposition bloc pulled out of the peace talks on Tuesday, its leader said.", "reject", "talks"),
        ("The finance minister said no decision had been made on fuel subsidies.", "retract", "fuel prices"),
        (
            "The teachers' union said the walkout would last two days rather than indefinitely.",
            "qualify",
            "strike",
        ),
        ("Nobody will leave the base, the colonel told reporters.", "reject", "withdrawal"),
        ("The rebel leader repudiated the peace accord on Sunday.", "reject", "peace deal"),
        ("The rebels refused to sign the peace agreement, a spokesman said.", "reject", "peace deal"),
    ],
)
def test_more_position_phrasings_through_the_pipeline(
    pipeline: Any, text: str, stance: str, topic: str
) -> None:
    record = pipeline.extract(text, published="2025-05-05")
    assert (stance, topic) in [(s.stance, s.topic) for s in record.statements]


@pytest.mark.model
def test_a_member_named_before_the_speaker_relays_the_organisations_position(pipeline: Any) -> None:
    text = "The Ogaden Unity Front will boycott the referendum, its deputy chairman, Abdi Warsame, said."
    (st,) = [s for s in pipeline.extract(text, published="2025-05-05").statements if s.stance]
    assert (st.stance, st.topic) == ("reject", "election")
    assert st.holder_span is not None and st.holder_span.text == "The Ogaden Unity Front"


@pytest.mark.model
def test_the_organisation_a_speaker_belongs_to_holds_a_position_of_the_party(pipeline: Any) -> None:
    text = "The treasurer of the Coastal Workers Congress, Ruth Achieng, said the party would join the talks."
    (st,) = [s for s in pipeline.extract(text, published="2025-05-05").statements if s.stance]
    assert st.topic == "talks" and st.stance in {"offer", "support"}
    assert st.holder_span is not None and st.holder_span.text == "the Coastal Workers Congress"


@pytest.mark.model
def test_a_named_change_of_mind_is_a_reversal_stance(pipeline: Any) -> None:
    text = "The transport minister said the government had made a U-turn on fuel subsidies."
    stances = [(s.stance, s.topic) for s in pipeline.extract(text, published="2025-05-05").statements]
    assert ("reverse", "fuel prices") in stances


def test_ending_rejects_only_what_is_ended() -> None:
    # "We will end the strike" rejects it; "The strike will end on Friday" states no position
    tokens = [
        T("We", "PRON", "nsubj", 2), T("will", "AUX", "aux", 2), T("end", "VERB", "ROOT", 2, "end"),
        T("the", "DET", "det", 4), T("walkout", "NOUN", "dobj", 2, "walkout"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))).stance == "reject"
    tokens = [
        T("The", "DET", "det", 1), T("walkout", "NOUN", "nsubj", 3, "walkout"),
        T("will", "AUX", "aux", 3), T("end", "VERB", "ROOT", 3, "end"), T("on", "ADP", "prep", 3),
        T("Friday", "PROPN", "pobj", 4),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))).stance != "reject"


def test_a_negated_past_perfect_reports_a_fact() -> None:
    # "the fighters had not left Goma" is no rejection of a withdrawal; "will not leave Goma" is
    tokens = [
        T("the", "DET", "det", 1), T("fighters", "NOUN", "nsubj", 4, "fighter"),
        T("had", "AUX", "aux", 4, "have"), T("not", "PART", "neg", 4),
        T("left", "VERB", "ROOT", 4, "leave"), T("Goma", "PROPN", "dobj", 4, ent="B-GPE"),
    ]  # fmt: skip
    position = run(tokens, [], list(range(6)))
    assert position.topic == "withdrawal" and position.stance is None
    tokens[2] = T("will", "AUX", "aux", 4)
    assert run(tokens, [], list(range(6))).stance == "reject"
