"""The vocabulary of stances (the stance names, commitment and negation words), the reading of one
statement (:class:`Position`), and what one position word says: its stance from the lexicon
(:func:`trigger_stance`), whether it is negated, denied or turned by a refusal governing it.
Helpers of :mod:`facta.quotes.stance`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facta.quotes.stance_lexicon import StanceLexicon
from facta.quotes.stance_scope import no_longer

STANCES = (
    "offer", "support", "demand", "reject", "accuse", "threaten", "deny", "retract", "qualify", "reverse"
)  # fmt: skip
# "reverse": a change of mind named as such ("a U-turn on the strike"); its direction is the
# opposite of the actor's earlier position (resolved across articles by facta.positions)
REVERSE = "reverse"
POSITIVE = frozenset({"offer", "support", "demand"})
NEGATIVE = frozenset({"reject"})
BACKTRACK = frozenset({"retract", "qualify"})
FLIP = {"offer": "reject", "support": "reject", "demand": "reject", "reject": "support"}
# Nouns that refer back to an earlier position ("the proposal", "the offer").
COMMITTING = frozenset({"will", "would", "shall", "'ll", "wo"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
# subjects that negate their verb: "nobody is leaving", "none of us will sign"
NEGATIVE_SUBJECTS = frozenset({"nobody", "noone", "none", "nothing", "neither"})
# entity types a frame's "@place" object stands for ("leave Masisi")


@dataclass(frozen=True, slots=True)
class Position:
    stance: str | None
    topic: str | None
    referring: bool = False  # the content only refers back ("the proposal") and names no topic
    trigger: int | None = field(default=None, compare=False)  # the content word stating the position
    # the topic is named only where it says who or what is meant (a relative clause, an apposition:
    # "will call any man who stands as a candidate a traitor"), not as the matter of the content
    aside: bool = field(default=False, compare=False)


def negated(tok: Any) -> bool:
    """Whether a position word is negated: "will not accept", "never agreed", "no ceasefire"."""
    if any(c.dep_ == "neg" or c.text.lower() in NEGATORS or no_longer(c) for c in tok.children):
        return True
    if any(c.dep_ in {"nsubj", "nsubjpass"} and _negative_subject(c) for c in tok.children):
        return True  # "nobody is leaving", "no soldier will withdraw"
    # "is not ready to", "did not want to"
    head_negated = any(c.dep_ == "neg" or c.text.lower() in NEGATORS for c in tok.head.children)
    return tok.dep_ in {"xcomp", "acomp"} and head_negated


def _negative_subject(subj: Any) -> bool:
    """ "nobody", "none of them", "no one", "no soldier"."""
    if subj.text.lower() in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.text.lower() == "no" for c in subj.children)


def trigger_stance(lex: StanceLexicon, tok: Any) -> str | None:
    lemma = tok.lemma_.lower()
    stance = lex.lemmas.get(lemma) or lex.lemmas.get(tok.text.lower())
    if stance is None:
        return None
    if lemma in lex.verb_only and tok.pos_ != "VERB":
        return None  # "a sign of", "the end of the talks"
    if lemma == "call" and (
        not any(c.text.lower() in {"for", "on"} for c in tok.children)
        or any(c.dep_ == "prt" and c.text.lower() == "off" for c in tok.children)
    ):
        return None  # "called it a stunt" is not a demand, nor is "called it off on Tuesday"
    if lemma == "rule" and not any(c.text.lower() == "out" for c in tok.children):
        return None
    if lemma in {"end", "quit", "fight", "combat"} and not any(c.dep_ == "dobj" for c in tok.children):
        # "we will end the strike" rejects it; "the truce ends on Friday" reports its term; "would
        # fight any pardon" opposes it, "will fight for independence" does not
        return None
    if (
        lemma in {"open", "declare", "announce"}
        and tok.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        return (
            None  # "declared a truce" takes a position; "declared (that) convoys will not pass" reports one
        )
    return stance


def denied(lex: StanceLexicon, tok: Any) -> bool:
    """Whether a position word is what its speaker denies having said ("denied offering", "denies
    that she had promised"): the word is the object or clause of a denial verb."""
    head = tok.head
    return (
        head.i != tok.i
        and tok.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"}
        and trigger_stance(lex, head) == "deny"
        and not negated(head)
    )


def past_perfect(tok: Any) -> bool:
    """A verb in the past perfect ("had not left"): a report of what happened, not a position."""
    return any(c.dep_ == "aux" and c.text.lower() in {"had", "'d"} for c in tok.children)


def oriented(lex: StanceLexicon, tok: Any, stance: str) -> str:
    """A position word's stance, turned by negation ("will not accept") or by a refusal governing it
    ("refused to sign", "declined to endorse")."""
    flip = negated(tok)
    head = tok.head
    if (
        tok.dep_ == "xcomp"
        and head.i != tok.i
        and trigger_stance(lex, head) == "reject"
        and not negated(head)
    ):
        flip = not flip
    return FLIP.get(stance, stance) if flip else stance
