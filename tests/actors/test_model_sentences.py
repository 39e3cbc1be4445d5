"""The actors stage with the real spaCy model, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from facta.model import Actor, Record

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def actors_pipeline(nlp: Any) -> Any:
    from facta.pipeline import load_pipeline

    return load_pipeline(nlp=nlp, stages="actors", language_check=False)


def by_mention(record: Record, text: str) -> Actor:
    return next(a for a in record.actors if any(m.text == text for m in a.mentions))


def test_spokesman_for_a_ministry(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Maria Okafor, a spokeswoman for the Nigerian foreign ministry, said on Monday that she "
        "had met the Ghanaian ambassador."
    )
    okafor = next(a for a in record.actors if a.name == "Maria Okafor")
    assert (okafor.country, okafor.sector, okafor.role) == ("NGA", "GOV", "spokeswoman")
    ministry = record.actor(okafor.affiliation)
    assert ministry is not None and ministry.country == "NGA"
    assert any(m.text == "she" for m in okafor.mentions)
    ambassador = next(a for a in record.actors if a.role == "ambassador")
    assert ambassador.country == "GHA"


def test_article_with_dateline_and_coreference(actors_pipeline: Any) -> None:
    text = (
        "JUBA, South Sudan (Reuters) - Gunmen attacked a convoy near the town of Yei on Friday, "
        "the army said. Army spokesman Lul Ruai Koang said the attackers fled. Koang said they "
        "would be found.\n"
    )
    record = actors_pipeline.extract(text)
    army = by_mention(record, "the army")
    assert (army.country, army.sector) == ("SSD", "MIL")
    koang = next(a for a in record.actors if a.name == "Lul Ruai Koang")
    assert (koang.country, koang.sector, koang.role) == ("SSD", "MIL", "spokesman")
    assert any(m.text == "Koang" for m in koang.mentions)
    assert not any(a.name in {"Reuters", "Yei"} for a in record.actors)


def test_demonym_troops_and_international_organisation(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract(
        "Kenyan troops serving with the African Union clashed with al-Shabaab fighters."
    )
    troops = by_mention(record, "Kenyan troops")
    assert (troops.country, troops.sector, troops.code) == ("KEN", "MIL", "KENMIL")
    au = next(a for a in record.actors if a.name == "African Union")
    assert au.country == "IGO"
    shabaab = next(a for a in record.actors if a.name == "al-Shabaab")
    assert (shabaab.country, shabaab.sector) == ("SOM", "REB")


def test_who_people_work_for_and_the_court_judges_sit_at(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract("Spies working for Iran were arrested in Baku on Monday.")
    assert by_mention(record, "Spies").country == "IRN"
    record = actors_pipeline.extract(
        "Judges at the International Criminal Court opened an inquiry on Friday."
    )
    assert by_mention(record, "Judges").country == "IGO"


def test_a_headline_pope_is_the_pope(actors_pipeline: Any) -> None:
    record = actors_pipeline.extract("Pope urges restraint as clashes spread in northern Mali")
    assert by_mention(record, "Pope").country == "VAT"
    record = actors_pipeline.extract("The poet Alexander Pope wrote about war.")
    assert by_mention(record, "Alexander Pope").country is None
