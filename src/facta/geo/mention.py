"""A toponym mention: a span of a spaCy Doc and what the gazetteer and the resolver made of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal

from facta.geo.gazetteer import Entry


@dataclass
class Mention:
    """One toponym mention: tokens [start, end) of the Doc and what the gazetteer offers for it."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    role: str  # literal | adjectival | embedded | dateline
    label: str  # the spaCy label it came from ("" when spaCy had none)
    candidates: tuple[Entry, ...] = ()
    qualifier: tuple[Entry, ...] = ()  # entries of a following ", Sudan" / ", Ky."
    evidence: str = "ner"  # why it counts as a place
    entry: Entry | None = None
    score: float = 0.0
    key: str = field(default="", repr=False)
    kind_hint: str | None = None  # "city" after "the town of", "admin" before "province", "area" after
    # "central"
    cc: str | None = None  # the resolved country (the entry's, or inferred when no entry fits)
    a1: str | None = None  # its first-level subdivision code, when known (also without an entry)
    in_list: int = -1  # which list of places joined by commas and "and"/"or" it belongs to (-1: none)


# what a span attempt returns: the mention found, None to try a shorter span, STOP to move on
STOP: Final = False
Attempt = Callable[[int, int], "Mention | Literal[False] | None"]


def scan_longest(start: int, end: int, longest: Callable[[int], int], attempt: Attempt) -> list[Mention]:
    """The token scan shared by names searched inside a longer name ("Greece Italy", "Syrian
    Observatory for Human Rights"): left to right over tokens [start, end), at each position the
    longest span ``attempt(i, n)`` accepts, from ``longest(i)`` tokens down to one (``STOP`` ends
    the search at that position); the scan goes on after a span found, else at the next token."""
    out: list[Mention] = []
    i = start
    while i < end:
        found = None
        for n in range(longest(i), 0, -1):
            got = attempt(i, n)
            if got is STOP:
                break
            if got is not None:
                found = got
                break
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out
