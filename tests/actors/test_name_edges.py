"""A day or an adverb the tagger puts at the front of a person's name is no part of the name."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build


def test_a_day_before_a_name_is_left_out(run_actors: Any) -> None:
    doc = build([
        # On Sunday Ann Marlow spoke .
        T("On", "ADP", "prep", 4), T("Sunday", "PROPN", "compound", 3, "B-PERSON"),
        T("Ann", "PROPN", "compound", 3, "I-PERSON"), T("Marlow", "PROPN", "nsubj", 4, "I-PERSON"),
        T("spoke", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
    ])  # fmt: skip
    assert [a.name for a in run_actors(doc).actors] == ["Ann Marlow"]


def test_a_name_particle_stays_in_the_name(run_actors: Any) -> None:
    doc = build([
        # al Rashid spoke .
        T("al", "PROPN", "compound", 1, "B-PERSON"), T("Rashid", "PROPN", "nsubj", 2, "I-PERSON"),
        T("spoke", "VERB", "ROOT", 2), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert [a.name for a in run_actors(doc).actors] == ["al Rashid"]
