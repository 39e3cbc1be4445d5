"""Lone names and participants' countries resolved in the actor stage (facta.actors.mentions), so that
statements, positions and events all see the same person behind "Okafor" or "Yoon"."""

from __future__ import annotations

from typing import Any

from facta.actors.mentions import link_lone_names, participant_country, person_named
from facta.model import Article
from facta.state import DocState
from tests.actors.conftest import T, build


def _state(doc: Any, people: list[tuple[int, int]]) -> DocState:
    state = DocState(article=Article(id="t", text=doc.text), doc=doc)
    for start, end in people:
        span = state.span(start, end)
        actor_id = state.actors.add(name=span.text, kind="person", country="NGA")
        state.actors.add_mention(actor_id, span, start, end)
    return state


def _doc() -> Any:
    return build([
        # Amara Okafor quit . Lawmakers praised Okafor and Amara .
        T("Amara", "PROPN", "compound", 1), T("Okafor", "PROPN", "nsubj", 2), T("quit", "VERB", "ROOT", 2),
        T(".", "PUNCT", "punct", 2),
        T("Lawmakers", "NOUN", "nsubj", 5), T("praised", "VERB", "ROOT", 5), T("Okafor", "PROPN", "dobj", 5),
        T("and", "CCONJ", "cc", 6), T("Amara", "PROPN", "conj", 6), T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip


def test_a_lone_surname_or_family_name_first_links_to_the_one_person_named_before() -> None:
    doc = _doc()
    state = _state(doc, [(0, 2)])
    link_lone_names(state)
    person = state.actors.at_token(0)
    assert person is not None
    assert state.actors.at_token(6) == person  # the last word of a two-word name
    assert state.actors.at_token(8) == person  # the first word of a name of two or three words
    assert [m.text for m in person.mentions] == ["Amara Okafor", "Okafor", "Amara"]


def test_no_link_when_two_people_share_the_word_or_nobody_was_named_before() -> None:
    doc = _doc()
    assert person_named(_state(doc, []), doc[6]) is None
    two = _state(doc, [(0, 2)])
    other = two.actors.add(name="Chidi Okafor", kind="person")
    two.actors.add_mention(other, two.span(0, 2))  # a second Okafor named as early
    assert person_named(two, doc[6]) is None


def test_a_word_of_a_longer_name_is_no_lone_name() -> None:
    doc = build([
        # Ruth Bello spoke . Ruth Adeyemi Cole left .
        T("Ruth", "PROPN", "compound", 1), T("Bello", "PROPN", "nsubj", 2), T("spoke", "VERB", "ROOT", 2),
        T(".", "PUNCT", "punct", 2),
        T("Ruth", "PROPN", "compound", 6), T("Adeyemi", "PROPN", "compound", 6),
        T("Cole", "PROPN", "nsubj", 7), T("left", "VERB", "ROOT", 7), T(".", "PUNCT", "punct", 7),
    ])  # fmt: skip
    state = _state(doc, [(0, 2)])
    link_lone_names(state)
    assert state.actors.at_token(4) is None


def test_unnamed_people_take_the_sentence_country_and_a_bare_conjunct_the_first_ones_nationality() -> None:
    doc = build([
        # Troops held 30 Malian men and women .
        T("Troops", "NOUN", "nsubj", 1), T("held", "VERB", "ROOT", 1), T("30", "NUM", "nummod", 4),
        T("Malian", "ADJ", "amod", 4), T("men", "NOUN", "dobj", 1), T("and", "CCONJ", "cc", 4),
        T("women", "NOUN", "conj", 4), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    state = DocState(article=Article(id="t", text=doc.text), doc=doc)
    mali = state.actors.add(name="Malian", kind="country", country="MLI")
    state.actors.add_mention(mali, state.span(3, 4), 3, 4)
    assert participant_country(state, doc[6]) == "MLI"
    assert participant_country(state, doc[0]) is None  # no context country for the sentence
    state.context_country[0] = "BFA"
    assert participant_country(state, doc[0]) == "BFA"
    assert participant_country(state, doc[6]) == "MLI"  # its own phrase says more than the context


def test_a_lone_name_tagged_as_a_place_links_only_when_no_town_bears_it() -> None:
    doc = build([
        # Amara Okafor quit . Lawmakers praised Okafor .
        T("Amara", "PROPN", "compound", 1), T("Okafor", "PROPN", "nsubj", 2), T("quit", "VERB", "ROOT", 2),
        T(".", "PUNCT", "punct", 2),
        T("Lawmakers", "NOUN", "nsubj", 5), T("praised", "VERB", "ROOT", 5),
        T("Okafor", "PROPN", "dobj", 5, "B-GPE"), T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    state = _state(doc, [(0, 2)])
    link_lone_names(state, lambda name: name == "Okafor")  # a town of that name: leave it to places
    assert state.actors.at_token(6) is None
    link_lone_names(state, lambda name: False)
    assert state.actors.at_token(6) == state.actors.at_token(0)
