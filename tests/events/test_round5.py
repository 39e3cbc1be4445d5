"""Round-5 generalisation rules on sentences we wrote, through the real pipeline (spaCy model):
prison terms are no dates, fighting an ill is no assault, material aid verbs and nouns, suspensions of
links, disarmament by dropping weapons, and injuries received are no aid."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import only

pytestmark = pytest.mark.model


def types(record: Any) -> list[str]:
    return [e.type for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "A court sentenced the former governor to ten years in jail.",
        "The minister was sentenced on Friday to 20 months in prison for embezzlement.",
    ],
)
def test_prison_term_is_no_date(extract: Any, text: str) -> None:
    event = only(extract(text).events, "COERCE")
    assert event.mode == "arrest"


def test_sentence_without_term_is_no_event(extract: Any) -> None:
    # the companion words of "sentence" are still required
    assert "COERCE" not in types(extract("The editor sentenced the paragraph carefully."))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would fight the epidemic with new vaccines.",
        "The new mayor vowed to battle corruption in the city council.",
    ],
)
def test_fighting_an_ill_is_no_assault(extract: Any, text: str) -> None:
    assert "ASSAULT" not in types(extract(text))


def test_fighting_an_enemy_is_still_an_assault(extract: Any) -> None:
    assert "ASSAULT" in types(extract("The rebels fought government troops near the town."))


def test_transferred_aid(extract: Any) -> None:
    only(extract("The government transferred ten tons of food aid to the islands.").events, "AID")


def test_platoon_sent_to_a_peacekeeping_mission_is_aid(extract: Any) -> None:
    record = extract("Ghana is sending an army platoon to Mali to join the peacekeeping mission there.")
    only(record.events, "AID")
    assert "MOBILIZE" not in types(record)


@pytest.mark.parametrize(
    "text",
    [
        "Morocco suspended flights to eleven countries.",
        "The kingdom announced a suspension of air links with its neighbours.",
    ],
)
def test_suspended_links_are_a_sanction(extract: Any, text: str) -> None:
    only(extract(text).events, "SANCTION")


def test_dropped_weapons_is_disarmament(extract: Any) -> None:
    record = extract("The commander and his men dropped their weapons and surrendered to the army.")
    assert only(record.events, "RETREAT").mode == "disarm"
    assert "ASSAULT" not in types(record)


def test_dropped_bombs_is_still_an_assault(extract: Any) -> None:
    only(extract("Jets dropped bombs on the rebel camp.").events, "ASSAULT")


def test_mobilised_funds_are_aid(extract: Any) -> None:
    only(extract("The bank mobilised new funds for the flood victims.").events, "AID")


def test_injuries_received_are_no_aid(extract: Any) -> None:
    record = extract("A boy received injuries in a bomb blast in the market.")
    assert "AID" not in types(record)
    only(record.events, "ASSAULT")


def test_team_sent_to_investigate_is_an_investigation(extract: Any) -> None:
    record = extract("The ministry sent a team of engineers to the dam to investigate the collapse.")
    assert only(record.events, "ACCUSE").mode == "investigate"


def test_troops_sent_are_still_mobilised(extract: Any) -> None:
    only(extract("The army sent two battalions to the border.").events, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "The museum returned the stolen statue to Greece.",
        "A looted manuscript was returned to the national library by the police.",
    ],
)
def test_returning_something_is_a_release(extract: Any, text: str) -> None:
    assert only(extract(text).events, "RETREAT").mode == "release"


def test_coming_back_is_no_event(extract: Any) -> None:
    assert extract("The minister returned to Nairobi on Monday.").events == ()


def test_returned_fire_is_an_assault(extract: Any) -> None:
    only(extract("The guards returned fire and wounded two attackers.").events, "ASSAULT")


def test_workers_stopping_work_is_a_strike(extract: Any) -> None:
    record = extract("Some 800 dock workers stopped work on Monday to demand better pay.")
    assert only(record.events, "PROTEST").mode == "strike"
    assert "CONCEDE" not in types(record)


def test_giving_a_speech_in_a_city_is_no_concession(extract: Any) -> None:
    assert "CONCEDE" not in types(extract("The president gave a long speech in Nairobi."))
    only(extract("The council finally gave in to the demands of the tenants.").events, "CONCEDE")


def test_giving_access_is_a_retreat(extract: Any) -> None:
    record = extract("The army gave the inspectors access to the prison.")
    assert only(record.events, "RETREAT").mode == "access"


def test_frozen_assets_and_revoked_visas_are_sanctions(extract: Any) -> None:
    only(extract("The European Union froze the assets of the former minister.").events, "SANCTION")
    only(extract("The government revoked the visas of two foreign diplomats.").events, "SANCTION")


def test_house_arrest_and_custody_are_arrests(extract: Any) -> None:
    record = extract("The authorities placed the former mayor under house arrest.")
    assert only(record.events, "COERCE").mode == "arrest"


def test_blocking_media_is_censorship(extract: Any) -> None:
    assert only(extract("The government blocked access to social media.").events, "COERCE").mode == "censor"
    # blocking roads is still the protesters' obstruction
    assert only(extract("Farmers blocked the main road with tractors.").events, "PROTEST").mode == "obstruct"


def test_reopened_border_is_access(extract: Any) -> None:
    assert only(extract("The army reopened the border crossing.").events, "RETREAT").mode == "access"


def test_giving_approval_is_no_access(extract: Any) -> None:
    record = extract("The cabinet gave final approval for the deployment of police in the capital.")
    assert "RETREAT" not in types(record)
