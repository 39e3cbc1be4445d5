"""Actor rules on hand-built parses: titles, appositives, affiliation chains, possessives, demonyms,
generic groups, metonyms, international organisations, compound actors and proxies."""

from __future__ import annotations

from typing import Any

from facta.actors import actors_at
from tests.actors.conftest import T, build


def test_title_and_country_of(run_actors: Any) -> None:
    doc = build([
        T("Foreign", "PROPN", "compound", 1), T("Minister", "PROPN", "compound", 3),
        T("Sergei", "PROPN", "compound", 3, "B-PERSON"), T("Lavrov", "PROPN", "nsubj", 6, "I-PERSON"),
        T("of", "ADP", "prep", 3), T("Russia", "PROPN", "pobj", 4, "B-GPE"),
        T("met", "VERB", "ROOT", 6), T("reporters", "NOUN", "dobj", 6, tag="NNS", lemma="reporter"),
        T(".", "PUNCT", "punct", 6),
    ])  # fmt: skip
    r = run_actors(doc)
    lavrov = r.at("Lavrov")
    assert lavrov is not None and lavrov.name == "Sergei Lavrov" and lavrov.kind == "person"
    assert (lavrov.role, lavrov.country, lavrov.sector, lavrov.code) == (
        "foreign minister",
        "RUS",
        "GOV",
        "RUSGOV",
    )
    assert r.at("Foreign") == lavrov and "title" in (lavrov.source or "")
    assert lavrov.mentions[0].text == "Foreign Minister Sergei Lavrov"
    russia = r.at("Russia")
    assert russia is not None and russia.kind == "country" and russia.country == "RUS"


def test_appositive_with_affiliation(run_actors: Any) -> None:
    doc = build([
        T("Ned", "PROPN", "compound", 1, "B-PERSON"), T("Price", "PROPN", "nsubj", 11, "I-PERSON"),
        T(",", "PUNCT", "punct", 1), T("a", "DET", "det", 4), T("spokesman", "NOUN", "appos", 1),
        T("for", "ADP", "prep", 4), T("the", "DET", "det", 9), T("US", "PROPN", "compound", 9),
        T("State", "PROPN", "compound", 9), T("Department", "PROPN", "pobj", 5),
        T(",", "PUNCT", "punct", 1), T("said", "VERB", "ROOT", 11),
        T("talks", "NOUN", "nsubj", 13, tag="NNS", lemma="talk"), T("failed", "VERB", "ccomp", 11),
        T(".", "PUNCT", "punct", 11),
    ])  # fmt: skip
    r = run_actors(doc)
    price = r.at("Price")
    state_dept = r.at("Department")
    assert price is not None and state_dept is not None and price is not state_dept
    assert (state_dept.country, state_dept.sector) == ("USA", "GOV")
    assert price.role == "spokesman" and price.affiliation == state_dept.id
    assert (price.country, price.sector) == ("USA", "GOV")
    assert r.at("spokesman") == price and "appositive" in (price.source or "")


def test_affiliation_chain_through_a_person(run_actors: Any) -> None:
    doc = build([
        T("An", "DET", "det", 1), T("aide", "NOUN", "nsubj", 7), T("to", "ADP", "prep", 1),
        T("U.S.", "PROPN", "compound", 6), T("President", "PROPN", "compound", 6),
        T("Joe", "PROPN", "compound", 6, "B-PERSON"), T("Biden", "PROPN", "pobj", 2, "I-PERSON"),
        T("said", "VERB", "ROOT", 7), T(".", "PUNCT", "punct", 7),
    ])  # fmt: skip
    r = run_actors(doc)
    biden, aide = r.at("Biden"), r.at("aide")
    assert biden is not None and aide is not None
    assert (biden.country, biden.sector, biden.role) == ("USA", "GOV", "president")
    assert aide.affiliation == biden.id and (aide.country, aide.sector) == ("USA", "GOV")
    assert "affiliation" in (aide.source or "")


def test_possessive_and_appositive_name(run_actors: Any) -> None:
    doc = build([
        T("Sudan", "PROPN", "poss", 3, "B-GPE"), T("'s", "PART", "case", 0),
        T("interior", "ADJ", "amod", 3), T("minister", "NOUN", "nsubj", 8), T(",", "PUNCT", "punct", 3),
        T("Khalid", "PROPN", "compound", 6, "B-PERSON"), T("Osman", "PROPN", "appos", 3, "I-PERSON"),
        T(",", "PUNCT", "punct", 3), T("rejected", "VERB", "ROOT", 8), T("the", "DET", "det", 10),
        T("offer", "NOUN", "dobj", 8), T(".", "PUNCT", "punct", 8),
    ])  # fmt: skip
    r = run_actors(doc)
    osman = r.at("Osman")
    assert osman is not None and osman.name == "Khalid Osman" and r.at("minister") == osman
    assert (osman.country, osman.sector, osman.role) == ("SDN", "GOV", "interior minister")
    sudan = r.at("Sudan")
    assert sudan is not None and sudan.kind == "country"


def test_demonyms_and_generic_groups(run_actors: Any) -> None:
    doc = build([
        T("Ethiopian", "ADJ", "amod", 1, "B-NORP"), T("troops", "NOUN", "nsubj", 5, tag="NNS", lemma="troop"),
        T("and", "CCONJ", "cc", 1), T("unknown", "ADJ", "amod", 4),
        T("gunmen", "NOUN", "conj", 1, tag="NNS", lemma="gunman"), T("attacked", "VERB", "ROOT", 5),
        T("protesters", "NOUN", "dobj", 5, tag="NNS", lemma="protester"), T("and", "CCONJ", "cc", 6),
        T("police", "NOUN", "conj", 6), T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    r = run_actors(doc)
    troops = r.at("troops")
    assert troops is not None and (troops.kind, troops.country, troops.sector) == ("group", "ETH", "MIL")
    assert troops.code == "ETHMIL" and r.at("Ethiopian") == troops
    gunmen, protesters, police = r.at("gunmen"), r.at("protesters"), r.at("police")
    assert gunmen is not None and gunmen.sector == "UAF"
    assert protesters is not None and protesters.sector == "CVL"
    assert police is not None and police.sector == "COP"
    assert len({troops.id, gunmen.id, protesters.id, police.id}) == 4


def test_rebel_factions_without_country(run_actors: Any) -> None:
    doc = build([
        T("Rebel", "ADJ", "amod", 1), T("factions", "NOUN", "nsubj", 2, tag="NNS", lemma="faction"),
        T("clashed", "VERB", "ROOT", 2), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    r = run_actors(doc)
    factions = r.at("factions")
    assert factions is not None and factions.sector == "REB" and factions.country is None
    assert factions.code == "---REB"


def test_former_official_is_elite(run_actors: Any) -> None:
    doc = build([
        T("Former", "ADJ", "amod", 1), T("President", "PROPN", "compound", 3),
        T("Askar", "PROPN", "compound", 3, "B-PERSON"), T("Akayev", "PROPN", "nsubj", 4, "I-PERSON"),
        T("resigned", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
    ])  # fmt: skip
    akayev = run_actors(doc).at("Akayev")
    assert akayev is not None and akayev.sector == "ELI" and akayev.role == "president"
    assert akayev.other_sectors == ("GOV",)


def test_metonyms_only_when_agentive(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("Kremlin", "PROPN", "nsubj", 2, "B-ORG"),
        T("rejected", "VERB", "ROOT", 2),
        T("the", "DET", "det", 4), T("plan", "NOUN", "dobj", 2), T(",", "PUNCT", "punct", 2),
        T("and", "CCONJ", "cc", 2), T("Washington", "PROPN", "nsubj", 8, "B-GPE"),
        T("said", "VERB", "conj", 2),
        T("it", "PRON", "nsubj", 11), T("would", "AUX", "aux", 11), T("respond", "VERB", "ccomp", 8),
        T("in", "ADP", "prep", 11), T("Washington", "PROPN", "pobj", 12, "B-GPE"),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    r = run_actors(doc)
    kremlin = r.at("Kremlin")
    assert kremlin is not None and (kremlin.country, kremlin.sector, kremlin.kind) == (
        "RUS",
        "GOV",
        "organization",
    )
    washington = r.at("Washington")
    assert washington is not None and (washington.country, washington.sector) == ("USA", "GOV")
    assert r.at("Washington", 1) is None  # a place, not an actor
    assert r.at("it") == washington


def test_international_organisations(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("UN", "PROPN", "nsubj", 5, "B-ORG"), T("and", "CCONJ", "cc", 1),
        T("Amnesty", "PROPN", "compound", 4, "B-ORG"), T("International", "PROPN", "conj", 1, "I-ORG"),
        T("condemned", "VERB", "ROOT", 5), T("the", "DET", "det", 7), T("attack", "NOUN", "dobj", 5),
        T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    r = run_actors(doc)
    un, amnesty = r.at("UN"), r.at("International")
    assert un is not None and un.country == "IGO" and un.code == "IGO"
    assert amnesty is not None and (amnesty.country, amnesty.sector, amnesty.code) == ("NGO", "SOC", "NGOSOC")


def test_compound_actor_split_by_country(run_actors: Any) -> None:
    doc = build([
        T("Senior", "ADJ", "amod", 4), T("Hungarian", "ADJ", "amod", 4, "B-NORP"), T("and", "CCONJ", "cc", 1),
        T("Romanian", "ADJ", "conj", 1, "B-NORP"),
        T("officials", "NOUN", "nsubj", 5, tag="NNS", lemma="official"),
        T("agreed", "VERB", "ROOT", 5), T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    r = run_actors(doc)
    both = actors_at(r.state, 4)
    assert sorted((a.country, a.sector) for a in both) == [("HUN", "GOV"), ("ROU", "GOV")]
    romanian = r.at("Romanian")
    assert romanian is not None and romanian.country == "ROU"
    assert r.at("officials") is not None and r.at("officials").country == "HUN"  # type: ignore[union-attr]


def test_modifier_names_the_actor_of_a_non_actor_phrase(run_actors: Any) -> None:
    doc = build([
        T("Israeli", "ADJ", "amod", 2, "B-NORP"), T("air", "NOUN", "compound", 2),
        T("strikes", "NOUN", "nsubj", 3, tag="NNS", lemma="strike"), T("killed", "VERB", "ROOT", 3),
        T("five", "NUM", "dobj", 3), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    r = run_actors(doc)
    israel = r.at("strikes")
    assert israel is not None and israel.kind == "country" and israel.country == "ISR"
    assert [m.text for m in israel.mentions] == ["Israeli"]


def test_ethnic_demonym_is_not_a_country(run_actors: Any) -> None:
    doc = build([
        T("ethnic", "ADJ", "amod", 1), T("Albanians", "PROPN", "nsubj", 2, "B-NORP", tag="NNPS"),
        T("protested", "VERB", "ROOT", 2), T("in", "ADP", "prep", 2),
        T("Serbia", "PROPN", "pobj", 3, "B-GPE"),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    albanians = run_actors(doc).at("Albanians")
    assert albanians is not None and albanians.country == "SRB"  # where they live, from the context


def test_token_view_heads_match_the_parse() -> None:
    from facta.actors.tokens import Tokens

    doc = build([
        T("The", "DET", "det", 1), T("army", "NOUN", "nsubj", 2), T("said", "VERB", "ROOT", 2),
        T("it", "PRON", "nsubj", 4), T("fought", "VERB", "ccomp", 2), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    tv = Tokens(doc)
    assert tv.head == [t.head.i for t in doc] and tv.root(0, 2) == 1 and tv.root(3, 5) == 4
    assert [tv.left_edge(i) for i in range(len(doc))] == [t.left_edge.i for t in doc]
    assert [tv.right_edge(i) for i in range(len(doc))] == [t.right_edge.i for t in doc]
    assert tv.lefts(2) == [t.i for t in doc[2].lefts] and tv.span_text(0, 3) == doc[0:3].text


def test_from_after_a_movement_is_not_origin(run_actors: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("withdrawal", "NOUN", "nsubj", 6), T("of", "ADP", "prep", 1),
        T("troops", "NOUN", "pobj", 2, tag="NNS", lemma="troop"), T("from", "ADP", "prep", 3),
        T("Panama", "PROPN", "pobj", 4, "B-GPE"), T("began", "VERB", "ROOT", 6),
        T(".", "PUNCT", "punct", 6),
        T("Soldiers", "NOUN", "nsubj", 11, tag="NNS", lemma="soldier"), T("from", "ADP", "prep", 8),
        T("Kenya", "PROPN", "pobj", 9, "B-GPE"), T("arrived", "VERB", "ROOT", 11),
        T(".", "PUNCT", "punct", 11),
    ])  # fmt: skip
    r = run_actors(doc)
    troops, soldiers = r.at("troops"), r.at("Soldiers")
    assert troops is not None and soldiers is not None
    assert soldiers.country == "KEN" and soldiers.source == "generic"
    assert "context" in (troops.source or "")  # not from "from Panama" (only the weak sentence fallback)


def test_country_at_falls_back_to_the_place(run_actors: Any) -> None:
    from facta.actors import country_at

    doc = build([
        T("Rebels", "NOUN", "nsubj", 1, tag="NNS", lemma="rebel"),
        T("shelled", "VERB", "ROOT", 1, lemma="shell"),
        T("Juba", "PROPN", "dobj", 1, "B-GPE"), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    r = run_actors(doc)
    assert r.at("Juba") is None and country_at(r.state, 2) is None  # the city, not its government
    place = r.state.places.add(name="Juba", country="SSD")
    r.state.places.index_tokens(place, 2, 3)
    assert country_at(r.state, 2) == "SSD" and r.at("Rebels") is not None
