"""Noun phrases from the dependency parse, and role-noun matching inside them.

An :class:`NP` is a head token with its pre-modifiers ("Foreign Minister Sergei Lavrov",
"senior Hungarian and Romanian officials"); a possessor ("Sudan's") is its own NP and is recorded.
Phrases are found right to left so that modifiers are covered by the noun they modify.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from facta.actors.lexicon import ActorLexicon, RoleEntry
from facta.actors.spans import NameSpan
from facta.actors.tokens import Tokens

__all__ = ["NP", "Tokens", "conjuncts", "extract_nps", "is_plural", "role_at"]

LEFT_DEPS = frozenset(
    {"det", "predet", "amod", "compound", "nmod", "nummod", "quantmod", "nn", "npadvmod", "advmod",
     "punct", "cc", "conj", "case", "dep", "poss", "neg", "preconj", "prt"}
)  # fmt: skip
ARG_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "iobj", "pobj", "conj", "appos", "attr", "ROOT", "dative"}
)
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
INDEFINITES = frozenset(
    {"a", "an", "some", "several", "many", "two", "three", "four", "five", "dozens", "hundreds"}
)


@dataclass
class NP:
    head: int
    start: int
    end: int  # exclusive
    possessor: int | None = None  # head token of the possessor NP ("Sudan" in "Sudan's minister")
    span: NameSpan | None = None  # the named span containing the head, if any

    @property
    def tokens(self) -> range:
        return range(self.start, self.end)


def is_plural(tok: Any) -> bool:
    if tok.tag_ in {"NNS", "NNPS"}:
        return True
    if tok.tag_:
        return False
    low: str = tok.text.lower()
    lemma = tok.lemma_.lower() if tok.lemma_ else low
    return lemma != low and low.endswith(("s", "men"))


def role_at(tv: Tokens, lex: ActorLexicon, i: int, lo: int, hi: int) -> tuple[RoleEntry, int, int] | None:
    """The longest role term headed by token ``i`` within tokens [lo, hi): (entry, start, end)."""
    best: tuple[RoleEntry, int, int] | None = None
    for key in tv.keys(i):
        for entry in lex.role_candidates(key):
            if best is not None and entry.size <= best[0].size:
                continue
            rng = _match_context(tv, entry, i, lo, hi)
            if rng is not None:
                best = (entry, rng[0], rng[1])
    return best


def _match_context(tv: Tokens, entry: RoleEntry, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    j = i - 1
    for word in reversed(entry.left):
        while j >= lo and tv.text[j] == "-":
            j -= 1
        if j < lo or word not in tv.keys(j):
            return None
        j -= 1
    start = j + 1
    k = i + 1
    for word in entry.right:
        while k < hi and tv.text[k] == "-":
            k += 1
        if k >= hi or word not in tv.keys(k):
            return None
        k += 1
    return start, k


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sents] if len(doc) else []


def extract_nps(tv: Tokens, span_at: dict[int, NameSpan]) -> list[NP]:
    """Noun phrases in document order (each token belongs to at most one NP core)."""
    n = len(tv)
    covered = [False] * n
    out: list[NP] = []
    for i in range(n - 1, -1, -1):
        if covered[i]:
            continue
        span = span_at.get(i)
        if span is not None:
            head = tv.root(span.start, span.end)
        elif tv.pos[i] in NOMINAL_POS or (tv.pos[i] == "ADJ" and tv.dep[i] in ARG_DEPS):
            head = i
        else:
            continue
        if covered[head]:
            continue
        np = _core(tv, head, span, covered, span_at)
        for j in np.tokens:
            covered[j] = True
        out.append(np)
    out.sort(key=lambda np: np.start)
    return out


def _core(
    tv: Tokens, head: int, span: NameSpan | None, covered: list[bool], span_at: dict[int, NameSpan]
) -> NP:
    start = head
    possessor = None
    poss_edge = -1
    for child in tv.lefts(head):
        dep = tv.dep[child]
        if dep not in LEFT_DEPS:
            continue
        if dep == "poss" and not _name_possessive(tv, child, span, span_at):
            possessor = child
            poss_edge = max(poss_edge, tv.right_edge(child))
            continue
        start = min(start, tv.left_edge(child))
    if possessor is None:  # "India's External Affairs Minister S. Jaishankar": the title's possessor
        for child in tv.lefts(head):
            if tv.dep[child] == "compound":
                owner = next((g for g in tv.lefts(child) if tv.dep[g] == "poss"), None)
                if owner is not None:
                    possessor, poss_edge = owner, tv.right_edge(owner)
    end = head + 1
    if span is not None:
        start = min(start, span.start)
        end = max(end, span.end)
    start = max(start, poss_edge + 1)
    for j in range(head - 1, start - 1, -1):  # never swallow a phrase found earlier (to the right)
        if covered[j] or _breaks(tv, j):
            start = j + 1
            break
    end = next((j for j in range(head + 1, end) if _breaks(tv, j)), end)
    while start < head and (tv.dep[start] in {"punct", "cc"} or tv.text[start] in {",", "(", '"'}):
        start += 1
    return NP(head, start, end, possessor, span)


def _breaks(tv: Tokens, j: int) -> bool:
    """A line break or a free-standing dash ("HEADLINE\n\nCITY - Soldiers"): no phrase runs across it."""
    text = tv.text[j]
    if "\n" in text:
        return True
    return text in {"-", "--", "—", "–"} and j > 0 and tv.space[j - 1] and tv.space[j]


def _name_possessive(tv: Tokens, poss: int, span: NameSpan | None, span_at: dict[int, NameSpan]) -> bool:
    """A plural possessive inside an organisation's name is part of the name, not its owner: "the
    Rural Medical Practitioners' Union", "the Kenya Rail Drivers' Union" (a capitalised head the
    tagger left untyped) -- but a country's stays its owner ("the Philippines' foreign ministry")."""
    if not tv.text[poss][:1].isupper() or not tv.lower[poss].endswith("s"):
        return False
    if not any(tv.text[c] in {"'", "’"} for c in tv.children(poss) if tv.dep[c] == "case"):
        return False  # "'s": a singular owner ("Kenya's Nurses Union")
    if span is None:
        head = tv.head[poss]
        return tv.pos[head] == "PROPN" and tv.text[head][:1].isupper() and poss not in span_at
    if not span.start <= poss < span.end or span.label not in {"ORG", "org", "dict"}:
        return False
    return not any(inner.start <= poss < inner.end for inner in span.inner)


def conjuncts(tok: Any) -> Iterator[Any]:
    """The token and the tokens coordinated with it ("Arnor, Osgiliath and Gondor")."""
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from conjuncts(c)
