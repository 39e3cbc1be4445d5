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
    # a denial of any link is no position on the talks
    said = "The shelling had nothing to do with the talks, the spokesman, Omar Deng, said."
    assert stance(pipeline, said)[0] != "reject"


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


def test_appositive_names() -> None:
    from facta.positions.mentions import appositive_name

    titles = frozenset({"general", "colonel"})
    assert appositive_name("the navy chief, Colonel Ana Ruiz Soto,", titles) == "Ana Ruiz Soto"
    assert appositive_name("Kenya's navy chief, Colonel Ruiz,", titles) is None
    assert appositive_name("the navy chief", titles) is None


def _flags(pipeline: Any, texts: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    from facta.positions import detect_flags, positions_from_records

    records = [pipeline.extract(t, published=d) for d, t in texts]
    return [(f.kind, f.topic, f.who) for f in detect_flags(positions_from_records(records))]


@pytest.mark.model
def test_the_party_of_its_press_officer_is_the_named_party(pipeline: Any) -> None:
    flags = _flags(
        pipeline,
        [
            (
                "2027-03-01",
                "The Highland Farmers Party will contest the county elections, its leader, Jane Mwangi, "
                "said.",
            ),
            (
                "2027-03-20",
                "The party will boycott the county elections, the Highland Farmers Party's press "
                "officer said.",
            ),
        ],
    )
    assert [(k, t) for k, t, _w in flags] == [("reversal", "election")]
    assert "Highland Farmers Party" in flags[0][2]


@pytest.mark.model
def test_a_role_only_minister_speaks_for_the_state_not_a_place_nearby(pipeline: Any) -> None:
    flags = _flags(
        pipeline,
        [
            (
                "2027-04-01",
                "Peru will not hold talks with the miners, its labour minister, Rosa Pari Quispe, said.",
            ),
            (
                "2027-04-15",
                "Peru is ready to hold talks with the miners in La Paz, the labour minister said after a "
                "visit to La Paz.",
            ),
        ],
    )
    assert [(k, t) for k, t, _w in flags] == [("reversal", "talks")]


@pytest.mark.model
def test_workers_at_their_posts_are_no_strike_one_official_in_post_no_resignation(pipeline: Any) -> None:
    said = "Pilots will stay at their posts until the mediation ends, the pilots' association said."
    assert stance(pipeline, said) == ("reject", "strike")
    said = "The governor will remain in his post until the inquiry ends, her deputy, Ana Ruiz, said."
    assert stance(pipeline, said) == ("reject", "resignation")


@pytest.mark.model
def test_nominating_ministers_is_a_power_sharing_commitment(pipeline: Any) -> None:
    said = "The Lowland Party will nominate two ministers to the executive, its leader, Omar Deng, said."
    assert stance(pipeline, said) == ("offer", "power sharing")


@pytest.mark.model
def test_a_union_named_with_a_plural_possessive_keeps_its_whole_name(pipeline: Any) -> None:
    flags = _flags(
        pipeline,
        [
            (
                "2027-05-02",
                "Nurses in state clinics will remain at their posts while the outbreak lasts, the general "
                "secretary of the Andean Nurses' Federation, Dr Rosa Pari Quispe, said on Monday.",
            ),
            (
                "2027-05-20",
                "Nurses will down tools from Friday, the president of the Andean Nurses' Federation, "
                "Luis Mamani Condori, said.",
            ),
        ],
    )
    assert [(k, t) for k, t, _w in flags] == [("reversal", "strike")]
    assert "Andean Nurses' Federation" in flags[0][2]


@pytest.mark.model
def test_letting_others_pass_is_an_offer_and_its_negation_a_refusal(pipeline: Any) -> None:
    said = "Relief lorries will be able to use the mountain road without being searched, the chief said."
    assert stance(pipeline, said) == ("offer", "humanitarian access")
    said = "Relief lorries will not be able to use the mountain road, the chief, Ali Musa, said."
    assert stance(pipeline, said) == ("reject", "humanitarian access")
