"""Parsing articles with spaCy, with wire datelines parsed apart from the sentence they head.

A dateline ("KADUGLI, Sudan (Reuters) - ", "BANGUI - ") glued to the first sentence throws the small
English model off: it folds the place into a person's name or misses the names after it, in the
sentence that matters most. We parse the dateline and the body separately and join the two Docs, so
the result has exactly the article's text and offsets, with the dateline as its own sentence.
"""

from __future__ import annotations

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

    items = list(texts)
    cuts = [dateline_end(t) for t in items]
    bodies = nlp.pipe((t[c:] for t, c in zip(items, cuts, strict=True)), batch_size=batch_size)
    heads = iter(nlp.pipe((t[:c] for t, c in zip(items, cuts, strict=True) if c), batch_size=batch_size))
    for text, cut, body in zip(items, cuts, bodies, strict=True):
        if not cut:
            yield body
            continue
        doc = Doc.from_docs([next(heads), body], ensure_whitespace=False)
        if doc.text != text:  # never hand stages a Doc whose offsets differ from the article
            yield nlp(text)
        else:
            yield doc
