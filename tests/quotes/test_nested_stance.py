"""Inside a reported clause, a want, belief or judgement with its own subject is part of what was said
("said she would not support the tax"); a verb of saying there opens a statement of its own, and so
does a judgement that shares the outer speaker ("said A and rejected the criticism")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


def test_judgement_with_its_own_subject_stays_in_the_report(pipeline: Any) -> None:
    text = "The governor said the budget was fair but that she would not support a new fuel tax."
    found = statements(pipeline, text)
    assert [cue for _speaker, cue, _content in found] == ["said"]
    assert "she would not support a new fuel tax" in " ".join(found[0][2])


def test_verb_of_saying_inside_the_report_still_speaks(pipeline: Any) -> None:
    text = "The minister said the army would leave the town and noted that the rebels had already withdrawn."
    assert [cue for _speaker, cue, _content in statements(pipeline, text)] == ["said", "noted"]
