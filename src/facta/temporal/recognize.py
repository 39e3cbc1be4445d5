"""Find the time expressions in a text and normalise them against the publication date.

:func:`find_times` runs every pattern of the grammar over the text, keeps the longest
non-overlapping matches that pass their guards, resolves them in reading order (so "that day" and
"a year earlier" refer back to the last date mentioned) and then joins ranges ("from 2019 to 2021",
"between Monday and Wednesday"), clock times with their day ("10 p.m. Wednesday") and offsets
("two days after March 3"). With a spaCy ``doc`` it reads the tense around each expression (future
clauses resolve "Friday" forwards) and uses the parser to tell years from counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from facta.temporal.calendar import Period
from facta.temporal.lexicon import Grammar, Rule, load_grammar
from facta.temporal.relative import NORMALISERS
from facta.temporal.resolve import Context, Reading, shift_date
from facta.temporal.tense import direction


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: character span, TimeML type and value, resolved period."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # TimeML value, None when it cannot be resolved
    period: Period | None = None  # the calendar period named (DATE/TIME; ranges for some durations)
    end_period: Period | None = None  # last period of a range
    future: bool = False  # after the publication date (or a future reference)
    mod: str | None = None  # TimeML mod: START, END, MID, APPROX, MORE_THAN ...
    anchor: str | None = None  # absolute, publication, reference (what it was resolved against)
    rule: str = ""  # the pattern (or "ner") that found it
    parts: tuple[int, ...] = ()  # for joined expressions: indexes of the atomic expressions

    @property
    def is_date(self) -> bool:
        return self.type in ("DATE", "TIME")


@dataclass(frozen=True, slots=True)
class TimeAnalysis:
    """Atomic expressions (as TimeML annotates them) and joined ones (ranges, clock time + day)."""

    timexes: tuple[Timex, ...]
    joined: tuple[Timex, ...]

    def expressions(self) -> list[Timex]:
        """The expressions a reader sees: joined ones replace their parts."""
        used = {i for j in self.joined for i in j.parts}
        items = [t for i, t in enumerate(self.timexes) if i not in used] + list(self.joined)
        return sorted(items, key=lambda t: t.start)


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    rule: int
    groups: dict[str, str]


_ABBREVIATED = re.compile(r"^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$", re.I)
_WEEKDAY_ABBR = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$", re.I)
_COUNT_AFTER = re.compile(r"^\s*(?:%|percent|per\s*cent|km|kilomet|miles?|metres|meters|feet|tons?)", re.I)
_YEAR_OK_AFTER = re.compile(r"^(?:\s*(?:[,.;:)\]!?\"”]|$|'s\b|’s\b|-|–)|\s+(?:and|or|to|when|after|before))")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|that|this|both)\s+$|['’]s\s+$", re.I)
_SENT_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n\s*\n")


def _valid(rule: Rule, groups: dict[str, str], text: str, start: int, end: int, doc: Any) -> bool:
    for key in ("month", "weekday"):
        word = groups.get(key)
        if word and not word[0].isupper():
            return False
    if end < len(text) - 1 and text[end] == "-" and text[end + 1].isalpha():
        return False
    if rule.kind == "weekday" and _WEEKDAY_ABBR.match(groups["weekday"]):
        return False
    if rule.kind == "month" and not groups.get("year"):
        return _valid_month(groups, text, end)
    if rule.kind == "year" and not groups.get("yspelled"):
        return _valid_year(groups, text, start, end, doc)
    if rule.kind in ("duration", "ago", "set"):
        return _valid_count(groups, text, end)
    return True


def _valid_month(groups: dict[str, str], text: str, end: int) -> bool:
    word = groups["month"].rstrip(".")
    if _ABBREVIATED.match(word):
        return False
    context = groups.get("pre") or groups.get("mod") or groups.get("dir")
    if word.lower() == "may" and not context:
        return False
    following = text[end : end + 30]
    # without context, a capitalised word after it makes it a name: "April Ryan", "June Carter"
    return bool(context) or not re.match(r"^\s+[A-Z][a-z]", following)


def _valid_year(groups: dict[str, str], text: str, start: int, end: int, doc: Any) -> bool:
    before = text[max(0, start - 12) : start]
    after = text[end : end + 20]
    if re.search(r"[$€£#]\s*$|\bNo\.\s*$", before) or _COUNT_AFTER.match(after):
        return False
    if groups.get("pre") or groups.get("mod") or re.search(r"(?:\d[-–]|\d\s+(?:and|to)\s+)$", before):
        return True
    if _DETERMINER_BEFORE.search(before):
        return True  # "the 1996 bombing", "its 1990 invasion": news style writes counts as 1,996
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            tok = span.root
            if tok.dep_ == "nummod" and tok.head.lower_ not in ("year", "summer", "fiscal"):
                return False
            if tok.ent_type_ in ("DATE", "TIME"):
                return True
    return bool(_YEAR_OK_AFTER.match(after))


def _valid_count(groups: dict[str, str], text: str, end: int) -> bool:
    num = (groups.get("num") or "").lower()
    unit = (groups.get("unit") or "").lower()
    after = text[end : end + 12]
    if num in ("a", "an", "one") and unit == "second":
        return False  # "a second attack"
    if re.fullmatch(r"1\d\d\d|20\d\d", num) and not unit.endswith("s"):
        return False  # "the 1988 quarter": a year, not 1988 quarters
    return not (unit == "quarter" and re.match(r"^\s+of\b", after))


_REACH = 80  # characters a pattern match can extend on either side of its key word
_WORD = re.compile(r"\w+")


def _regions(text: str, grammar: Grammar) -> dict[frozenset[str], list[tuple[int, int]]]:
    """For each rule key, the stretches of text around its words, widened to whitespace and merged."""
    keys = {rule.key for rule in grammar.rules}
    hits: dict[frozenset[str], list[int]] = {k: [] for k in keys}
    for m in _WORD.finditer(text):
        word = m.group().lower()
        digit = any(c.isdigit() for c in word)
        for k in keys:
            if word in k or (digit and "DIGIT" in k):
                hits[k].append(m.start())
    out: dict[frozenset[str], list[tuple[int, int]]] = {}
    for k, positions in hits.items():
        spans: list[tuple[int, int]] = []
        for pos in positions:
            start = max(0, pos - _REACH)
            end = min(len(text), pos + _REACH)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        out[k] = spans
    return out


def _candidates(text: str, grammar: Grammar, doc: Any) -> list[_Cand]:
    found: list[_Cand] = []
    regions_by_key = _regions(text, grammar)
    for index, rule in enumerate(grammar.rules):
        regions = regions_by_key[rule.key]
        for m in (m for lo, hi in regions for m in rule.regex.finditer(text, lo, hi)):
            groups = {k: v for k, v in m.groupdict().items() if v}
            start = m.end("pre") if groups.get("pre") else m.start()
            while start < m.end() and text[start].isspace():
                start += 1
            end = m.end()
            if text[end - 1] == "." and not _keeps_period(text, end, grammar):
                end -= 1
            if end <= start or not _valid(rule, groups, text, start, end, doc):
                continue
            found.append(_Cand(start, end, index, groups))
    return found


def _keeps_period(text: str, end: int, grammar: Grammar) -> bool:
    """A final period belongs to an abbreviation ("Jan.", "p.m.") but not to a full word."""
    word = re.search(r"([\w.]+)\.$", text[max(0, end - 12) : end])
    if word is None:
        return False
    w = word.group(1).lower()
    full_names = ("may", "june", "july")
    return "." in w or (
        len(w) <= 4 and (w in grammar.months or w in grammar.weekdays) and w not in full_names
    )


def _select(cands: list[_Cand]) -> list[_Cand]:
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rule, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _entity_candidates(doc: Any, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < te and ts < e for ts, te in taken):
            continue
        out.append((s, e, "TIME" if ent.label_ == "TIME" else "DATE"))
    return out


def find_times(
    text: str,
    published: dt.date | None,
    doc: Any = None,
    grammar: Grammar | None = None,
    *,
    entities: bool = False,
) -> TimeAnalysis:
    """Every time expression in ``text``, resolved against ``published`` (None: absolute ones only).

    ``doc`` (a spaCy Doc of the same text) adds tense and the parser's view of numbers; with
    ``entities=True`` spaCy DATE/TIME entities that no pattern covers are kept, unresolved.
    """
    g = grammar or load_grammar()
    chosen = _select(_candidates(text, g, doc))
    timexes: list[Timex] = []
    reference: Period | None = None
    last_end = 0
    for c in chosen:
        rule = g.rules[c.rule]
        tense = direction(doc, c.start, c.end) if doc is not None else None
        ref = reference
        if rule.kind == "time" and (ref is None or _SENT_BREAK.search(text, last_end, c.start)):
            ref = None
        ctx = Context(published, ref, tense, text[max(0, c.start - 20) : c.start], text[c.end : c.end + 20])
        reading = NORMALISERS[rule.kind](c.groups, g, ctx)
        if reading is None:
            continue
        timexes.append(_timex(text, c.start, c.end, reading, rule.name))
        value = reading.value or "_REF"
        if reading.period is not None and reading.type in ("DATE", "TIME") and not value.endswith("_REF"):
            reference = reading.period
        last_end = c.end
    if entities and doc is not None:
        taken = [(t.start, t.end) for t in timexes]
        for s, e, typ in _entity_candidates(doc, taken):
            timexes.append(Timex(s, e, text[s:e], typ, None, rule="ner"))
        timexes.sort(key=lambda t: t.start)
    timexes = _merge_clock(text, timexes)
    return TimeAnalysis(tuple(timexes), tuple(_join(text, timexes, published)))


def _merge_clock(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": a clock time and the day right after it are one."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if (
            b is not None
            and a.type == "TIME"
            and a.rule.startswith("time")
            and a.value
            and b.period is not None
            and b.period.gran == "day"
            and b.type == "DATE"
            and _CLOCK_GAP.match(text[a.end : b.start])
        ):
            value = b.period.value + a.value[a.value.index("T") :]
            out.append(
                dataclasses.replace(
                    a, end=b.end, text=text[a.start : b.end], value=value, period=b.period, future=b.future
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _timex(text: str, start: int, end: int, r: Reading, rule: str) -> Timex:
    return Timex(
        start, end, text[start:end], r.type, r.value, r.period, r.end, r.future, r.mod, r.anchor, rule
    )


_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:\bbetween|\bfrom)\s+$", re.I)
_CLOCK_GAP = re.compile(r"^\s*,?\s*(?:on\s+)?$", re.I)
_OFFSET_GAP = re.compile(r"^\s+(after|before)\s+$", re.I)
_CYCLE = {"weekday": "week", "month": "year", "date": "year"}


def _join(text: str, timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    joined: list[Timex] = []
    i = 0
    while i + 1 < len(timexes):
        a, b = timexes[i], timexes[i + 1]
        gap = text[a.end : b.start]
        combo = None
        if a.period and b.period and a.is_date and b.is_date and _RANGE_GAP.match(gap):
            opener = _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
            if opener or gap.strip() not in ("and",):
                combo = _range(text, a, b, i, opener.start() if opener else a.start, published)
        elif a.type == "DURATION" and b.is_date and b.period and (m := _OFFSET_GAP.match(gap)):
            combo = _offset(text, a, b, i, m.group(1).lower(), published)
        if combo is not None:
            joined.append(combo)
            i += 2
        else:
            i += 1
    return joined


def _range(text: str, a: Timex, b: Timex, i: int, start: int, published: dt.date | None) -> Timex | None:
    assert a.period is not None and b.period is not None
    first, last = a.period, b.period
    if last.start < first.start and a.anchor == "publication":
        first = _cycle_back(first)
    elif last.start < first.start and b.anchor == "publication":
        last = _cycle_forward(last)
    if last.start < first.start:
        return None
    future = published is not None and first.start > published
    return Timex(
        start,
        b.end,
        text[start : b.end],
        a.type,
        first.value,
        first,
        last,
        future,
        None,
        a.anchor,
        "range",
        (i, i + 1),
    )


def _cycle_back(p: Period) -> Period:
    if p.gran == "day":
        return Period(p.start - dt.timedelta(days=7), "day")
    return Period(p.start.replace(year=p.start.year - 1), p.gran, p.season)


def _cycle_forward(p: Period) -> Period:
    if p.gran == "day":
        return Period(p.start + dt.timedelta(days=7), "day")
    return Period(p.start.replace(year=p.start.year + 1), p.gran, p.season)


_DURATION = re.compile(r"^P(T?)(\d+)([DWMYH])$")


def _offset(text: str, a: Timex, b: Timex, i: int, sign: str, published: dt.date | None) -> Timex | None:
    """ "two days after March 3" → March 5."""
    from facta.temporal.lexicon import load_grammar

    m = _DURATION.match(a.value or "")
    if m is None or m.group(1) or b.period is None:
        return None
    unit_word = {"D": "day", "W": "week", "M": "month", "Y": "year"}[m.group(3)]
    unit = load_grammar().units[unit_word]
    n = int(m.group(2)) * (1 if sign == "after" else -1)
    period = Period.of(shift_date(b.period.start, unit, n), b.period.gran)
    future = published is not None and period.start > published
    return Timex(
        a.start, b.end, text[a.start : b.end], "DATE", period.value, period, None, future, None, b.anchor,
        "offset", (i, i + 1),
    )  # fmt: skip
