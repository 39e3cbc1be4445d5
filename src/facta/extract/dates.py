"""Dates stage (first pass): ISO dates and weekdays resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from facta.model import When
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState, TimeExpr

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class DateStage:
    name = "dates.rules.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("times",)

    def __call__(self, state: DocState) -> None:
        published = dt.date.fromisoformat(state.article.published) if state.article.published else None
        for ent in state.doc.ents:
            if ent.label_ != "DATE":
                continue
            low = ent.text.lower()
            when = None
            if published and low in _WEEKDAYS:
                back = (published.weekday() - _WEEKDAYS.index(low)) % 7
                when = When((published - dt.timedelta(days=back)).isoformat(), "day")
            if when is None:
                continue
            span = state.span(ent.start, ent.end)
            when = When(when.date, when.precision, span.text, span.start, span.end)
            state.times.append(TimeExpr(span, when, ent.start, ent.end))


def event_when(state: DocState, trigger_i: int) -> When | None:
    """When the event triggered at token ``trigger_i`` happened (None if there is no publication date).

    Called by the events stage for every event it codes (time expressions are in ``state.times``).
    First pass: a time expression in the same sentence, else the publication date marked inherited.
    """
    index = state.sentence_index(trigger_i)
    for t in state.times:
        if t.span.sentence == index:
            return t.when
    if state.article.published:
        return When(state.article.published, "day", inherited=True)
    return None


def make_stage(settings: Settings, resources: Resources) -> Any:
    return DateStage()
