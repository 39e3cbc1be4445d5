"""Tolls stage: killed, injured and arrested, per event and for the article (see docs/tolls.md).

Casualty mentions are read from the parse (:mod:`facta.tolls.mentions`), judged and summed
(:mod:`facta.tolls.aggregate`), linked to the event they belong to, and written to
``state.toll`` (the article) and each event's ``toll``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from facta.model import Casualty, Toll, When
from facta.resources import Resources
from facta.settings import Settings
from facta.stages.dates import event_when
from facta.state import DocState
from facta.tolls.aggregate import Count, Judged, judge, totals, with_flag
from facta.tolls.lexicon import TollLexicon, load_lexicon
from facta.tolls.mentions import Mention, MentionFinder

HISTORICAL_DAYS = 31  # a figure dated this long before publication is about an earlier incident


class TollStage:
    name = "tolls.rules.v1"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ("toll",)

    def __init__(self, lexicon: TollLexicon | None = None) -> None:
        self._lexicon = lexicon

    def __call__(self, state: DocState) -> None:
        finder = MentionFinder(self._lexicon or load_lexicon())
        mentions = [self._date_check(state, m) for m in finder.find(state.doc)]
        links = [_event_of(state, m) for m in mentions]
        judged = judge(mentions)
        state.toll = make_toll(
            judged, [_casualty(state, j, link) for j, link in zip(judged, links, strict=True)]
        )
        for index, event in enumerate(state.events):
            mine = [k for k, link in enumerate(links) if link == event.id]
            if not mine:
                continue
            sub = [judged[k] for k in mine]
            casualties = [_casualty(state, judged[k], event.id) for k in mine]
            state.events[index] = dataclasses.replace(event, toll=make_toll(sub, casualties))

    @staticmethod
    def _date_check(state: DocState, m: Mention) -> Mention:
        """Flag a figure whose own time expression lies well before publication ("last year")."""
        if not state.article.published or not state.times:
            return m
        when = event_when(state, m.cue)
        if when is None or when.inherited or when.date is None:
            return m
        published = dt.date.fromisoformat(state.article.published)
        if _period_end(when) < published - dt.timedelta(days=HISTORICAL_DAYS):
            return with_flag(m, "historical")
        return m


def _period_end(when: When) -> dt.date:
    if when.end_date:
        return dt.date.fromisoformat(when.end_date)
    start = dt.date.fromisoformat(when.date or "")
    if when.precision == "week":
        return start + dt.timedelta(days=6)
    if when.precision == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if when.precision in ("year", "decade", "century"):
        span = {"year": 1, "decade": 10, "century": 100}[when.precision]
        return dt.date(start.year + span - 1, 12, 31)
    return start


def _event_of(state: DocState, m: Mention) -> str | None:
    """The event a casualty figure belongs to: the one its cue triggers, else the nearest event
    governing the cue in the same sentence, else (for a noun or adjective cue: "the deaths", "left
    five dead") the nearest event in the sentence, else none (an article-level figure)."""
    doc = state.doc
    sentence = state.sentence_index(m.cue)
    triggers: list[tuple[int, str]] = []
    for e in state.events:
        trig = e.evidence.trigger
        if trig is None or e.evidence.sentence != sentence:
            continue
        span = doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is not None and len(span):
            triggers.append((span.root.i, e.id))
    if not triggers:
        return None
    for i, eid in triggers:
        if i == m.cue:
            return eid
    ancestors = [a.i for a in doc[m.cue].ancestors]
    governing = [(ancestors.index(i), eid) for i, eid in triggers if i in ancestors]
    if governing:
        return min(governing)[1]
    if doc[m.cue].pos_ == "VERB":
        return None  # a verb of its own ("troops detained dozens") that no event was coded for
    if _anaphoric(doc[m.cue]):
        return None  # "the five deaths bring the toll to 41": a summary of figures already linked
    return min(triggers, key=lambda t: abs(t[0] - m.cue))[1]


def _anaphoric(cue: Any) -> bool:
    """A definite casualty noun phrase ("the five deaths", "these killings") refers back to deaths
    reported earlier; only an event that governs it syntactically may claim it."""
    return cue.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in cue.children
    )


def _casualty(state: DocState, j: Judged, event: str | None) -> Casualty:
    m = j.mention
    span = state.span(m.start, m.end) if m.end > m.start else None
    kind: Any = m.kind
    return Casualty(
        kind,
        m.low,
        m.high,
        victim=m.victim,
        at_least=m.at_least,
        span=span,
        vague=m.vague,
        note=j.note,
        event=event,
    )


def make_toll(judged: Sequence[Judged], casualties: Sequence[Casualty]) -> Toll:
    fields: dict[str, Any] = {}
    for kind, count in totals(judged).items():
        value, low, high = _fields(count)
        fields[kind] = value
        fields[f"{kind}_low"] = low
        fields[f"{kind}_high"] = high
    return Toll(casualties=tuple(casualties), **fields)


def _fields(count: Count | None) -> tuple[int | None, int | None, int | None]:
    if count is None:
        return None, None, None
    if count.exact:
        return count.low, None, None
    return None, count.low, count.high


def make_stage(settings: Settings, resources: Resources) -> Any:
    return TollStage(resources.get("tolls.lexicon", load_lexicon))
