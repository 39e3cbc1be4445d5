"""Round 4: offices of a state speak for its government, surnames of people the articles name but who
hold no position, commitments kept against calls for a topic, frames for captives and weapons."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from facta.model import Actor
from facta.positions import detect_flags, positions_from_records
from facta.positions.acts import EXTRACTOR
from facta.positions.identity import office_holder_role, state_office
from facta.quotes.stance import Position, classify, load_stance_lexicon
from tests.positions.conftest import person, record
from tests.positions.test_acts import acts
from tests.quotes.conftest import T, build

LEX = load_stance_lexicon()


def run(tokens: list[T], cue: list[int], content: list[int]) -> Position:
    return classify(LEX, build(tokens), cue, content)


def _ministry(actor_id: str, name: str, country: str | None) -> Actor:
    return Actor(id=actor_id, name=name, kind="organization", country=country, sector="GOV")


def test_office_nouns_and_their_heads() -> None:
    assert state_office("the Tajik defence ministry") == "ministry"
    assert state_office("Guatemala's presidency") == "presidency"
    assert state_office("Workers' Party") is None
    assert office_holder_role("foreign ministry") == "foreign minister"


def test_a_ministry_goes_back_on_its_minister_with_a_country() -> None:
    minister = person("a1", "Rustam Qodirov", role="defence minister", country="TJK", sector="GOV")
    first = record("r1", "2025-03-01", [minister], [("a1", "offer", "withdrawal", "x")])
    office = _ministry("a1", "Tajik defence ministry", "TJK")
    second = record("r2", "2025-03-05", [office], [("a1", "qualify", "withdrawal", "y")])
    flags = detect_flags(positions_from_records([first, second]))
    assert [(f.kind, f.topic, f.scope) for f in flags] == [("walk-back", "withdrawal", "organisation")]


def test_a_ministry_with_no_country_meets_the_minister_by_title() -> None:
    minister = person("a1", "Orlando Rivas", role="foreign minister", country="NIC", sector="GOV")
    first = record("r1", "2025-03-01", [minister], [("a1", "offer", "investigation", "x")])
    second = record(
        "r2",
        "2025-03-05",
        [_ministry("a1", "foreign ministry", None)],
        [("a1", "reject", "investigation", "y")],
    )
    assert [f.kind for f in detect_flags(positions_from_records([first, second]))] == ["reversal"]
    # a different title does not meet
    third = record(
        "r3",
        "2025-03-05",
        [_ministry("a1", "interior ministry", None)],
        [("a1", "reject", "investigation", "y")],
    )
    assert detect_flags(positions_from_records([first, third])) == []


def test_a_surname_meets_a_person_named_in_full_who_took_no_position() -> None:
    group = Actor(id="a1", name="Southern Highlands Army", kind="organization")
    commander = person("a2", "Eliseo Gomez Santiz", role="commander", affiliation="a1")
    first = record("r1", "2025-03-01", [group, commander], [("a1", "offer", "ceasefire", "x")])
    second = record(
        "r2",
        "2025-03-03",
        [person("a1", "Gomez Santiz", role="commander")],
        [("a1", "retract", "ceasefire", "y")],
    )
    positions = positions_from_records([first, second])
    assert positions[-1].actor_key == "eliseo gomez santiz"
    assert positions[-1].group_key == "southern highlands army"
    assert [f.kind for f in detect_flags(positions)] == ["walk-back"]


def test_a_commitment_kept_against_calls_for_a_topic_rejects_it() -> None:
    # "The union will keep working despite calls for a strike" (the union said)
    tokens = [
        T("The", "DET", "det", 1), T("union", "NOUN", "nsubj", 3, "union"), T("will", "AUX", "aux", 3),
        T("keep", "VERB", "ROOT", 3, "keep"), T("working", "VERB", "xcomp", 3, "work"),
        T("despite", "ADP", "prep", 3), T("calls", "NOUN", "pobj", 5, "call"), T("for", "ADP", "prep", 6),
        T("a", "DET", "det", 9), T("walkout", "NOUN", "pobj", 7, "walkout"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(10))).stance == "reject"
    assert run(tokens, [], list(range(10))).topic == "strike"
    # without a call the clause is only a circumstance: no rejection of the strike
    plain = [*tokens[:6], T("the", "DET", "det", 7), T("walkout", "NOUN", "pobj", 5, "walkout")]
    assert run(plain, [], list(range(8))).stance != "reject"


def test_captives_going_home_and_staying_are_for_and_against_their_release() -> None:
    # "The hostages will go home" / "The hostages will stay with us"
    home = [
        T("The", "DET", "det", 1), T("hostages", "NOUN", "nsubj", 3, "hostage"), T("will", "AUX", "aux", 3),
        T("go", "VERB", "ROOT", 3, "go"), T("home", "ADV", "advmod", 3, "home"),
    ]  # fmt: skip
    assert run(home, [], list(range(5))) == Position("offer", "prisoner release")
    stay = [
        *home[:3],
        T("stay", "VERB", "ROOT", 3, "stay"),
        T("with", "ADP", "prep", 3),
        T("us", "PRON", "pobj", 4),
    ]
    assert run(stay, [], list(range(6))).stance == "reject"
    assert run(stay, [], list(range(6))).topic == "prisoner release"


@pytest.mark.model
def test_an_act_is_put_down_to_whoever_ordered_or_blessed_it(pipeline: Any) -> None:
    assert acts(
        pipeline,
        "A curfew was imposed across the port city on Saturday under an order signed by Marta Ruiz Paz.",
    ) == [("imposed", "support", "curfew")]
    assert acts(
        pipeline,
        "Two deputies of the Green Renewal Party were sworn in as ministers in the unity government "
        "on Tuesday, with the blessing of the party's leader.",
    ) == [("sworn in", "support", "power sharing")]
    # a plan, a negation or an act with no one behind it is no act
    assert (
        acts(pipeline, "A curfew will be imposed on Saturday under an order signed by Marta Ruiz Paz.") == []
    )
    assert (
        acts(pipeline, "A curfew was not imposed on Saturday despite an order signed by Marta Ruiz Paz.")
        == []
    )
    assert acts(pipeline, "A curfew was imposed across the port city on Saturday.") == []


def test_a_word_in_a_relative_clause_describes_what_the_main_verb_refuses() -> None:
    # "The party will not take up the posts the president offered in a unity government"
    tokens = [
        T("The", "DET", "det", 1), T("party", "NOUN", "nsubj", 4, "party"), T("will", "AUX", "aux", 4),
        T("not", "PART", "neg", 4), T("take", "VERB", "ROOT", 4, "take"), T("up", "ADP", "prt", 4),
        T("the", "DET", "det", 7), T("posts", "NOUN", "dobj", 4, "post"), T("the", "DET", "det", 9),
        T("president", "NOUN", "nsubj", 10, "president"), T("offered", "VERB", "relcl", 7, "offer"),
        T("in", "ADP", "prep", 10), T("a", "DET", "det", 14), T("unity", "NOUN", "compound", 14, "unity"),
        T("government", "NOUN", "pobj", 11, "government"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(15))) == Position("reject", "power sharing")


def test_a_noun_naming_a_frame_verb_takes_its_topic_from_the_of_phrase() -> None:
    # "There will be no handover of the hostages"
    tokens = [
        T("There", "PRON", "expl", 2), T("will", "AUX", "aux", 2), T("be", "AUX", "ROOT", 2, "be"),
        T("no", "DET", "det", 4), T("handover", "NOUN", "attr", 2, "handover"), T("of", "ADP", "prep", 4),
        T("the", "DET", "det", 7), T("hostages", "NOUN", "pobj", 5, "hostage"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(8))) == Position("reject", "prisoner release")
    # an "of" phrase that is no frame object names nothing ("the handover of the keys")
    keys = [*tokens[:7], T("keys", "NOUN", "pobj", 5, "key")]
    assert run(keys, [], list(range(8))).topic is None


def test_a_topic_said_to_be_over_is_abandoned() -> None:
    # "The suspension of attacks is over"
    tokens = [
        T("The", "DET", "det", 1), T("suspension", "NOUN", "nsubj", 4, "suspension"),
        T("of", "ADP", "prep", 1), T("attacks", "NOUN", "pobj", 2, "attack"), T("is", "AUX", "ROOT", 4, "be"),
        T("over", "ADV", "advmod", 4, "over"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))) == Position("reject", "ceasefire", trigger=4)


def test_its_officer_belongs_to_the_organisation_named_before() -> None:
    from facta.model import Span

    org = Actor(
        id="a1", name="Equatoria Freedom Movement", kind="organization", mentions=(Span(0, 26, "x", 0),)
    )
    chair = person("a2", "Lasu Ladu", role="chairman", affiliation="a1")
    first = record("r1", "2025-03-01", [org, chair], [("a2", "offer", "prisoner release", "x")])
    second = record(
        "r2",
        "2025-03-05",
        [org, person("a2", "Grace Modi", role="secretary general")],
        [("a2", "reject", "prisoner release", "y")],
    )
    sts = list(second.statements)
    sts[0] = dataclasses.replace(sts[0], speaker_span=Span(30, 60, "its secretary-general, Grace Modi,", 0))
    second = dataclasses.replace(second, statements=tuple(sts))
    flags = detect_flags(positions_from_records([first, second]))
    assert [(f.kind, f.scope) for f in flags] == [("reversal", "organisation")]


def test_captives_named_by_a_participle_and_permission_narrowed_by_only() -> None:
    # "The detained journalists will be released"
    tokens = [
        T("The", "DET", "det", 2), T("detained", "VERB", "amod", 2, "detain"),
        T("journalists", "NOUN", "nsubjpass", 5, "journalist"), T("will", "AUX", "aux", 5),
        T("be", "AUX", "auxpass", 5), T("released", "VERB", "ROOT", 5, "release", "VBN"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(6))).topic == "prisoner release"
    # "Aid workers may enter the camps only on Tuesdays": a permission narrowed qualifies
    may = [
        T("Aid", "NOUN", "compound", 1, "aid"), T("workers", "NOUN", "nsubj", 3, "worker"),
        T("may", "AUX", "aux", 3), T("enter", "VERB", "ROOT", 3, "enter", "VB"), T("the", "DET", "det", 5),
        T("camps", "NOUN", "dobj", 3, "camp"), T("only", "ADV", "advmod", 7), T("on", "ADP", "prep", 3),
        T("Tuesdays", "PROPN", "pobj", 7),
    ]  # fmt: skip
    assert run(may, [], list(range(9))).stance == "qualify"
    assert run(may, [], list(range(9))).topic == "humanitarian access"


def test_the_nouns_officer_belongs_to_the_organisation_holding_that_noun() -> None:
    from facta.model import Span

    org = Actor(id="a1", name="Nafusa Mountain Brigade", kind="organization", mentions=(Span(0, 23, "x", 0),))
    spokesman = person("a2", "Salem Zuwawi", role="spokesman", country="LBY", sector="GOV")
    first = record("r1", "2025-03-01", [org, spokesman], [("a2", "offer", "prisoner release", "x")])
    sts = list(first.statements)
    sts[0] = dataclasses.replace(
        sts[0], speaker_span=Span(30, 60, "the brigade's spokesman, Salem Zuwawi,", 0)
    )
    first = dataclasses.replace(first, statements=tuple(sts))
    (position,) = positions_from_records([first])
    assert position.group_key == "nafusa mountain brigade"


def test_a_named_organisations_officer_belongs_to_it() -> None:
    from facta.model import Span

    envoy = person("a1", "Ibrahim Haroun", role="envoy", country="SDN", sector="GOV")
    first = record("r1", "2025-03-01", [envoy], [("a1", "reject", "humanitarian access", "x")])
    sts = list(first.statements)
    mention = "the Sudan Justice and Unity Movement's envoy to the talks, Ibrahim Haroun,"
    sts[0] = dataclasses.replace(sts[0], speaker_span=Span(30, 30 + len(mention), mention, 0))
    first = dataclasses.replace(first, statements=tuple(sts))
    (position,) = positions_from_records([first])
    assert position.group_key == "sudan justice and unity movement"
    # a country's officer is not a member of the country's name ("Guinea's military leader")
    sts[0] = dataclasses.replace(
        sts[0], speaker_span=Span(30, 60, "Guinea's military leader, Ibrahim Haroun,", 0)
    )
    (position,) = positions_from_records([dataclasses.replace(first, statements=tuple(sts))])
    assert position.group_key == "sdn government"


@pytest.mark.model
def test_an_act_a_statement_reports_is_still_put_down_to_whoever_ordered_it(pipeline: Any) -> None:
    found = acts(
        pipeline,
        "The election promised for December has been put off indefinitely under a decree signed by Colonel "
        "Marta Ruiz Paz on Monday, state television reported.",
    )
    assert found == [("put off", "reject", "election")]


@pytest.mark.model
def test_members_acting_together_act_for_their_organisation(pipeline: Any) -> None:
    record = pipeline.extract(
        "Candidates of the Green Renewal Party filed nomination papers for every seat on Thursday.",
        published="2026-02-02",
    )
    names = {a.id: a.name for a in record.actors}
    found = [
        (names.get(st.speaker or ""), st.stance, st.topic)
        for st in record.statements
        if st.extractor == EXTRACTOR
    ]
    assert found == [("Green Renewal Party", "support", "election")]
