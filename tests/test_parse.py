from __future__ import annotations

from typing import Any

import pytest

from facta.nlp.parse import dateline_end


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("KADUGLI, Sudan (Reuters) - The leader spoke.", "The leader spoke."),
        ("BEIRUT (AP) — A Kurdish militia spokesman says.", "A Kurdish militia spokesman says."),
        ("BANGUI - Mahamat Zakaria said.", "Mahamat Zakaria said."),
        ("NEW YORK, March 14 (Reuters) -- Stocks fell.", "Stocks fell."),
        ('WASHINGTON — "We are ready," he said.', '"We are ready," he said.'),
    ],
)
def test_datelines_are_found(text: str, body: str) -> None:
    assert text[dateline_end(text) :] == body


@pytest.mark.parametrize(
    "text",
    [
        "US troops - mostly marines - landed.",
        "The army said - nothing more.",
        "Rebels attacked Kadugli.",
        "Kadugli - a town - was shelled.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_end(text) == 0


@pytest.mark.model
def test_dateline_parsed_apart_keeps_text_and_offsets(nlp: Any) -> None:
    from facta.nlp.parse import parse, parse_many

    text = "BANGUI - Mahamat Zakaria, the leader of the union, said on Monday that talks would resume."
    doc = parse(nlp, text)
    assert doc.text == text
    assert next(s.text for s in doc.sents) == "BANGUI -"
    assert ("Mahamat Zakaria", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    plain = "Rebels attacked the town on Tuesday."
    docs = list(parse_many(nlp, [text, plain, text]))
    assert [d.text for d in docs] == [text, plain, text]
