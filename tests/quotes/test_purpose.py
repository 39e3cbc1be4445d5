"""A cue verb that only names the aim of an action ("marched to protest against ...") is flagged as a
purpose; with no known speaker it makes no statement."""

from __future__ import annotations

from typing import Any

import pytest

from facta.quotes import find_attributions
from tests.quotes.conftest import T, build


def _purposes(doc: Any, lexicon: Any) -> list[tuple[str, bool]]:
    return [
        (doc.text[a.cue[0] : a.cue[1]], a.purpose) for a in find_attributions(doc, doc.text, lexicon) if a.cue
    ]


def _marched(verb: str, lemma: str, prep: str | None) -> Any:
    """Thousands marched through the city to <verb> [<prep>] the new tax ."""
    rows = [
        T("Thousands", "NOUN", "nsubj", 1, tag="NNS"), T("marched", "VERB", "ROOT", 1, "march"),
        T("through", "ADP", "prep", 1), T("the", "DET", "det", 4), T("city", "NOUN", "pobj", 2),
        T("to", "PART", "aux", 6, tag="TO"), T(verb, "VERB", "advcl", 1, lemma, tag="VB"),
    ]  # fmt: skip
    if prep is not None:
        rows += [T(prep, "ADP", "prep", 6, tag="IN"), T("the", "DET", "det", 10), T("new", "ADJ", "amod", 10),
                 T("tax", "NOUN", "pobj", 7)]  # fmt: skip
    else:
        rows += [T("the", "DET", "det", 9), T("new", "ADJ", "amod", 9), T("tax", "NOUN", "dobj", 6)]
    rows.append(T(".", "PUNCT", "punct", 1))
    return build(rows)


@pytest.mark.parametrize(
    ("verb", "lemma", "prep"), [("protest", "protest", "against"), ("denounce", "denounce", None)]
)
def test_a_purpose_infinitive_with_a_noun_phrase_is_flagged(
    lexicon: Any, verb: str, lemma: str, prep: str | None
) -> None:
    cue = f"to {verb} {prep}" if prep else f"to {verb}"
    assert _purposes(_marched(verb, lemma, prep), lexicon) == [(cue, True)]


def test_a_protest_by_its_own_subject_is_still_a_statement(find: Any, lexicon: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2),
        T("protested", "VERB", "ROOT", 2, "protest"),
        T("against", "ADP", "prep", 2, tag="IN"), T("the", "DET", "det", 5), T("arrest", "NOUN", "pobj", 3),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert find(doc) == [("The ministry", "protested against", ["the arrest"])]
    assert _purposes(doc, lexicon) == [("protested against", False)]


def test_a_purpose_infinitive_reporting_a_clause_is_still_a_statement(find: Any, lexicon: Any) -> None:
    # He called a news conference to announce that he would resign .
    doc = build([
        T("He", "PRON", "nsubj", 1), T("called", "VERB", "ROOT", 1, "call"), T("a", "DET", "det", 4),
        T("news", "NOUN", "compound", 4), T("conference", "NOUN", "dobj", 1),
        T("to", "PART", "aux", 6, tag="TO"),
        T("announce", "VERB", "advcl", 1, "announce", tag="VB"), T("that", "SCONJ", "mark", 10),
        T("he", "PRON", "nsubj", 10), T("would", "AUX", "aux", 10, tag="MD"),
        T("resign", "VERB", "ccomp", 6, "resign"),
        T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    assert find(doc) == [("He", "to announce", ["that he would resign"])]
    assert _purposes(doc, lexicon) == [("to announce", False)]


def test_a_subordinate_saying_clause_keeps_the_institution_as_speaker(find: Any) -> None:
    # The ministry rejected the proposal , saying it would harm farmers .
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2),
        T("rejected", "VERB", "ROOT", 2, "reject"),
        T("the", "DET", "det", 4), T("proposal", "NOUN", "dobj", 2), T(",", "PUNCT", "punct", 2),
        T("saying", "VERB", "advcl", 2, "say", tag="VBG"), T("it", "PRON", "nsubj", 9),
        T("would", "AUX", "aux", 9, tag="MD"), T("harm", "VERB", "ccomp", 6, "harm"),
        T("farmers", "NOUN", "dobj", 9),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    found = find(doc)
    assert ("The ministry", "saying", ["it would harm farmers"]) in found
    assert ("The ministry", "rejected", ["the proposal"]) in found


@pytest.mark.model
def test_real_parse_of_a_march_to_protest(pipeline: Any) -> None:
    text = (
        "Hundreds of students marched through the capital on Friday to protest against tuition fees. "
        "The education ministry protested against the occupation of its offices, saying the "
        "students had broken the law."
    )
    record = pipeline.extract(text, published="2024-03-15")
    cues = [s.cue.text if s.cue else None for s in record.statements]
    assert "to protest against" not in cues  # no speaker: the crowd's aim, not a statement
    assert "protested against" in cues and "saying" in cues
    speakers = {s.cue.text: s.speaker for s in record.statements if s.cue}
    assert speakers["saying"] is not None


@pytest.mark.model
def test_a_known_speaker_keeps_a_purpose_statement(pipeline: Any) -> None:
    text = "Foreign Minister Anna Berg travelled to Geneva on Monday to discuss the ceasefire."
    record = pipeline.extract(text, published="2024-03-15")
    assert [(s.cue.text if s.cue else None, [c.text for c in s.content]) for s in record.statements] == [
        ("to discuss", ["the ceasefire"])
    ]
