"""From casualty mentions to tolls: each death counted once, distinct incidents summed.

The rules (docs/tolls.md has the reasoning):

1. Figures that are not new casualties are left out, with a note on their Casualty: running totals
   over a period ("bringing the toll this month to 41": ``period``) when the article gives another
   figure of that kind (otherwise the running total is the article's figure), superseded figures ("an earlier
   toll of three"), figures about another, earlier incident (``historical``), and parts of another
   figure ("including five children": ``subset``, which still tells the victims' kinds).
2. Mentions are grouped into incidents in reading order; a separateness marker ("Elsewhere",
   "in a separate attack") or a different place or date starts a new one.
3. In an incident, the same figure for compatible victims is one report said twice (``repeat``);
   an ordinal raises the count for its victims to that number ("a fourth soldier died" after three),
   unless it counts a series over a period ("the second civilian killed this week": one death).
4. An incident's toll is the larger of its figures for unspecified victims ("12 people", "the five
   deaths", "the toll rose to 41") and the sum of its figures for named kinds of victims ("three
   soldiers" + "nine civilians"): a lead figure and its breakdown are not added together. Explicit
   additions ("three more soldiers", an ordinal beyond the count so far) come on top.
5. The article's toll sums its incidents. Exact figures and stated minimums ("at least 12") give
   ``killed``; a vague or range figure anywhere makes ``killed`` None and fills ``killed_low`` /
   ``killed_high`` (``high`` None: open-ended). A "no one was hurt" gives 0 when nothing else counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from facta.tolls.mentions import Mention

KINDS = ("killed", "injured", "arrested")
EXCLUDING = ("period", "superseded", "historical", "subset")


@dataclass(frozen=True, slots=True)
class Count:
    """``low`` exactly (``exact``), or between ``low`` and ``high`` (``high`` None = open-ended)."""

    low: int
    high: int | None = None
    exact: bool = True

    @property
    def upper(self) -> int | None:
        return self.low if self.exact else self.high

    def __add__(self, other: Count) -> Count:
        if self.exact and other.exact:
            return Count(self.low + other.low)
        a, b = self.upper, other.upper
        return Count(self.low + other.low, a + b if a is not None and b is not None else None, False)

    @staticmethod
    def of(m: Mention) -> Count:
        if m.vague or m.high is not None:
            return Count(m.low, m.high, False)
        return Count(m.low)


def _larger(a: Count, b: Count) -> Count:
    if a.low != b.low:
        return a if a.low > b.low else b
    return a if a.exact else b


def _compatible(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


@dataclass(frozen=True, slots=True)
class Judged:
    """A mention with what the aggregation made of it: counted (with the count it adds) or a note."""

    mention: Mention
    count: Count | None  # None: not counted
    note: str | None
    incident: int


def judge(mentions: Sequence[Mention], keys: Sequence[object] | None = None) -> list[Judged]:
    """Decide for each mention whether and how much it counts (rules 1–3)."""
    out: list[Judged] = []
    # a running total ("300 arrested since the unrest began") is the article's figure only when the
    # article gives no other figure of that kind
    others = {
        m.kind for m in mentions if not m.zero and m.ordinal is None and not any(m.has(f) for f in EXCLUDING)
    }
    # a cumulative total ("2,000 have died since the outbreak began") also gives way to figures for
    # a shorter period ("two children died this week")
    shorter = {
        m.kind
        for m in mentions
        if not m.zero and not m.has("cumulative") and not any(m.has(f) for f in EXCLUDING if f != "period")
    }
    incident = 0
    incident_key: object = None
    seen_positive = False
    for k, m in enumerate(mentions):
        key = keys[k] if keys is not None else None
        if m.has("separate") and seen_positive:
            incident += 1
            incident_key = key
        elif key is not None:
            if incident_key is not None and key != incident_key and seen_positive:
                incident += 1
            incident_key = key
        note = next((f for f in EXCLUDING if m.has(f)), None)
        if note == "period" and (m.ordinal is not None or m.kind not in others):
            # "the second civilian killed this week": one death, not a total
            keep = m.has("cumulative") and m.ordinal is None and m.kind in shorter
            note = "period" if keep else next((f for f in EXCLUDING[1:] if m.has(f)), None)
        if note is not None or m.zero:
            out.append(Judged(m, None, note or "zero", incident))
            continue
        same = [j for j in out if j.incident == incident and j.count is not None and j.mention.kind == m.kind]
        if m.ordinal is not None and not m.has("period"):
            already = sum(j.count.low for j in same if j.count and _compatible(j.mention.victim, m.victim))
            if already >= m.ordinal:
                out.append(Judged(m, None, "repeat", incident))
            else:
                out.append(Judged(m, Count(m.ordinal - already), None, incident))
            seen_positive = True
            continue
        count = Count.of(m)
        repeat = not m.has("more") and any(
            (j.mention.low, j.mention.high) == (m.low, m.high)
            and j.mention.ordinal is None
            and j.mention.cue != m.cue
            and _compatible(j.mention.victim, m.victim)
            for j in same
        )
        out.append(Judged(m, None if repeat else count, "repeat" if repeat else None, incident))
        seen_positive = True
    return out


def _incident_total(judged: Sequence[Judged]) -> Count | None:
    counted = [j for j in judged if j.count is not None]
    if not counted:
        return None
    buckets: dict[str, Count] = {}
    for j in counted:
        assert j.count is not None
        m = j.mention
        if m.ordinal is not None or m.has("more"):
            bucket = "extra"  # "a fourth soldier died", "three more soldiers": on top of the rest
        elif m.has("update"):
            bucket = "update"
        elif m.victim == "unknown" and not m.has("conj"):
            bucket = "generic"
        else:
            bucket = "specific"
        if bucket == "update" and "update" in buckets:
            buckets[bucket] = _larger(buckets[bucket], j.count)
        else:
            buckets[bucket] = buckets[bucket] + j.count if bucket in buckets else j.count
    main = [buckets[b] for b in ("specific", "generic", "update") if b in buckets]
    total = main[0] if main else None
    for c in main[1:]:
        total = _larger(total, c) if total is not None else c
    if "extra" in buckets:
        total = buckets["extra"] if total is None else total + buckets["extra"]
    return total


def totals(judged: Sequence[Judged]) -> dict[str, Count | None]:
    """Per kind: the sum over incidents (rules 4–5); Count(0) when only "no one was hurt" was said."""
    result: dict[str, Count | None] = {}
    for kind in KINDS:
        mine = [j for j in judged if j.mention.kind == kind]
        total: Count | None = None
        for incident in sorted({j.incident for j in mine}):
            part = _incident_total([j for j in mine if j.incident == incident])
            if part is not None:
                total = part if total is None else total + part
        if total is None and any(j.note == "zero" for j in mine):
            total = Count(0)
        result[kind] = total
    return result


def victims(judged: Sequence[Judged], kind: str = "killed") -> dict[str, int]:
    """Counted victims of ``kind`` by victim kind (breakdowns given as "including ..." count too)."""
    out: dict[str, int] = {}
    for j in judged:
        m = j.mention
        if m.kind != kind or m.victim == "unknown" or m.vague or m.high is not None:
            continue
        if j.count is not None:
            out[m.victim] = out.get(m.victim, 0) + j.count.low
        elif j.note == "subset" and not m.zero:
            out[m.victim] = out.get(m.victim, 0) + m.low
    return out


def with_flag(m: Mention, flag: str) -> Mention:
    return replace(m, flags=m.flags | {flag})
