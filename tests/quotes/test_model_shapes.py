"""Statement shapes through the real pipeline, on text written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.model


def statements(pipeline: Any, text: str) -> list[tuple[str | None, str | None, list[str]]]:
    record = pipeline.extract(text, published="2024-03-15")
    return [
        (
            s.speaker_span.text if s.speaker_span else None,
            s.cue.text if s.cue else None,
            [c.text for c in s.content],
        )
        for s in record.statements
    ]


def test_direct_quote_with_inverted_cue(pipeline: Any) -> None:
    text = '"We will not leave the town," said Amos Dere, the leader of the Kordofan Liberation Front.'
    assert statements(pipeline, text) == [
        ("Amos Dere, the leader of the Kordofan Liberation Front", "said", ['"We will not leave the town,"'])
    ]


def test_quotation_continues_after_the_cue(pipeline: Any) -> None:
    text = '"We are ready," the commander said. "The army must pull back first."'
    ((speaker, cue, content),) = statements(pipeline, text)
    assert (speaker, cue) == ("the commander", "said")
    assert content == ['"We are ready,"', '"The army must pull back first."']


def test_quotation_over_two_paragraphs(pipeline: Any) -> None:
    text = (
        'The minister spoke to reporters on Monday. "We will not negotiate with men who shell markets,"'
        ' he said.\n\n"We have buried too many people in this town.'
        '\n\n"The army will stay until the roads are safe."'
    )
    found = statements(pipeline, text)
    assert len(found) == 1
    speaker, cue, content = found[0]
    assert (speaker, cue) == ("he", "said")
    assert content[1].startswith('"We have buried') and content[2].startswith('"The army will stay')


def test_institution_with_participle_cue(pipeline: Any) -> None:
    text = "The ministry rejected the proposal on Tuesday, saying it was a trick to rearm the rebels."
    assert statements(pipeline, text) == [
        ("The ministry", "rejected", ["the proposal"]),
        ("The ministry", "saying", ["it was a trick to rearm the rebels"]),
    ]


def test_according_to_and_statement_cue(pipeline: Any) -> None:
    text = (
        "Three soldiers were killed near the border, according to the army. "
        "The police said in a statement that 23 people had been arrested."
    )
    assert statements(pipeline, text) == [
        ("the army", "according to", ["Three soldiers were killed near the border"]),
        ("The police", "said in a statement", ["that 23 people had been arrested"]),
    ]


def test_partial_quote(pipeline: Any) -> None:
    text = 'Osman called the offer "ludicrous" and left the meeting.'
    assert statements(pipeline, text)[0] == ("Osman", "called", ['the offer "ludicrous"'])


def test_speakers_resolved_to_the_full_actor(pipeline: Any) -> None:
    text = (
        "Foreign Minister Sergei Lavrov of Russia said on Monday that talks could resume next week. "
        '"We are open to dialogue," Lavrov told reporters.'
    )
    record = pipeline.extract(text, published="2024-03-15")
    names = [record.actor(s.speaker).name if record.actor(s.speaker) else None for s in record.statements]
    assert names == ["Sergei Lavrov", "Sergei Lavrov"]
    assert record.statements[1].addressee is None or record.actor(record.statements[1].addressee) is not None


def test_extract_json_carries_stance_and_topic(pipeline: Any) -> None:
    text = 'The rebels rejected the truce on Sunday. "There will be no cease-fire," their spokesman said.'
    data = json.loads(pipeline.extract(text, published="2024-03-15").to_json())
    found = [(s["stance"], s["topic"]) for s in data["statements"]]
    assert found == [("reject", "ceasefire"), ("reject", "ceasefire")]


def test_contrasted_subjects_in_one_sentence(pipeline: Any) -> None:
    text = (
        "The leader of the Kordofan Liberation Front, Amos Dere, offered on Tuesday to open peace talks, "
        'but Sudan\'s interior minister, Khalid Osman, dismissed the proposal as "a stunt".'
    )
    record = pipeline.extract(text, published="2024-03-15")
    by_cue = {s.cue.text: s for s in record.statements if s.cue}
    assert by_cue["dismissed"].speaker_span is not None
    assert by_cue["dismissed"].speaker_span.text == "Sudan's interior minister, Khalid Osman,"
    assert (by_cue["dismissed"].stance, by_cue["dismissed"].topic) == ("reject", "talks")
