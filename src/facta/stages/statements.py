"""Statements stage: attributed statements (direct, indirect, mixed) with speaker, cue and content.

The rules live in :mod:`facta.quotes`; this module is the pipeline shell around them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from facta.model import Statement, When
from facta.quotes import find_attributions
from facta.quotes.build import build_statements
from facta.quotes.lexicon import CueLexicon, labels, lexicon
from facta.resources import Resources
from facta.settings import Settings
from facta.stages.dates import event_when
from facta.state import DocState


class StatementStage:
    name = "statements.rules.v1"
    requires: tuple[str, ...] = ("actors", "times")
    assigns: tuple[str, ...] = ("statements",)

    def __init__(self, cue_lexicon: CueLexicon, label_words: frozenset[str]) -> None:
        self.lexicon = cue_lexicon
        self.labels = label_words

    def __call__(self, state: DocState) -> None:
        found = find_attributions(state.doc, state.article.text, self.lexicon, self.labels)
        for statement in build_statements(state, found, self.name):
            state.statements.append(dataclasses.replace(statement, when=_said_when(state, statement)))


def _said_when(state: DocState, statement: Statement) -> When | None:
    """When the statement was made: the time expression attached to its cue (\"said on Thursday\")."""
    anchor = statement.cue or statement.speaker_span or (statement.content[0] if statement.content else None)
    if anchor is None:
        return None
    span = state.doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    when = event_when(state, span.root.i)
    inside = (
        when is not None
        and when.start is not None
        and any(c.start <= when.start < c.end for c in statement.content)
    )
    if when is not None and (inside or when.future):
        # a date inside what was said ("ready to talk tomorrow") is not when it was said
        published = state.article.published
        return When(published, "day", inherited=True) if published else None
    return when


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StatementStage(lexicon(resources), labels(resources))
