"""Round-9 rules on sentences we wrote, through the real pipeline (spaCy model): rejecting or denying an
accusation is a denial of responsibility (CAMEO 016), not a refusal of the act alleged; a strike begun
or called by workers is a protest whatever light verb carries it; a past participle that describes its
noun ("a man armed with a knife") tells no arming."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import only

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
