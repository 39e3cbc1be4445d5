"""ACLED round 2 (this session): weapons used are read whole, posts and bases are armed targets, and
the fallback for texts in which no ACLED-coded event was read. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from facta.evaluate.events import case_label, code_texts
from facta.events.classify import fallback_acled, weapon_acled
from facta.events.incident import incident_subtype
from facta.resources import read_data_tsv
from facta.state import DocState


def labels() -> dict[str, str]:
    return {r["sub_event_type"]: r["label"] for r in read_data_tsv("events/case2021_labels.tsv")}


def coded(pipeline: Any, text: str) -> DocState:
    state = code_texts(pipeline, [text])[0].state
    assert state is not None
    return state


def subtypes(extract: Any, text: str) -> tuple[set[str | None], list[Any]]:
    record = extract(text)
    found = {e.acled.sub_event_type for e in record.events if e.acled is not None}
    return found, [(e.type, e.mode, e.acled) for e in record.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subtype_"),
    [
        # a weapon "used" is no target: its premodifiers say what it was (launched, not hand-thrown)
        (
            "Insurgents used rocket-propelled grenades to destroy two army trucks near the bridge.",
            "Shelling/artillery/missile attack",
        ),
        # a police post or an army base is held by armed men: attacking it is a battle
        (
            "Rebel fighters attacked a police post and a market in the town on Sunday.",
            "Armed clash",
        ),
    ],
)
def test_weapons_used_and_armed_positions(extract: Any, text: str, subtype_: str) -> None:
    found, events = subtypes(extract, text)
    assert subtype_ in found, events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon in a text that tells of harm
        (
            "Landmines left in the fields have claimed dozens of victims this year.",
            "Remote explosive/landmine/IED",
        ),
        # a demonstration named with no event read; with a riot cue it is violent
        ("Thousands of students in a march through the centre.", "Peaceful protest"),
        ("Thousands of students in a march through the centre, and stone-throwing.", "Violent demonstration"),
        # clashes alone may be a battle; a weapon with no harm told is no attack; a strike of nature
        ("Fierce clashes near the airport.", None),
        ("A warehouse full of rifles and grenades.", None),
        ("A strong earthquake struck the coast.", None),
        # a platform is no weapon used when no attack was read: a crash is no air strike
        ("Twelve people died when a small aircraft went down in the hills.", None),
        # a named agreement between parties
        ("Both sides in the province now expect the truce to hold.", "Agreement"),
    ],
)
def test_fallback_for_texts_without_an_event(
    nlp: Any, events_lexicon: Any, text: str, expected: str | None
) -> None:
    doc = nlp(text)
    found = fallback_acled((list(s) for s in doc.sents), events_lexicon)
    assert (found[1] if found else None) == expected, found


@pytest.mark.model
def test_case_label_uses_the_fallback_only_without_an_event(pipeline: Any, events_lexicon: Any) -> None:
    state = coded(pipeline, "Mines left in the fields have claimed dozens of victims this year.")
    assert not [e for e in state.events if e.acled is not None]  # no event read: the fallback decides
    assert case_label(state, labels()) == "REM_EXPLOS"  # the record's incident (the stage has the lexicon)
    assert incident_subtype(state, events_lexicon) == "Remote explosive/landmine/IED"
    assert incident_subtype(state) is None  # without the lexicon, no fallback
    state = coded(pipeline, "Rebels fired mortars at the army base, killing two soldiers.")
    assert incident_subtype(state, events_lexicon) == incident_subtype(state)  # an event decides
    assert state.incident is not None and state.incident.sub_event_type == incident_subtype(state)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Travellers were evacuated after a blast near the gate.", "Remote explosive/landmine/IED"),
        ("Residents heard the roar of warplanes over the town.", "Air/drone strike"),
        # gunfire does not decide between attack and clash; a weapon that is not named gives nothing
        ("Residents heard gunfire near the gate.", None),
        ("Residents fled the town.", None),
        ("A helicopter flew over the town.", None),
    ],
)
def test_weapon_named_in_a_sentence(nlp: Any, events_lexicon: Any, text: str, expected: str | None) -> None:
    found = weapon_acled((list(s) for s in nlp(text).sents), events_lexicon)
    assert (found[1] if found else None) == expected, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the main attack names no weapon; the snippet's other sentence does
        (
            "Travellers hugged each other at the gate following their evacuation after a blast. "
            "Militants have hit the terminal of the airport, killing dozens of people.",
            "REM_EXPLOS",
        ),
        # only a faint reading of unnamed violence (what banners condemned): the demonstration decides
        (
            "the latest in a series of protests that have shaken the city for weeks. Students sat on the "
            "floor of the station and held up banners condemning police violence.",
            "PEACE_PROTEST",
        ),
        # the same attackers' assault on armed men, told next: what they attacked was defended
        (
            "Militants attacked a village near the border on Sunday, killing six people. "
            "The militants stormed an army post guarding a bridge in the village.",
            "ARMED_CLASH",
        ),
        # another side's clash is another incident
        (
            "Militants attacked a village near the border on Sunday, killing six people. "
            "Soldiers attacked rebels in another province.",
            "ATTACK",
        ),
        # explosions amid a battle stay a clash
        (
            "Travellers hugged each other at the gate following their evacuation after a blast. "
            "Militants attacked the army post at the airport, killing two soldiers.",
            "ARMED_CLASH",
        ),
    ],
)
def test_case_label_takes_a_weapon_of_another_sentence(
    pipeline: Any, events_lexicon: Any, text: str, label: str
) -> None:
    state = coded(pipeline, text)
    assert case_label(state, labels()) == label, [(e.type, e.mode, e.acled) for e in state.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subtype_"),
    [
        # projectiles at the police make a riot even when the police intervene; a time is no victim
        (
            "A man was pepper-sprayed by police after throwing bottles at officers "
            "on the second day of the march.",
            "Violent demonstration",
        ),
        # violence aimed at demonstrators is not theirs
        ("Police used tear gas against protesters in the square on Monday.", "Protest with intervention"),
    ],
)
def test_whose_violence_at_a_protest(extract: Any, text: str, subtype_: str) -> None:
    found, events = subtypes(extract, text)
    assert subtype_ in found, events


@pytest.mark.model
def test_verbal_abuse_is_no_violence(extract: Any) -> None:
    record = extract("Two men verbally abused a woman at the bus stop and one of them groped her.")
    types = [(e.type, e.acled.sub_event_type if e.acled else None) for e in record.events]
    assert ("ASSAULT", "Mob violence") not in types, types
    found, events = subtypes(
        extract, "Two men verbally abused a woman at the bus stop before one of them molested her."
    )
    assert found == {"Sexual violence"}, events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subtype_"),
    [
        # an arrest during the clashes of a protest is part of the riot; during a battle it is an arrest
        (
            "A student was arrested during clashes that broke out after police attacked a peaceful protest.",
            "Violent demonstration",
        ),
        ("Soldiers arrested two rebels during clashes near the border.", "Arrests"),
    ],
)
def test_an_arrest_during_clashes(extract: Any, text: str, subtype_: str) -> None:
    record = extract(text)
    arrests = [e.acled.sub_event_type for e in record.events if e.type == "COERCE" and e.acled is not None]
    assert arrests == [subtype_], [(e.type, e.mode, e.acled) for e in record.events]
