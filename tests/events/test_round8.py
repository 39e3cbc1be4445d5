"""Round-8 rules on sentences we wrote, through the real pipeline (spaCy model): the holder of an
intention, plan or decision noun is the subject of its infinitive, and a Title Case headline is coded
from its sentence-cased reading."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Militants in Mali announced their intention to lay down arms.", "lay", ["Militants"]),
        ("The army's decision to withdraw troops from the border surprised observers.", "withdraw", ["army"]),
    ],
)
def test_holder_of_an_intention_noun_is_the_source(
    extract: Any, text: str, trigger: str, source: list[str]
) -> None:
    record = extract(text)
    event = next(e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == trigger)
    assert actor_names(record, event.source) == source


def test_someone_elses_decision_gives_no_source(extract: Any) -> None:
    record = extract("The envoy welcomed their decision to release the prisoners.")
    event = next(e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == "release")
    assert "envoy" not in actor_names(record, event.source)


def test_title_case_headline_gets_its_verb(extract: Any) -> None:
    record = extract("Militants Attack Army Convoy Near Border Town")
    assert [e.type for e in record.events] == ["ASSAULT"]
    assert record.events[0].evidence.trigger is not None
    assert record.events[0].evidence.trigger.text == "Attack"


def test_verbless_headline_parse_keeps_the_light_verb(extract: Any) -> None:
    # the small model reads "sign" as a modifier of "agreement" here; signing is SUPPORT, not AGREE
    record = extract("Iceland and Mauritius sign landmark peace agreement")
    assert [e.type for e in record.events] == ["SUPPORT"]


def test_light_verb_that_is_a_trigger_keeps_its_noun_in_a_verbless_parse(extract: Any) -> None:
    # "Ratifies" is read as a modifier of "Treaty": verb and noun must not absorb each other
    record = extract("Algeria Ratifies Treaty")
    assert [e.type for e in record.events] == ["SUPPORT"]
    assert actor_names(record, record.events[0].source) == ["Algeria"]


@pytest.mark.parametrize(
    "text", ["Teachers are on strike in the capital.", "Doctors have remained on strike for three weeks."]
)
def test_being_on_strike_is_a_protest(extract: Any, text: str) -> None:
    record = extract(text)
    assert [(e.type, e.mode) for e in record.events] == [("PROTEST", "strike")]
