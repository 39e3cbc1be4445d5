"""A paragraph opening "Name: ..." is a speaker label only when what follows can be something said."""

from __future__ import annotations

from typing import Any

import pytest

from facta.quotes.nominal import said_after_label
from tests.quotes.test_model_shapes import statements


@pytest.mark.parametrize(
    ("rest", "said"),
    [
        ("We will not sign this agreement.", True),
        ("Yes, we will, and soon, Ms. Hale.", True),
        ("1,204.", False),
        ("12 percent", True),  # a figure with words can be an answer
        ("Ann Lee, Bo Diaz, Cy Moss, Dee Park.", False),
        ("Ann Lee, Bo Diaz.", True),  # two names are too few to be a roster
    ],
)
def test_said_after_label(rest: str, said: bool) -> None:
    assert said_after_label(rest) is said


@pytest.mark.model
def test_tally_and_byline_paragraphs_are_not_statements(pipeline: Any) -> None:
    text = "MORALES: We will not sign this agreement.\n\nMorales: 1,204.\n\nContributing: Ann Lee, Bo Diaz."
    assert statements(pipeline, text) == [("MORALES", ":", ["We will not sign this agreement"])]
