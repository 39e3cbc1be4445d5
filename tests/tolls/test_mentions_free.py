"""Casualty mentions on hand-built parses (model-free)."""

from __future__ import annotations

from facta.tolls.aggregate import judge, totals
from facta.tolls.lexicon import load_lexicon
from facta.tolls.mentions import MentionFinder
from tests.conftest import make_doc


def test_passive_with_stated_minimum() -> None:
    # At least 12 people were killed .
    doc = make_doc(
        ["At", "least", "12", "people", "were", "killed", "."],
        heads=[1, 2, 3, 5, 5, 5, 5],
        deps=["advmod", "advmod", "nummod", "nsubjpass", "auxpass", "ROOT", "punct"],
        pos=["ADV", "ADJ", "NUM", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["RB", "JJS", "CD", "NNS", "VBD", "VBN", "."],
        lemmas=["at", "least", "12", "people", "be", "kill", "."],
    )
    mentions = MentionFinder(load_lexicon()).find(doc)
    assert [(m.kind, m.low, m.at_least, m.victim) for m in mentions] == [("killed", 12, True, "unknown")]


def test_active_object_with_victim_kind_and_conjunct() -> None:
    # Troops killed three fighters and two civilians .
    doc = make_doc(
        ["Troops", "killed", "three", "fighters", "and", "two", "civilians", "."],
        heads=[1, 1, 3, 1, 3, 6, 3, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "cc", "nummod", "conj", "punct"],
        pos=["NOUN", "VERB", "NUM", "NOUN", "CCONJ", "NUM", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "CD", "NNS", "CC", "CD", "NNS", "."],
        lemmas=["troop", "kill", "three", "fighter", "and", "two", "civilian", "."],
    )
    mentions = MentionFinder(load_lexicon()).find(doc)
    assert [(m.low, m.victim) for m in mentions] == [(3, "militant"), (2, "civilian")]
    assert totals(judge(mentions))["killed"] is not None
    assert totals(judge(mentions))["killed"].low == 5  # type: ignore[union-attr]


def test_no_one_was_hurt() -> None:
    doc = make_doc(
        ["No", "one", "was", "hurt", "."],
        heads=[1, 3, 3, 3, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "VBN", "."],
        lemmas=["no", "one", "be", "hurt", "."],
    )
    mentions = MentionFinder(load_lexicon()).find(doc)
    assert [(m.kind, m.low, m.zero) for m in mentions] == [("injured", 0, True)]
