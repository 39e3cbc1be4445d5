"""Quotation marks and paragraphs (pure text functions)."""

from __future__ import annotations

from facta.quotes.marks import has_quote_mark, paragraphs, quotes


def regions(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotes(text)]


def test_curly_and_straight_pairs() -> None:
    text = '“We will stay,” he said. "We will not leave."'
    assert regions(text) == ["“We will stay,”", '"We will not leave."']


def test_mixed_marks_pair_with_each_other() -> None:
    text = 'He said there was “no evidence" of a bomb.'
    assert regions(text) == ['“no evidence"']


def test_two_apostrophes_as_quotation_marks() -> None:
    text = "''It is a misguided approach,'' said Mr. Burman."
    assert regions(text) == ["''It is a misguided approach,''"]
    assert has_quote_mark("''a view''") and not has_quote_mark("the group's view")


def test_quotation_running_over_paragraphs_continues() -> None:
    text = "“We will not give up the town.\n\n“We have buried too many people here,” he said."
    found = quotes(text)
    assert [(q.closed, q.continues) for q in found] == [(False, True), (True, False)]
    assert all(q.reliable for q in found)


def test_unclosed_quotation_without_continuation_is_unreliable() -> None:
    text = 'He called it "a stunt.\n\nThe talks ended.'
    (q,) = quotes(text)
    assert not q.closed and not q.continues and not q.reliable


def test_closing_mark_typed_at_paragraph_start_opens() -> None:
    text = "”Fear. I am afraid.” ― Jane Doe"
    assert regions(text) == ["”Fear. I am afraid.”"]


def test_paragraphs_skip_blank_lines_and_trim() -> None:
    text = "First line.\n\n  Second line.  \n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["First line.", "Second line."]


def test_apostrophes_are_not_quotations() -> None:
    assert regions("The army's chief said the rebels' offer was late.") == []
