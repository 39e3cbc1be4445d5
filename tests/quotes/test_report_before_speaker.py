"""A report fronted before a cue whose speaker's phrase is set off by commas ("The union will strike
from Monday, its secretary-general, Jane Doe, said"), when the parser coordinated the cue with the
report's verb or ran the report over the speaker's phrase. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import T, build
from tests.quotes.test_model_shapes import statements


def _coordinated(cue: str, lemma: str, comma_before_cue: bool = True) -> list[T]:
    """ "The alliance will leave Masisi, its leader, Jean Kasereka, said." with the cue a conjunct of
    "leave" that has no subject, and the speaker's phrase an appositive of "Masisi"."""
    tokens = [
        T("The", "DET", "det", 1, tag="DT"), T("alliance", "NOUN", "nsubj", 3),
        T("will", "AUX", "aux", 3, tag="MD"), T("leave", "VERB", "ROOT", 3, "leave", "VB"),
        T("Masisi", "PROPN", "dobj", 3), T(",", "PUNCT", "punct", 4),
        T("its", "PRON", "poss", 7, tag="PRP$"), T("leader", "NOUN", "appos", 4),
        T(",", "PUNCT", "punct", 7), T("Jean", "PROPN", "compound", 10),
        T("Kasereka", "PROPN", "appos", 7),
    ]  # fmt: skip
    if comma_before_cue:
        tokens.append(T(",", "PUNCT", "punct", 3))
    tokens.append(T(cue, "VERB", "conj", 3, lemma))
    tokens.append(T(".", "PUNCT", "punct", 3))
    return tokens


def test_coordinated_cue_without_subject_takes_the_phrase_before_it(find: Any) -> None:
    """The speaker's span is the whole apposition chain (with the comma that closes it, as for a
    speaker named before the verb)."""
    doc = build(_coordinated("said", "say"))
    assert find(doc) == [("its leader, Jean Kasereka,", "said", ["The alliance will leave Masisi"])]


def test_coordinated_cue_after_a_title_without_a_name(find: Any) -> None:
    tokens = [
        T("The", "DET", "det", 1, tag="DT"), T("alliance", "NOUN", "nsubj", 3),
        T("will", "AUX", "aux", 3, tag="MD"), T("leave", "VERB", "ROOT", 3, "leave", "VB"),
        T("Masisi", "PROPN", "dobj", 3), T(",", "PUNCT", "punct", 4),
        T("its", "PRON", "poss", 7, tag="PRP$"), T("leader", "NOUN", "appos", 4),
        T("said", "VERB", "conj", 3, "say"), T(".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    assert find(build(tokens)) == [("its leader", "said", ["The alliance will leave Masisi"])]


def test_coordinated_cue_with_and_keeps_the_inherited_subject(find: Any) -> None:
    """ "The alliance will leave Masisi and said ...": a real coordination, not a fronted report."""
    tokens = [
        T("The", "DET", "det", 1, tag="DT"), T("alliance", "NOUN", "nsubj", 2),
        T("left", "VERB", "ROOT", 2, "leave", "VBD"), T("Masisi", "PROPN", "dobj", 2),
        T("and", "CCONJ", "cc", 2, tag="CC"), T("said", "VERB", "conj", 2, "say"),
        T("that", "SCONJ", "mark", 9, tag="IN"), T("talks", "NOUN", "nsubj", 9),
        T("would", "AUX", "aux", 9, tag="MD"), T("resume", "VERB", "ccomp", 5, "resume", "VB"),
        T(".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert find(build(tokens)) == [("The alliance", "said", ["that talks would resume"])]


CASES = [
    (
        "The committee will publish its findings in June, the chairman, Peter Olsen, said in a statement.",
        "the chairman, Peter Olsen,",
        "said in a statement",
        "The committee will publish its findings in June",
    ),
    (
        "The coalition will contest every seat in the election, the bloc's leader, Maria Lopes, "
        "told reporters on Friday.",
        "the bloc's leader, Maria Lopes,",
        "told",
        "The coalition will contest every seat in the election",
    ),
    (
        "The union will stage an open-ended general strike from Monday, its secretary-general, "
        "Mongi Trabelsi, said.",
        "its secretary-general, Mongi Trabelsi,",
        "said",
        "The union will stage an open-ended general strike from Monday",
    ),
    (
        "Police arrested three protesters on Saturday, the city's police chief, Tom Hale, said.",
        "the city's police chief, Tom Hale,",
        "said",
        "Police arrested three protesters on Saturday",
    ),
    (
        "Fighting resumed in the north, killing four civilians, a local official, Ahmed Noor, said.",
        "a local official, Ahmed Noor,",
        "said",
        "Fighting resumed in the north, killing four civilians",
    ),
    (  # a role phrase with a prepositional phrase before the name
        "The rebel group has accepted a truce proposed by Kenya, a spokeswoman for the group, Jane Doe, "
        "told reporters.",
        "a spokeswoman for the group, Jane Doe,",
        "told",
        "The rebel group has accepted a truce proposed by Kenya",
    ),
    (
        "The militia will resume its offensive, its commander-in-chief, General Ivan Petrov, said.",
        "its commander-in-chief, General Ivan Petrov,",
        "said",
        "The militia will resume its offensive",
    ),
    (  # a title and a place in the name, a long role phrase
        "The bloc will impose sanctions on the junta, the regional community's outgoing chairman, "
        "President Kofi Mensah of Ghana, said after a summit.",
        "the regional community's outgoing chairman, President Kofi Mensah of Ghana,",
        "said",
        "The bloc will impose sanctions on the junta",
    ),
    (  # the parser hangs the cue on the report's last clause
        "No convoy will pass until the army lifts its siege of the town, the movement's envoy to the "
        "talks, Ibrahim Musa, said on Wednesday.",
        "the movement's envoy to the talks, Ibrahim Musa,",
        "said",
        "No convoy will pass until the army lifts its siege of the town",
    ),
    (  # no subject for the cue: the parser left it loose after the report
        "The council of elders called on Monday for all foreign troops to leave the town, its president, "
        "Musa Ali, told a gathering of clan leaders.",
        "its president, Musa Ali,",
        "told",
        "The council of elders called on Monday for all foreign troops to leave the town",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker", "cue", "content"), CASES)
def test_report_before_the_speakers_phrase(
    pipeline: Any, text: str, speaker: str, cue: str, content: str
) -> None:
    assert (speaker, cue, [content]) in statements(pipeline, text)


@pytest.mark.model
def test_the_name_in_the_chain_is_the_speaker(pipeline: Any) -> None:
    text = (
        "The rebel group has accepted a truce proposed by Kenya, a spokeswoman for the group, Jane Doe, "
        "told reporters."
    )
    record = pipeline.extract(text, published="2024-03-15")
    names = {a.id: a.name for a in record.actors}
    assert [names[s.speaker] for s in record.statements if s.speaker] == ["Jane Doe"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister met the envoy and said that talks would resume.",
            [("The minister", "said", ["that talks would resume"])],
        ),
        (
            "The rebels seized the town on Monday and said they would hold it.",
            [("The rebels", "said", ["they would hold it"])],
        ),
        (
            "The army will withdraw from the town, a military spokesman said on Monday.",
            [("a military spokesman", "said", ["The army will withdraw from the town"])],
        ),
    ],
)
def test_coordinated_and_plain_reports_are_unchanged(
    pipeline: Any, text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert statements(pipeline, text) == expected
