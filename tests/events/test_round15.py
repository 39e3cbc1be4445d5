"""Round-15 rules on sentences we wrote, through the real pipeline (spaCy model): background that
describes or characterises rather than reports (a characterising participle, a bare action noun under a
copula, a comparison adjunct) is no event; abstaining from an act negates it; the purpose infinitive of a past
act of coming out or sending in was done; sending in aircraft or troops is a deployment, not aid."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import only

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The old harbour, praised as a model of reconstruction, was quiet on Sunday.", "SUPPORT"),
        ("Looting had been a hallmark of the militia's rule in the province.", "ASSAULT"),
        (
            "Unlike the governor, who has repeatedly announced the defeat of the rebels, the general "
            "spoke cautiously.",
            "ASSAULT",
        ),
    ],
)
def test_background_description_is_no_event(extract: Any, text: str, etype: str) -> None:
    assert etype not in {e.type for e in extract(text).events}


def test_a_subordinating_for_is_no_companion_of_push(extract: Any) -> None:
    record = extract(
        "There is talk of a move to the capital for thousands of families pushed out of the border towns."
    )
    assert "REQUEST" not in {e.type for e in record.events}


def test_a_reduced_relative_with_an_agent_still_tells_the_act(extract: Any) -> None:
    record = extract("Two engineers kidnapped by the gunmen on Tuesday were found unharmed.")
    assert "ASSAULT" in {e.type for e in record.events}  # an abduction


@pytest.mark.parametrize(
    "text",
    [
        "The president persuaded the army to hold off from an assault on the port.",
        "The militia refrained from attacking the convoy on Friday.",
        "Government troops stopped short of storming the compound.",
    ],
)
def test_abstaining_from_an_act_negates_it(extract: Any, text: str) -> None:
    event = only(extract(text).events, "ASSAULT")
    assert event.modality.negated


def test_an_act_without_abstention_is_not_negated(extract: Any) -> None:
    event = only(extract("Government troops stormed the compound on Friday.").events, "ASSAULT")
    assert not event.modality.negated


@pytest.mark.parametrize(
    "text",
    [
        "Last month the gunmen emerged from the forest to kill 40 villagers in the district.",
        "The air force has sent in jets to bomb the rebel-held town.",
    ],
)
def test_purpose_of_a_past_sortie_was_done(extract: Any, text: str) -> None:
    event = only(extract(text).events, "ASSAULT")
    assert not event.modality.hypothetical


def test_purpose_of_other_acts_stays_intended(extract: Any) -> None:
    record = extract("Police fired tear gas to disperse the crowd in the square on Monday.")
    dispersals = [e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == "disperse"]
    assert all(e.modality.hypothetical for e in dispersals)


def test_sending_in_aircraft_is_a_deployment_not_aid(extract: Any) -> None:
    types = {
        e.type for e in extract("The government has sent in helicopters to attack the rebel camps.").events
    }
    assert "MOBILIZE" in types
    assert "AID" not in types


def test_sending_food_is_still_aid(extract: Any) -> None:
    types = {e.type for e in extract("The agency sent food and medicine to the flooded province.").events}
    assert "AID" in types


def test_a_failure_of_no_one_to_offer_is_a_judgement(extract: Any) -> None:
    record = extract("Their appeal grew out of the failure across the region to offer a fairer settlement.")
    assert not {"AGREE", "REJECT"} & {e.type for e in record.events}


def test_a_named_failure_to_offer_is_no_offer(extract: Any) -> None:
    record = extract("The talks collapsed after the failure of the ministry to offer new terms.")
    assert "AGREE" not in {e.type for e in record.events}


def test_a_dated_reduced_relative_is_news(extract: Any) -> None:
    record = extract("The hostages were freed under an accord signed in Geneva on Monday.")
    assert "SUPPORT" in {e.type for e in record.events}


def test_a_heart_attack_is_no_assault(extract: Any) -> None:
    record = extract("The former minister died of a heart attack in hospital on Tuesday.")
    assert "ASSAULT" not in {e.type for e in record.events}
