"""Acts that take a position, read in the article's own voice (real model)."""

from __future__ import annotations

from typing import Any

import pytest

from facta.positions import detect_flags, positions_from_records
from facta.positions.acts import EXTRACTOR


def acts(pipeline: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    record = pipeline.extract(text, published="2026-02-02")
    return [
        (st.cue.text if st.cue else None, st.stance, st.topic)
        for st in record.statements
        if st.extractor == EXTRACTOR
    ]


@pytest.mark.model
def test_signing_an_accord_and_leaving_a_race_are_positions(pipeline: Any) -> None:
    assert acts(pipeline, "Commander Marta Ruiz signed the peace accord in Quito on Monday.") == [
        ("signed", "support", "peace deal")
    ]
    assert acts(pipeline, "Senator Paulo Mendes pulled out of the presidential runoff on Friday.") == [
        ("pulled out", "reject", "election")
    ]


@pytest.mark.model
def test_plans_denials_and_unnamed_bodies_are_not_acts(pipeline: Any) -> None:
    assert acts(pipeline, "Commander Marta Ruiz will sign the peace accord in Quito on Monday.") == []
    assert acts(pipeline, "Commander Marta Ruiz did not sign the peace accord on Monday.") == []
    assert acts(pipeline, "Some soldiers signed the peace accord on Monday.") == []
    # a statement already holds the clause
    assert acts(pipeline, 'Marta Ruiz said she signed the peace accord "with a heavy heart".') == []


@pytest.mark.model
def test_an_act_against_a_stated_position_is_a_reversal(pipeline: Any) -> None:
    first = pipeline.extract(
        "Marta Ruiz, commander of the Andean Popular Front, said on Monday that her fighters would never "
        "sign the peace accord.",
        published="2026-02-02",
    )
    later = pipeline.extract("Commander Ruiz signed the peace accord on Friday.", published="2026-02-20")
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert (flag.kind, flag.topic) == ("reversal", "peace deal")
    assert flag.before.actor_key == flag.after.actor_key == "marta ruiz"


@pytest.mark.model
def test_a_member_named_through_the_organisation_relays_its_position(pipeline: Any) -> None:
    first = pipeline.extract(
        "The Highland Unity Alliance welcomed an offer of mediation from Ghana, its spokesman, Kwame Boateng,"
        " said on Tuesday.",
        published="2026-02-02",
    )
    later = pipeline.extract(
        "The Highland Unity Alliance will boycott the Accra talks, a senior official of the alliance,"
        " Ama Owusu, said on Friday.",
        published="2026-02-20",
    )
    (flag,) = detect_flags(positions_from_records([first, later]))
    assert (flag.kind, flag.topic, flag.who) == ("reversal", "talks", "Highland Unity Alliance")


@pytest.mark.model
def test_a_statement_hanging_off_a_backtrack_goes_back(pipeline: Any) -> None:
    record = pipeline.extract(
        "Ramesh Lekhak Thapa backtracked on Thursday, saying an internal police review would be enough.",
        published="2026-04-10",
    )
    assert [st.stance for st in record.statements if st.stance] == ["retract"]


@pytest.mark.model
def test_doing_the_topic_s_action_backs_it(pipeline: Any) -> None:
    assert acts(
        pipeline, "Paulo Mendes registered on Friday as a candidate for the presidential election."
    ) == [("registered", "support", "election")]


@pytest.mark.model
def test_a_reported_act_is_the_actors(pipeline: Any) -> None:
    record = pipeline.extract(
        "The Andean Popular Front has frozen the assets of six ministers, the electoral commission said.",
        published="2031-01-01",
    )
    st = next(s for s in record.statements if s.topic == "sanctions")
    by_id = {a.id: a.name for a in record.actors}
    assert st.stance == "support" and by_id.get(st.holder or "") == "Andean Popular Front"
    record = pipeline.extract(
        "The Andean Popular Front will freeze the assets of six ministers, the electoral commission said.",
        published="2031-01-01",
    )
    st = next(s for s in record.statements if s.topic == "sanctions")
    assert st.holder is None  # a plan reported by someone else stays the reporter's statement


@pytest.mark.model
def test_halting_a_pullback_is_an_act_against_it(pipeline: Any) -> None:
    assert acts(pipeline, "General Ivan Petrenko halted the pullback on Monday after more shelling.") == [
        ("halted", "reject", "withdrawal")
    ]
    # a person leaving a place travels
    assert acts(pipeline, "Senator Ivan Petrenko left Kyiv on Monday for talks in Warsaw.") == []
