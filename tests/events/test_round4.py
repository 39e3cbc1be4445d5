"""Round-4 coder rules on sentences we wrote, through the real pipeline (spaCy model): weapons are the
means, not the actor; a verb misattached under a reported clause keeps the reporter's subject; definite
nominal events that refer back are no new events; a superlative's domain and a city marched through are
no protest targets; an attempted road block is no protesters' violence; a town left is no recipient."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names, only

pytestmark = pytest.mark.model


def test_weapon_is_no_actor(extract: Any) -> None:
    record = extract(
        "A landmine struck a minibus near Kismayo on Friday, killing six passengers, police said."
    )
    attack = only(record.events, "ASSAULT")
    assert attack.mode == "explosives"
    names = actor_names(record, attack.source)
    assert "landmine" not in " ".join(names)
    assert all(
        record_actor.sector == "UAF" for record_actor in record.actors if record_actor.id in attack.source
    )
    # close to a town is not the town hit
    assert "Kismayo" not in actor_names(record, attack.target)


def test_conjoined_verb_under_reported_clause_keeps_reporter(extract: Any) -> None:
    record = extract("The ministry said the raids were legal and dismissed the report.")
    reject = only(record.events, "REJECT")
    assert actor_names(record, reject.source) == ["ministry"]


def test_complement_subject_that_can_act_is_kept(extract: Any) -> None:
    record = extract(
        "The two sides signed a trade deal and agreed to meet again in May, the foreign ministry said."
    )
    for event in record.events:
        if event.type == "AGREE":
            assert "foreign ministry" not in actor_names(record, event.source)


def test_definite_nominal_event_referring_back_is_dropped(extract: Any) -> None:
    record = extract(
        "Soldiers arrested 40 students in Kano on Monday. "
        "The governor said on Tuesday the arrests were necessary."
    )
    arrests = [e for e in record.events if e.type == "COERCE"]
    assert len(arrests) == 1
    assert actor_names(record, arrests[0].source) == ["Soldiers"]


def test_new_nominal_event_is_kept(extract: Any) -> None:
    record = extract(
        "Soldiers arrested 40 students in Kano on Monday. On Tuesday police made an arrest in Zaria."
    )
    assert len([e for e in record.events if e.type == "COERCE"]) == 2


def test_superlative_domain_and_city_marched_through_are_no_targets(extract: Any) -> None:
    record = extract(
        "Thousands of farmers marched through Nairobi on Friday, the biggest rally in Kenya this year."
    )
    protest = only(record.events, "PROTEST")
    assert actor_names(record, protest.source) == ["farmers"]
    assert protest.target == ()
    assert protest.acled is not None and protest.acled.sub_event_type == "Peaceful protest"


def test_attempted_road_block_dispersed_with_tear_gas_is_an_intervention(extract: Any) -> None:
    record = extract(
        "Hundreds of traders marched in Accra on Monday to protest against new taxes. "
        "Police fired tear gas to disperse traders who tried to block a road."
    )
    protest = next(e for e in record.events if e.type == "PROTEST")
    assert protest.acled is not None and protest.acled.sub_event_type == "Protest with intervention"


def test_blocking_roads_with_burning_tyres_is_violent(extract: Any) -> None:
    record = extract(
        "Hundreds of traders blocked roads with burning tyres in Accra on Monday "
        "to protest against new taxes."
    )
    protest = only(record.events, "PROTEST")
    assert protest.acled is not None and protest.acled.sub_event_type == "Violent demonstration"


def test_town_withdrawn_from_is_no_recipient(extract: Any) -> None:
    record = extract(
        "The rebels offered to open talks with the government if troops withdrew from the town of Kadugli."
    )
    retreat = only(record.events, "RETREAT")
    assert actor_names(record, retreat.source) == ["troops"]
    assert retreat.target == ()


def test_country_withdrawn_from_stays_recipient(extract: Any) -> None:
    record = extract("Israel pulled its troops out of Lebanon on Monday.")
    retreat = only(record.events, "RETREAT")
    assert actor_names(record, retreat.target) == ["Lebanon"]
