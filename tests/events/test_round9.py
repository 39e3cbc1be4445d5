"""Round-9 rules on sentences we wrote, through the real pipeline (spaCy model): rejecting or denying an
accusation is a denial of responsibility (CAMEO 016), not a refusal of the act alleged; a strike begun
or called by workers is a protest whatever light verb carries it; a past participle that describes its
noun ("a man armed with a knife") tells no arming."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names, only

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister rejected accusations that his ministry had armed the militia.",
        "The embassy denied charges that its staff had helped the smugglers.",
        "The provincial government denied the allegations of torture.",
        "Lisbon dismissed claims that it had sold rifles to the insurgents.",
    ],
)
def test_rejecting_an_accusation_is_a_denial(extract: Any, text: str) -> None:
    event = only(extract(text).events, "REJECT")
    assert event.cameo == "016"
    assert event.mode is None


@pytest.mark.parametrize(
    "text",
    [
        "The rebel leaders rejected the offer of talks.",
        "The cabinet rejected the commission's report.",
        "The ministry said the arrests were lawful and rejected the criticism.",
    ],
)
def test_rejecting_no_accusation_is_no_denial(extract: Any, text: str) -> None:
    event = only(extract(text).events, "REJECT")
    assert event.cameo != "016"


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers began a strike on Monday over unpaid wages.",
        "Bus drivers launched an indefinite strike in the capital.",
        "The protesters announced a strike for Friday.",
    ],
)
def test_a_strike_by_workers_is_a_protest(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text).events]
    assert "PROTEST" in types
    assert "ASSAULT" not in types


def test_a_strike_by_an_air_force_stays_an_attack(extract: Any) -> None:
    assert only(extract("The air force launched a strike on the rebel base.").events, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said a man armed with a knife stabbed two shoppers in the market.",
        "Fighters armed with rocket launchers attacked the village on Saturday.",
    ],
)
def test_armed_with_describes_the_attacker(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text).events]
    assert "AID" not in types
    assert "ASSAULT" in types


def test_arming_someone_is_still_aid(extract: Any) -> None:
    assert only(extract("The neighbouring state armed the rebels with rockets.").events, "AID")
    assert only(extract("Rebels armed by the neighbouring state attacked the port.").events, "AID")


def test_a_month_is_no_march(extract: Any) -> None:
    record = extract("An army offensive on the northern towns has displaced 80,000 people since March.")
    assert "PROTEST" not in [e.type for e in record.events]
    assert only(extract("Thousands of farmers marched on the capital in May.").events, "PROTEST")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Investigators said the cartel was responsible for the massacre in the valley.", "cartel"),
        ("Officials said the militia was behind the bombing of the bridge.", "militia"),
        ("The court found that the two officers were guilty of the murder.", "officers"),
    ],
)
def test_who_is_held_responsible_for_a_nominal_event_is_its_actor(
    extract: Any, text: str, actor: str
) -> None:
    record = extract(text)
    event = only(record.events, "ASSAULT")
    assert any(actor in name for name in actor_names(record, event.source))


def test_behind_a_place_is_no_responsibility(extract: Any) -> None:
    assert not extract("The soldiers were behind the wall of the old fort.").events


@pytest.mark.parametrize(
    "text",
    [
        "Torture has been used by the prison guards in the eastern region.",
        "The guards routinely employ torture against detainees.",
    ],
)
def test_using_torture_is_an_attack_by_the_user(extract: Any, text: str) -> None:
    record = extract(text)
    event = only(record.events, "ASSAULT")
    assert any("guards" in name for name in actor_names(record, event.source))


@pytest.mark.parametrize(
    "text",
    [
        "An alliance of trade unions protested and marched through the old town on Saturday.",
        "Hundreds of nurses protested outside the health ministry.",
    ],
)
def test_protesting_in_the_street_is_a_demonstration(extract: Any, text: str) -> None:
    types = [e.type for e in extract(text).events]
    assert "PROTEST" in types
    assert "ACCUSE" not in types


def test_a_diplomatic_protest_stays_an_accusation(extract: Any) -> None:
    assert only(
        extract("The foreign ministry protested to the ambassador over the incident.").events, "ACCUSE"
    )


def test_may_have_done_is_reported_not_supposed(extract: Any) -> None:
    event = only(extract("Foreign hackers may have launched attacks on the water utility.").events, "ASSAULT")
    assert not event.modality.hypothetical
    killed = only(extract("Soldiers may have killed dozens of villagers, witnesses said.").events, "ASSAULT")
    assert not killed.modality.hypothetical


@pytest.mark.parametrize("text", ["The blast could have killed hundreds.", "The rebels may attack the town."])
def test_could_have_and_may_stay_hypothetical(extract: Any, text: str) -> None:
    assert all(e.modality.hypothetical for e in extract(text).events)
