"""US local-news conventions on hand-built Docs with the real gazetteer (no spaCy model)."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def resolved(geoparser: Any, words: list[str], ents: list[str], **kw: Any) -> dict[str, tuple[str, str]]:
    ms = geoparser(make_doc(words, ents=ents, **kw))
    return {m.text: (m.entry.name, m.entry.a1) for m in ms if m.entry is not None}


def test_town_institution_takes_the_article_context(geoparser: Any) -> None:
    # a town's own police or council is local: its name follows the article's state, not the
    # famous namesake abroad (a toponym in other institutions' names takes half the context)
    words = ["The", "Peru", "Police", "Department", "in", "Miami", "County", ",", "Indiana", ",", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O"]
    assert resolved(geoparser, words, ents)["Peru"] == ("Peru", "US.IN")
    words = [
        "Vienna",
        "Town",
        "Council",
        "members",
        "in",
        "Fairfax",
        "County",
        ",",
        "Virginia",
        ",",
        "met",
        ".",
    ]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O"]
    assert resolved(geoparser, words, ents)["Vienna"] == ("Vienna", "US.VA")


def test_city_council_names_the_town_before_city(geoparser: Any) -> None:
    # "Columbia City Council": Columbia's council, although small towns called Columbia City exist
    words = [
        "The",
        "Columbia",
        "City",
        "Council",
        "met",
        ".",
        "Richland",
        "County",
        "and",
        "Irmo",
        "agreed",
        ".",
    ]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O"]
    assert resolved(geoparser, words, ents)["Columbia City"] == ("Columbia", "US.SC")


def test_unlabelled_state_after_a_town_is_a_place(geoparser: Any) -> None:
    # "PLEASANTON, Calif.--": the dateline's state is a toponym too, even when spaCy left it unlabelled
    words = ["PLEASANTON", ",", "Calif.", "--", "The", "firm", "said", "."]
    ms = geoparser(make_doc(words, ents=["O"] * 8))
    assert [(m.text, m.role, m.entry.name) for m in ms] == [
        ("PLEASANTON", "dateline", "Pleasanton"),
        ("Calif.", "literal", "California"),
    ]
    words = ["A", "man", "from", "Macon", ",", "Ga.", "was", "hired", "."]
    ms = geoparser(make_doc(words, ents=["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"]))
    assert [(m.text, m.entry.name) for m in ms] == [("Macon", "Macon"), ("Ga.", "Georgia")]


def test_bare_county_name_is_the_town_in_it(geoparser: Any) -> None:
    words = ["Victoria", "residents", "and", "Victoria", "County", "deputies", "in", "Texas", "searched", "."]
    ents = ["B-GPE", "O", "O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "O", "O"]
    ms = geoparser(make_doc(words, ents=ents))
    kinds = {m.text: m.entry.kind for m in ms if m.entry is not None}
    assert kinds == {"Victoria": "city", "Victoria County": "admin2", "Texas": "admin1"}


def test_unlabelled_town_before_its_police_or_council(geoparser: Any) -> None:
    words = ["Frankfort", "police", "said", "the", "Kentucky", "man", "fled", "."]
    pos = ["PROPN", "NOUN", "VERB", "DET", "PROPN", "NOUN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    ms = geoparser(make_doc(words, pos=pos, ents=ents))
    assert [(m.text, m.entry.name, m.entry.a1) for m in ms] == [
        ("Frankfort", "Frankfort", "US.KY"),
        ("Kentucky", "Kentucky", "US.KY"),
    ]
    # a word that names no sizeable town is no place before "police"
    words = ["Transit", "police", "said", "."]
    assert geoparser(make_doc(words, pos=["PROPN", "NOUN", "VERB", "PUNCT"], ents=["O"] * 4)) == []


def test_state_capitals_from_our_list(geoparser: Any) -> None:
    seats = {(e.name, e.a1) for e in map(geoparser.gazetteer.get, geoparser.seats) if e is not None}
    assert {("Charleston", "US.WV"), ("Frankfort", "US.KY"), ("Victoria", "CA.02")} <= seats
    assert ("Charleston", "US.SC") not in seats


def test_names_before_a_plural_type_word_are_subdivisions(geoparser: Any) -> None:
    # "Fulton and DeKalb counties" are two Georgia counties, not the towns Fulton, Mo. and DeKalb, Ill.
    words = ["Outages", "hit", "Fulton", "and", "DeKalb", "counties", "in", "Georgia", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    found = resolved(
        geoparser,
        words,
        ents,
        pos=["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert found["Fulton"] == ("Fulton County", "US.GA")
    assert found["DeKalb"] == ("DeKalb County", "US.GA")
    words = ["Outages", "hit", "Fulton", "and", "DeKalb", "in", "Georgia", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"]
    assert resolved(geoparser, words, ents)["Fulton"][0] == "Fulton"  # no type word: the town


def test_regions_before_a_plural_type_word_stay_regions(geoparser: Any) -> None:
    # "Gulf states" are countries by the Gulf, not a province named Gulf
    words = ["Leaders", "in", "European", "and", "Gulf", "states", "met", "."]
    ents = ["O", "O", "B-NORP", "O", "B-LOC", "O", "O", "O"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "NOUN", "VERB", "PUNCT"]
    ms = {m.text: m for m in geoparser(make_doc(words, ents=ents, pos=pos))}
    assert ms["Gulf"].entry is not None and ms["Gulf"].entry.kind not in {"admin1", "admin2"}
