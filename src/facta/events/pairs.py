"""Compound actors named as a pair: "the two sides", "both countries", "the parties".

Such a phrase refers back to the two parties of the article's last event that had two (or more)
distinct actors: "X's minister met Y's president on Friday. The two sides signed an agreement" -> the
sides are X and Y. The pair nouns and what they resolve to are word lists of ``events/words.tsv``:
``pair_side`` (side, party: the parties' states when they belong to two different states, else the
parties themselves), ``pair_state`` (country, nation, government: the states only) and ``pair_people``
(leader, minister: the parties themselves).
"""

from __future__ import annotations

from collections.abc import Iterable

from facta.events.draft import Draft
from facta.events.lexicon import word_lists
from facta.events.syntax import Token
from facta.state import DocState

PAIR_KINDS = ("pair_side", "pair_state", "pair_people")
PAIR_QUANTIFIERS = frozenset({"two", "both"})


def pair_kind(tok: Token | None) -> str | None:
    """The kind of pair phrase ``tok`` heads ("the two sides", "both countries", "the parties"), else None.

    A plural pair noun with "two" or "both", or a side/party noun with a definite article ("the
    parties"); a noun with a name or modifier of its own ("the two Koreas", "both rebel sides") is not
    an anaphoric pair."""
    if tok is None or tok.tag_ != "NNS":
        return None
    lemma = tok.lemma_.lower()
    words = word_lists()
    kind = next((k for k in PAIR_KINDS if lemma in words.get(k, frozenset())), None)
    if kind is None:
        return None
    deps = {c.dep_ for c in tok.children}
    if deps & {"compound", "amod", "poss", "prep", "relcl", "acl", "appos"}:
        return None
    marks = {c.lower_ for c in tok.children if c.dep_ in {"det", "predet", "nummod", "quantmod"}}
    if marks & PAIR_QUANTIFIERS:
        return kind
    return kind if kind == "pair_side" and marks == {"the"} else None


def last_pair(parties: Iterable[str]) -> list[str]:
    """The distinct actors of one event, in order (source, then target)."""
    out: list[str] = []
    for a in parties:
        if a not in out:
            out.append(a)
    return out


def resolve_pair(state: DocState, pair: list[str], kind: str) -> list[str]:
    """The actors a pair phrase of ``kind`` refers to, given the last two-party event's ``pair``."""
    if kind == "pair_people":
        return list(pair)
    states: list[str] = []
    for a in pair:
        actor = state.actors.get(a)
        if actor.kind == "country":
            found: str | None = a
        elif actor.country and len(actor.country) == 3 and actor.country.isalpha():
            found = next(
                (x.id for x in state.actors if x.kind == "country" and x.country == actor.country), None
            )
        else:
            found = None
        if found is None:
            if kind == "pair_state":
                return []
            return list(pair)
        if found not in states:
            states.append(found)
    if len(states) >= 2:
        return states
    return [] if kind == "pair_state" else list(pair)


def fill_pairs(state: DocState, drafts: list[Draft]) -> None:
    """Give each draft whose source or target is a pair phrase the pair it refers back to (in text order,
    the last earlier draft with two distinct actors)."""
    pair: list[str] = []
    for d in sorted(drafts, key=lambda d: d.cand.tok.i):
        for role, kind, read in d.pair_roles:
            other = d.target if role == "source" else d.source
            found = [a for a in resolve_pair(state, pair, kind) if a not in other] if pair else []
            if found:  # the pair replaces the generic participant read at the phrase ("countries")
                kept = [a for a in getattr(d, role) if a not in read]
                setattr(d, role, kept + [a for a in found if a not in kept])
        parties = last_pair([*d.source, *d.target])
        if len(parties) >= 2:
            pair = parties
