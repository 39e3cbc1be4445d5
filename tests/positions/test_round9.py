"""Round 9 (precision): a claim the speaker calls false states the opposite position; a topic named
only to say who is meant takes no stance from the verb above it; a title the actor stage kept
without its name is no surname; "no longer" about someone else's holdings reports a fact; "they will"
in a speaker's own words is about others. All wording is our own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from facta.model import Actor, Span
from facta.positions import detect_flags, positions_from_records
from tests.positions.conftest import person, record


def _stance(pipeline: Any, text: str, cue: str = "said") -> tuple[str | None, str | None]:
    rec = pipeline.extract(text, published="2033-04-10")
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == cue]
    return st.stance, st.topic


@pytest.mark.model
def test_a_claim_called_false_states_the_opposite(pipeline: Any) -> None:
    said = "Rumours that the movement would pull out of the truce were untrue, its leader, Omar Dialo, said."
    assert _stance(pipeline, said) == ("support", "ceasefire")
    said = "Claims that the union had accepted talks are false, its secretary, Lina Orsk, said."
    assert _stance(pipeline, said)[0] == "reject"
    # not called false: the report is only reported
    said = "A report that the movement would pull out of the truce was published on Monday, Omar Dialo said."
    assert _stance(pipeline, said)[0] != "support"


@pytest.mark.model
def test_a_topic_that_only_says_who_is_meant_takes_no_stance(pipeline: Any) -> None:
    said = "The council will brand every man who runs in the election a collaborator, Hamid Sarkis said."
    assert _stance(pipeline, said)[0] is None
    # the verb above an infinitive relative still speaks ("no reason to")
    said = "The judge, Petra Vall, said she had no reason to step aside from the case."
    assert _stance(pipeline, said) == ("reject", "resignation")


@pytest.mark.model
def test_a_topic_in_an_apposition_of_the_subject_is_not_the_matter(pipeline: Any) -> None:
    said = (
        "The Hill Front, the only faction outside the peace accord, has extended its ceasefire by six "
        "months, its chief, Ana Morales, said."
    )
    assert _stance(pipeline, said) == ("offer", "ceasefire")


def test_a_title_kept_without_its_name_is_no_surname() -> None:
    backer = person("a1", "Tomas Reyes", role="governor", country="PHL", sector="GOV")
    first = record("a", "2033-01-05", [backer], [("a1", "support", "talks", "talks with the herders")])
    other = Actor(id="a1", name="Governor", kind="group", country="PHL", sector="GOV", role="governor")
    later = record(
        "b", "2033-02-05", [other], [("a1", "reject", "talks", "there will be no talks with the miners")]
    )
    named = Span(0, 32, "Samar Governor Ignacio Villareal", 0)
    later = replace(later, statements=(replace(later.statements[0], speaker_span=named),))
    positions = positions_from_records([first, later])
    assert {p.actor_key for p in positions} == {"tomas reyes", "ignacio villareal"}
    assert detect_flags(positions) == []


@pytest.mark.model
def test_no_longer_about_someone_elses_holdings_reports_a_fact(pipeline: Any) -> None:
    said = "The defence ministry said the militia no longer controls the river crossing."
    assert _stance(pipeline, said)[0] is None
    # the speaker's own "no longer" is still a change of position
    said = "The mayor, Ruth Abebe, said she no longer supports the curfew talks."
    assert _stance(pipeline, said)[0] == "retract"


@pytest.mark.model
def test_they_will_in_a_speakers_own_words_is_about_others(pipeline: Any) -> None:
    said = "\u201cThey will keep lying to the villagers, and they are cowards,\u201d the governor wrote."
    assert _stance(pipeline, said, cue="wrote")[0] is None
    said = "\u201cWe will open the road to the villagers by Sunday,\u201d the governor wrote."
    assert _stance(pipeline, said, cue="wrote")[0] in {"offer", "support"}


@pytest.mark.model
def test_a_commitment_only_until_a_time_qualifies(pipeline: Any) -> None:
    said = (
        "Our monitors will stay in the buffer zone only until the new police force is trained, "
        "the envoy said."
    )
    assert _stance(pipeline, said)[0] == "qualify"
    # a term without "only" is no narrowing
    said = "Our fighters will observe the truce until the talks end, the commander, Rafael Ibarra, said."
    assert _stance(pipeline, said) == ("support", "ceasefire")


@pytest.mark.model
def test_he_will_in_reported_speech_with_a_partial_quote_is_still_the_speaker(pipeline: Any) -> None:
    said = 'The minister, Aino Berg, said he would do "everything in his power" to reopen the crossing.'
    assert _stance(pipeline, said)[0] is not None
