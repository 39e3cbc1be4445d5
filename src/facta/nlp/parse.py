"""Parsing articles with spaCy, with wire datelines parsed apart from the sentence they head.

A dateline ("KADUGLI, Sudan (Reuters) - ", "BANGUI - ") glued to the first sentence throws the small
English model off: it folds the place into a person's name or misses the names after it, in the
sentence that matters most. We parse the dateline and the body separately and join the two Docs, so
the result has exactly the article's text and offsets, with the dateline as its own sentence.

Headline lines in Title Case or capitals are parsed from a sentence-cased copy of the same length (see
:mod:`facta.nlp.recase`); the Doc keeps the original text and takes the copy's analysis.

A line with no final punctuation followed by a blank line (a sentence-case headline, a sub-heading, a
byline) ends its sentence: the parser would otherwise join it to the paragraph after it ("Bomber kills
19 at market\n\nA woman detonated ..." as one sentence). A wire dateline that opens the first
paragraph after such a headline is parsed apart too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

# An upper-case place (optionally ", Country" or a date), an optional agency in parentheses, a dash.
DATELINE = re.compile(
    r"""\A[ \t]*
    [A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3}        # KADUGLI / NEW YORK / SANT'ANA
    (?:,[ ][A-Z][\w.'\- ]{1,40}?)?                    # , Sudan / , March 14 / , 3 March 2024
    (?:[ ]?\([A-Za-z][\w .&'\-]{0,30}\))?             # (Reuters) / (AP)
    [ ]?[-–—]{1,2}[ \t]+                              # the dash
    (?=["“'‘A-Z0-9])                                  # the body starts here
    """,
    re.VERBOSE,
)


def dateline_end(text: str) -> int:
    """Offset where the body starts after a leading wire dateline, or 0 when there is none."""
    m = DATELINE.match(text)
    if m is None:
        return 0
    head = m.group(0)
    letters = [c for c in head.split(",")[0].split("(")[0] if c.isalpha()]
    return m.end() if len(letters) >= 2 and all(c.isupper() for c in letters) else 0


def parse(nlp: Any, text: str) -> Any:
    """One Doc for ``text`` (same text and offsets), the dateline parsed apart from the body."""
    return next(iter(parse_many(nlp, [text])))


def parse_many(nlp: Any, texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
    """Docs for ``texts`` in order, batched through ``nlp.pipe``."""
    from spacy.tokens import Doc

    from facta.nlp.recase import recase_lines

    items = list(texts)
    copies: list[str] = []
    pieces: list[list[tuple[int, int]]] = []
    for text in items:
        copy, lines = recase_lines(text)
        copies.append(copy)
        pieces.append(_pieces(text, dateline_end(text), lines + open_lines(text)))
    parsed = iter(
        nlp.pipe(
            (copy[a:b] for copy, cuts in zip(copies, pieces, strict=True) for a, b in cuts),
            batch_size=batch_size,
        )
    )
    for text, copy, cuts in zip(items, copies, pieces, strict=True):
        docs = [next(parsed) for _ in cuts]
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != copy:  # never hand stages a Doc whose offsets differ from the article
            doc = nlp(copy)
        yield doc if copy == text else restore_text(doc, text)


# A line followed by a blank line is "open" when it does not end in sentence-final punctuation.
FINAL = frozenset(".!?:;…")
CLOSERS = "\"”'’)] \t"


def open_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of lines that end without final punctuation before a blank line, and the dateline
    opening the paragraph after the first such line (when the text itself does not open with one)."""
    out = [(a, b) for a, b in _lines_before_blank(text) if text[a:b].rstrip(CLOSERS)[-1:] not in FINAL]
    if out and not dateline_end(text):
        start = out[0][1]
        while start < len(text) and text[start].isspace():
            start += 1
        if cut := dateline_end(text[start:]):
            out.append((start, start + cut))
    return out


def _lines_before_blank(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line with some text that a line of only spaces/tabs and a newline follow
    (a scan over lines: linear in the text, where a regular expression backtracks on long lines)."""
    lines = text.split("\n")
    out = []
    start = 0
    for k, line in enumerate(lines[:-2]):
        if line.strip() and not lines[k + 1].strip(" \t"):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _pieces(text: str, cut: int, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of ``text`` parsed apart: a dateline, each headline line (with the blank after it), the rest."""
    bounds = {0, len(text), cut}
    for start, end in lines:
        while end < len(text) and text[end].isspace():
            end += 1
        bounds.update((start, end))
    ordered = sorted(bounds)
    keep = [0]
    for b in ordered[1:]:
        if b == len(text) or text[keep[-1] : b].strip():  # a blank-only part joins the next one
            keep.append(b)
    return [(a, b) for a, b in itertools.pairwise(keep) if b > a] or [(0, len(text))]


def restore_text(doc: Any, text: str) -> Any:
    """A Doc with ``text`` (same length as ``doc.text``) and ``doc``'s tokens and analysis."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    words = [text[t.idx : t.idx + len(t)] for t in doc]
    new = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    new.from_array(attrs, doc.to_array(attrs))
    if new.text != text:  # pragma: no cover - same lengths give the same text
        return doc
    return new
