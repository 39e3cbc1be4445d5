"""Normalised keys for comparing actors, places and evidence across articles written by different outlets."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_LEADING = re.compile(r"^(the|a|an)\s+")
# Words that start sentences or name days and months: capitalised but not names of anything.
_NOT_NAMES = frozenset(
    "the a an in on at of for and but or as after before during while when where with by from to this that "
    "these those it its he she they we i his her their our you mr mrs ms dr monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october november "
    "december however meanwhile earlier later last next some many several about according".split()
)


def fold(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: "Ábiy  Ahmed" → "abiy ahmed"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", stripped.replace("’", "'")).strip().lower()


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
    for i, match in enumerate(_TOKEN.finditer(sentence)):
        word = match.group(0)
        low = fold(word)
        if word[0].isdigit():
            terms.add(low)
        elif word[0].isupper() and i > 0 and low not in _NOT_NAMES and len(low) > 1:
            terms.add(low)
    return frozenset(terms)
