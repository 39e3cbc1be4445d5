"""Round 11: who a pronoun speaker is when the previous sentence talks about another person, and
denied cues. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _speaker_name(record: Any, statement: Any) -> str | None:
    names = {a.id: a.name for a in record.actors}
    return names.get(statement.speaker)


@pytest.mark.model
def test_she_said_continues_the_previous_speaker_not_the_person_she_spoke_about(pipeline: Any) -> None:
    text = (
        "The health minister, Maria Lopez, said the death of the farmer's daughter, Ana Ruiz, who was "
        "buried in the valley on Sunday, was a \u201cdisgrace for the whole region\u201d. "
        "\u201cNobody should die waiting for a doctor,\u201d she said."
    )
    record = pipeline.extract(text, published="2024-06-07")
    quoted = [s for s in record.statements if s.content_text.startswith("\u201cNobody")]
    assert len(quoted) == 1
    assert quoted[0].speaker_span is not None and quoted[0].speaker_span.text == "she"
    assert _speaker_name(record, quoted[0]) == "Maria Lopez"


@pytest.mark.model
def test_she_said_after_a_report_about_another_woman_keeps_the_reporter(pipeline: Any) -> None:
    text = (
        "Senator Clara Diaz called for Elena Mora to be released, but said the court had chosen to "
        "ignore her appeal. \u201cThis is a shameful day for our courts,\u201d she said on Friday."
    )
    record = pipeline.extract(text, published="2024-06-07")
    quoted = [s for s in record.statements if s.content_text.startswith("\u201cThis")]
    assert len(quoted) == 1
    assert _speaker_name(record, quoted[0]) == "Clara Diaz"


@pytest.mark.model
def test_a_woman_who_speaks_after_being_named_in_a_report_is_not_overridden_by_a_man(
    pipeline: Any,
) -> None:
    """The previous speaker is a man ("he" resolved to him before): "she" cannot continue him."""
    text = (
        "Omar Haddad said he had met the lawyer, Leila Nasser, on Monday. He said Nasser was ready to "
        "help. \u201cI will take the case,\u201d she said."
    )
    record = pipeline.extract(text, published="2024-06-07")
    quoted = [s for s in record.statements if s.content_text.startswith("\u201cI will")]
    assert len(quoted) == 1
    assert _speaker_name(record, quoted[0]) != "Omar Haddad"


@pytest.mark.model
def test_a_denied_cue_is_marked_negated(pipeline: Any) -> None:
    text = (
        "The governor did not mention the strike in his speech. "
        "The mayor never claimed the victory. The union leader mentioned the strike."
    )
    record = pipeline.extract(text, published="2024-06-07")
    by_cue = {s.cue.text: s for s in record.statements if s.cue is not None}
    assert by_cue["did not mention"].negated
    assert by_cue["never claimed"].negated
    assert not by_cue["mentioned"].negated


@pytest.mark.model
def test_a_name_in_her_own_words_is_not_who_says_them(pipeline: Any) -> None:
    text = (
        "The rights commissioner, Sofia Brandt, said more was needed to protect young people such as "
        "Nadia Karim. \u201cNadia was failed by every school she attended,\u201d she said. "
        "She added: \u201cWe must do better.\u201d"
    )
    record = pipeline.extract(text, published="2024-06-07")
    names = [_speaker_name(record, s) for s in record.statements if s.content_text.startswith("\u201c")]
    assert len(names) == 2 and all(n is not None and n.endswith("Brandt") for n in names)


@pytest.mark.model
def test_a_bare_passive_participle_reports_nothing_its_subject_said(pipeline: Any) -> None:
    text = (
        "Described as the most powerful woman in the movement, Rana Aziz is touring Europe this week. "
        "Aziz said the talks would resume in May."
    )
    record = pipeline.extract(text, published="2024-06-07")
    assert [s.cue.text for s in record.statements if s.cue is not None] == ["said"]
