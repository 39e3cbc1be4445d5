"""Round-6 rules on sentences we wrote, through the real pipeline (spaCy model): deaths from accidents,
disease, disasters or conditions are no ASSAULT (while fires set by someone, blasts and bombs stay
attacks), and nominal events of no particular occasion ("any use of ...", "an attack would be
unacceptable") are hypothetical."""

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
        "Crowded shelters led to fires caused by heating stoves, which have killed at least three children.",
        "Fires have killed at least two children in the camp this winter.",
        "Cholera has killed 40 people in the district since March.",
        "The cold killed three refugees on the border last week.",
        "A stampede killed twelve pilgrims near the shrine.",
        "Hunger has killed dozens of people in the besieged town.",
    ],
)
def test_natural_or_accidental_death_is_no_assault(extract: Any, text: str) -> None:
    assert "ASSAULT" not in types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The fire, which was set by militants, killed four villagers.",
        "The blast killed five people at the market.",
        "The explosion killed five soldiers near the base.",
        "Seven people were killed by army fire in the town.",
        "Government troops opened fire on protesters, killing three.",
    ],
)
def test_man_made_harm_stays_assault(extract: Any, text: str) -> None:
    only(extract(text).events, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The president had warned that any use of chemical weapons by the regime would cross a red line.",
        "Any attack on our troops would be met with force, the general said.",
        "An attack on the embassy would be unacceptable, the minister said.",
    ],
)
def test_supposed_nominal_event_is_hypothetical(extract: Any, text: str) -> None:
    event = only(extract(text).events, "ASSAULT")
    assert event.modality.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The use of chemical weapons by the regime killed hundreds of people.",
        "The attack on the embassy killed two guards.",
    ],
)
def test_reported_nominal_event_stays_factual(extract: Any, text: str) -> None:
    event = only(extract(text).events, "ASSAULT")
    assert not event.modality.hypothetical
