"""Events under construction (drafts) and the passes over all drafts of an article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facta.events.classify import Coded, sentence_contexts, sentence_cues
from facta.events.lexicon import Lexicon
from facta.events.modality import Marks
from facta.events.syntax import Token
from facta.events.triggers import Candidate
from facta.model import When

LETHAL_LEMMAS = frozenset({"kill", "shoot", "die", "dead", "death", "fatal", "killing", "gun"})
PROTEST_WORDS = frozenset(
    {"protest", "demonstration", "rally", "march", "protester", "demonstrator", "sit-in"}
)


class SentenceInfo:
    """Per-sentence facts several events of the sentence need (computed lazily, once)."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.tokens = tokens
        self.lex = lex
        self._cues: list[Any] | None = None
        self._contexts: frozenset[str] | None = None
        lemmas = {t.lemma_.lower() for t in tokens}
        self.lethal = bool(lemmas & LETHAL_LEMMAS)
        self.protest = bool(lemmas & PROTEST_WORDS) or any(lex.classes.get(w) == "protester" for w in lemmas)

    @property
    def cues(self) -> list[Any]:
        if self._cues is None:
            self._cues = sentence_cues(self.tokens, self.lex)
        return self._cues

    @property
    def contexts(self) -> frozenset[str]:
        if self._contexts is None:
            self._contexts = sentence_contexts(self.tokens, self.lex)
        return self._contexts


@dataclass
class Draft:
    """An event before ids and cross-event adjustments."""

    cand: Candidate
    coded: Coded
    marks: Marks
    sentence: int
    source: list[str]
    target: list[str]
    source_class: str | None
    target_class: str | None
    when: When | None
    place: str | None
    statement: str | None
    confidence: float
    contexts: tuple[str, ...] = ()
    extra_topics: set[str] = field(default_factory=set)
    dict_code: str | None = None  # the user verb dictionary's code, when one is loaded and matched


def share_modes(drafts: list[Draft]) -> None:
    """One sentence, one incident: an ASSAULT with no weapon named takes the sentence's other ASSAULT's."""
    for d in drafts:
        if d.coded.type != "ASSAULT" or d.coded.mode is not None:
            continue
        other = next(
            (
                o
                for o in drafts
                if o is not d and o.sentence == d.sentence and o.coded.type == "ASSAULT" and o.coded.mode
            ),
            None,
        )
        if other is not None:
            d.coded.mode, d.coded.detail = other.coded.mode, other.coded.detail


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """Drop a weaker duplicate of an event already coded in the same sentence."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: -d.confidence):
        dup = next(
            (
                o
                for o in out
                if o.sentence == d.sentence
                and o.coded.type == d.coded.type
                and (set(d.source) <= set(o.source) or not d.source)
                and (set(d.target) <= set(o.target) or not d.target)
                and d.cand.tok.pos_ not in {"VERB", "AUX"}
            ),
            None,
        )
        if dup is None:
            out.append(d)
    return out


def mark_interventions(drafts: list[Draft], lex: Lexicon) -> None:
    """ACLED: a protest met by force or arrests (same or next sentence) is a protest with intervention."""
    for p in drafts:
        if p.coded.type != "PROTEST":
            continue
        for o in drafts:
            if o is p or o.sentence not in {p.sentence, p.sentence + 1}:
                continue
            if o.coded.type not in {"ASSAULT", "COERCE"}:
                continue
            against = (
                o.target_class == "protester"
                or bool(set(o.target) & set(p.source))
                or (
                    "protest-context" in o.coded.topics
                    and o.source_class in {None, "police", "military", "state"}
                )
            )
            if not against:
                continue
            lethal = o.coded.type == "ASSAULT" and (
                o.coded.mode in {"firearms", "heavy-weapons", "aerial"}
                or any(t.lemma_.lower() in LETHAL_LEMMAS for t in o.cand.tok.sent)
            )
            p.extra_topics.add("lethal-intervention" if lethal else "intervention")
