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

# A dateline: "KADUGLI, Sudan, March 14 (Reuters) -", "LONDON, 3 March 2024 —".
_DATELINE_END = re.compile(r"\((?:[A-Z][\w .&-]{0,30})\)\s*[-–—]|\s[-–—]{1,2}\s")
_DATELINE_CHARS = 160
_NAME = r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*"
_DATELINE_PLACE = re.compile(rf"^\s*{_NAME}(?:,\s*{_NAME})*,\s*$")
# Periods that are not one calendar unit of a facta precision: their extent goes in end_date.
_SPANNING = {"weekend", "season", "quarter", "half"}
_SPEECH_LINKS = {"ccomp", "parataxis"}  # "said on Thursday that troops killed ...": not the event's time


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


def event_when(state: DocState, trigger_i: int) -> When | None:
    """When the event triggered at token ``trigger_i`` happened.

    Called by the events stage for every event it codes. In order of preference:
    1. a time expression attached to the event: a dependent of the trigger (or of the clause it hangs
       from through advcl/xcomp/conj, "shelled a position on Wednesday, killing three"), not one on a
       reporting verb above it ("said on Thursday that ...");
    2. the nearest time expression in the same sentence;
    3. the publication date, marked ``inherited=True`` (None when there is no publication date).
    Durations ("for three weeks") and sets ("every Friday") are never an event's date.
    """
    doc = state.doc
    sentence = state.sentence_index(trigger_i)
    candidates = [t for t in state.times if _is_date(t) and state.sentence_index(t.token_start) == sentence]
    if candidates:
        chain = _event_clause(doc, trigger_i)
        stop = set(chain)
        attached = []
        for t in candidates:
            if t.token_start <= trigger_i < t.token_end:
                continue
            gov = _governor(doc, t, stop)
            if gov is not None and gov in stop:
                attached.append((chain.index(gov), abs(t.token_start - trigger_i), t))
        if attached:
            return min(attached, key=lambda x: (x[0], x[1]))[2].when
        nearest = min(candidates, key=lambda t: abs(t.token_start - trigger_i))
        return nearest.when
    if state.article.published:
        return When(state.article.published, "day", inherited=True)
    return None


def make_stage(settings: Settings, resources: Resources) -> Any:
    return DateStage(resources.get("dates.grammar", load_grammar))
