"""The event coder on sentences we wrote, through the real pipeline (spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import actor_names, only

pytestmark = pytest.mark.model

# One sentence per PLOVER type, with the type, mode and CAMEO code we expect.
TYPES = [
    ("The two governments agreed to open a trade office in the capital next year.", "AGREE", None, "03"),
    ("The French foreign minister met his Kenyan counterpart in Nairobi on Tuesday.", "CONSULT", None, "04"),
    ("The European Union praised the new government for its reforms.", "SUPPORT", None, "05"),
    ("The government lifted the curfew in the northern province on Monday.", "CONCEDE", None, "08"),
    ("Kenya extradited two suspects to Uganda on Friday.", "COOPERATE", None, "063"),
    ("Japan donated 40 tonnes of medicine to the flood victims.", "AID", None, "07"),
    ("The rebels released 12 hostages on Sunday.", "RETREAT", "release", "084"),
    ("The opposition urged the president to release political prisoners.", "REQUEST", "yield", "025"),
    ("The ministry accused the rebels of attacking a convoy.", "ACCUSE", "allege", "112"),
    ("The government rejected the union's demand for higher wages.", "REJECT", None, "12"),
    ("The militia threatened to attack the town if the army advanced.", "THREATEN", "violence", "138"),
    ("Thousands of teachers marched through the capital on Saturday.", "PROTEST", "demo", "141"),
    ("The United States imposed sanctions on three banks.", "SANCTION", "discontinue", "163"),
    ("The army deployed troops along the border on Thursday.", "MOBILIZE", "troops", "154"),
    ("Police arrested 30 people in the city on Friday.", "COERCE", "arrest", "173"),
    ("Gunmen shot dead four villagers on Tuesday.", "ASSAULT", "firearms", "193"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "cameo"), TYPES, ids=[t[1] for t in TYPES])
def test_each_plover_type(extract: Any, text: str, etype: str, mode: str | None, cameo: str) -> None:
    record = extract(text)
    event = only(record.events, etype)
    assert event.mode == mode
    assert event.cameo is not None and event.cameo.startswith(cameo)
    assert event.coder == "events.rules.v1" and 0 < event.confidence <= 1


def test_source_target_and_compound(extract: Any) -> None:
    record = extract("Russia and China accused the United States of interference on Monday.")
    event = only(record.events, "ACCUSE")
    assert sorted(actor_names(record, event.source)) == ["China", "Russia"]
    assert [record.actor(a).country for a in event.target] == ["USA"]


def test_passive_with_agent(extract: Any) -> None:
    record = extract("The convoy was attacked by rebels near the border on Monday.")
    event = only(record.events, "ASSAULT")
    assert [record.actor(a).sector for a in event.source] == ["REB"]


def test_nominal_event_with_light_verb(extract: Any) -> None:
    record = extract("Israeli forces launched an air strike on a camp in Gaza on Monday.")
    event = only(record.events, "ASSAULT")
    assert event.mode == "aerial" and event.cameo == "195"
    assert event.acled is not None and event.acled.sub_event_type == "Air/drone strike"
    assert [record.actor(a).country for a in event.source] == ["ISR"]


@pytest.mark.parametrize(
    ("text", "etype", "flag"),
    [
        ("The army did not attack the village.", "ASSAULT", "negated"),
        ("The rebels could attack the capital within days.", "ASSAULT", "hypothetical"),
        ("Sudan would withdraw its troops if the blockade were lifted.", "AGREE", "conditional"),
        ("The two armies fought a long war in the region in 1982.", "ASSAULT", "historical"),
    ],
    ids=["negated", "hypothetical", "conditional", "historical"],
)
def test_modality(extract: Any, text: str, etype: str, flag: str) -> None:
    record = extract(text)
    event = only(record.events, etype)
    assert getattr(event.modality, flag), event.modality


def test_future_cooperation_is_an_agreement(extract: Any) -> None:
    record = extract("The two presidents will meet in Geneva next month.")
    assert only(record.events, "AGREE").cameo == "036"
    assert "CONSULT" not in {e.type for e in record.events}


def test_conditional_offer_is_not_a_withdrawal(extract: Any) -> None:
    record = extract("Sudan would withdraw its troops if the blockade were lifted.")
    assert "RETREAT" not in {e.type for e in record.events if e.modality.factual}


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("A suicide bomber killed 12 people at a market in the city on Friday.", "Suicide bomb"),
        ("A roadside bomb killed three soldiers near the town on Monday.", "Remote explosive/landmine/IED"),
        ("Rebels shelled the town with mortars on Sunday.", "Shelling/artillery/missile attack"),
        ("Police fired tear gas at protesters in the capital.", "Protest with intervention"),
        ("Gunmen abducted 20 schoolgirls from a village on Tuesday.", "Abduction/forced disappearance"),
        ("Government forces recaptured the town from the rebels on Sunday.", "Government regains territory"),
        ("Protesters threw stones at police and set cars on fire.", "Violent demonstration"),
        ("Police arrested 30 people in the city on Friday.", "Arrests"),
        ("The two sides signed a peace agreement in the capital.", "Agreement"),
    ],
)
def test_acled_mapping(extract: Any, text: str, sub_event_type: str) -> None:
    record = extract(text)
    found = {e.acled.sub_event_type for e in record.events if e.acled}
    assert sub_event_type in found, [(e.type, e.mode, e.acled) for e in record.events]


def test_example_article_events(extract: Any) -> None:
    from facta.examples import examples

    article = next(e for e in examples() if e.name == "02-protest-capital")
    record = extract(article.text, published=article.published)
    types = {e.type for e in record.events}
    assert {"PROTEST", "COERCE", "REQUEST"} <= types
    threat = only(record.events, "THREATEN")
    assert threat.modality.conditional or threat.mode == "restrict"


def test_natural_disasters_are_not_assaults(extract: Any) -> None:
    record = extract("A strong earthquake struck the region on Monday, killing at least 12 people.")
    assert "ASSAULT" not in {e.type for e in record.events}


def test_reporter_is_not_the_attacker(extract: Any) -> None:
    record = extract("Gunmen attacked a police post on Monday, the army said.")
    event = only(record.events, "ASSAULT")
    assert "army" not in [record.actor(a).name.lower() for a in event.source]


def test_routine_approval_is_no_event(extract: Any) -> None:
    record = extract("The city council approved a budget of 4 million euros for its libraries.")
    assert record.events == ()


def test_appeal_absorbs_what_it_asks_for(extract: Any) -> None:
    record = extract("The spokesman called on the government to release the detained journalists.")
    assert [e.type for e in record.events] == ["REQUEST"]
    assert record.events[0].mode == "yield" and record.events[0].cameo == "0253"


@pytest.mark.parametrize(
    "text",
    [
        "What the affair demonstrates is that the regime is ruthless.",
        "The report has been met with anger by the families.",
    ],
)
def test_senses_that_are_no_events(extract: Any, text: str) -> None:
    assert extract(text).events == ()


def test_purpose_is_not_a_report(extract: Any) -> None:
    record = extract("He went to Syria to fight the militants.")
    assert all(e.modality.hypothetical for e in record.events if e.type == "ASSAULT")
