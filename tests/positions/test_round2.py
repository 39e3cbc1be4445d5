"""Round-2 mechanisms: denied positions retract, staying out of something rejects it, clause subjects
as frame objects, topics in relative clauses, title-only names, a person named after an organisation
in the speaker mention, short appositives only for relaying, acts beside a statement."""

from __future__ import annotations

from typing import Any

import pytest

from facta.model import Actor, Span
from facta.positions import detect_flags, positions_from_records
from tests.positions.conftest import person, record


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        ("Colonel Ruto Amani denied offering an amnesty to the rebels on Friday.", "retract", "amnesty"),
        ("The opposition will stay out of the runoff, party spokesman Ken Obi said.", "reject", "election"),
        ("The minister said his party would not stay out of the elections.", "support", "election"),
        ("The rebel commander vowed to keep away from the peace talks in Doha.", "reject", "talks"),
        (
            "The army will allow relief convoys to enter the city, General Tom Ade said.",
            "offer",
            "humanitarian access",
        ),
        ("The dockers will not down tools this month, union leader Sam Oya said.", "reject", "strike"),
        ("The rebel chief said his men would halt all fighting around the port.", "offer", "ceasefire"),
        (
            "Rebels who hand in their rifles will be pardoned, the governor said on Monday.",
            "offer",
            "amnesty",
        ),
        (
            "Only the children among the captives will be set free, the rebel spokesman said.",
            "qualify",
            "prisoner release",
        ),
        ("The prime minister said he had no plans to step aside.", "reject", "resignation"),
        ("Ana Ruiz said the curfew would be lifted only in the old town.", "qualify", "curfew"),
        ("The rebel commander said his men were staying in the port.", "reject", "withdrawal"),
        ("The front said the remarks on talks had not been authorised by its council.", "retract", "talks"),
        (
            "The minister said the transitional government will organise elections in May.",
            "offer",
            "election",
        ),
    ],
)
def test_round2_phrasings_through_the_pipeline(pipeline: Any, text: str, stance: str, topic: str) -> None:
    record_ = pipeline.extract(text, published="2025-05-05")
    assert (stance, topic) in [(s.stance, s.topic) for s in record_.statements]


@pytest.mark.model
def test_a_long_clause_before_the_name_is_not_a_member_appositive(pipeline: Any) -> None:
    text = "Fighters who lay down their arms before May will receive a pardon, Minister Ana Sow said."
    (st,) = [s for s in pipeline.extract(text, published="2025-05-05").statements if s.stance]
    assert st.topic == "amnesty" and st.holder is None and st.holder_span is None


@pytest.mark.model
def test_an_act_is_found_beside_a_statement_in_its_adjunct(pipeline: Any) -> None:
    text = "Omar Bello has resigned as governor, a week after vowing to fight on."
    sts = pipeline.extract(text, published="2025-05-05").statements
    assert ("support", "resignation") in [(s.stance, s.topic) for s in sts]


def test_a_name_ending_in_its_role_noun_is_the_named_person_with_that_role() -> None:
    first = record(
        "r1",
        "2025-03-01",
        [person("a1", "Jean Kasongo Mbuyi", role="commander")],
        [("a1", "offer", "disarmament", "x")],
    )
    first = _mention(first, "Mai-Mai commander Jean Kasongo Mbuyi")
    later = record(
        "r2",
        "2025-03-09",
        [person("a1", "Mai-Mai commander", role="mai commander")],
        [("a1", "qualify", "disarmament", "y")],
    )
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert flag.kind == "walk-back" and flag.after.actor_key == "jean kasongo mbuyi"


def test_the_person_at_the_end_of_an_organisation_speaker_mention_speaks() -> None:
    union = Actor(id="o1", name="Dock Workers Union", kind="organization")
    first = record("r1", "2025-03-01", [person("p1", "Ana Paz")], [("p1", "reject", "strike", "x")])
    text = "Dock Workers Union leader Ana Paz"
    leader = person("p1", "Ana Paz", mentions=(Span(len(text) - 7, len(text), "Ana Paz", 0),))
    later = record("r2", "2025-03-05", [union, leader], [("o1", "offer", "strike", "y")])
    later = _mention(later, text)
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert flag.kind == "reversal" and flag.after.actor_key == "ana paz"


def _mention(rec: Any, text: str) -> Any:
    import dataclasses

    sts = [dataclasses.replace(rec.statements[0], speaker_span=Span(0, len(text), text, 0))]
    return dataclasses.replace(rec, statements=tuple(sts))


def test_taking_back_a_rejection_is_a_walk_back() -> None:
    first = record("r1", "2025-03-01", [person("a1", "Ola Berg")], [("a1", "reject", "sanctions", "x")])
    later = record("r2", "2025-03-04", [person("a1", "Ola Berg")], [("a1", "retract", "sanctions", "y")])
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert flag.kind == "walk-back"
    again = record("r3", "2025-03-08", [person("a1", "Ola Berg")], [("a1", "reject", "sanctions", "z")])
    assert [f.kind for f in detect_flags(positions_from_records([first, again]))] == []
