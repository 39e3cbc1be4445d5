"""Names the small model mislabels: personal names tagged ORG, acronyms left unlabelled."""

from __future__ import annotations

from typing import Any

import pytest


def actors(pipeline: Any, text: str) -> dict[str, Any]:
    record = pipeline.extract(text, published="2024-05-02")
    return {a.name: a for a in record.actors}


@pytest.mark.model
def test_a_speaker_named_like_a_person_is_a_person(pipeline: Any) -> None:
    found = actors(pipeline, "GAROUA - Oumarou Bello Ndjidda said the militia would not hand over its guns.")
    assert found["Oumarou Bello Ndjidda"].kind == "person"


@pytest.mark.model
def test_organisation_words_keep_an_organisation(pipeline: Any) -> None:
    found = actors(pipeline, "The Ndjidda Salam Front said the militia would not hand over its guns.")
    assert all(a.kind != "person" for a in found.values())


@pytest.mark.model
def test_unlabelled_acronym_subject_is_an_organisation(pipeline: Any) -> None:
    found = actors(pipeline, "The KPLA rejected the truce on Friday, its spokesman Tun Aung said.")
    assert found["KPLA"].kind == "organization"
    spokesman = found["Tun Aung"]
    assert spokesman.affiliation == found["KPLA"].id


@pytest.mark.model
def test_economic_acronyms_are_not_actors(pipeline: Any) -> None:
    found = actors(pipeline, "Officials said GDP grew by two percent while the army stayed in its barracks.")
    assert "GDP" not in found
