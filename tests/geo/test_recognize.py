"""Toponym recognition on hand-built Docs with the real gazetteer (no spaCy model)."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def parse(geoparser: Any, words: list[str], **kw: Any) -> list[Any]:
    return geoparser(make_doc(words, **kw))


def test_person_label_corrected_after_locative_preposition(geoparser: Any) -> None:
    words = ["Strikes", "hit", "homes", "in", "Khan", "Younis", "on", "Monday", "."]
    ms = parse(
        geoparser,
        words,
        heads=[1, 1, 1, 2, 5, 3, 1, 6, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O"],
    )
    assert [(m.text, m.role, m.evidence) for m in ms] == [("Khan Younis", "literal", "preposition")]
    assert ms[0].entry.cc == "PS" and ms[0].entry.kind == "city"


def test_person_without_place_context_stays_a_person(geoparser: Any) -> None:
    words = ["Khan", "Younis", "said", "he", "would", "run", "."]
    ms = parse(
        geoparser,
        words,
        heads=[1, 2, 2, 5, 5, 2, 2],
        deps=["compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"],
    )
    assert ms == []


def test_adjectival_toponym_but_not_plural_people(geoparser: Any) -> None:
    words = ["Syrian", "troops", "met", "Syrians", "."]
    ms = parse(
        geoparser,
        words,
        heads=[1, 2, 2, 2, 2],
        deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
        ents=["B-NORP", "O", "O", "B-NORP", "O"],
    )
    assert [(m.text, m.role, m.entry.name) for m in ms] == [("Syrian", "adjectival", "Syria")]


def test_toponym_embedded_in_organisation_name(geoparser: Any) -> None:
    words = ["The", "Syrian", "Observatory", "for", "Human", "Rights", "reported", "clashes", "."]
    ms = parse(geoparser, words, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert [(m.text, m.role, m.entry.name) for m in ms] == [("Syrian", "embedded", "Syria")]


def test_generic_words_in_names_are_not_places(geoparser: Any) -> None:
    words = ["The", "Federal", "Police", "Department", "said", "so", "."]
    ms = parse(geoparser, words, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert ms == []


def test_dateline_with_country_qualifier(geoparser: Any) -> None:
    words = ["KADUGLI", ",", "Sudan", "(", "Reuters", ")", "-", "Troops", "withdrew", "."]
    ms = parse(geoparser, words, ents=["O", "O", "B-GPE", "O", "B-ORG", "O", "O", "O", "O", "O"])
    by_text = {m.text: m for m in ms}
    assert by_text["KADUGLI"].role == "dateline"
    assert by_text["KADUGLI"].entry.geonameid == 373141
    assert by_text["Sudan"].entry.kind == "country"


def test_qualifier_after_comma_picks_the_state(geoparser: Any) -> None:
    words = ["Police", "in", "Alexandria", ",", "La.", ",", "arrested", "two", "men", "."]
    ms = parse(geoparser, words, ents=["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    alexandria = next(m for m in ms if m.text == "Alexandria")
    assert alexandria.entry.geonameid == 4314550


def test_county_suffix_extends_the_mention(geoparser: Any) -> None:
    words = ["Deputies", "in", "Laurel", "County", "searched", "."]
    ms = parse(geoparser, words, ents=["O", "O", "B-GPE", "O", "O", "O"])
    assert [(m.text, m.entry.kind) for m in ms] == [("Laurel County", "admin2")]


def test_directional_region(geoparser: Any) -> None:
    words = ["Clashes", "in", "northern", "Syria", "."]
    ms = parse(geoparser, words, ents=["O", "O", "O", "B-GPE", "O"])
    assert [(m.text, m.entry.kind, m.entry.cc) for m in ms] == [("northern Syria", "directional", "SY")]


def test_short_capitals_need_our_own_aliases(geoparser: Any) -> None:
    words = ["The", "SA", "team", "and", "the", "UK", "agreed", "."]
    ms = parse(geoparser, words, ents=["O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O"])
    assert [(m.text, m.entry.cc if m.entry else None) for m in ms] == [("UK", "GB")]


def test_town_of_prefers_the_city_reading(geoparser: Any) -> None:
    words = ["The", "quake", "struck", "near", "the", "town", "of", "Malatya", "."]
    ms = parse(geoparser, words, ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert [(m.text, m.entry.kind, m.entry.cc) for m in ms] == [("Malatya", "city", "TR")]
    words = ["Fighting", "in", "Malatya", "province", "."]
    ms = parse(geoparser, words, ents=["O", "O", "B-GPE", "O", "O"])
    assert ms[0].entry.kind == "admin1"


def test_city_named_x_city_is_found_by_x(geoparser: Any) -> None:
    words = ["Protests", "in", "New", "York", "grew", "."]
    ms = parse(geoparser, words, ents=["O", "O", "B-GPE", "I-GPE", "O", "O"])
    assert ms[0].entry.name == "New York City"
