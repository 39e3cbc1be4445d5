"""Name normalisation shared by the gazetteer index and the lookups made from text.

``norm("St. John’s")`` and ``norm("Saint Johns")`` give the same key; so do "Côte d'Ivoire" and
"Cote dIvoire". Keys are lower-case ASCII words separated by single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from facta.resources import read_data_text

_APOSTROPHES = str.maketrans({"’": "", "‘": "", "`": "", "'": "", "ʼ": "", "´": "", ".": ""})
_NON_WORD = re.compile(r"[^0-9a-z&]+")
_WORD_MAP = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
_LATIN = re.compile(r"^[\sA-Za-z0-9'’‘`ʼ.,&()/-]+$")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The lookup key of a place name (empty when nothing word-like is left)."""
    low = strip_accents(text).replace("ß", "ss").casefold().translate(_APOSTROPHES)
    words = _NON_WORD.sub(" ", low).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(_WORD_MAP.get(w, w) for w in words)


def is_latin_name(text: str) -> bool:
    """True for names written in Latin script (after removing accents): the only ones English text uses."""
    return bool(_LATIN.match(strip_accents(text)))


@cache
def generic_words() -> frozenset[str]:
    """Words never taken as a toponym on their own (data file ``places/generic_words.txt``)."""
    lines = read_data_text("places/generic_words.txt").splitlines()
    return frozenset(norm(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


def is_generic(text: str) -> bool:
    """True when every word of ``text`` is a generic word ("Federal", "South Central")."""
    words = norm(text).split()
    return bool(words) and all(w in generic_words() for w in words)


@cache
def word_set(name: str) -> frozenset[str]:
    """One of the word lists in ``places/context_words.tsv`` ("loc_preps", "titles", …)."""
    from facta.resources import read_data_tsv

    for row in read_data_tsv("places/context_words.tsv"):
        if row["set"] == name:
            return frozenset(row["words"].split())
    raise KeyError(name)


def resident(doc: Any, start: int, end: int) -> bool:
    """ "a Truro man", "an Ocala couple": a town's name between "a"/"an" and a word for its people."""
    if start == 0 or end >= len(doc) or doc[end].text.lower() not in word_set("resident_nouns"):
        return False
    if doc[start - 1].text.lower() in {"a", "an"}:
        return True
    # "A 32-year-old Belleview man": the article may sit before the noun's other modifiers
    noun = doc[end]
    return doc[end - 1].head.i == noun.i and any(
        c.dep_ == "det" and c.text.lower() in {"a", "an"} for c in noun.children
    )


def street_name(doc: Any, end: int) -> bool:
    """The name before tokens[end] is a street's ("Detroit Street", "Boston Avenue")."""
    return (
        end < len(doc) and doc[end].text[:1].isupper() and doc[end].text.lower() in word_set("street_words")
    )
