"""Known leaders, generic organisation nouns, organisation heads, capitalised titles and places named
only as locations: unit tests on the lexicons and model tests on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from facta.model import Record


def test_leader_terms_follow_the_publication_date(lexicon: Any) -> None:
    biden = lexicon.leader("Joe Biden", 20230911)
    assert biden is not None and (biden.country, biden.role, biden.sector) == ("USA", "president", "GOV")
    assert biden.covers(20230911) and not biden.covers(20160101)
    assert lexicon.leader("Abiy Ahmed", 20230911).country == "ETH"
    assert lexicon.leader("Mark Rutte", 20200601).country == "NLD"
    assert lexicon.leader("Mark Rutte", 20250601).country == "IGO"
    assert lexicon.leader("Mark Rutte", None).country == "IGO"  # no date: the most recent office
    assert lexicon.leader("Ahmed", 20230911) is None  # common surnames are not listed alone


def test_generic_org_nouns_table(lexicon: Any) -> None:
    words, sectors = lexicon.org_nouns["union"]
    assert "congress" in words and "LAB" in sectors
    assert "REB" not in lexicon.org_nouns["army"][1]  # "the army" is never a rebel group


def test_new_org_heads_are_bound_roles(lexicon: Any) -> None:
    for head in ("agency", "commission", "committee"):
        entry = next(e for e in lexicon.role_candidates(head) if e.term == head)
        assert (entry.sector, entry.kind) == ("GOV", "org") and entry.has("bound")


@pytest.fixture(scope="module")
def actors_pipeline(nlp: Any) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp, stages="actors", language_check=False)


def named(record: Record, name: str) -> Any:
    return next(a for a in record.actors if a.name == name)


@pytest.mark.model
def test_known_leader_keeps_his_country_in_a_foreign_story(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Ugandan police detained three opposition figures in Kampala on Monday. An adviser to "
        "President Emmanuel Macron said Paris was following the case. Yoweri Museveni did not comment.",
        published="2021-05-10",
    )
    macron = named(record, "Emmanuel Macron")
    assert (macron.country, macron.sector, macron.role) == ("FRA", "GOV", "president")
    adviser = next(a for a in record.actors if a.role == "adviser")
    assert adviser.country == "FRA" and adviser.affiliation == macron.id
    museveni = named(record, "Yoweri Museveni")  # no title: the lexicon gives country, office, sector
    assert (museveni.country, museveni.role, museveni.sector) == ("UGA", "president", "GOV")


@pytest.mark.model
def test_country_possessor_and_noun_modified_agency(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Voting was slow across Kenya on Tuesday. The country's electoral agency said turnout was low."
    )
    agency = named(record, "electoral agency")
    assert (agency.kind, agency.country, agency.sector) == ("organization", "KEN", "GOV")


@pytest.mark.model
def test_city_council_is_an_organisation(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract("The city council approved a new parking plan on Thursday.")
    council = named(record, "city council")
    assert (council.kind, council.country, council.sector) == ("organization", None, "GOV")


@pytest.mark.model
def test_bare_agency_without_modifier_is_no_actor(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract("He said the agency would look into it.")
    assert not any(a.name == "agency" for a in record.actors)


@pytest.mark.model
def test_generic_union_refers_to_the_named_union(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "The Kenya National Union of Teachers called a strike on Monday. Wilson Sossion, the union's "
        "secretary general, said classes would stop."
    )
    knut = named(record, "Kenya National Union of Teachers")
    sossion = named(record, "Wilson Sossion")
    assert sossion.affiliation == knut.id
    assert not any(a.name == "union" for a in record.actors)


@pytest.mark.model
def test_capitalised_title_and_possessor_country(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Tanzania's Home Affairs Minister Hamad Masauni said the ban would stay."
    )
    minister = named(record, "Hamad Masauni")
    tanzania = named(record, "Tanzania")
    assert (minister.role, minister.country, minister.affiliation) == (
        "home affairs minister",
        "TZA",
        tanzania.id,
    )


@pytest.mark.model
def test_town_named_only_as_a_location_is_no_actor(pipeline: Any) -> None:
    record = pipeline.extract(
        "A roadside bomb hit an army truck near Kassala on Sunday, the military said. Rebels withdrew "
        "from the town of Kosti on Monday.",
        published="2024-02-12",
    )
    assert not any(a.name in {"Kassala", "Kosti"} for a in record.actors)
    retreat = next(e for e in record.events if e.type == "RETREAT")
    assert not retreat.target


@pytest.mark.model
def test_bare_officers_take_the_only_armed_force(actors_pipeline: Any) -> None:
    police_story = actors_pipeline.extract(
        "Police used water cannon against students in Accra on Friday. A spokesman said the officers "
        "had followed orders."
    )
    officers = next(a for a in police_story.actors if a.name == "officers")
    assert officers.sector == "COP"
    mixed = actors_pipeline.extract(
        "Police and soldiers fought gunmen in Accra on Friday. A spokesman said the officers "
        "had followed orders."
    )
    officers = next(a for a in mixed.actors if a.name == "officers")
    assert officers.sector is None  # several armed forces: whose officers is unknown


@pytest.mark.model
def test_an_untagged_surname_that_speaks_is_a_person(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Adeyemi said on Tuesday there would be no talks with the militia.", published="2025-03-17"
    )
    assert [(a.name, a.kind) for a in record.actors if a.name == "Adeyemi"] == [("Adeyemi", "person")]


@pytest.mark.model
def test_a_name_after_a_role_of_an_organisation_names_the_role_holder(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "A commander of the Red Hills Brigade, Tomas Aleka, said on Monday the group would accept a truce.",
        published="2024-06-03",
    )
    person = named(record, "Tomas Aleka")
    assert person.role == "commander" and person.affiliation == named(record, "Red Hills Brigade").id
    assert not [a for a in record.actors if a.name == "commander"]


@pytest.mark.model
def test_a_collective_possessor_inside_an_organisation_name_keeps_one_name(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "The Kenya Farmers' Union said on Monday it would strike.", published="2024-06-03"
    )
    assert "Kenya Farmers' Union" in [a.name for a in record.actors]
    record = actors_pipeline.extract(
        "Save the Children's Syria director said on Monday.", published="2024-06-03"
    )
    assert "Save the Children" in [a.name for a in record.actors]


@pytest.mark.model
def test_a_first_name_the_tagger_left_out_joins_the_name(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Somalia's state minister for defence, Abdikarim Farah Gedi, said troops would leave.",
        published="2024-06-03",
    )
    assert "Abdikarim Farah Gedi" in [a.name for a in record.actors]


@pytest.mark.model
def test_a_spokesman_titled_by_an_armed_force_speaks_for_it(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Police fired tear gas, police spokesman Ade Bello said. The army shelled the town, a military "
        "spokesman said.",
        published="2024-06-03",
    )
    bello = named(record, "Ade Bello")
    assert bello.affiliation == named(record, "Police").id
    spokesman = named(record, "military spokesman")
    assert spokesman.affiliation == named(record, "army").id


@pytest.mark.model
def test_a_count_and_its_qualifier_are_no_part_of_a_group_name(pipeline: Any) -> None:
    record = pipeline.extract(
        "Gunmen killed at least two children and more than 40 villagers.", published="2024-06-03"
    )
    names = {a.name for a in record.actors}
    assert {"children", "villagers"} <= names and not any("least" in n or "than" in n for n in names)
