"""Round-2 recognition rules on hand-built Docs with the real gazetteer (no spaCy model)."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def parse(geoparser: Any, words: list[str], **kw: Any) -> list[Any]:
    return geoparser(make_doc(words, **kw))


def found(ms: list[Any]) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.role, m.entry.cc if m.entry else m.cc) for m in ms]


def test_dateline_after_a_caption_or_an_earlier_story(geoparser: Any) -> None:
    words = ["He", "resigned", ".", "SAN", "DIEGO", "(", "AP", ")", "-", "The", "Guard", "left", "."]
    ents = ["O"] * 6 + ["B-ORG"] + ["O"] * 6
    ms = parse(geoparser, words, ents=ents)
    assert [(m.text, m.role, m.entry.name) for m in ms] == [("SAN DIEGO", "dateline", "San Diego")]
    # mid-text capitals without an agency or a dash are no dateline
    words = ["He", "resigned", ".", "SAN", "DIEGO", "fans", "cheered", "."]
    assert parse(geoparser, words, ents=["O"] * 8) == []


def test_dateline_unknown_town_keeps_the_country_of_its_qualifier(geoparser: Any) -> None:
    words = ["QWERTYVILLE", ",", "Sudan", "(", "Reuters", ")", "-", "Troops", "withdrew", "."]
    ms = parse(geoparser, words, ents=["O", "O", "B-GPE", "O", "B-ORG", "O", "O", "O", "O", "O"])
    town = next(m for m in ms if m.role == "dateline")
    assert town.entry is None and town.cc == "SD"


def test_country_names_spacy_left_unlabelled(geoparser: Any) -> None:
    words = ["Slovenia", "acted", "alone", "."]
    ms = parse(geoparser, words, pos=["PROPN", "VERB", "ADV", "PUNCT"], ents=["O"] * 4)
    assert found(ms) == [("Slovenia", "literal", "SI")]
    words = ["the", "Communist", "Party", "of", "Vietnam", "met", "."]
    pos = ["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"]
    ms = parse(geoparser, words, pos=pos, ents=["O", "B-ORG", "I-ORG", "O", "O", "O", "O"])
    assert found(ms) == [("Vietnam", "literal", "VN")]


def test_country_name_inside_other_names(geoparser: Any) -> None:
    # a surname is no country; a country inside an organisation's name is embedded
    words = ["(", "Zen", "Trinidad", "/", "PNA", ")"]
    pos = ["PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"]
    assert parse(geoparser, words, pos=pos, ents=["O"] * 6) == []
    words = ["Air", "France", "KLM", "grew", "."]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ms = parse(geoparser, words, pos=pos, ents=["O"] * 5)
    assert found(ms) == [("France", "embedded", "FR")]


def test_subdivision_with_its_type_word(geoparser: Any) -> None:
    words = ["troops", "in", "Maiduguri", "Borno", "State", "paraded", "."]
    pos = ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ms = parse(geoparser, words, pos=pos, ents=["O", "O", "B-GPE", "O", "O", "O", "O"])
    assert ("Borno State", "literal", "NG") in found(ms)
    assert next(m for m in ms if m.text == "Borno State").entry.kind == "admin1"


def test_residence_after_a_persons_name(geoparser: Any) -> None:
    words = ["Jodi", "Mahler", "of", "Bellmore", "appeared", "."]
    ms = parse(
        geoparser,
        words,
        heads=[1, 4, 1, 2, 4, 4],
        deps=["compound", "nsubj", "prep", "pobj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    assert found(ms) == [("Bellmore", "literal", "US")]
    assert ms[0].evidence == "residence"


def _to_name(geoparser: Any, verb: str, lemma: str, name: str) -> list[Any]:
    words = ["She", verb, "to", name, "."]
    return parse(
        geoparser,
        words,
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["PRON", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["she", lemma, "to", name.lower(), "."],
        ents=["O", "O", "O", "B-PERSON", "O"],
    )


def test_to_a_person_is_no_place_but_moving_to_a_town_is(geoparser: Any) -> None:
    assert _to_name(geoparser, "spoke", "speak", "Castlegar") == []
    assert found(_to_name(geoparser, "drove", "drive", "Castlegar")) == [("Castlegar", "literal", "CA")]


def test_according_to_is_never_a_place(geoparser: Any) -> None:
    words = ["according", "to", "Castlegar", ",", "it", "rained", "."]
    ms = parse(
        geoparser,
        words,
        heads=[5, 0, 1, 5, 5, 5, 5],
        deps=["prep", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        ents=["O", "O", "B-GPE", "O", "O", "O", "O"],
    )
    assert [m.text for m in ms] == ["Castlegar"]  # spaCy said GPE and the gazetteer agrees
    ms = parse(
        geoparser,
        words,
        heads=[5, 0, 1, 5, 5, 5, 5],
        deps=["prep", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        ents=["O", "O", "B-PERSON", "O", "O", "O", "O"],
    )
    assert ms == []  # a person-labelled name needs more than "according to"


def test_seat_of_an_institution(geoparser: Any) -> None:
    words = ["the", "Ministry", "of", "Information", ",", "Abuja", ",", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ms = parse(geoparser, words, pos=pos, ents=ents)
    assert found(ms) == [("Abuja", "literal", "NG")]


def test_places_inside_an_unknown_gpe_span(geoparser: Any) -> None:
    words = ["Cyprus", ",", "Greece", "Italy", "or", "Spain"]
    ents = ["B-GPE", "O", "B-GPE", "I-GPE", "O", "B-GPE"]
    ms = parse(geoparser, words, ents=ents)
    assert [m.text for m in ms] == ["Cyprus", "Greece", "Italy", "Spain"]


def test_a_name_spacy_split_is_joined(geoparser: Any) -> None:
    words = ["living", "in", "Boa", "Vista", ",", "the", "state", "capital"]
    ents = ["O", "O", "B-GPE", "B-ORG", "O", "O", "O", "O"]
    pos = ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN"]
    ms = parse(geoparser, words, pos=pos, ents=ents)
    assert found(ms) == [("Boa Vista", "literal", "BR")]


def test_small_town_inside_a_company_name_is_not_a_place(geoparser: Any) -> None:
    words = ["a", "Hubbard", "Broadcasting", "Company", "station"]
    ms = parse(geoparser, words, ents=["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert ms == []
    words = ["the", "Seattle", "Fire", "Department", "came"]
    ms = parse(geoparser, words, ents=["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert found(ms) == [("Seattle", "embedded", "US")]


def test_direction_word_hint(geoparser: Any) -> None:
    words = ["travel", "to", "central", "Washington", "."]
    ms = parse(geoparser, words, ents=["O", "O", "O", "B-GPE", "O"])
    assert ms[0].kind_hint == "area"
    assert ms[0].entry.kind == "admin1"


def test_a_lone_generic_word_is_no_place_but_a_generic_pair_can_be(geoparser: Any) -> None:
    words = ["the", "West", "'s", "response"]
    assert parse(geoparser, words, ents=["O", "B-GPE", "O", "O"]) == []
    words = ["peace", "in", "the", "Middle", "East"]
    ms = parse(geoparser, words, ents=["O", "O", "O", "B-LOC", "I-LOC"])
    assert [(m.text, m.entry.kind) for m in ms] == [("Middle East", "region")]


def test_adjective_spacy_called_a_place_and_currency_adjectives(geoparser: Any) -> None:
    words = ["an", "Emirati", "trainer", "won", "8,000", "Egyptian", "pounds", "."]
    ents = ["O", "B-GPE", "O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O"]
    ms = parse(geoparser, words, ents=ents)
    assert found(ms) == [("Emirati", "adjectival", "AE"), ("Egyptian", "adjectival", "EG")]


def test_place_before_a_hyphenated_participle(geoparser: Any) -> None:
    words = ["the", "U.S.-led", "coalition", "and", "a", "Vatican", "-", "owned", "hospital"]
    spaces = [True, True, True, True, True, False, False, True, False]
    ents = ["O", "O", "O", "O", "O", "B-FAC", "O", "O", "O"]
    ms = parse(geoparser, words, ents=ents, spaces=spaces)
    assert found(ms) == [("U.S.", "literal", "US"), ("Vatican", "literal", "VA")]
    assert (ms[0].start_char, ms[0].end_char) == (4, 8)  # the place, not the participle


def test_korea_alone_is_south_korea(geoparser: Any) -> None:
    words = ["The", "Korea", "Baseball", "Organization", "postponed", "games", "."]
    ms = parse(geoparser, words, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert found(ms) == [("Korea", "embedded", "KR")]


def test_a_name_no_entry_fits_that_belongs_to_a_person_is_dropped(geoparser: Any) -> None:
    words = ["Mohamed", "Salah", "scored", ".", "Many", "want", "to", "be", "the", "next", "Salah", "."]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 8 + ["B-GPE", "O"]
    assert [m.text for m in parse(geoparser, words, ents=ents)] == []
