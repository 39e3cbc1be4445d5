"""Whole stories on texts we wrote: a period-less headline line is a sentence of its own, a dateline
after it is parsed apart, and the headline's event is merged into the lead event that restates it."""

from __future__ import annotations

from typing import Any

import pytest

from facta.nlp.parse import _pieces, open_lines

STORY = (
    "Gunmen kill five villagers in northern Burkina Faso\n\n"
    "OUAGADOUGOU - Gunmen on motorbikes attacked a village in northern Burkina Faso on Sunday, killing "
    "five people, local officials said.\n\n"
    "The army sent reinforcements to the area."
)


def _parts(text: str) -> list[str]:
    return [text[a:b] for a, b in _pieces(text, 0, open_lines(text))]


def test_headline_and_dateline_are_parsed_apart() -> None:
    parts = _parts(STORY)
    assert parts[0] == "Gunmen kill five villagers in northern Burkina Faso\n\n"
    assert parts[1] == "OUAGADOUGOU - "
    assert parts[2].startswith("Gunmen on motorbikes attacked")


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that ends its sentence
        "Troops left the town on Monday.\n\nResidents returned on Tuesday.",
        # a hard-wrapped sentence: a line break without a blank line is no boundary
        "Troops left the town on Monday after a week\nof fighting, residents said.",
    ],
)
def test_punctuated_or_wrapped_lines_are_not_cut(text: str) -> None:
    assert open_lines(text) == []
    assert _parts(text) == [text]


def test_headline_ending_in_a_quote_is_cut() -> None:
    text = 'Minister calls strike "a threat to the nation"\n\nThe minister spoke on Friday.'
    assert _parts(text)[0] == 'Minister calls strike "a threat to the nation"\n\n'


@pytest.mark.model
def test_headline_and_lead_are_one_event(extract: Any) -> None:
    record = extract(STORY)
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.type, e.evidence.sentence, e.evidence.trigger) for e in record.events]
    assert attacks[0].evidence.sentence > 0  # the lead's report, with its actors, place and date
    assert 0 in {x.sentence for x in attacks[0].more_evidence}
    assert record.incident is not None and record.incident.event == attacks[0].id


@pytest.mark.model
def test_headline_event_without_a_lead_counterpart_stays(extract: Any) -> None:
    record = extract(
        "Rebels kill three soldiers near Goma\n\n"
        "GOMA - The government sent two thousand troops to the eastern border on Monday, officials said."
    )
    assert any(e.type == "ASSAULT" and e.evidence.sentence == 0 for e in record.events), [
        (e.type, e.evidence.sentence) for e in record.events
    ]


@pytest.mark.model
def test_a_passive_toll_clause_is_the_earlier_attack(extract: Any) -> None:
    record = extract(
        "Militants attacked an army base in the north of the country on Friday. Four soldiers were "
        "killed and six were wounded, a military spokesman said."
    )
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.type, e.evidence.sentence, e.evidence.trigger) for e in record.events]
    assert attacks[0].evidence.sentence == 0


@pytest.mark.model
def test_a_toll_clause_with_its_attacker_is_an_event_of_its_own(extract: Any) -> None:
    record = extract(
        "Militants attacked an army base in the north of the country on Friday. Four villagers were "
        "killed by soldiers in a nearby town on Sunday, residents said."
    )
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert len(attacks) == 2, [(e.type, e.evidence.sentence, e.evidence.trigger) for e in record.events]


def test_lines_before_a_blank_line_are_found_by_line_whatever_their_length() -> None:
    long_paragraph = "word " * 4000  # one long line and no blank line: nothing to cut
    assert open_lines(long_paragraph) == []
    text = "Rebels seize town\n \t\nThe rebels said.\n\nLast line open\n"
    assert open_lines(text) == [(0, 17)]  # the closed line and the last line (no blank after) stay
