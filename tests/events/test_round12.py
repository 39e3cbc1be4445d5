"""Round-12 rules on sentences we wrote: a pair phrase ("the two sides", "both countries") is the pair
of the article's last two-party event; evaluators read the incident the events stage put on the record."""

from __future__ import annotations

from typing import Any

import pytest

from facta.events.incident import main_event, recorded_reading
from facta.events.pairs import pair_kind
from facta.model import Event, Evidence, Incident
from tests.events.conftest import A, T, actor_names, build_state, only


def _head(words: list[tuple[str, str, str, str]]) -> Any:
    """A noun phrase built by hand; the last word heads it. (text, pos, dep, tag) per word; a plural
    noun's lemma drops its "s"."""
    n = len(words)
    tokens = [
        T(
            text,
            pos,
            "nsubj" if k == n - 1 else dep,
            n if k == n - 1 else n - 1,
            tag=tag,
            lemma=text.removesuffix("ies") + "y" if text.endswith("ies") else text.removesuffix("s"),
        )
        for k, (text, pos, dep, tag) in enumerate(words)
    ]
    tokens.append(T("met", "VERB", "ROOT", n))
    return build_state(tokens).doc[n - 1]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (
            [("the", "DET", "det", "DT"), ("two", "NUM", "nummod", "CD"), ("sides", "NOUN", "", "NNS")],
            "pair_side",
        ),
        ([("both", "DET", "det", "DT"), ("countries", "NOUN", "", "NNS")], "pair_state"),
        ([("the", "DET", "det", "DT"), ("parties", "NOUN", "", "NNS")], "pair_side"),
        (
            [("the", "DET", "det", "DT"), ("two", "NUM", "nummod", "CD"), ("leaders", "NOUN", "", "NNS")],
            "pair_people",
        ),
        # no quantifier: "the countries" is no pair; a modifier names its own group
        ([("the", "DET", "det", "DT"), ("countries", "NOUN", "", "NNS")], None),
        (
            [("both", "DET", "det", "DT"), ("rebel", "NOUN", "compound", "NN"), ("sides", "NOUN", "", "NNS")],
            None,
        ),
        ([("the", "DET", "det", "DT"), ("side", "NOUN", "", "NN")], None),
    ],
)
def test_pair_phrases(words: list[tuple[str, str, str, str]], kind: str | None) -> None:
    assert pair_kind(_head(words)) == kind


def test_recorded_reading_is_the_record_incident() -> None:
    state = build_state(
        [T("Rebels", "NOUN", "nsubj", 1), T("attacked", "VERB", "ROOT", 1), T(".", "PUNCT", "punct", 1)]
    )
    ev = Event(id="e1", type="ASSAULT", evidence=Evidence(0, 0, 16, state.doc.text))
    state.events.append(ev)
    assert recorded_reading(state) is None  # no incident on the record: none is read again
    state.incident = Incident("Battles", "Armed clash", "e1")
    reading = recorded_reading(state)
    assert reading is not None and reading.event is ev and reading.sub_event_type == "Armed clash"
    state.incident = Incident("Explosions/Remote violence", "Remote explosive/landmine/IED", None)
    reading = recorded_reading(state)
    assert reading is not None and reading.event is None


def test_pair_of_a_hand_built_meeting(code: Any) -> None:
    # "Chad met Niger and the two sides signed a deal ."
    tokens = [
        T("Chad", "PROPN", "nsubj", 1),
        T("met", "VERB", "ROOT", 1, lemma="meet"),
        T("Niger", "PROPN", "dobj", 1),
        T("and", "CCONJ", "cc", 1),
        T("the", "DET", "det", 6),
        T("two", "NUM", "nummod", 6),
        T("sides", "NOUN", "nsubj", 7, tag="NNS", lemma="side"),
        T("signed", "VERB", "conj", 1, lemma="sign"),
        T("a", "DET", "det", 9),
        T("deal", "NOUN", "dobj", 7),
        T(".", "PUNCT", "punct", 1),
    ]
    state = build_state(tokens, [A(0, 1, country="TCD"), A(2, 3, country="NER")])
    events = code(state)
    signed = next(e for e in events if e.evidence.trigger and e.evidence.trigger.text == "signed")
    names = sorted(state.actors.get(a).name for a in signed.source)
    assert names == ["Chad", "Niger"], [(e.type, e.source, e.target) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # officials of two states: the sides are the states (when the article names them as actors)
        (
            "Kenya's trade minister met Uganda's president in Kampala on Monday. The two sides signed a "
            "trade agreement.",
            "SUPPORT",
            ["Kenya", "Uganda"],
        ),
        # armed parties of one country: the sides are the parties themselves
        (
            "Government troops clashed with militia fighters near the dam on Friday. Both sides agreed to "
            "a truce on Saturday.",
            "AGREE",
            ["militia fighters", "Government troops"],
        ),
    ],
)
def test_two_sides_are_the_last_pair(extract: Any, text: str, etype: str, expected: list[str]) -> None:
    record = extract(text)
    events = [e for e in record.events if e.type == etype and e.evidence.sentence == 1]
    assert events, [(e.type, e.evidence.sentence) for e in record.events]
    names = actor_names(record, events[-1].source)
    assert sorted(n.lower() for n in names) == sorted(x.lower() for x in expected), names


@pytest.mark.model
def test_two_sides_with_no_pair_before_stay_unnamed(extract: Any) -> None:
    record = extract("The two sides signed an agreement on Monday.")
    event = only(record.events, "SUPPORT")
    assert event.source == ()


@pytest.mark.model
def test_a_report_told_again_by_its_patient_is_one_event(extract: Any) -> None:
    record = extract(
        "Soldiers arrested ten men in the market on Monday, a day after an attack on a police station that "
        "wounded three officers. The station was hit by a car bomb near the bridge, the police said."
    )
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.type, e.evidence.trigger) for e in record.events]
    attack = attacks[0]
    assert attack.mode == "explosives"  # the weapon of the later report
    assert attack.evidence.sentence == 0 and [x.sentence for x in attack.more_evidence] == [1]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # other actors: another happening to the same thing
        "Rebels attacked a village in the north on Monday. The village was attacked by troops on Friday.",
        "Police arrested five men in the capital on Monday. The men were arrested by soldiers on Monday.",
        # another thing of the same kind
        "Gunmen attacked a convoy on Monday. The other convoy was hit by a mine.",
    ],
)
def test_other_happenings_stay_apart(extract: Any, text: str) -> None:
    record = extract(text)
    kinds = [e.type for e in record.events if e.type in {"ASSAULT", "COERCE"}]
    assert len(kinds) == 2, [(e.type, e.evidence.trigger, e.more_evidence) for e in record.events]


@pytest.mark.model
def test_a_definite_nominal_report_keeps_its_evidence(extract: Any) -> None:
    record = extract(
        "Soldiers detained forty students in the north on Friday. The ministry said the detentions were "
        "lawful."
    )
    detentions = [e for e in record.events if e.type == "COERCE"]
    assert len(detentions) == 1, [(e.type, e.evidence.trigger) for e in record.events]
    assert [x.sentence for x in detentions[0].more_evidence] == [1]
    assert detentions[0].more_evidence[0].trigger is not None
    assert detentions[0].more_evidence[0].trigger.text == "detentions"


def test_background_event_yields_to_the_report_at_the_same_depth() -> None:
    # "After the attack , officials said troops began to withdraw ." -- the attack is told as background
    tokens = [
        T("After", "ADP", "prep", 5),
        T("the", "DET", "det", 2),
        T("attack", "NOUN", "pobj", 0),
        T(",", "PUNCT", "punct", 5),
        T("officials", "NOUN", "nsubj", 5),
        T("said", "VERB", "ROOT", 5),
        T("troops", "NOUN", "nsubj", 7),
        T("began", "VERB", "ccomp", 5),
        T("to", "PART", "aux", 9),
        T("withdraw", "VERB", "xcomp", 7),
        T(".", "PUNCT", "punct", 5),
    ]
    state = build_state(tokens)
    text = state.doc.text
    attack = Event(id="e1", type="ASSAULT", evidence=state.evidence(0, state.span(2, 3)), confidence=0.8)
    withdraw = Event(id="e2", type="RETREAT", evidence=state.evidence(0, state.span(9, 10)), confidence=0.8)
    state.events.extend([attack, withdraw])
    assert text.startswith("After the attack")
    assert main_event(state) is withdraw
    state.events.remove(withdraw)
    assert main_event(state) is attack  # background is still read when nothing else is
