"""Round 7: a denial of an acceptance is no walk-back of a refusal; an organisation's own position
meets the positions of the bodies and members that speak for it (a topic shared through a content
word, and the flag at organisation scope), also when the organisation is itself attached to a wider
group ("a coalition of Mayi militias")."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from facta.model import Actor, Record, Span
from facta.positions import detect_flags, positions_from_records
from tests.positions.conftest import person, record


def _org(actor_id: str, name: str, **fields: str) -> Actor:
    return Actor(id=actor_id, name=name, kind="organization", **fields)


def _alliance_then_council(later_content: str) -> list[Record]:
    """An alliance's position, then a topicless one by its war council (a body of the alliance)."""
    alliance = _org("o1", "Kivu Lakes Alliance", affiliation="o3")
    militias = Actor(id="o3", name="Mayi militias", kind="group")
    council = _org("o2", "war council", affiliation="o1")
    first = record(
        "a",
        "2031-03-01",
        [alliance, militias],
        [("o1", "support", "peace deal", "the alliance accepts the plan the bishops wrote")],
    )
    later = record("b", "2031-03-20", [alliance, militias, council], [("o2", "reject", None, later_content)])
    return [first, later]


def test_a_bodys_topicless_stance_goes_back_on_its_organisations_own_position() -> None:
    (flag,) = detect_flags(positions_from_records(_alliance_then_council("the bishops' plan is finished")))
    assert (flag.kind, flag.topic, flag.who) == ("reversal", "peace deal", "Kivu Lakes Alliance")


def test_a_body_sharing_no_word_with_its_organisations_position_gives_no_flag() -> None:
    records = _alliance_then_council("the tax on fishing boats stays")
    assert detect_flags(positions_from_records(records)) == []


def _cued(rec: Record, cue: str) -> Record:
    (st,) = rec.statements
    return dataclasses.replace(rec, statements=(dataclasses.replace(st, cue=Span(0, len(cue), cue, 0)),))


def test_denying_an_acceptance_restates_a_refusal_but_taking_it_back_goes_back_on_it() -> None:
    chief = person("a1", "Lwin Maung Tun", role="commander")
    first = record(
        "a", "2031-04-02", [chief], [("a1", "reject", "withdrawal", "our fighters will not leave the hills")]
    )
    later = record(
        "b", "2031-04-15", [chief], [("a1", "retract", "withdrawal", "that the group had accepted a pullout")]
    )
    # "denying that the group had accepted a withdrawal": no change of mind
    assert detect_flags(positions_from_records([first, _cued(later, "denying")])) == []
    # "said his refusal of the withdrawal had been a mistake": it is taken back
    (flag,) = detect_flags(positions_from_records([first, _cued(later, "said")]))
    assert (flag.kind, flag.topic) == ("walk-back", "withdrawal")


@pytest.mark.model
def test_meeting_the_other_sides_envoys_is_talks(pipeline: Any) -> None:
    said = "The front is ready to meet delegates of the provincial council, its spokesman, Ali Hamza, said."
    rec = pipeline.extract(said, published="2031-05-04")
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == "said"]
    assert (st.stance, st.topic) == ("offer", "talks")
    said = "The front is ready to meet the demands of the farmers, its spokesman, Ali Hamza, said."
    rec = pipeline.extract(said, published="2031-05-04")
    (st,) = [s for s in rec.statements if s.cue is not None and s.cue.text == "said"]
    assert st.topic != "talks"
