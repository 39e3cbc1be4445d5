"""ACLED sub-event types from type, mode, topics and participant classes (acled.tsv), and the CASE 2021
snippet label (the main ACLED event with its refinements)."""

from __future__ import annotations

from typing import Any

import pytest

from facta.events.classify import Coded, acled_type


def subtype(lex: Any, coded: Coded, source: str | None = None, target: str | None = None) -> str | None:
    found = acled_type(coded, source, target, lex.acled)
    return found[1] if found else None


def test_a_chemical_weapon_decides_even_amid_clashes(events_lexicon: Any) -> None:
    coded = Coded("ASSAULT", mode="unconventional", topics={"clash"})
    assert subtype(events_lexicon, coded, "armed", "military") == "Chemical weapon"
    coded = Coded("ASSAULT", mode="suicide-attack", topics={"clash"})
    assert subtype(events_lexicon, coded, "armed", "military") == "Suicide bomb"
    # shelling during a battle stays a clash for ACLED
    coded = Coded("ASSAULT", mode="heavy-weapons", topics={"clash"})
    assert subtype(events_lexicon, coded, "armed", "military") == "Armed clash"


def test_attacks_on_property_without_deaths_are_property_destruction(events_lexicon: Any) -> None:
    assert subtype(events_lexicon, Coded("ASSAULT"), None, "property") == "Looting/property destruction"
    assert subtype(events_lexicon, Coded("ASSAULT"), "mob", "property") == "Looting/property destruction"
    # an armed group's attack on a building is an attack on the people in it
    assert subtype(events_lexicon, Coded("ASSAULT"), "armed", "property") == "Attack"
    lethal = Coded("ASSAULT", topics={"lethal"})
    assert subtype(events_lexicon, lethal, None, "property") == "Attack"
    # a weapon still decides, and gunfire at property is an attack
    bomb = Coded("ASSAULT", mode="suicide-attack")
    assert subtype(events_lexicon, bomb, None, "property") == "Suicide bomb"
    shots = Coded("ASSAULT", mode="firearms")
    assert subtype(events_lexicon, shots, None, "property") == "Attack"


def test_violence_by_civilians_against_demonstrators_is_mob_violence(events_lexicon: Any) -> None:
    assert subtype(events_lexicon, Coded("ASSAULT"), "mob", "protester") == "Mob violence"
    assert (
        subtype(events_lexicon, Coded("ASSAULT"), "police", "protester")
        == "Excessive force against protesters"
    )
    assert (
        subtype(events_lexicon, Coded("ASSAULT"), None, "protester") == "Excessive force against protesters"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a raid ("Other") yields to the attack reported with it
        (
            "Police came under a grenade attack while they were conducting a raid on a hideout of the group.",
            "GRENADE",
        ),
    ],
)
def test_case_label_refinements(pipeline: Any, text: str, label: str) -> None:
    from facta.evaluate.events import case_label, code_texts
    from facta.resources import read_data_tsv

    labels = {r["sub_event_type"]: r["label"] for r in read_data_tsv("events/case2021_labels.tsv")}
    state = code_texts(pipeline, [text])[0].state
    assert state is not None
    assert case_label(state, labels) == label, [(e.type, e.mode, e.acled) for e in state.events]


def test_taking_a_deserted_place_is_a_non_violent_transfer(events_lexicon: Any) -> None:
    taken = Coded("ASSAULT", topics={"capture", "unopposed"})
    assert subtype(events_lexicon, taken, "armed") == "Non-violent transfer of territory"
    assert subtype(events_lexicon, taken, "military") == "Non-violent transfer of territory"
    fought = Coded("ASSAULT", topics={"capture"})
    assert subtype(events_lexicon, fought, "armed") == "Non-state actor overtakes territory"
    assert subtype(events_lexicon, fought, "military") == "Government regains territory"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subtype_"),
    [
        # a cue inside a longer cue yields to it: anti-aircraft guns are ground weapons
        (
            "Rebels attacked army positions near the town using anti-aircraft guns.",
            "Shelling/artillery/missile attack",
        ),
        (
            "The militants seized a deserted army outpost near the border.",
            "Non-violent transfer of territory",
        ),
        (
            "Hundreds of protesters rallied in aggressive demonstrations in the capital.",
            "Violent demonstration",
        ),
        # an act named under another verb is its own event; one attached to the trigger tells the act
        ("Angry residents killed two men who they said tried to kidnap a teacher.", "Mob violence"),
        (
            "Gunmen attacked the staff quarters of the college, abducting two lecturers.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_acled_sub_types_end_to_end(extract: Any, text: str, subtype_: str) -> None:
    record = extract(text)
    found = {e.acled.sub_event_type for e in record.events if e.acled is not None}
    assert subtype_ in found, [(e.type, e.mode, e.acled) for e in record.events]


@pytest.mark.model
def test_a_finding_reported_is_no_weapons_seizure(extract: Any) -> None:
    record = extract("The army used chlorine in the attack on the town, investigators find.")
    found = {e.acled.sub_event_type for e in record.events if e.acled is not None}
    assert "Disrupted weapons use" not in found, found
    assert "Chemical weapon" in found, found
    record = extract("Police found a cache of weapons and explosives near the border.")
    found = {e.acled.sub_event_type for e in record.events if e.acled is not None}
    assert "Disrupted weapons use" in found, found


@pytest.mark.model
def test_an_act_inside_the_triggers_argument_tells_its_mode(extract: Any) -> None:
    # "an attempt to assassinate ... was thwarted": the assassination is what was stopped
    record = extract("An attempt to assassinate the regional governor was thwarted in the city, police said.")
    modes = {e.mode for e in record.events if e.type == "ASSAULT"}
    assert "targeted" in modes, [(e.type, e.mode) for e in record.events]
