"""An "as" clause is a parenthetical cue only when its verb takes no complement of its own: "As the
minister put it, ..." reports; "as the rebels continue to advance" is a clause of its own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


def test_as_clause_with_an_infinitive_reports_nothing(pipeline: Any) -> None:
    text = "The mediators flew to Doha again as the envoy continued to insist on new guarantees."
    assert all(cue != "continued" for _speaker, cue, _content in statements(pipeline, text))


def test_as_she_put_it_still_reports(pipeline: Any) -> None:
    text = "The talks, as the minister put it, are going nowhere."
    found = statements(pipeline, text)
    assert any(speaker == "the minister" for speaker, _cue, _content in found)
