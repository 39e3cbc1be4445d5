"""Dateline places: upper-case words before "(" or a dash ("KADUGLI, Sudan (Reuters) -", "BEIRUT (AP) —",
"CAMP MURRAY, Wash. -"), near the top of a text or, after a caption or an earlier story, further down."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facta.geo.gazetteer import Entry

if TYPE_CHECKING:
    from facta.geo.recognize import Mention, Recognizer

_DASHES = frozenset({"—", "–", "-", "--", ":"})


def find_datelines(rec: Recognizer, doc: Any) -> list[Mention]:
    """Dateline places: upper-case words before "(" or a dash ("KADUGLI, Sudan (Reuters) -",
    "BEIRUT (AP) —"). Near the top of the text they may open any line; further down (a caption
    or another story before them) they must open a line or a sentence and be followed by a
    news agency in parentheses or a dash."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        j, m = _dateline_at(rec, doc, i)
        if m is not None:
            out.append(m)
        i = max(j, i + 1)
    return out


def _dateline_at(rec: Recognizer, doc: Any, i: int) -> tuple[int, Mention | None]:
    tok = doc[i]
    prev = doc[i - 1] if i else None
    line_start = prev is None or "\n" in prev.text or "\n" in prev.whitespace_
    if line_start and i < 60 and tok.text.istitle() and tok.text.isalpha():
        return _title_dateline(rec, doc, i)
    if not (tok.text.isupper() and tok.text.isalpha() and len(tok) > 1):
        return i + 1, None
    sentence_start = prev is not None and prev.text in {".", ")", "]"} and bool(prev.whitespace_)
    if not (line_start or sentence_start):
        return i + 1, None
    early = i < 60 and line_start
    j = i
    while j < len(doc) and j - i < 6 and (doc[j].text.isupper() or doc[j].text in {".", "-"}):
        if doc[j].text == "-" and doc[j - 1].whitespace_:
            break  # a spaced hyphen is the dash ("OCALA - A man …"); "WINSTON-SALEM" goes on
        j += 1
    k = j
    qualifier: tuple[Entry, ...] = ()
    if k < len(doc) and doc[k].text == ",":
        qualifier = rec._qualifier(doc, k + 1)
        k += 1
        while k < len(doc) and doc[k].text not in {"(", "—", "–", "-", "--"} and k - j < 5:
            k += 1
    if k >= len(doc) or j == i:
        return j + 1, None
    closing = doc[k].text
    spaced_hyphen = closing == "-" and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)
    if early:
        ok = closing in {"(", "—", "–", "-", "--", ":"}
    elif spaced_hyphen:  # a brief opening a line of a round-up: "DUNNELLON - City council …"
        ok = line_start
    elif closing == "(":  # an agency: "(AP)", "(Reuters)", "(Thomson Reuters Foundation)"
        close = next((n for n in range(k + 1, min(k + 6, len(doc))) if doc[n].text == ")"), None)
        ok = close is not None and all(t.text[:1].isupper() for t in doc[k + 1 : close])
        ok = ok and close is not None and close + 1 < len(doc) and doc[close + 1].text in _DASHES
    else:
        ok = closing in {"—", "–", "--"}
    if not ok:
        return j + 1, None
    m = rec._mention(doc, i, j, "dateline", "", "dateline")
    m.qualifier = qualifier
    return k, m if m.candidates or qualifier else None  # "CAMP MURRAY, Wash. (AP)": in Washington


def _title_dateline(rec: Recognizer, doc: Any, i: int) -> tuple[int, Mention | None]:
    """A dateline in title case at the top, only with its state or country and a dash or an
    agency: "Salem, OR - Marion County deputies …", "Springfield, Mo. (AP) —"."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].text.istitle() and doc[j].text.isalpha():
        j += 1
    if j + 1 >= len(doc) or doc[j].text != ",":
        return i + 1, None
    n, qualifier = rec._qualifier_span(doc, j + 1)
    k = j + 1 + n
    if not n or k >= len(doc) or doc[k].text not in {"(", "—", "–", "-", "--"}:
        return i + 1, None
    if doc[k].text == "-" and not (doc[k - 1].whitespace_ and doc[k].whitespace_):
        return i + 1, None
    m = rec._mention(doc, i, j, "dateline", "", "dateline")
    m.qualifier = qualifier
    return k, m if m.candidates else None
