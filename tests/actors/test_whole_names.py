"""Whole organisation names at a plural possessive, and distinct organisations of one lexicon row, with
the real model on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def actors_pipeline(nlp: Any) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp, stages="actors", language_check=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Rural Medical Practitioners' Union said on Monday that its members would strike.",
         "Rural Medical Practitioners' Union"),
        ("The Kenya Nurses' Union called off the strike.", "Kenya Nurses' Union"),
        ("Leaders of the Farmers' Association met the minister.", "Farmers' Association"),
        ("The Andean Nurses' Federation demanded higher pay.", "Andean Nurses' Federation"),
        ("Later the Coastal Rail Drivers' Union said it would strike.", "Coastal Rail Drivers' Union"),
    ],
)  # fmt: skip
def test_plural_possessive_inside_a_name(actors_pipeline: Any, text: str, name: str) -> None:
    record = actors_pipeline.extract(text)
    assert name in [a.name for a in record.actors]
    whole = next(a for a in record.actors if a.name == name)
    assert any(m.text.endswith(name) for m in whole.mentions)


def test_country_possessive_stays_the_owner(actors_pipeline: Any) -> None:
    """ "the Philippines' foreign ministry": the country owns the ministry, it is no part of a name."""
    record = actors_pipeline.extract("The Philippines' Foreign Ministry summoned the envoy.")
    ministry = next(a for a in record.actors if "Foreign Ministry" in a.name)
    assert ministry.country == "PHL"


def test_organisations_sharing_a_lexicon_row_stay_apart(actors_pipeline: Any) -> None:
    """Two parties listed on one row of organizations.tsv are two actors, each under its own name."""
    record = actors_pipeline.extract("Democrats accused Republicans of blocking the bill.")
    names = {m.text: a.name for a in record.actors for m in a.mentions}
    assert names["Democrats"] == "Democratic Party"
    assert names["Republicans"] == "Republican Party"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Cuban Parliament President Esteban Lazo met the visiting delegation in Havana.", "Esteban Lazo")],
)
def test_a_name_after_a_title_is_a_person(actors_pipeline: Any, text: str, name: str) -> None:
    """A name the tagger calls an organisation is a person when a person's title stands before it."""
    record = actors_pipeline.extract(text)
    person = next(a for a in record.actors if name in a.name)
    assert person.kind == "person"
