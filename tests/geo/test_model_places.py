"""End to end with the real spaCy model on sentences we wrote."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def places(record: Any) -> dict[str, Any]:
    return {p.name: p for p in record.places}


def test_dateline_town_resolved_with_admin1(geo_pipeline: Any) -> None:
    text = (
        "KADUGLI, Sudan (Reuters) - Government troops shelled a rebel position outside Kadugli on "
        "Wednesday, killing three fighters, a military spokesman said in Khartoum."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    found = places(rec)
    kadugli = found["Kadugli"]
    assert (kadugli.geonameid, kadugli.country, kadugli.admin1, kadugli.feature) == (
        373141,
        "SDN",
        "South Kordofan",
        "city",
    )
    assert found["Sudan"].feature == "country"
    assert len(kadugli.mentions) == 2
    shelled = [e for e in rec.events if e.evidence.trigger and e.evidence.trigger.text == "shelled"]
    assert shelled and shelled[0].place == kadugli.id


def test_town_tagged_as_person_is_corrected(geo_pipeline: Any) -> None:
    text = (
        "Israeli air strikes killed five people in Khan Younis on Monday, the health ministry in Gaza said."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    found = places(rec)
    khan = next(p for p in found.values() if p.country == "PSE" and p.feature == "city" and "Kh" in p.name)
    killed = [e for e in rec.events if e.evidence.trigger and e.evidence.trigger.text == "killed"]
    assert killed and killed[0].place == khan.id
    assert "Israel" in found  # the adjective "Israeli" is a toponym mention


def test_article_context_disambiguates(geo_pipeline: Any) -> None:
    text = (
        "Police in Alexandria arrested two men on Friday after a fire on Dublin Road. "
        "The Rapides Parish sheriff said both were from Pineville, Louisiana."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    found = places(rec)
    assert found["Alexandria"].geonameid == 4314550
    assert found["Alexandria"].admin1 == "Louisiana"


def test_no_place_rather_than_a_wrong_one(geo_pipeline: Any) -> None:
    text = "The minister said in Geneva that rebels had attacked the convoy."
    rec = geo_pipeline.extract(text, published="2024-03-15")
    attacked = [e for e in rec.events if e.evidence.trigger and e.evidence.trigger.text == "attacked"]
    assert attacked and attacked[0].place is None


def test_unknown_dateline_town_keeps_its_country_and_places_the_event(geo_pipeline: Any) -> None:
    text = (
        "QWERTYVILLE, Sudan (Reuters) - Gunmen attacked a market on Tuesday, killing four "
        "traders, residents said."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    town = next(p for p in rec.places if p.name.upper() == "QWERTYVILLE")
    assert (town.geonameid, town.lat, town.country) == (None, None, "SDN")
    attacked = [e for e in rec.events if e.evidence.trigger and e.evidence.trigger.text == "attacked"]
    assert attacked and attacked[0].place == town.id  # event_place falls back to the dateline


def test_mid_text_dateline_places_an_event(geo_pipeline: Any) -> None:
    text = (
        "Officials declined to comment.\n\nMore news. MOSUL, Iraq (AP) - A car bomb exploded "
        "on Sunday, killing six people."
    )
    rec = geo_pipeline.extract(text, published="2024-03-15")
    mosul = next(p for p in rec.places if p.country == "IRQ" and p.feature == "city")
    assert mosul.name == "Mosul"
