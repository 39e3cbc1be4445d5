"""Round-3 coder rules on sentences we wrote, through the real pipeline (spaCy model): coordination,
allegations, conditions and purposes, generic descriptions, options and attitudes, event relatives,
PLOVER's AID/COOPERATE rules for forces, and verb-class coverage."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names, only

pytestmark = pytest.mark.model


def types(record: Any) -> list[str]:
    return [e.type for e in record.events]


def test_contrastive_coordination_keeps_subjects_apart(extract: Any) -> None:
    record = extract(
        "The chairman of the miners' union, Peter Banda, proposed on Monday to hold talks with the "
        "ministry if the lockout ended, but the labour minister, Grace Moyo, dismissed the proposal."
    )
    agree = only(record.events, "AGREE")
    reject = only(record.events, "REJECT")
    assert actor_names(record, agree.source) == ["Peter Banda"]
    assert actor_names(record, reject.source) == ["Grace Moyo"]
    # the offer is made, whatever its subject's clause-mate dismissed
    assert agree.modality.conditional and not agree.modality.hypothetical


def test_not_only_but_also_still_coordinates() -> None:
    from facta.events.syntax import contrastive
    from tests.events.conftest import T, build_state

    # Not only Kenya but also Uganda sent aid .
    toks = [
        T("Not", "PART", "neg", 2),
        T("only", "ADV", "advmod", 2),
        T("Kenya", "PROPN", "nsubj", 6),
        T("but", "CCONJ", "cc", 2),
        T("also", "ADV", "advmod", 5),
        T("Uganda", "PROPN", "conj", 2),
        T("sent", "VERB", "ROOT", 6),
        T("aid", "NOUN", "dobj", 6),
        T(".", "PUNCT", "punct", 6),
    ]
    state = build_state(toks)
    assert not contrastive(state.doc[5])


def test_finite_verb_after_subjunctive_complement_is_the_main_clause(extract: Any) -> None:
    record = extract(
        "The teachers' union demanded that the ministry restore the cut allowances within a month and "
        "threatened an indefinite strike if it refused."
    )
    threat = only(record.events, "THREATEN")
    request = only(record.events, "REQUEST")
    assert actor_names(record, threat.source) == actor_names(record, request.source)
    assert "ministry" not in actor_names(record, threat.source)
    assert threat.modality.conditional


def test_condition_inside_an_offer_is_no_act(extract: Any) -> None:
    record = extract(
        '"We will free the prisoners tomorrow, as long as the government releases our commander," the '
        "rebel spokesman said."
    )
    condition = next(e for e in record.events if e.evidence.trigger and e.evidence.trigger.text == "releases")
    assert condition.type == "RETREAT"
    assert condition.modality.hypothetical and not condition.modality.future


def test_purpose_of_an_act_is_not_a_threat(extract: Any) -> None:
    record = extract(
        "Riot police fired tear gas to disperse the students, a police spokesman said on Monday."
    )
    assert "THREATEN" not in types(record)


def test_generic_relative_clause_is_no_event(extract: Any) -> None:
    record = extract('The governor said he would never talk to "gangs that kidnap children".')
    assert "ASSAULT" not in types(record)
    record = extract("Police arrested the gang that kidnapped two children on Monday.")
    assert "ASSAULT" in types(record)


def test_content_of_an_accusation_is_not_reported_as_done(extract: Any) -> None:
    record = extract("The mayor accused the militia of burning three villages.")
    accuse = only(record.events, "ACCUSE")
    assert actor_names(record, accuse.target) == ["militia"]
    assert "ASSAULT" not in types(record)
    # condemnation presupposes its object: the killing is reported
    record = extract("The rights group condemned the killing of two reporters by soldiers.")
    accuse = only(record.events, "ACCUSE")
    assert actor_names(record, accuse.target) == ["soldiers"]
    assert "ASSAULT" in types(record)


def test_relative_clause_on_the_target_of_an_attack_tells_what_the_attack_did(extract: Any) -> None:
    record = extract(
        "Residents said an ambush on a police patrol that killed three officers happened at dawn."
    )
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert not any(record.actor(a).sector == "COP" for a in attacks[0].source)


def test_options_and_hopes_are_not_offers(extract: Any) -> None:
    record = extract("Norway is considering sending aid to the flood victims.")
    aid = only(record.events, "AID")
    assert aid.modality.hypothetical and "AGREE" not in types(record)
    record = extract("The minister said he hoped for new talks with the opposition.")
    talks = only(record.events, "CONSULT")
    assert talks.modality.hypothetical


def test_shared_opinion_is_no_agreement(extract: Any) -> None:
    record = extract("The senators said they agree with the governor that the budget is too small.")
    assert "AGREE" not in types(record)
    record = extract("The two parties agreed on Monday to form a coalition.")
    assert "AGREE" in types(record)


def test_forces_sent_for_peacekeeping_are_aid(extract: Any) -> None:
    record = extract("Ghana is deploying 400 troops to the UN peacekeeping mission in Mali.")
    assert "AID" in types(record) and "MOBILIZE" not in types(record)
    record = extract("Turkey deployed troops to the border with Syria on Monday.")
    assert "MOBILIZE" in types(record)


def test_joint_exercise_is_cooperation(extract: Any) -> None:
    record = extract("Egypt and Jordan held a joint military exercise near Aqaba on Sunday.")
    event = only(record.events, "COOPERATE")
    assert sorted(actor_names(record, event.source)) == ["Egypt", "Jordan"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Germany provided the Iraqi army with armoured vehicles.", "AID"),
        ("Sweden has earmarked 20 million euros in emergency aid for Yemen.", "AID"),
        ("Canada accepted 3,000 Syrian refugees last year.", "AID"),
        ("The government accepted the demands of the striking nurses.", "CONCEDE"),
        ("The United States lowered tariffs on steel imports from Mexico.", "CONCEDE"),
        ("The president declared a state of emergency in the capital on Friday.", "COERCE"),
        ("Protesters burned the national flag outside the embassy.", "PROTEST"),
        ("The two sides struck a deal on prisoner exchanges.", "AGREE"),
        ("The militants held the villagers as human shields.", "ASSAULT"),
    ],
)
def test_verb_class_coverage(extract: Any, text: str, etype: str) -> None:
    assert etype in types(extract(text))


def test_declining_comment_is_no_rejection(extract: Any) -> None:
    assert "REJECT" not in types(extract("The defence ministry declined to comment on the report."))
