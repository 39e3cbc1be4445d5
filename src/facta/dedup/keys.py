"""Normalised keys for comparing actors, places and evidence across articles written by different outlets."""

from __future__ import annotations

import re
from functools import cache

from facta.geo.names import strip_accents
from facta.resources import read_data_text

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_LEADING = re.compile(r"^(the|a|an)\s+")


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that are not names (data file dedup/not_names.txt)."""
    lines = read_data_text("dedup/not_names.txt").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def fold(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: "Ábiy  Ahmed" → "abiy ahmed"."""
    return _SPACE.sub(" ", strip_accents(text).replace("’", "'")).strip().lower()


def name_key(name: str) -> str:
    """Key of an actor or place name: folded, leading article dropped, punctuation removed."""
    folded = _LEADING.sub("", fold(name))
    return " ".join(_TOKEN.findall(folded))


def surname_key(name: str) -> str | None:
    """Last word of a multi-word person name ("sergei lavrov" → "lavrov"), else None."""
    words = name_key(name).split()
    return words[-1] if len(words) > 1 else None


def evidence_terms(sentence: str) -> frozenset[str]:
    """Proper-name-like words and numbers of a sentence: what two reports of one event tend to share.

    A capitalised word counts unless it opens the sentence or is a function word, day or month;
    digits count as they are ("12", "2024")."""
    terms: set[str] = set()
    stop = not_names()
    for i, match in enumerate(_TOKEN.finditer(sentence)):
        word = match.group(0)
        low = fold(word)
        if word[0].isdigit() or (word[0].isupper() and i > 0 and low not in stop and len(low) > 1):
            terms.add(low)
    return frozenset(terms)
