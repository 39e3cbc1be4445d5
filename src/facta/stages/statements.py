"""Statements stage: attributed statements (direct, indirect, mixed) with speaker, cue and content.

The rules live in :mod:`facta.quotes`; this module is the pipeline shell around them.
"""

from __future__ import annotations

from typing import Any

from facta.quotes import find_attributions
from facta.quotes.build import build_statements
from facta.quotes.lexicon import CueLexicon, labels, lexicon
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class StatementStage:
    name = "statements.rules.v1"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("statements",)

    def __init__(self, cue_lexicon: CueLexicon, label_words: frozenset[str]) -> None:
        self.lexicon = cue_lexicon
        self.labels = label_words

    def __call__(self, state: DocState) -> None:
        found = find_attributions(state.doc, state.article.text, self.lexicon, self.labels)
        state.statements.extend(build_statements(state, found, self.name))


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StatementStage(lexicon(resources), labels(resources))
