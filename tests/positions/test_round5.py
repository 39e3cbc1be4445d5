"""Round 5: stance from the verb's frame (oppose by fighting, refuse by disowning, narrow by contrast,
scope or hedge, take back by denying a past agreement) and topic from a verb with its object."""

from __future__ import annotations

from typing import Any

import pytest


def stance(pipeline: Any, text: str) -> tuple[str | None, str | None]:
    rec = pipeline.extract(text, published="2026-05-04")
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == "said"]
    return st.stance, st.topic


@pytest.mark.model
def test_fighting_an_object_opposes_it_fighting_for_it_does_not(pipeline: Any) -> None:
    said = "Our alliance would fight any amnesty for the colonels, its leader, Rosa Quintero, said."
    assert stance(pipeline, said) == ("reject", "amnesty")
    said = "Our alliance will fight for independence, its leader, Rosa Quintero, said."
    assert stance(pipeline, said)[0] != "reject"


@pytest.mark.model
def test_wanting_nothing_to_do_with_an_accord_rejects_it(pipeline: Any) -> None:
    said = "The river militias will have nothing to do with the peace accord, their chief, Omar Deng, said."
    assert stance(pipeline, said) == ("reject", "peace deal")


@pytest.mark.model
def test_contrast_scope_and_hedge_qualify(pipeline: Any) -> None:
    said = (
        "Monitors will be allowed to question the guards but will have no access to the archives, "
        "the minister, Ana Ruiz, said."
    )
    assert stance(pipeline, said)[0] == "qualify"
    said = "The holiday truce does not extend to the smuggling gangs, the commander, Ali Musa, said."
    assert stance(pipeline, said) == ("qualify", "ceasefire")
    said = "Independence can wait until the harbour is rebuilt, the movement's leader, Tom Kalo, said."
    assert stance(pipeline, said) == ("qualify", "independence")


@pytest.mark.model
def test_denying_a_past_agreement_takes_it_back(pipeline: Any) -> None:
    said = "The front never signed any deal to hand over its rifles, its spokesman, Idris Tahir, said."
    assert stance(pipeline, said) == ("retract", "disarmament")


@pytest.mark.model
def test_staying_on_duty_in_a_dispute_rejects_a_strike(pipeline: Any) -> None:
    said = "Midwives will remain on duty while the pay talks go on, the midwives' union said."
    assert stance(pipeline, said) == ("reject", "strike")
