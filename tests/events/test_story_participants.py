"""Participants the event coder names itself, in whole stories: the country the actors stage found for
the sentence's generic actors, and a lone family name of a person named in full earlier (both resolved
in facta.actors.mentions, which the event coder consults)."""

from __future__ import annotations

from typing import Any

from facta.actors.mentions import link_lone_names, shared_nationality
from tests.events.conftest import A, T, build_state, only

P = ("PUNCT", "punct")


def test_unnamed_people_take_the_sentence_context_country(code: Any) -> None:
    # "Police detained 40 people ."  (the actors stage set the sentence's context country)
    state = build_state(
        [
            T("Police", "NOUN", "nsubj", 1, lemma="police"),
            T("detained", "VERB", "ROOT", 1, lemma="detain"),
            T("40", "NUM", "nummod", 3),
            T("people", "NOUN", "dobj", 1, lemma="people"),
            T(".", *P, 1),
        ],
        [A(0, 1, kind="group", country="PER", sector="COP")],
    )
    state.context_country[0] = "PER"
    event = only(code(state), "COERCE")
    assert [(state.actors.get(a).name, state.actors.get(a).country) for a in event.target] == [
        ("people", "PER")
    ]


def test_without_context_unnamed_people_have_no_country(code: Any) -> None:
    state = build_state(
        [
            T("Police", "NOUN", "nsubj", 1, lemma="police"),
            T("detained", "VERB", "ROOT", 1, lemma="detain"),
            T("40", "NUM", "nummod", 3),
            T("people", "NOUN", "dobj", 1, lemma="people"),
            T(".", *P, 1),
        ],
        [A(0, 1, kind="group", country="PER", sector="COP")],
    )
    event = only(code(state), "COERCE")
    assert [state.actors.get(a).country for a in event.target] == [None]


def test_a_family_name_alone_is_the_person_named_before(code: Any) -> None:
    # "Tanaka Hiro resigned . Police arrested Tanaka ."
    state = build_state(
        [
            T("Tanaka", "PROPN", "compound", 1),
            T("Hiro", "PROPN", "nsubj", 2),
            T("resigned", "VERB", "ROOT", 2, lemma="resign"),
            T(".", *P, 2),
            T("Police", "NOUN", "nsubj", 5, lemma="police"),
            T("arrested", "VERB", "ROOT", 5, lemma="arrest"),
            T("Tanaka", "PROPN", "dobj", 5, ent="B-PERSON"),
            T(".", *P, 5),
        ],
        [
            A(0, 2, kind="person", country="JPN", sector="GOV"),
            A(4, 5, kind="group", country="JPN", sector="COP"),
        ],
    )
    link_lone_names(state)  # what the actors stage does after coreference
    assert state.actors.at_token(6) is not None and state.actors.at_token(6).name == "Tanaka Hiro"
    event = only(code(state), "COERCE")
    assert [state.actors.get(a).name for a in event.target] == ["Tanaka Hiro"]


def test_a_bare_conjunct_shares_the_first_conjuncts_nationality() -> None:
    # "Rebels freed 12 Chilean miners and engineers and Bolivian guards ."
    state = build_state(
        [
            T("Rebels", "NOUN", "nsubj", 1, lemma="rebel"),
            T("freed", "VERB", "ROOT", 1, lemma="free"),
            T("12", "NUM", "nummod", 4),
            T("Chilean", "ADJ", "amod", 4),
            T("miners", "NOUN", "dobj", 1, lemma="miner"),
            T("and", "CCONJ", "cc", 4),
            T("engineers", "NOUN", "conj", 4, lemma="engineer"),
            T("and", "CCONJ", "cc", 6),
            T("Bolivian", "ADJ", "amod", 9),
            T("guards", "NOUN", "conj", 4, lemma="guard"),
            T(".", *P, 1),
        ],
        [A(3, 4, kind="country", country="CHL"), A(8, 9, kind="country", country="BOL")],
    )
    assert shared_nationality(state, state.doc[6]) == "CHL"
    assert shared_nationality(state, state.doc[9]) is None  # its own nationality
    assert shared_nationality(state, state.doc[4]) is None  # the first conjunct itself


def test_the_holder_of_an_intention_is_the_source_of_what_it_intends(code: Any) -> None:
    # "Lima had no intention of expelling the envoys ."
    state = build_state(
        [
            T("Lima", "PROPN", "nsubj", 1, ent="B-GPE"),
            T("had", "VERB", "ROOT", 1, lemma="have"),
            T("no", "DET", "det", 3),
            T("intention", "NOUN", "dobj", 1, lemma="intention"),
            T("of", "ADP", "prep", 3),
            T("expelling", "VERB", "pcomp", 4, lemma="expel", tag="VBG"),
            T("the", "DET", "det", 7),
            T("envoys", "NOUN", "dobj", 5, lemma="envoy"),
            T(".", *P, 1),
        ],
        [A(0, 1, kind="organization", country="PER", sector="GOV"), A(7, 8, kind="group", country="CHL")],
    )
    events = code(state)
    assert events, "no event coded"
    assert [state.actors.get(a).name for a in events[0].source] == ["Lima"]
