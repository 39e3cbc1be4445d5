"""The casualty lexicons (``facta/data/tolls/``): cue words, victim kinds and figure qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from facta.resources import read_data_tsv


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    pos: str  # VERB, NOUN, ADJ
    kind: str  # killed, injured, arrested, casualties
    role: str  # object, subject, of
    needs: str = ""  # a child lemma that must be present ("shoot" + "dead")


@dataclass(frozen=True, slots=True)
class Marker:
    phrase: str
    kind: str  # at_least, approx, at_most, separate, more, superseded, period, cumulative, subset
    where: str  # before, after, clause
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class TollLexicon:
    cues: dict[tuple[str, str], Cue]
    victims: dict[str, str]
    markers: tuple[Marker, ...]

    def cue(self, lemma: str, pos: str) -> Cue | None:
        return self.cues.get((lemma, pos))

    def markers_of(self, where: str) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.where == where)


@cache
def load_lexicon() -> TollLexicon:
    cues = {
        (r["lemma"], r["pos"]): Cue(r["lemma"], r["pos"], r["kind"], r["role"], r["needs"])
        for r in read_data_tsv("tolls/cues.tsv")
    }
    victims = {r["word"]: r["victim"] for r in read_data_tsv("tolls/victims.tsv")}
    markers = tuple(
        Marker(
            r["phrase"],
            r["kind"],
            r["where"],
            re.compile(rf"(?<![\w-]){re.escape(r['phrase'])}(?![\w-])", re.IGNORECASE),
        )
        for r in read_data_tsv("tolls/markers.tsv")
    )
    return TollLexicon(cues, victims, markers)
