"""A document or survey as the source of a clause through an "in" phrase; a dateline with a
date. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


def test_fronted_poll_is_the_source(pipeline: Any) -> None:
    text = "In the latest poll, the president trails his rival by four points."
    assert statements(pipeline, text) == [
        ("the latest poll", "In", ["the president trails his rival by four points"])
    ]


def test_fronted_report_is_the_source(pipeline: Any) -> None:
    text = "In the report, the monitors count 40 dead in the town."
    assert statements(pipeline, text) == [("the report", "In", ["the monitors count 40 dead in the town"])]


def test_trailing_poll_is_the_source(pipeline: Any) -> None:
    text = "The ruling party gained ground in polls taken after the debate."
    assert statements(pipeline, text) == [
        ("polls taken after the debate", "in", ["The ruling party gained ground"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in the attack.",  # not a source noun
        "In a statement, the group said it would return to talks.",  # the verb is the cue
        "In a statement issued on Tuesday, the bank apologised to its customers.",  # the bank's own medium
        "The minister described the war in her book.",  # trailing, and not a poll
    ],
)
def test_no_source_statement(pipeline: Any, text: str) -> None:
    assert all(cue not in {"In", "in"} for _s, cue, _c in statements(pipeline, text))


def test_dateline_with_a_date_is_not_the_speaker(pipeline: Any) -> None:
    """ "CITY, Month Day —" opens the paragraph: the speaker is the phrase after it."""
    text = (
        "MOGADISHU, June 1 — Somalia's state minister for defence, Abdi Farah, said troops would leave "
        "the town by the end of the month."
    )
    assert [s for s, _c, _t in statements(pipeline, text)] == [
        "Somalia's state minister for defence, Abdi Farah,"
    ]


def test_according_to_a_source_the_tagger_read_as_a_verb(pipeline: Any) -> None:
    """ "according to show insiders" with "show" tagged a verb: the words after "to" are the source."""
    text = "The host often mocked his guests, according to show insiders."
    assert statements(pipeline, text) == [
        ("show insiders", "according to", ["The host often mocked his guests"])
    ]


def test_cue_after_an_adverb_and_preposition_inherits_the_subject(pipeline: Any) -> None:
    """ "stopped short of calling", "aside from saying": the subject of the verb the adverb modifies."""
    text = "The minister stopped short of calling the vote a fraud."
    assert statements(pipeline, text) == [("The minister", "calling", ["the vote a fraud"])]
