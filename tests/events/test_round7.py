"""Round-7 rules on sentences we wrote, through the real pipeline (spaCy model): leaders of earlier
decades keep their country, "it" before an agentive adjective refers back, a trailing reporting clause
the parser made the frame's complement names no recipient, and target prepositions on a coordinated
object count."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names, only

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("President Reagan met the Soviet envoy on Tuesday.", "Reagan", "USA"),
        ("Chancellor Helmut Kohl arrived in Warsaw on Monday.", "Helmut Kohl", "DEU"),
        ("Mikhail Gorbachev called for an end to the fighting.", "Mikhail Gorbachev", "RUS"),
    ],
)
def test_leaders_of_earlier_decades_keep_their_country(
    extract: Any, text: str, name: str, country: str
) -> None:
    record = extract(text, published="1989-05-02")
    actor = next(a for a in record.actors if a.name == name)
    assert actor.country == country


def test_it_before_an_agentive_adjective_is_the_announcer(extract: Any) -> None:
    record = extract("The Kenyan government announced that it is ready to close the border.")
    event = next(e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == "ready")
    assert actor_names(record, event.source) == ["Kenyan government"]


def test_expletive_it_stays_expletive(extract: Any) -> None:
    record = extract("It is likely that the rebels will attack the town.")
    assert not any(a.name.lower() == "it" for a in record.actors)


def test_trailing_reporting_clause_is_no_recipient(extract: Any) -> None:
    record = extract(
        "The union leaders demanded the release of the detained students, "
        "diplomats quoted a statement as saying."
    )
    event = only(record.events, "REQUEST")
    assert "diplomats" not in actor_names(record, event.target)
    assert actor_names(record, event.target) == ["detained students"]


def test_target_preposition_on_a_coordinated_object(extract: Any) -> None:
    record = extract(
        "Government forces launched artillery, mortar and rocket fire against rebel camps near the border."
    )
    event = only(record.events, "ASSAULT")
    assert actor_names(record, event.target) == ["rebel"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister offered his condolences over the bombing that killed five people.",
        "The envoy offered his sympathy to the families of the soldiers killed in the ambush.",
    ],
)
def test_offered_condolences_is_no_offer_or_threat(extract: Any, text: str) -> None:
    got = [e.type for e in extract(text).events]
    assert "AGREE" not in got and "THREATEN" not in got, got


def test_theme_given_keeps_its_own_phrase(extract: Any) -> None:
    record = extract("The government pledged money over the attack on the village.")
    assert "THREATEN" not in [e.type for e in record.events]


def test_perform_is_a_light_verb(extract: Any) -> None:
    record = extract("The navies of Chile and Peru performed a joint exercise off the coast last week.")
    only(record.events, "COOPERATE")


def test_an_event_after_another_is_not_merged_with_it(extract: Any) -> None:
    record = extract(
        "Armed settlers set fire to the offices of the Palestinian council overnight "
        "following the killing of an Israeli man, residents said."
    )
    event = next(e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == "set")
    assert actor_names(record, event.target) == ["Palestinian council"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chechen rebels attacked a police post on Monday.", "RUS"),
        ("Tibetan monks protested against the new rules.", "CHN"),
    ],
)
def test_adjectives_of_peoples_name_their_state(extract: Any, text: str, country: str) -> None:
    record = extract(text)
    assert record.events[0].source
    assert record.actor(record.events[0].source[0]).country == country
