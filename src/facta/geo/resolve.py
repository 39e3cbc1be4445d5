"""Toponym resolution: one gazetteer entry per mention, chosen from the article's context.

Each candidate gets a prior (feature kind, population, how well the name matched, capital city) plus
context: the share of the article's *other* place names that lie in the candidate's country and in
its first-level subdivision, and a large bonus (or penalty) when a qualifier follows the mention
("Alexandria, La."). Mentions with the same text are resolved together (one sense per discourse).
Three rounds: priors only, then twice with the context the previous round chose.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from facta.geo.gazetteer import Entry
from facta.geo.names import norm
from facta.geo.recognize import Mention


@dataclass(frozen=True, slots=True)
class Weights:
    """Scoring weights (tuned on the GeoWebNews dev split, see docs/places.md)."""

    country: float = 8.0
    continent: float = 6.5
    region: float = 6.0
    admin1: float = 3.0
    admin2: float = 1.0
    admin1_pop: float = 0.3
    admin2_pop: float = 0.4
    city_pop: float = 0.8
    capital: float = 1.5
    q_alt: float = 1.5
    q_alias: float = 0.5
    q_abbr: float = 0.5
    ctx_country: float = 4.0
    ctx_admin1: float = 3.0
    qualifier_match: float = 10.0
    qualifier_miss: float = 4.0
    dateline_weight: float = 2.0
    kind_hint: float = 3.0
    rounds: int = 3
    veto_population: int = 100_000
    veto_context: float = 3.0


_KIND_BASE = {"directional": "region", "sea": "region"}


def prior(c: Entry, w: Weights, capitals: frozenset[int]) -> float:
    pop = math.log10(c.pop + 10)
    kind = _KIND_BASE.get(c.kind, c.kind)
    if kind == "city":
        score = w.city_pop * pop + (w.capital if c.gid in capitals else 0.0)
    elif kind == "admin2":
        score = w.admin2 + w.admin2_pop * pop
    elif kind == "admin1":
        score = w.admin1 + w.admin1_pop * pop
    else:
        score = {"country": w.country, "continent": w.continent, "region": w.region}.get(kind, 0.0)
    score -= {0: 0.0, 1: w.q_alt, 2: w.q_alias, 3: w.q_abbr}.get(c.q, w.q_alt)
    return score


def _within(c: Entry, q: Entry) -> bool:
    if q.kind == "country":
        return c.cc == q.cc and c.gid != q.gid
    return c.cc == q.cc and c.a1 == q.a1 and c.gid != q.gid


def _key(m: Mention) -> str:
    return ("adj:" if m.role in {"adjectival"} else "") + norm(m.text)


class _LeaveOut:
    """The article's context weights without one mention group's own contribution."""

    __slots__ = ("left", "total", "weight")

    def __init__(self, total: dict[str, float], left: str | None, weight: float) -> None:
        self.total, self.left, self.weight = total, left, weight

    def __getitem__(self, item: str) -> float:
        value = self.total.get(item, 0.0)
        return value - self.weight if item == self.left else value


def resolve(
    mentions: list[Mention], weights: Weights | None = None, capitals: frozenset[int] = frozenset()
) -> None:
    """Set ``entry`` and ``score`` on every mention (``entry`` None when nothing fits)."""
    w = weights or Weights()
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        m.key = _key(m)
        groups[m.key].append(m)
    chosen: dict[str, Entry | None] = {}
    for round_ in range(w.rounds):
        total_cc: dict[str, float] = defaultdict(float)
        total_a1: dict[str, float] = defaultdict(float)
        own: dict[str, tuple[str | None, str | None, float]] = {}  # key -> (cc, a1, weight)
        if round_:
            for key, entry in chosen.items():
                if entry is None:
                    continue
                ms = groups[key]
                weight = math.log2(1 + len(ms))
                if any(m.role == "dateline" for m in ms):
                    weight *= w.dateline_weight
                if all(m.role == "embedded" for m in ms):
                    weight *= 0.5
                a1 = entry.a1 if entry.kind != "country" else None
                own[key] = (entry.cc, a1, weight)
                if entry.cc:
                    total_cc[entry.cc] += weight
                if a1:
                    total_a1[a1] += weight
        sum_cc, sum_a1 = sum(total_cc.values()), sum(total_a1.values())
        new: dict[str, Entry | None] = {}
        for key, ms in groups.items():
            cands = ms[0].candidates
            qualifiers = [q for m in ms for q in m.qualifier]
            best: Entry | None = None
            best_score = -math.inf
            own_cc, own_a1, own_w = own.get(key, (None, None, 0.0))
            ccs = _LeaveOut(total_cc, own_cc, own_w)
            a1s = _LeaveOut(total_a1, own_a1, own_w)
            n_cc = sum_cc - (own_w if own_cc else 0.0)
            n_a1 = sum_a1 - (own_w if own_a1 else 0.0)
            city_form = norm(ms[0].text) + " city"
            for c in cands:
                score = prior(c, w, capitals)
                if c.q == 1 and c.kind == "city" and norm(c.name) == city_form:
                    score += w.q_alt  # "New York" names "New York City" as much as its own name
                # small towns need more than a shared country to win over a famous namesake
                scale = min(1.0, math.log10(c.pop + 10) / 5.0) if c.kind == "city" else 1.0
                if n_cc and c.cc:
                    score += scale * w.ctx_country * ccs[c.cc] / n_cc
                if n_a1 and c.a1 and c.kind != "country":
                    score += scale * w.ctx_admin1 * a1s[c.a1] / n_a1
                hint = ms[0].kind_hint
                kind = "admin" if c.kind in {"admin1", "admin2"} else c.kind
                if hint is not None and hint == kind:
                    score += w.kind_hint
                if qualifiers:
                    score += (
                        w.qualifier_match if any(_within(c, q) for q in qualifiers) else -w.qualifier_miss
                    )
                if score > best_score:
                    best, best_score = c, score
            if (
                best is not None
                and round_ == w.rounds - 1
                and best.kind in {"city", "admin1", "admin2"}
                and best.pop < w.veto_population
                and n_cc >= w.veto_context
                and not ccs[best.cc or ""]
                and not qualifiers
            ):
                best = None  # a small place abroad that nothing else in the article points to
            new[key] = best
            for m in ms:
                m.entry, m.score = best, best_score if best else 0.0
        chosen = new
