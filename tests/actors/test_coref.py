"""Later mentions resolved to the full actor: surnames, titles, definite descriptions, pronouns."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build


def test_surname_title_and_pronoun(run_actors: Any) -> None:
    doc = build([
        # Interior Minister Khalid Osman spoke .
        T("Interior", "PROPN", "compound", 1), T("Minister", "PROPN", "compound", 3),
        T("Khalid", "PROPN", "compound", 3, "B-PERSON"), T("Osman", "PROPN", "nsubj", 4, "I-PERSON"),
        T("spoke", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
        # Rebel leader Amos Dere offered talks .
        T("Rebel", "ADJ", "amod", 7), T("leader", "NOUN", "compound", 9),
        T("Amos", "PROPN", "compound", 9, "B-PERSON"), T("Dere", "PROPN", "nsubj", 10, "I-PERSON"),
        T("offered", "VERB", "ROOT", 10), T("talks", "NOUN", "dobj", 10, tag="NNS", lemma="talk"),
        T(".", "PUNCT", "punct", 10),
        # Dere said he was ready .   (the surname is not tagged as an entity)
        T("Dere", "PROPN", "nsubj", 14), T("said", "VERB", "ROOT", 14), T("he", "PRON", "nsubj", 16),
        T("was", "AUX", "ccomp", 14, lemma="be"), T("ready", "ADJ", "acomp", 16),
        T(".", "PUNCT", "punct", 14),
        # The minister rejected the offer .
        T("The", "DET", "det", 20), T("minister", "NOUN", "nsubj", 21), T("rejected", "VERB", "ROOT", 21),
        T("the", "DET", "det", 23), T("offer", "NOUN", "dobj", 21), T(".", "PUNCT", "punct", 21),
    ])  # fmt: skip
    r = run_actors(doc)
    dere = r.at("Dere")
    assert dere is not None and dere.name == "Amos Dere" and dere.sector == "REB" and dere.role == "leader"
    assert r.at("Dere", 1) == dere and r.at("he") == dere
    assert [m.text for m in dere.mentions] == ["Rebel leader Amos Dere", "Dere", "he"]
    osman = r.at("Osman")
    assert osman is not None and r.at("minister") == osman
    assert "coref:definite" in (osman.source or "") and len([a for a in r.actors if a.kind == "person"]) == 2


def test_definite_descriptions_refer_back(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 3), T("Kordofan", "PROPN", "compound", 3, "B-ORG"),
        T("Liberation", "PROPN", "compound", 3, "I-ORG"), T("Front", "PROPN", "nsubj", 4, "I-ORG"),
        T("attacked", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
        T("The", "DET", "det", 7), T("front", "NOUN", "nsubj", 8), T("said", "VERB", "ROOT", 8),
        T("the", "DET", "det", 10), T("group", "NOUN", "nsubj", 12), T("would", "AUX", "aux", 12),
        T("talk", "VERB", "ccomp", 8), T(".", "PUNCT", "punct", 8),
        T("The", "DET", "det", 15), T("rebels", "NOUN", "nsubj", 16, tag="NNS", lemma="rebel"),
        T("said", "VERB", "ROOT", 16), T("they", "PRON", "nsubj", 18), T("agreed", "VERB", "ccomp", 16),
        T(".", "PUNCT", "punct", 16),
    ])  # fmt: skip
    r = run_actors(doc)
    front = r.at("Front")
    assert front is not None and front.kind == "organization" and front.sector == "REB"
    assert (
        r.at("front") == front
        and r.at("group") == front
        and r.at("rebels") == front
        and r.at("they") == front
    )
    assert len(r.actors) == 1


def test_bare_definite_group_without_antecedent_is_dropped(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("group", "NOUN", "nsubj", 2), T("said", "VERB", "ROOT", 2),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert run_actors(doc).actors == []


def test_expletive_it_is_not_resolved(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2), T("said", "VERB", "ROOT", 2),
        T("it", "PRON", "nsubj", 4), T("is", "AUX", "ccomp", 2, lemma="be"), T("clear", "ADJ", "acomp", 4),
        T("that", "SCONJ", "mark", 8), T("talks", "NOUN", "nsubj", 8, tag="NNS", lemma="talk"),
        T("failed", "VERB", "ccomp", 4), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    r = run_actors(doc)
    assert r.at("ministry") is not None and r.at("it") is None


def test_it_refers_to_an_organisation(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2), T("said", "VERB", "ROOT", 2),
        T("it", "PRON", "nsubj", 5), T("would", "AUX", "aux", 5), T("act", "VERB", "ccomp", 2),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    r = run_actors(doc)
    ministry = r.at("ministry")
    assert ministry is not None and ministry.sector == "GOV" and r.at("it") == ministry


def test_possessive_pronoun_gives_the_country(run_actors: Any) -> None:
    doc = build([
        T("Syria", "PROPN", "nsubj", 1, "B-GPE"), T("offered", "VERB", "ROOT", 1),
        T("its", "PRON", "poss", 3, tag="PRP$"),
        T("troops", "NOUN", "dobj", 1, tag="NNS", lemma="troop"), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    r = run_actors(doc)
    syria, troops = r.at("Syria"), r.at("troops")
    assert syria is not None and r.at("its") == syria
    assert troops is not None and (troops.country, troops.sector) == ("SYR", "MIL")
    assert troops.affiliation == syria.id


def test_she_skips_a_man(run_actors: Any) -> None:
    doc = build([
        T("Mr", "PROPN", "compound", 1), T("Osman", "PROPN", "nsubj", 5, "B-PERSON"),
        T("and", "CCONJ", "cc", 1),
        T("Mrs", "PROPN", "compound", 4), T("Kal", "PROPN", "conj", 1, "B-PERSON"),
        T("met", "VERB", "ROOT", 5),
        T(".", "PUNCT", "punct", 5), T("She", "PRON", "nsubj", 8), T("left", "VERB", "ROOT", 8),
        T(".", "PUNCT", "punct", 8),
    ])  # fmt: skip
    r = run_actors(doc)
    assert r.at("She") == r.at("Kal") and r.at("Kal") is not None


def test_surname_after_a_name_particle(run_actors: Any) -> None:
    doc = build([
        T("Bashar", "PROPN", "compound", 1, "B-PERSON"), T("al-Assad", "PROPN", "nsubj", 2, "I-PERSON"),
        T("spoke", "VERB", "ROOT", 2), T(".", "PUNCT", "punct", 2),
        T("Assad", "PROPN", "nsubj", 5, "B-PERSON"), T("left", "VERB", "ROOT", 5),
        T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    r = run_actors(doc)
    assert r.at("Assad") is not None and r.at("Assad") == r.at("al-Assad")


def test_their_prefers_a_group_to_an_organisation(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2), T("moved", "VERB", "ROOT", 2),
        T("rebel", "ADJ", "amod", 4), T("fighters", "NOUN", "dobj", 2, tag="NNS", lemma="fighter"),
        T("and", "CCONJ", "cc", 4), T("their", "PRON", "poss", 7, tag="PRP$"),
        T("families", "NOUN", "conj", 4, tag="NNS", lemma="family"), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    r = run_actors(doc)
    assert r.at("their") is not None and r.at("their") == r.at("fighters")


def test_family_name_written_first(run_actors: Any) -> None:
    doc = build([
        # President Park Min Ho spoke .
        T("President", "PROPN", "compound", 3), T("Park", "PROPN", "compound", 3, "B-PERSON"),
        T("Min", "PROPN", "compound", 3, "I-PERSON"), T("Ho", "PROPN", "nsubj", 4, "I-PERSON"),
        T("spoke", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
        # Park resigned .   (the family name alone, not tagged)
        T("Park", "PROPN", "nsubj", 7), T("resigned", "VERB", "ROOT", 7), T(".", "PUNCT", "punct", 7),
    ])  # fmt: skip
    r = run_actors(doc)
    park = r.at("Park")
    assert park is not None and park.name == "Park Min Ho"
    assert r.at("Park", 1) == park


def test_given_name_of_a_long_name_is_no_family_name(run_actors: Any) -> None:
    doc = build([
        # Maria Luisa de la Cruz spoke . Maria resigned .
        T("Maria", "PROPN", "compound", 4, "B-PERSON"), T("Luisa", "PROPN", "compound", 4, "I-PERSON"),
        T("de", "PROPN", "compound", 4, "I-PERSON"), T("la", "PROPN", "compound", 4, "I-PERSON"),
        T("Cruz", "PROPN", "nsubj", 5, "I-PERSON"), T("spoke", "VERB", "ROOT", 5),
        T(".", "PUNCT", "punct", 5),
        T("Maria", "PROPN", "nsubj", 8), T("resigned", "VERB", "ROOT", 8), T(".", "PUNCT", "punct", 8),
    ])  # fmt: skip
    r = run_actors(doc)
    first = r.at("Maria")
    assert first is not None and first.name == "Maria Luisa de la Cruz"
    assert r.at("Maria", 1) != first
