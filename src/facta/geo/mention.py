"""A toponym mention: a span of a spaCy Doc and what the gazetteer and the resolver made of it."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    in_list: int = -1  # which list of places joined by commas and "and"/"or" it belongs to (-1: none)
