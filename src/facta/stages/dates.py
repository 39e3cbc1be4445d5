"""Dates stage: every time expression, resolved against the publication date (see docs/dates.md).

The recogniser and normaliser live in :mod:`facta.temporal`; this stage runs it on the article,
records each expression in ``state.times`` (with its token span, TimeML type and value and a
:class:`~facta.model.When`) and offers :func:`event_when`, which the events stage calls for every
event to pick the time expression that belongs to it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from facta.model import When
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState, TimeExpr
from facta.temporal import Timex, find_times
from facta.temporal.calendar import PRECISION
from facta.temporal.lexicon import Grammar, load_grammar
from facta.temporal.offsets import anchor_words, clock_units, offset_date, unit_value

# A dateline: "KADUGLI, Sudan, March 14 (Reuters) -", "LONDON, 3 March 2024 —".
_DATELINE_END = re.compile(r"\((?:[A-Z][\w .&-]{0,30})\)\s*[-–—]|\s[-–—]{1,2}\s")
_DATELINE_CHARS = 160
_NAME = r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*"
_DATELINE_PLACE = re.compile(rf"^\s*{_NAME}(?:,\s*{_NAME})*,\s*$")
# Periods that are not one calendar unit of a facta precision: their extent goes in end_date.
_SPANNING = {"weekend", "season", "quarter", "half"}
_SPEECH_LINKS = {"ccomp", "parataxis"}  # "said on Thursday that troops killed ...": not the event's time
# links into another clause: a time in it does not date the event ("agreed to hold talks next month")
_CLAUSE_LINKS = {"conj", "xcomp", "ccomp", "advcl", "parataxis", "csubj"}


class DateStage:
    name = "dates.rules.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("times",)

    def __init__(self, grammar: Grammar | None = None) -> None:
        self._grammar = grammar

    def __call__(self, state: DocState) -> None:
        grammar = self._grammar or load_grammar()
        text = state.article.text
        published = dt.date.fromisoformat(state.article.published) if state.article.published else None
        anchor = published or dateline_date(text, state.doc, grammar)
        analysis = find_times(text, anchor, state.doc, grammar)
        for t in analysis.expressions():
            span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            location = state.span(span.start, span.end)
            when = to_when(t, location.start, location.end, published or anchor)
            state.times.append(TimeExpr(location, when, span.start, span.end, t.type, t.value))


def dateline_date(text: str, doc: Any = None, grammar: Grammar | None = None) -> dt.date | None:
    """The full date (with a year) in the article's dateline, if it has one: used as the anchor when
    the publication date is unknown. A dateline without a year gives no anchor (nothing is guessed)."""
    head = text[:_DATELINE_CHARS]
    end = _DATELINE_END.search(head)
    if end is None:
        return None
    for t in find_times(head[: end.start()], None, None, grammar).timexes:
        if not _DATELINE_PLACE.match(head[: t.start]):
            continue  # only capitalised place names may come before a dateline's date
        if t.period is not None and t.period.gran == "day" and t.anchor == "absolute":
            return t.period.start
    return None


def to_when(t: Timex, start: int, end: int, published: dt.date | None) -> When:
    """The facta :class:`When` of a time expression (date None when unresolved or not a date)."""
    period = t.period
    if period is None or t.type == "SET":
        return When(None, None, t.text, start, end, future=t.future)
    last = t.end_period.end if t.end_period is not None else None
    if last is None and period.gran in _SPANNING:
        last = period.end
    future = t.future or (published is not None and period.start > published)
    return When(
        period.start.isoformat(),
        PRECISION[period.gran],  # type: ignore[arg-type]
        t.text,
        start,
        end,
        end_date=last.isoformat() if last is not None else None,
        future=future,
    )


def _is_date(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") or (t.type == "DURATION" and t.when.date is not None)


def _event_clause(doc: Any, trigger_i: int) -> list[int]:
    """The trigger and the heads its clause hangs from, up to (not across) a speech verb's complement."""
    chain = [trigger_i]
    tok = doc[trigger_i]
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ in _SPEECH_LINKS:
            break
        tok = tok.head
        chain.append(tok.i)
    return chain


def _governor(doc: Any, t: TimeExpr, stop: set[int]) -> int | None:
    """The token a time expression attaches to: the first verb above it, or a token in ``stop``."""
    span = doc[t.token_start : t.token_end]
    tok = span.root
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in stop or tok.pos_ in ("VERB", "AUX"):
            return int(tok.i)
    return None


def _path_up(doc: Any, low: int, high: int) -> list[str] | None:
    """The dependency labels from ``low`` up to its ancestor ``high`` (None when ``high`` is not one)."""
    deps: list[str] = []
    tok = doc[low]
    for _ in range(12):
        if tok.i == high:
            return deps
        if tok.head.i == tok.i:
            return None
        deps.append(tok.dep_)
        tok = tok.head
    return None


def _reach(doc: Any, t: TimeExpr, gov: int | None, trigger_i: int, chain: list[int]) -> int | None:
    """How a time expression that is not attached to the event's own clause may still date it.

    0: it hangs from no verb, or from a verb the event's clause is reported by ("troops attacked,
    the army said on Tuesday"), or from a clause inside the event's noun phrase ("the attack, which
    took place on Monday"); 1: a time in the event's own infinitive complement ("tried to storm
    parliament on Monday", "agreed to hold talks next month") or a past time at the right edge of a
    coordinated verb ("shelled the town and killed five on Monday"). None: a time in another clause
    ("signed a deal and agreed to hold talks next month" does not date the signing).
    """
    if gov is None or _path_up(doc, chain[-1], gov) is not None:
        return 0
    own = _path_up(doc, gov, trigger_i)
    if own is not None and not set(own) & _CLAUSE_LINKS:
        return 0
    if own is not None and set(own) <= {"xcomp"}:
        return 1  # "ready to sit down tomorrow": the offer is of a meeting tomorrow
    if not t.when.future and doc[gov].dep_ == "conj" and doc[gov].head.i in chain and t.token_start > gov:
        return 1
    return None


def _relative_when(state: DocState, trigger_i: int) -> When | None:
    """The date of an event named after "N days after/before": "detained them on Sunday, two days
    after an attack" dates the attack two days before Sunday ("hours after": the same day; "the day
    after the vote": one day)."""
    doc = state.doc
    words = anchor_words()
    tok = doc[trigger_i]
    for _ in range(8):
        if tok.dep_ in _SPEECH_LINKS or tok.head.i == tok.i:
            return None
        word = tok.head if tok.dep_ in ("pobj", "pcomp") else None
        clause = tok if tok.dep_ == "advcl" else None
        if word is not None and word.text.lower() in words and word.dep_ == "prep":
            noun = word.head
            if noun.dep_ == "npadvmod" and unit_value(noun.text.lower()) is not None:
                # "clashes erupted the day after the vote": the prepositional phrase hangs from "day"
                measure = _measure(state, noun.i, noun.i + 1) or _one_unit(noun)
                return _shifted(state, noun.head.i, word, measure)
            return _shifted(state, noun.i, word, _measure(state, word.i, word.i))
        if clause is not None:
            marks = [c for c in clause.children if c.dep_ == "mark" and c.text.lower() in words]
            if marks:
                return _shifted(state, clause.head.i, marks[0], _measure(state, marks[0].i, marks[0].i))
        tok = tok.head
    return None


def _measure(state: DocState, last: int, end: int) -> tuple[str | None, int] | None:
    """The duration value and first token of the measure phrase ending at token ``end`` (exclusive;
    when ``last`` < ``end`` it must contain token ``last``): "two days", "48 hours", "hours"."""
    doc = state.doc
    for t in state.times:
        if t.type != "DURATION" or doc[t.token_start : t.token_end].root.dep_ != "npadvmod":
            continue
        if t.token_end == end or (last < end and t.token_start <= last < t.token_end):
            return t.value, t.token_start
    if end > 0 and doc[end - 1].text.lower() in clock_units():
        return "PT1H", end - 1  # "hours after": the same day
    return None


def _one_unit(noun: Any) -> tuple[str | None, int] | None:
    """ "the day", "a week": one unit (a plural, "days after", is too vague to count)."""
    dets = [c for c in noun.children if c.dep_ in ("det", "nummod") and c.i < noun.i]
    if len(dets) != 1 or dets[0].text.lower() not in ("the", "a", "an", "one"):
        return None
    return unit_value(noun.text.lower()), dets[0].i


def _shifted(state: DocState, head_i: int, word: Any, measure: tuple[str | None, int] | None) -> When | None:
    if measure is None:
        return None
    value, start = measure
    sign = anchor_words()[word.text.lower()]
    anchor = event_when(state, head_i)
    if anchor is None or anchor.date is None or anchor.precision is None:
        return None
    moved = offset_date(dt.date.fromisoformat(anchor.date), anchor.precision, value, sign)
    if moved is None:
        return None
    day, precision = moved
    published = state.article.published
    if anchor.inherited:
        return When(day.isoformat(), precision, inherited=True)  # type: ignore[arg-type]
    phrase = state.span(min(start, word.i), max(start, word.i) + 1)
    return When(
        day.isoformat(),
        precision,  # type: ignore[arg-type]
        phrase.text,
        phrase.start,
        phrase.end,
        future=published is not None and day.isoformat() > published,
    )


def event_when(state: DocState, trigger_i: int) -> When | None:
    """When the event triggered at token ``trigger_i`` happened.

    Called by the events stage for every event it codes. In order of preference:
    0. an event named after "N days after/before" is dated from the clause it modifies;
    1. a time expression attached to the event: a dependent of the trigger (or of the clause it hangs
       from through advcl/xcomp/conj, "shelled a position on Wednesday, killing three"), not one on a
       reporting verb above it ("said on Thursday that ...");
    2. a past time at the right edge of a coordinated verb or in the trigger's infinitive complement;
    3. the nearest time expression in the same sentence that hangs from no other clause (see
       :func:`_reach`): one inside a sibling conjunct or another verb's complement never dates it;
    4. the publication date, marked ``inherited=True`` (None when there is no publication date).
    Durations ("for three weeks") and sets ("every Friday") are never an event's date.
    """
    relative = _relative_when(state, trigger_i)
    if relative is not None:
        return relative
    doc = state.doc
    sentence = state.sentence_index(trigger_i)
    candidates = [t for t in state.times if _is_date(t) and state.sentence_index(t.token_start) == sentence]
    if candidates:
        chain = _event_clause(doc, trigger_i)
        stop = set(chain)
        attached = []
        loose = []
        for t in candidates:
            if t.token_start <= trigger_i < t.token_end:
                continue
            gov = _governor(doc, t, stop)
            if gov is not None and gov in stop:
                attached.append((chain.index(gov), abs(t.token_start - trigger_i), t))
                continue
            reach = _reach(doc, t, gov, trigger_i, chain)
            if reach is not None:
                loose.append((1 - reach, abs(t.token_start - trigger_i), t))
        if attached:
            return min(attached, key=lambda x: (x[0], x[1]))[2].when
        if loose:
            return min(loose, key=lambda x: (x[0], x[1]))[2].when
    if state.article.published:
        return When(state.article.published, "day", inherited=True)
    return None


def make_stage(settings: Settings, resources: Resources) -> Any:
    return DateStage(resources.get("dates.grammar", load_grammar))
