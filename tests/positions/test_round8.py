"""Round 8: stance from general grammar (a subject that names none of its kind, a verb of coverage that
leaves something out, a negated noun with an infinitive, a cue with a topic object), acts of handing in
by a titled name no stage listed, and staff who speak for the person they serve. Also the round-8 probe
pairs (written before the round's rules, in wording of our own): the no-flag pairs stay without a flag
and the pairs found stay found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facta.evaluate.positions import load_gold, score_case
from facta.model import Actor
from facta.positions import detect_flags, positions_from_records
from facta.positions.identity import identities
from tests.positions.conftest import person, record

PROBES = Path(__file__).parent / "data" / "probes_round8.jsonl"


def _stance(pipeline: Any, text: str, cue: str = "said") -> tuple[str | None, str | None]:
    rec = pipeline.extract(text, published="2032-02-10")
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == cue]
    return st.stance, st.topic


@pytest.mark.model
def test_a_subject_naming_none_of_its_kind_refuses(pipeline: Any) -> None:
    said = (
        "Not a single delegate of the union will attend the negotiations, its chairman, Tomas Rieger, said."
    )
    assert _stance(pipeline, said) == ("reject", "talks")
    said = "No detainee will be released before the vote, the interior minister, Lea Brandt, said."
    assert _stance(pipeline, said) == ("reject", "prisoner release")


@pytest.mark.model
def test_a_position_that_leaves_something_out_qualifies(pipeline: Any) -> None:
    said = "The ceasefire declared by the front does not cover the hills, its spokesman, Jon Arvik, said."
    assert _stance(pipeline, said) == ("qualify", "ceasefire")
    said = "The new amnesty leaves out the commanders of the militia, the minister, Rosa Tembe, said."
    assert _stance(pipeline, said) == ("qualify", "amnesty")
    # covering something is no narrowing
    said = "The ceasefire declared by the front covers the hills, its spokesman, Jon Arvik, said."
    assert _stance(pipeline, said)[0] != "qualify"


@pytest.mark.model
def test_no_reason_to_do_something_refuses_it(pipeline: Any) -> None:
    said = "The mayor, Ilse Varga, said she saw no reason to step down over the audit."
    assert _stance(pipeline, said) == ("reject", "resignation")


@pytest.mark.model
def test_proclaiming_a_truce_offers_it(pipeline: Any) -> None:
    rec = pipeline.extract("The Lakes Front proclaimed a truce on Sunday.", published="2032-02-10")
    assert [(s.stance, s.topic) for s in rec.statements if s.cue and s.cue.text == "proclaimed"] == [
        ("offer", "ceasefire")
    ]


@pytest.mark.model
def test_handing_in_a_resignation_is_an_act_also_by_a_titled_name_no_stage_listed(pipeline: Any) -> None:
    rec = pipeline.extract(
        "OSLAVA — Minister Okafor handed a letter of resignation to the prime minister on Friday.",
        published="2032-02-10",
    )
    assert [(s.stance, s.topic) for s in rec.statements if s.extractor == "stances.acts.v1"] == [
        ("support", "resignation")
    ]


def test_staff_speak_for_the_person_they_serve() -> None:
    president = person("a1", "Marta Oyelaran", role="president")
    later_president = person("a1", "Oyelaran", role="president")
    aide = person("a2", "Femi Adeyinka", role="chief of staff", affiliation="a1")
    first = record(
        "a", "2032-03-01", [president], [("a1", "offer", "amnesty", "all rebels will be pardoned")]
    )
    later = record(
        "b",
        "2032-03-20",
        [later_president, aide],
        [("a2", "qualify", "amnesty", "the pardon covers only those who surrender")],
    )
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert (flag.kind, flag.topic, flag.before.actor_key) == ("walk-back", "amnesty", "marta oyelaran")
    # a person attached to an organisation is not changed
    unrelated = person("a3", "Femi Adeyinka", role="spokesman")
    later = record(
        "b", "2032-03-20", [unrelated], [("a3", "qualify", "amnesty", "the pardon covers only some")]
    )
    assert detect_flags(positions_from_records([first, later])) == []


FOUND_AT_ROUND_8 = frozenset({"r02", "r04", "r07", "r09"})  # flags this round's rules find among the probes


@pytest.mark.model
def test_round8_probes_no_false_flags_and_found_flags_stay_found(pipeline: Any) -> None:
    for case in load_gold(PROBES.read_text(encoding="utf-8")):
        records = [pipeline.extract(a.text, published=a.published, title=a.title) for a in case.articles]
        flags = detect_flags(positions_from_records(records))
        score = score_case(flags, case.expected)
        assert score.fp == 0, case.id
        if case.id in FOUND_AT_ROUND_8:
            assert score.fn == 0, case.id


@pytest.mark.model
def test_people_held_in_custody_are_captives_and_not_one_of_them_refuses(pipeline: Any) -> None:
    said = "No rebel in the custody of the police will be freed this year, the minister, Ana Costa, said."
    assert _stance(pipeline, said) == ("reject", "prisoner release")
    said = "Not one of the sailors seized last week will be freed, the admiral, Piet Smit, said."
    assert _stance(pipeline, said) == ("reject", "prisoner release")


@pytest.mark.model
def test_every_one_of_is_the_whole_and_a_second_verb_shares_the_subject(pipeline: Any) -> None:
    said = (
        "The Green Union will contest every one of the 90 seats in the election, its leader, Ivo Rask, said."
    )
    assert _stance(pipeline, said) == ("offer", "election")
    said = "Relief flights will need a permit and may land only at the capital, the governor, Eli Dube, said."
    assert _stance(pipeline, said)[1] == "humanitarian access"  # "flights ... may land": aid moving


@pytest.mark.model
def test_a_person_typed_an_organisation_holds_the_role_in_the_organisation_named(pipeline: Any) -> None:
    first = pipeline.extract(
        "The Northern Farmers' Party will field candidates in every district in the election, its leader,"
        " Juhan Pärnsalu, said on Monday.",
        published="2032-04-01",
    )
    later = pipeline.extract(
        "The party will stand only in the two coastal districts in the election, the secretary-general of the"
        " Northern Farmers' Party, Meral Kasapoğlu, said on Friday.",
        published="2032-04-20",
    )
    flags = detect_flags(positions_from_records([first, later]))
    assert [(f.kind, f.topic, f.who) for f in flags] == [("walk-back", "election", "Northern Farmers' Party")]


def test_a_numbered_unit_speaks_for_the_force_it_belongs_to() -> None:
    army = Actor(id="o1", name="Lakeland Defence Forces", kind="organization")
    division = Actor(id="o2", name="4th Division", kind="organization", affiliation="o1")
    brigade = Actor(id="o3", name="Highland Brigade", kind="organization", affiliation="o1")
    general = person("a1", "Tomas Arvo", role="commander", affiliation="o2")
    colonel = person("a2", "Ines Kahl", role="commander", affiliation="o3")
    rec = record("a", "2032-05-01", [army, division, brigade, general, colonel], [])
    ids = identities(rec)
    assert ids["a1"].group_key == "lakeland defence forces"
    assert ids["a2"].group_key == "highland brigade"  # a unit with a name of its own is its own


@pytest.mark.model
def test_an_unsigned_communique_speaks_for_the_organisation_its_content_names(pipeline: Any) -> None:
    rec = pipeline.extract(
        "VALDORA — The Coastal Liberation Front will hand its weapons to a church commission, according to"
        " a communiqué sent on Monday to the newspaper Il Faro.",
        published="2032-05-02",
    )
    positions = positions_from_records([rec])
    assert [(p.actor_key, p.topic) for p in positions] == [("coastal liberation front", "disarmament")]
