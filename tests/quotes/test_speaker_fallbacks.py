"""Subjectless verbs of saying: a subject the parser took from another paragraph does not count, and a
named speaker between an opening phrase and the verb speaks (hand-built parses of sentences written
for these tests)."""

from __future__ import annotations

from typing import Any

from tests.quotes.conftest import T, build


def test_a_subject_in_the_headline_paragraph_is_not_the_cues(find: Any) -> None:
    """Headline "Adeyemi in Lagos", then "Minister Ruiz said talks failed." parsed as one sentence,
    with "Adeyemi" as the subject of "said" and "Ruiz" hung on "Lagos"."""
    doc = build(
        [
            T("Adeyemi", "PROPN", "nsubj", 6),
            T("in", "ADP", "prep", 0, tag="IN"),
            T("Lagos", "PROPN", "pobj", 1),
            T("\n\n", "SPACE", "dep", 2, tag="_SP"),
            T("Minister", "PROPN", "compound", 5),
            T("Ruiz", "PROPN", "appos", 2),
            T("said", "VERB", "ROOT", 6, lemma="say"),
            T("talks", "NOUN", "nsubj", 8, tag="NNS"),
            T("failed", "VERB", "ccomp", 6, lemma="fail"),
            T(".", "PUNCT", "punct", 6),
        ]
    )
    assert [(s, c) for s, c, _content in find(doc)] == [("Minister Ruiz", "said")]


def test_a_name_after_an_opening_phrase_speaks(find: Any) -> None:
    """ "Angered by the vote, Senator Ana Ruiz, the party leader, said that talks failed." with the name
    hung on "vote" and "said" left without a subject."""
    doc = build(
        [
            T("Angered", "VERB", "advcl", 13, lemma="anger", tag="VBN"),
            T("by", "ADP", "agent", 0, tag="IN"),
            T("the", "DET", "det", 3, tag="DT"),
            T("vote", "NOUN", "pobj", 1),
            T(",", "PUNCT", "punct", 3),
            T("Senator", "PROPN", "compound", 7),
            T("Ana", "PROPN", "compound", 7),
            T("Ruiz", "PROPN", "conj", 3),
            T(",", "PUNCT", "punct", 7),
            T("the", "DET", "det", 11, tag="DT"),
            T("party", "NOUN", "compound", 11),
            T("leader", "NOUN", "appos", 7),
            T(",", "PUNCT", "punct", 13),
            T("said", "VERB", "ROOT", 13, lemma="say"),
            T("that", "SCONJ", "mark", 16, tag="IN"),
            T("talks", "NOUN", "nsubj", 16, tag="NNS"),
            T("failed", "VERB", "ccomp", 13, lemma="fail"),
            T(".", "PUNCT", "punct", 13),
        ]
    )
    found = find(doc)
    assert [c for _s, c, _content in found] == ["said"]
    assert found[0][0] is not None and found[0][0].startswith("Senator Ana Ruiz")


def test_a_naming_verb_reports_its_object_and_the_quoted_name(find: Any) -> None:
    """ "Ruiz called the plan “a disaster” twice." with the quoted name parsed as a modifier of "twice"
    and no object on "called": the object and the quotation are what was said."""
    doc = build(
        [
            T("Ruiz", "PROPN", "nsubj", 1),
            T("called", "VERB", "ROOT", 1, lemma="call"),
            T("the", "DET", "det", 3, tag="DT"),
            T("plan", "NOUN", "nmod", 8),
            T("“", "PUNCT", "punct", 6),
            T("a", "DET", "det", 6, tag="DT"),
            T("disaster", "NOUN", "nmod", 8),
            T("”", "PUNCT", "punct", 6),
            T("twice", "NOUN", "oprd", 1),
            T(".", "PUNCT", "punct", 1),
        ]
    )
    assert find(doc) == [("Ruiz", "called", ["the plan “a disaster”"])]


def test_a_thing_called_by_a_name_says_nothing(find: Any) -> None:
    """ "They joined a group called “Free Voices”.": a reduced relative naming the group."""
    doc = build(
        [
            T("They", "PRON", "nsubj", 1),
            T("joined", "VERB", "ROOT", 1, lemma="join"),
            T("a", "DET", "det", 3, tag="DT"),
            T("group", "NOUN", "dobj", 1),
            T("called", "VERB", "acl", 3, lemma="call", tag="VBN"),
            T("“", "PUNCT", "punct", 7),
            T("Free", "PROPN", "compound", 7),
            T("Voices", "PROPN", "oprd", 4),
            T("”", "PUNCT", "punct", 7),
            T(".", "PUNCT", "punct", 1),
        ]
    )
    assert find(doc) == []


def test_an_inverted_speaker_opened_by_a_modifier(find: Any) -> None:
    """ "“We won,” said retired general Ana Ruiz, asked about the vote." with "Ruiz" taken for the
    subject of "asked": the name after the inverted cue still speaks, modifier and all."""
    doc = build(
        [
            T("“", "PUNCT", "punct", 2),
            T("We", "PRON", "nsubj", 2),
            T("won", "VERB", "ccomp", 5, lemma="win"),
            T(",", "PUNCT", "punct", 2),
            T("”", "PUNCT", "punct", 5),
            T("said", "VERB", "ROOT", 5, lemma="say"),
            T("retired", "VERB", "amod", 9, lemma="retire", tag="VBN"),
            T("general", "NOUN", "compound", 9),
            T("Ana", "PROPN", "compound", 9),
            T("Ruiz", "PROPN", "nsubj", 11),
            T(",", "PUNCT", "punct", 9),
            T("asked", "VERB", "ccomp", 5, lemma="ask"),
            T("about", "ADP", "prep", 11, tag="IN"),
            T("the", "DET", "det", 14, tag="DT"),
            T("vote", "NOUN", "pobj", 12),
            T(".", "PUNCT", "punct", 5),
        ]
    )
    said = [(s, content) for s, c, content in find(doc) if c == "said"]
    assert len(said) == 1
    assert said[0][0] is not None and said[0][0].endswith("Ana Ruiz")
    assert said[0][1] == ["“We won,”"]


def test_any_verb_before_a_comma_hands_the_floor_to_a_quotation(find: Any) -> None:
    """ "Ruiz beamed, “We will win.”" — "beam" is no lexicon word; the comma and the quotation that
    opens a sentence make it the cue."""
    doc = build(
        [
            T("Ruiz", "PROPN", "nsubj", 1),
            T("beamed", "VERB", "ROOT", 1, lemma="beam"),
            T(",", "PUNCT", "punct", 1),
            T("“", "PUNCT", "punct", 5),
            T("We", "PRON", "nsubj", 5),
            T("will", "AUX", "aux", 6, tag="MD"),
            T("win", "VERB", "ccomp", 1, lemma="win", tag="VB"),
            T(".", "PUNCT", "punct", 6),
            T("”", "PUNCT", "punct", 6),
        ]
    )
    assert find(doc) == [("Ruiz", "beamed", ["“We will win.”"])]
