"""Round-11 rules on sentences we wrote, through the real pipeline (spaCy model): a common adjective
before an event noun names its domain, not a party ("military aid", "joint military exercises"), so the
recipient is who gets the aid (before a thing owned, "a rebel position", it still names the owner);
a threat that names no one in what it threatens is aimed at whoever its condition asks to act
("threatened to strike unless the government ..."); a participle carries the arguments of its event noun
("sanctions imposed on X"), unless it only relates ("based on"); an event noun object brings its own recipient
preposition ("reduced aid to its allies"); allies, partners, owners and counterparts are participants."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names, only

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Canada suspended military aid to Bolivia after the coup.", "SANCTION", "Bolivia"),
        ("Ottawa has suspended humanitarian aid to Honduras.", "SANCTION", "Honduras"),
        ("The White House offered some military assistance to Kenya.", "AGREE", "Kenya"),
    ],
)
def test_domain_adjective_is_no_recipient(extract: Any, text: str, etype: str, target: str) -> None:
    record = extract(text)
    event = only(record.events, etype)
    names = actor_names(record, event.target)
    assert any(target in n for n in names), names
    assert not any(n.lower() in {"military", "humanitarian"} for n in names), names


def test_domain_adjective_of_a_joint_drill_is_no_party(extract: Any) -> None:
    record = extract("Chile and Peru agreed to hold joint military exercises next spring.")
    event = only(record.events, "AGREE")
    names = actor_names(record, (*event.source, *event.target))
    assert "military" not in [n.lower() for n in names], names


def test_a_proper_adjective_still_names_a_party(extract: Any) -> None:
    record = extract("The navy attacked Iranian oil platforms in the Gulf.")
    event = only(record.events, "ASSAULT")
    countries = {record.actor(i).country for i in event.target}
    assert "IRN" in countries


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The dockers' union threatened to strike unless the government raised wages.", "government"),
        ("Farmers threatened to block the highways if Lisbon cut the subsidies.", "Lisbon"),
    ],
)
def test_threat_aimed_at_the_subject_of_its_condition(extract: Any, text: str, target: str) -> None:
    record = extract(text)
    event = only(record.events, "THREATEN")
    names = actor_names(record, event.target)
    assert any(target.lower() in n.lower() for n in names), names


def test_threat_with_a_named_target_keeps_it(extract: Any) -> None:
    record = extract("The militia threatened to kill the hostages unless the army withdrew.")
    event = only(record.events, "THREATEN")
    names = actor_names(record, event.target)
    assert any("hostages" in n.lower() for n in names), names


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("The council lifted the sanctions imposed on Laos in 2015.", "CONCEDE", "Laos"),
        ("Norway lifted the arms embargo placed on Nepal last year.", "CONCEDE", "Nepal"),
    ],
)
def test_participle_carries_the_noun_event_target(extract: Any, text: str, etype: str, target: str) -> None:
    record = extract(text)
    event = only(record.events, etype)
    assert target in actor_names(record, event.target)


def test_relational_participle_names_no_party(extract: Any) -> None:
    record = extract("Canada imposed sanctions on Peru based on reports from Lima.")
    event = only(record.events, "SANCTION")
    assert actor_names(record, event.target) == ["Peru"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan reduced economic aid to Pacific allies.", "allies"),
        ("Madrid reduced development aid to Andean partners.", "partners"),
    ],
)
def test_event_noun_object_brings_its_recipient(extract: Any, text: str, target: str) -> None:
    record = extract(text)
    event = only(record.events, "SANCTION")
    assert any(target in n for n in actor_names(record, event.target)), actor_names(record, event.target)
