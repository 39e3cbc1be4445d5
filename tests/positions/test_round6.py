"""Round 6: general fallbacks — a stance from the grammar of the content's predicate when no stance
word fires, a topic from the holder's other statements sharing a content word (or a synonym class),
and holder links through an acronym before the role, a shortened name and a body named after a place."""

from __future__ import annotations

from typing import Any

import pytest

from facta.model import Actor
from facta.positions import detect_flags, positions_from_records
from facta.positions.identity import KeyJoiner, acronym, content_words
from facta.positions.mentions import member_of
from tests.positions.conftest import person, record


def stance(pipeline: Any, text: str) -> str | None:
    rec = pipeline.extract(text, published="2026-05-04")
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == "said"]
    return st.stance


@pytest.mark.model
def test_grammar_gives_a_stance_where_no_stance_word_fires(pipeline: Any) -> None:
    # a future commitment with no stance word commits; negated, it refuses
    said = "Their engineers will be moved to the southern bank next month, the minister, Ana Ruiz, said."
    assert stance(pipeline, said) == "offer"
    said = "The movement will not hold any seat in the new council, its leader, Omar Deng, said."
    assert stance(pipeline, said) == "reject"
    # narrowed by "only": a qualification; declared ended: a rejection
    said = "The pause in the shelling covered only the river towns, its leader, Omar Deng, said."
    assert stance(pipeline, said) == "qualify"
    said = "The quiet along the river is over, the commander, Omar Deng, said."
    assert stance(pipeline, said) == "reject"
    # a plain report of the past commits to nothing
    said = "The engineers crossed the river at dawn, the minister, Ana Ruiz, said."
    assert stance(pipeline, said) is None


def test_content_words_leave_out_names_and_function_words_and_join_synonyms() -> None:
    words = content_words("The Semera road will be open to convoys from the north next week")
    assert {"route", "convoy", "north", "open"} <= words
    assert "semera" not in words and "week" not in words and "will" not in words
    assert content_words("our soldiers stay") & content_words("units pulled back")


def test_a_topicless_stance_takes_the_topic_of_the_holders_statement_sharing_a_word() -> None:
    chief = person("a1", "Dawit Alemu Bekele", role="governor")
    first = record(
        "a",
        "2031-01-02",
        [chief],
        [("a1", "offer", "humanitarian access", "convoys may use the mountain road")],
    )
    later = record(
        "b", "2031-01-20", [chief], [("a1", "qualify", None, "the mountain road opens only on Sundays")]
    )
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert (flag.kind, flag.topic) == ("walk-back", "humanitarian access")
    # sharing no word, a topicless stance other than going back is dropped
    other = record("c", "2031-01-20", [chief], [("a1", "reject", None, "farmers must pay the new levy")])
    assert [p.topic for p in positions_from_records([first, other])] == ["humanitarian access"]


def test_an_acronym_before_the_role_names_the_organisation() -> None:
    assert member_of("ADC spokeswoman Afi Mensah") == "ADC"
    assert member_of("the FTTP general secretary, Lamia Ben Salah") == "FTTP"
    assert member_of("Interior Minister Juan Ruiz") is None


def test_a_key_ending_in_its_acronym_and_a_shortened_name_join_the_full_name() -> None:
    assert acronym("alliance for democratic change adc") == "adc"
    joiner = KeyJoiner()
    for key in ("terai democratic front", "terai front", "adc", "alliance for democratic change adc"):
        joiner.add(key)
    joiner.join_acronyms()
    joiner.join_shortened()
    assert joiner.find("terai front") == joiner.find("terai democratic front")
    assert joiner.find("adc") == joiner.find("alliance for democratic change adc")
    # two longer names keeping the short one's words: ambiguous, left apart
    other = KeyJoiner()
    for key in ("terai front", "terai democratic front", "terai liberation front"):
        other.add(key)
    other.join_shortened()
    assert other.find("terai front") == "terai front"


def test_a_body_named_after_a_place_speaks_for_itself() -> None:
    place = Actor(id="a1", name="Afar", kind="organization")
    body = Actor(id="a2", name="Afar regional government", kind="organization", affiliation="a1")
    chief = person("a3", "Awol Hamadu", role="president", affiliation="a2")
    first = record("a", "2031-01-02", [place, body, chief], [("a3", "offer", "ceasefire", "the guns stop")])
    later = record("b", "2031-01-09", [place, body], [("a2", "retract", "ceasefire", "the guns fire")])
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert flag.who == "Afar regional government"


def test_an_acronym_the_article_defines_in_brackets_joins_its_name() -> None:
    union = Actor(id="a1", name="Federation of Dock Workers", kind="organization")
    chief = person("a2", "Ama Owusu Mensah", role="president", affiliation="a1")
    first = record("a", "2031-02-01", [union, chief], [("a2", "offer", "strike", "dockers will stop")])
    first = _with_text(first, "The Federation of Dock Workers (SNTD) will stop work, said Ama Owusu Mensah.")
    sntd = Actor(id="a1", name="SNTD", kind="organization")
    later = record("b", "2031-02-09", [sntd], [("a1", "qualify", "strike", "only one day")])
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert flag.kind == "walk-back"


def test_the_nouns_officer_is_the_acronym_whose_last_letter_is_the_noun() -> None:
    from facta.positions.timeline import _heads

    assert _heads("LMLC", "council") and _heads("RPM", "movement")
    assert not _heads("LMLC", "movement") and not _heads("Lanao", "council")


@pytest.mark.model
def test_a_finished_act_with_a_topic_reported_by_a_third_party_is_the_doers(pipeline: Any) -> None:
    rec = pipeline.extract(
        "Okonkwo handed his resignation to the governor on Friday, the state broadcaster said.",
        published="2026-05-04",
    )
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == "said"]
    assert (st.stance, st.topic) == ("support", "resignation")
    assert st.holder_span is not None and st.holder_span.text == "Okonkwo"
    # stopping work is a strike
    said = "Miners at the three pits will stop work from Monday, their union leader, Ama Osei, said."
    assert stance(pipeline, said) == "offer"


def _with_text(rec: Any, text: str) -> Any:
    import dataclasses

    return dataclasses.replace(rec, article=dataclasses.replace(rec.article, text=text))


@pytest.mark.model
def test_a_topic_in_a_reduced_relative_clause_is_not_the_matter(pipeline: Any) -> None:
    rec = pipeline.extract(
        "The forty students arrested during the protests over fuel prices will be released on Friday, "
        "the minister, Ana Ruiz, said.",
        published="2026-05-04",
    )
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == "said"]
    assert st.topic == "prisoner release"
