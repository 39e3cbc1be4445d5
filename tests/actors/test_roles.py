"""Which actor is an event's source and which its target, with the real model, on sentences written
for these tests (the mechanisms counted on ConfliBERT's CAMEO spans: holders of nominal events,
reporters, passive agents, adjectives that are no actors)."""

from __future__ import annotations

from typing import Any

import pytest

from facta.model import Event, Record

pytestmark = pytest.mark.model


def names(record: Record, ids: tuple[str, ...]) -> list[str]:
    return [a.name for i in ids if (a := record.actor(i)) is not None]


def event_at(record: Record, trigger: str) -> Event:
    return next(e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == trigger)


def roles(pipeline: Any, text: str, trigger: str) -> tuple[list[str], list[str]]:
    record = pipeline.extract(text)
    event = event_at(record, trigger)
    return names(record, event.source), names(record, event.target)


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers in Mombasa began a general strike on Monday.",
        "The opposition called for a general election boycott.",
        "The prime minister made an official visit to Nairobi.",
    ],
)
def test_an_adjective_is_no_person(pipeline: Any, text: str) -> None:
    """ "a general strike", "an official visit": no general, no official."""
    record = pipeline.extract(text)
    assert not any(a.name.lower() in {"general", "official"} for a in record.actors)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("A car bombing by the rebel group killed nine villagers near Goma.", "killed", "rebel group"),
        ("The missiles fired by the Syrian army struck a school in Idlib.", "struck", "Syrian army"),
        ("Kenya's offensive killed dozens of fighters last week.", "killed", "Kenya"),
        ("Oxfam issued a statement calling on Ethiopian authorities to open the roads.", "calling", "Oxfam"),
        ("Amnesty International put out a report accusing the Malian army of killing villagers.", "accusing",
         "Amnesty International"),
        ("Thousands of Kenyans were converging on Thursday for a rally in Nairobi to protest the new taxes.",
         "protest", "Kenyans"),
    ],
)  # fmt: skip
def test_who_acts_through_a_thing(pipeline: Any, text: str, trigger: str, source: str) -> None:
    """A subject that cannot act (an act, a weapon, a document, a rally) acts for its holder."""
    got, _ = roles(pipeline, text, trigger)
    assert any(source in name for name in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana's government rejected accusations by Togo that its soldiers had crossed the border.", "Togo"),
        ("The Nepali government rejected an offer from India for talks on the border.", "India"),
        ("The court refused a request from the former minister to attend the hearing.", "minister"),
    ],
)
def test_rejected_what_someone_put_forward(pipeline: Any, text: str, target: str) -> None:
    """The recipient of a rejection is who made the accusation, offer or request ("by X", "from X")."""
    _, got = roles(pipeline, text, "rejected" if "rejected" in text else "refused")
    assert any(target in name for name in got), got


def test_closing_reporter_is_no_target(pipeline: Any) -> None:
    """ "..., a rights group charged": the reporter is not who was beaten."""
    source, target = roles(
        pipeline,
        "Prison guards beat Eritrean detainees in Tripoli, a human rights group charged on Friday.",
        "beat",
    )
    assert not any("rights group" in name for name in source + target), (source, target)
    assert any("detainees" in name for name in target)


def test_closing_protest_names_its_target(pipeline: Any) -> None:
    """ "X is failing to ..., a rights group protested": the group protests against X."""
    source, target = roles(
        pipeline,
        "Bolivian authorities are failing to protect the rights of indigenous miners, a human rights group "
        "protested on Monday.",
        "protested",
    )
    assert any("rights group" in name for name in source), source
    assert any("Bolivian authorities" in name for name in target), target


def test_force_aimed_at_whom_its_purpose_names(pipeline: Any) -> None:
    """ "opened fire to disperse X, killing one person": the fire was aimed at X first."""
    _, target = roles(
        pipeline,
        "Riot police opened fire to disperse striking dock workers on Monday, killing one man.",
        "opened",
    )
    assert target and "dock workers" in target[0], target


def test_where_it_happened_is_no_recipient_when_someone_is_named(pipeline: Any) -> None:
    """ "a car bomb in Mombasa killed two police officers": Mombasa is the place, not the target."""
    _, target = roles(pipeline, "A car bomb in Mombasa killed two police officers on Friday.", "killed")
    assert target and not any("Mombasa" in name for name in target), target
