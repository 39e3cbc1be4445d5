"""Toponyms inside organisation and facility names ("Syrian Observatory for Human Rights",
"Laurel County Sheriff's Office", "Columbia City Council"): kept with role ``embedded``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facta.geo.gazetteer import Entry
from facta.geo.mention import Mention, scan_longest
from facta.geo.names import is_generic, norm, word_set

if TYPE_CHECKING:
    from facta.geo.recognize import Recognizer

_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "PART", "NUM"})


def find_embedded(rec: Recognizer, doc: Any, start: int, end: int, label: str) -> list[Mention]:
    """Toponyms inside an organisation/facility name, longest first."""

    def attempt(i: int, n: int) -> Mention | None:
        if (i, i + n) == (start, end) and label not in {"NORP"}:
            return None
        words = doc[i : i + n]
        if (
            not words[0].text[:1].isupper()
            or words[0].text.lower() in {"the", "a", "an"}
            or words[0].pos_ in _FUNCTION_POS
            or is_generic(words.text)
        ):
            return None
        adj = rec.gaz.adjective(words.text) if n <= 2 else None
        if adj is None and label == "NORP":
            return None  # a group's name: only adjectival toponyms inside it
        cands = (adj,) if adj is not None else rec.candidates(words.text, strict=True)
        if adj is None and n > 1 and i + n < end:
            cands = _town_institution(rec, doc, i, i + n, cands)
        if adj is None and not any(_embeddable(c, doc, i, i + n, end) for c in cands):
            return None
        evidence = "embedded-adjective" if adj is not None else "embedded"
        return Mention(
            i,
            i + n,
            words.start_char,
            words.end_char,
            words.text,
            "embedded",
            label,
            cands,
            evidence=evidence,
        )

    return scan_longest(start, end, lambda i: min(6, end - i), attempt)


def _town_institution(
    rec: Recognizer, doc: Any, s: int, e: int, cands: tuple[Entry, ...]
) -> tuple[Entry, ...]:
    """ "Columbia City Council", "Vienna Town Hall": the institution of the town named before
    "City"/"Town", so that town's namesakes are candidates too (next to a "Columbia City")."""
    if not cands or doc[e - 1].text.lower() not in {"city", "town"}:
        return cands
    if doc[e].text.lower() not in word_set("local_institutions") | {"hall", "manager", "attorney"}:
        return cands
    seen = {c.gid for c in cands}
    towns = tuple(
        c for c in rec.gaz.lookup(doc[s : e - 1].text) if c.kind == "city" and c.q == 0 and c.gid not in seen
    )
    return cands + towns


def _embeddable(c: Entry, doc: Any, s: int, e: int, end: int) -> bool:
    if c.q > 2:  # an abbreviation ("Ky. State Police", "FrontCounter BC"): the resolver keeps it
        return c.kind == "admin1"  # only when the article points to its country
    if c.kind in {"country", "admin1", "continent", "region", "sea"}:
        return True
    if c.q != 0:
        return False
    if c.kind == "admin2" and norm(doc[s:e].text) == norm(c.name) and " " in c.name:
        return True  # "Laurel County Sheriff's Office": the subdivision with its type word
    after = doc[e].text.lower() if e < end else ""
    before = doc[s - 1].text.lower() if s > 0 else ""
    return c.pop >= 100_000 or (
        c.pop >= 15_000 and (after in word_set("institution_words") or before in {"of", "in"})
    )
