"""Coder rules on hand-built parses (no model): arguments, frames, modality, mappings, statements."""

from __future__ import annotations

from typing import Any

from facta.model import Span, When
from facta.state import TimeExpr
from tests.events.conftest import A, T, build_state, only, statement

P = ("PUNCT", "punct")


def test_active_verb_codes_type_mode_actors_cameo_and_acled(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 1),
            T("shelled", "VERB", "ROOT", 1, lemma="shell"),
            T("Lebanon", "PROPN", "dobj", 1),
            T(".", *P, 1),
        ],
        [A(0, 1, country="SYR"), A(2, 3, country="LBN")],
    )
    (event,) = code(state)
    assert (event.type, event.mode, event.cameo) == ("ASSAULT", "heavy-weapons", "194")
    assert event.acled is not None and event.acled.sub_event_type == "Shelling/artillery/missile attack"
    assert [state.actors.get(a).name for a in event.source] == ["Syria"]
    assert [state.actors.get(a).name for a in event.target] == ["Lebanon"]
    assert event.evidence.trigger is not None and event.evidence.trigger.text == "shelled"
    assert event.coder == "events.rules.v1" and event.modality.factual


def test_passive_with_agent_swaps_roles(code: Any) -> None:
    state = build_state(
        [
            T("Lebanon", "PROPN", "nsubjpass", 2),
            T("was", "AUX", "auxpass", 2, lemma="be"),
            T("attacked", "VERB", "ROOT", 2, tag="VBN", lemma="attack"),
            T("by", "ADP", "agent", 2),
            T("Syria", "PROPN", "pobj", 3),
            T(".", *P, 2),
        ],
        [A(0, 1, country="LBN"), A(4, 5, country="SYR")],
    )
    event = only(code(state), "ASSAULT")
    assert [state.actors.get(a).name for a in event.source] == ["Syria"]
    assert [state.actors.get(a).name for a in event.target] == ["Lebanon"]


def test_compound_actors_stay_one_event(code: Any) -> None:
    state = build_state(
        [
            T("Russia", "PROPN", "nsubj", 3),
            T("and", "CCONJ", "cc", 0),
            T("China", "PROPN", "conj", 0),
            T("accused", "VERB", "ROOT", 3, lemma="accuse"),
            T("Japan", "PROPN", "dobj", 3),
            T(".", *P, 3),
        ],
        [A(0, 1, country="RUS"), A(2, 3, country="CHN"), A(4, 5, country="JPN")],
    )
    events = code(state)
    assert len(events) == 1
    (event,) = events
    assert (event.type, event.mode, event.cameo) == ("ACCUSE", "allege", "112")
    assert [state.actors.get(a).name for a in event.source] == ["Russia", "China"]
    assert [state.actors.get(a).name for a in event.target] == ["Japan"]


def test_threat_absorbs_its_content(code: Any) -> None:
    state = build_state(
        [
            T("Iran", "PROPN", "nsubj", 1),
            T("threatened", "VERB", "ROOT", 1, lemma="threaten"),
            T("to", "PART", "aux", 3, tag="TO"),
            T("attack", "VERB", "xcomp", 1, tag="VB"),
            T("Iraq", "PROPN", "dobj", 3),
            T(".", *P, 1),
        ],
        [A(0, 1, country="IRN"), A(4, 5, country="IRQ")],
    )
    events = code(state)
    assert [e.type for e in events] == ["THREATEN"], "the threatened attack is not an attack"
    event = events[0]
    assert (event.mode, event.cameo) == ("violence", "138")
    assert [state.actors.get(a).name for a in event.target] == ["Iraq"]


def test_negated_attack_is_flagged(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 3),
            T("did", "AUX", "aux", 3, lemma="do"),
            T("not", "PART", "neg", 3),
            T("attack", "VERB", "ROOT", 3, tag="VB"),
            T("Lebanon", "PROPN", "dobj", 3),
            T(".", *P, 3),
        ],
        [A(0, 1, country="SYR"), A(4, 5, country="LBN")],
    )
    event = only(code(state), "ASSAULT")
    assert event.modality.negated and not event.modality.factual


def test_negated_agreement_is_a_rejection(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 3),
            T("did", "AUX", "aux", 3, lemma="do"),
            T("not", "PART", "neg", 3),
            T("accept", "VERB", "ROOT", 3, tag="VB"),
            T("the", "DET", "det", 5),
            T("proposal", "NOUN", "dobj", 3),
            T(".", *P, 3),
        ],
        [A(0, 1, country="SYR")],
    )
    event = only(code(state), "REJECT")
    assert not event.modality.negated, "the rejection itself happened"


def test_conditional_withdrawal_is_an_offer_not_a_withdrawal(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 2),
            T("would", "AUX", "aux", 2, tag="MD"),
            T("withdraw", "VERB", "ROOT", 2, tag="VB"),
            T("its", "PRON", "poss", 4, tag="PRP$"),
            T("troops", "NOUN", "dobj", 2, tag="NNS", lemma="troop"),
            T("if", "SCONJ", "mark", 7),
            T("Israel", "PROPN", "nsubj", 7),
            T("lifted", "VERB", "advcl", 2, lemma="lift"),
            T("the", "DET", "det", 9),
            T("blockade", "NOUN", "dobj", 7),
            T(".", *P, 2),
        ],
        [A(0, 1, country="SYR"), A(6, 7, country="ISR")],
    )
    events = code(state)
    assert "RETREAT" not in {e.type for e in events}
    offer = only(events, "AGREE")
    assert offer.modality.conditional and not offer.modality.future
    assert offer.cameo is not None and offer.cameo.startswith("03"), "CAMEO 03x: express intent"
    condition = only(events, "CONCEDE")  # "if Israel lifted the blockade": a condition, not a fact
    assert condition.modality.hypothetical


def test_future_meeting_is_an_agreement(code: Any) -> None:
    state = build_state(
        [
            T("Turkey", "PROPN", "nsubj", 2),
            T("will", "AUX", "aux", 2, tag="MD"),
            T("meet", "VERB", "ROOT", 2, tag="VB"),
            T("Greece", "PROPN", "dobj", 2),
            T(".", *P, 2),
        ],
        [A(0, 1, country="TUR"), A(3, 4, country="GRC")],
    )
    event = only(code(state), "AGREE")
    assert event.cameo == "036" and not event.modality.future


def test_hypothetical_attack(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 2),
            T("could", "AUX", "aux", 2, tag="MD"),
            T("attack", "VERB", "ROOT", 2, tag="VB"),
            T("Lebanon", "PROPN", "dobj", 2),
            T(".", *P, 2),
        ],
        [A(0, 1, country="SYR"), A(3, 4, country="LBN")],
    )
    event = only(code(state), "ASSAULT")
    assert event.modality.hypothetical and not event.modality.negated


def test_historical_event_from_its_date(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 1),
            T("attacked", "VERB", "ROOT", 1, lemma="attack"),
            T("Lebanon", "PROPN", "dobj", 1),
            T("in", "ADP", "prep", 1),
            T("1982", "NUM", "pobj", 3, ent="B-DATE"),
            T(".", *P, 1),
        ],
        [A(0, 1, country="SYR"), A(2, 3, country="LBN")],
    )
    span = state.span(4, 5)
    state.times.append(TimeExpr(span, When("1982-01-01", "year", span.text, span.start, span.end), 4, 5))
    event = only(code(state), "ASSAULT")
    assert event.modality.historical and event.when is not None and event.when.date == "1982-01-01"


def test_reported_obligation_is_a_demand(code: Any) -> None:
    state = build_state(
        [
            T("France", "PROPN", "nsubj", 1),
            T("said", "VERB", "ROOT", 1, lemma="say"),
            T("Iraq", "PROPN", "nsubj", 4),
            T("must", "AUX", "aux", 4, tag="MD"),
            T("withdraw", "VERB", "ccomp", 1, tag="VB"),
            T(".", *P, 1),
        ],
        [A(0, 1, country="FRA"), A(2, 3, country="IRQ")],
    )
    event = only(code(state), "REQUEST")
    assert (event.mode, event.cameo) == ("yield", "1056")
    assert [state.actors.get(a).name for a in event.source] == ["France"]
    assert [state.actors.get(a).name for a in event.target] == ["Iraq"]


def test_lifting_a_curfew_is_a_concession(code: Any) -> None:
    state = build_state(
        [
            T("Serbia", "PROPN", "nsubj", 1),
            T("lifted", "VERB", "ROOT", 1, lemma="lift"),
            T("the", "DET", "det", 3),
            T("curfew", "NOUN", "dobj", 1),
            T(".", *P, 1),
        ],
        [A(0, 1, country="SRB")],
    )
    events = code(state)
    assert [e.type for e in events] == ["CONCEDE"], "the curfew is what was lifted, not a new restriction"
    assert events[0].cameo == "0813"


def test_light_verb_and_nominal_event(code: Any) -> None:
    state = build_state(
        [
            T("Workers", "NOUN", "nsubj", 1, tag="NNS", lemma="worker"),
            T("went", "VERB", "ROOT", 1, lemma="go"),
            T("on", "ADP", "prep", 1),
            T("strike", "NOUN", "pobj", 2),
            T(".", *P, 1),
        ],
    )
    event = only(code(state), "PROTEST")
    assert (event.mode, event.cameo) == ("strike", "143")
    assert event.acled is not None and (event.acled.event_type, event.acled.sub_event_type) == (
        "Protests",
        "Peaceful protest",
    )
    assert [state.actors.get(a).name for a in event.source] == ["Workers"], "a minimal participant actor"


def test_generic_participants_and_acled_abduction(code: Any) -> None:
    state = build_state(
        [
            T("Gunmen", "NOUN", "nsubj", 1, tag="NNS", lemma="gunman"),
            T("kidnapped", "VERB", "ROOT", 1, lemma="kidnap"),
            T("villagers", "NOUN", "dobj", 1, tag="NNS", lemma="villager"),
            T(".", *P, 1),
        ],
    )
    event = only(code(state), "ASSAULT")
    assert (event.mode, event.cameo) == ("abduct", "181")
    assert event.acled is not None and event.acled.sub_event_type == "Abduction/forced disappearance"
    assert [state.actors.get(a).kind for a in (*event.source, *event.target)] == ["group", "group"]


def test_verbal_event_is_linked_to_its_statement(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 1),
            T("said", "VERB", "ROOT", 1, lemma="say"),
            T("Israel", "PROPN", "nsubj", 3),
            T("rejected", "VERB", "ccomp", 1, lemma="reject"),
            T("talks", "NOUN", "dobj", 3, tag="NNS", lemma="talk"),
            T(".", *P, 1),
        ],
        [A(0, 1, country="SYR"), A(2, 3, country="ISR")],
    )
    speaker = state.actors.ids()[0]
    events = code(state, [statement(state, (1, 2), (2, 5), speaker)])
    event = only(events, "REJECT")
    assert event.statement == "s1" and event.mode == "meet"
    assert [state.actors.get(a).name for a in event.source] == ["Israel"]


def test_material_events_are_not_linked_to_statements(code: Any) -> None:
    state = build_state(
        [
            T("Syria", "PROPN", "nsubj", 1),
            T("said", "VERB", "ROOT", 1, lemma="say"),
            T("Israel", "PROPN", "nsubj", 3),
            T("shelled", "VERB", "ccomp", 1, lemma="shell"),
            T("Beirut", "PROPN", "dobj", 3),
            T(".", *P, 1),
        ],
        [A(0, 1, country="SYR"), A(2, 3, country="ISR")],
    )
    event = only(code(state, [statement(state, (1, 2), (2, 5), state.actors.ids()[0])]), "ASSAULT")
    assert event.statement is None


def test_evidence_points_into_the_text(code: Any) -> None:
    state = build_state(
        [
            T("Police", "NOUN", "nsubj", 1, lemma="police"),
            T("arrested", "VERB", "ROOT", 1, lemma="arrest"),
            T("protesters", "NOUN", "dobj", 1, tag="NNS", lemma="protester"),
            T(".", *P, 1),
        ],
    )
    event = only(code(state), "COERCE")
    trigger = event.evidence.trigger
    assert isinstance(trigger, Span) and state.article.text[trigger.start : trigger.end] == "arrested"
    assert event.mode == "arrest" and event.cameo == "173"
    assert event.acled is not None and event.acled.sub_event_type == "Protest with intervention"
