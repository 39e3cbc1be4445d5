"""Stances stage: the position each statement takes on a topic (rules in :mod:`facta.quotes.stance`)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from typing import Any

from facta.model import Statement
from facta.quotes.stance import StanceLexicon, classify, stance_lexicon
from facta.quotes.syntax import token_starts
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class StanceStage:
    name = "stances.rules.v1"
    requires: tuple[str, ...] = ("statements",)
    assigns: tuple[str, ...] = ("stances",)

    def __init__(self, lexicon: StanceLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, state: DocState) -> None:
        starts = token_starts(state.doc)
        last_topic: str | None = None
        out: list[Statement] = []
        for st in state.statements:
            cue = _tokens(starts, st.cue.start, st.cue.end) if st.cue else []
            content = [i for span in st.content for i in _tokens(starts, span.start, span.end)]
            position = classify(self.lexicon, state.doc, cue, content)
            topic = position.topic
            if topic is None and position.referring and position.stance is not None:
                topic = last_topic  # "dismissed the proposal": the topic of the statement before
            if topic is not None:
                last_topic = topic
            out.append(dataclasses.replace(st, stance=position.stance, topic=topic))
        state.statements[:] = out


def _tokens(starts: list[int], start: int, end: int) -> list[int]:
    return list(range(bisect_left(starts, start), bisect_left(starts, end)))


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StanceStage(stance_lexicon(resources))
