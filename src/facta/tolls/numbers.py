"""Numbers written in digits or words: "12", "1,200", "twenty-five", "two hundred", "a dozen", "dozens".

Shared by the dates stage ("five months ago") and the tolls stage ("at least 12 civilians"). The word
list is data (``facta/data/tolls/numbers.tsv``); :func:`parse_number` turns a phrase into a
:class:`Quantity` (an exact value, or a low..high range for vague words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from facta.resources import read_data_tsv


@dataclass(frozen=True, slots=True)
class NumberWord:
    kind: str  # cardinal, ordinal, vague, multiplier
    value: int | None
    low: int | None
    high: int | None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed number: ``value`` when exact, else ``low``..``high`` (``high`` None = open-ended)."""

    low: int
    high: int | None
    exact: bool
    ordinal: bool = False

    @property
    def value(self) -> int | None:
        return self.low if self.exact else None


@cache
def number_words() -> dict[str, NumberWord]:
    """The number lexicon (loaded on first use)."""

    def num(cell: str) -> int | None:
        return int(cell) if cell.strip() else None

    return {
        row["word"]: NumberWord(row["kind"], num(row["value"]), num(row["low"]), num(row["high"]))
        for row in read_data_tsv("tolls/numbers.tsv")
    }


_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_ORD_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_SPLIT = re.compile(r"[\s\-]+")


def number_pattern() -> str:
    """A regex (no groups) matching a number phrase in digits or words, e.g. "twenty-five", "2,000"."""
    words = number_words()
    cardinals = sorted((w for w, n in words.items() if n.kind in {"cardinal", "multiplier"}), key=len)
    alt = "|".join(re.escape(w) for w in reversed(cardinals))
    word_num = rf"(?:{alt})(?:(?:[\s\-]+|\s+and\s+)(?:{alt}))*"
    digits = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    return rf"(?:(?:{digits})(?:\s+(?:hundred|thousand|million|billion))?|{word_num})"


def parse_number(text: str) -> Quantity | None:
    """The quantity a number phrase names, or None when it is not a number.

    >>> parse_number("twenty-five").value
    25
    >>> parse_number("a dozen").value
    12
    >>> parse_number("dozens").low
    24
    """
    low = text.strip().lower().replace("\u2013", "-")
    low = re.sub(r"^(?:a|an|one)\s+(?=dozen|hundred|thousand|million|couple|few|handful|score\b)", "", low)
    low = re.sub(r"\s+of$", "", low)
    if not low:
        return None
    if _DIGITS.match(low):
        return Quantity(int(low.replace(",", "")), None, True)
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)$", low)
    if m:
        mult = number_words()[m.group(2)].value or 1
        return Quantity(round(float(m.group(1)) * mult), None, True)
    m = re.match(r"^half\s*-?\s*an?\s*-?\s*(hundred|thousand|million|billion)$", low)
    if m:  # "half a million", "half-a-million"
        return Quantity((number_words()[m.group(1)].value or 2) // 2, None, True)
    m = _ORD_DIGITS.match(low)
    if m:
        return Quantity(int(m.group(1)), None, True, ordinal=True)
    words = number_words()
    if low in {"a", "an"}:
        return Quantity(1, None, True)
    entry = words.get(low)
    if entry is not None and entry.kind == "vague":
        return Quantity(entry.low or 0, entry.high, False)
    if entry is not None and entry.kind == "quantifier":
        return Quantity(entry.value or 0, None, True)
    if entry is not None and entry.kind == "ordinal":
        return Quantity(entry.value or 0, None, True, ordinal=True)
    return _compound(low, words)


def _compound(low: str, words: dict[str, NumberWord]) -> Quantity | None:
    """ "two hundred and fifty", "twenty-five", "three thousand" → exact values."""
    total = 0
    current = 0
    seen = False
    for part in _SPLIT.split(low):
        if part == "and" and seen:
            continue
        entry = words.get(part)
        if entry is None:
            if _DIGITS.match(part):
                current += int(part.replace(",", ""))
                seen = True
                continue
            return None
        if entry.kind == "cardinal" and entry.value is not None:
            current += entry.value
        elif entry.kind == "multiplier" and entry.value is not None:
            current = max(current, 1) * entry.value
            if entry.value >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return Quantity(total + current, None, True)
