"""When a statement was made: the cue's own time expression, never a date inside what was said."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.model
def test_statement_is_dated_by_its_cue(pipeline: Any) -> None:
    text = "On Wednesday, the governor said the bridge would reopen next month."
    record = pipeline.extract(text, published="2024-06-07")  # a Friday
    (st,) = record.statements
    assert st.when is not None and st.when.date == "2024-06-05" and not st.when.inherited


@pytest.mark.model
def test_a_date_inside_the_quote_is_not_when_it_was_said(pipeline: Any) -> None:
    text = '"We will meet them tomorrow," the mediator told reporters.'
    record = pipeline.extract(text, published="2024-06-07")
    (st,) = record.statements
    assert st.when is not None and st.when.date == "2024-06-07" and st.when.inherited
