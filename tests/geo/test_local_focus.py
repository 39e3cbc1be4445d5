"""Local news: the article's state as a prior for ambiguous names (real gazetteer, hand-built Docs)."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def _resolve(geoparser: Any, text: str, places: set[str]) -> dict[str, str | None]:
    words = text.split()
    ents = ["B-GPE" if w in places else "O" for w in words]
    for i, w in enumerate(words):  # "Alexander County": one entity
        if w == "County" and i and ents[i - 1] != "O":
            ents[i] = "I-GPE"
    ms = geoparser(make_doc(words, ents=ents))
    return {m.text: (m.entry.a1 if m.entry is not None else None) for m in ms}


def test_most_names_readable_in_one_state_take_it(geoparser: Any) -> None:
    # no state is named: Frankfort is Kentucky's capital, and Versailles, Paris and Georgetown can
    # all be read as Kentucky towns, so they are those, not France's or Guyana's
    text = (
        "Farms near Versailles and Paris are hiring , and a plant in Georgetown too ."
        " Officials in Frankfort agreed ."
    )
    got = _resolve(geoparser, text, {"Versailles", "Paris", "Georgetown", "Frankfort"})
    assert got == {"Versailles": "US.KY", "Paris": "US.KY", "Georgetown": "US.KY", "Frankfort": "US.KY"}


def test_big_cities_of_one_state_are_no_local_focus(geoparser: Any) -> None:
    # national news naming large Texas cities: Portland stays Oregon's (the focus needs a small
    # place of the state chosen elsewhere in the article)
    text = "Marches in Dallas , Houston and Austin were joined by crowds in Portland and Oakland ."
    got = _resolve(geoparser, text, {"Dallas", "Houston", "Austin", "Portland", "Oakland"})
    assert got["Portland"] == "US.OR"


def test_world_cities_are_not_pulled_to_a_state(geoparser: Any) -> None:
    # Ohio has towns called London, Berlin and Athens; nothing in the article is chosen there
    text = "Ministers flew from London to Berlin and then to Athens and Rome ."
    got = _resolve(geoparser, text, {"London", "Berlin", "Athens", "Rome"})
    assert got == {"London": "GB.ENG", "Berlin": "DE.16", "Athens": "GR.ESYE31", "Rome": "IT.07"}


def test_name_coordinated_with_a_found_place_is_a_place(geoparser: Any) -> None:
    # spaCy calls both towns organisations; "from Mason" says place, and Springboro is joined to it
    words = ["students", "from", "Mason", "and", "Springboro", "came", "."]
    heads = [5, 0, 1, 2, 2, 5, 5]
    deps = ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "punct"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "B-ORG", "O", "B-ORG", "O", "O"]
    ms = geoparser(make_doc(words, heads=heads, deps=deps, pos=pos, ents=ents))
    assert [(m.text, m.evidence) for m in ms] == [("Mason", "preposition"), ("Springboro", "coordination")]
    # an organisation joined to an organisation stays one
    words = ["Apple", "and", "Springboro", "agreed", "."]
    heads = [3, 0, 0, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    ents = ["B-ORG", "O", "B-ORG", "O", "O"]
    assert not geoparser(make_doc(words, heads=heads, deps=deps, pos=pos, ents=ents))


def test_township_the_gazetteer_lacks_is_kept_with_the_articles_state(geoparser: Any) -> None:
    words = [
        "Lower",
        "Merion",
        "Township",
        "commissioners",
        "met",
        "in",
        "Norristown",
        ",",
        "Pennsylvania",
        ".",
    ]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    ms = geoparser(make_doc(words, ents=ents))
    township = ms[0]
    assert (township.text, township.entry, township.cc, township.a1) == (
        "Lower Merion Township",
        None,
        "US",
        "US.PA",
    )


def test_township_named_after_a_country_is_not_the_country(geoparser: Any) -> None:
    # "Poland Township" in a Mahoning County story lies by the village of Poland, Ohio
    words = ["A", "Poland", "Township", "man", "was", "stopped", "in", "Boardman", ",", "Ohio", "."]
    ents = ["O", "B-GPE", "I-GPE", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    ms = geoparser(make_doc(words, ents=ents))
    assert ms[0].text == "Poland Township"
    assert ms[0].cc == "US"


def test_country_name_that_is_a_surname_needs_a_place_context(geoparser: Any) -> None:
    # "Mark Israel ... Israel said": the state senator, not the country; "in Israel" is the country
    words = ["Sen.", "Mark", "Israel", "spoke", ".", "Israel", "said", "no", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O"]
    assert not geoparser(make_doc(words, ents=ents))
    words = ["Sen.", "Mark", "Israel", "spoke", "in", "Israel", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]
    assert [m.text for m in geoparser(make_doc(words, ents=ents))] == ["Israel"]
