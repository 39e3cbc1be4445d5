"""Statements stage (first pass): "X said (that) ..." with the subject as speaker."""

from __future__ import annotations

from typing import Any

from facta.model import Statement
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState

_CUES = {"say", "tell", "announce", "state", "claim", "add"}


class StatementStage:
    name = "statements.rules.v1"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("statements",)

    def __call__(self, state: DocState) -> None:
        for tok in state.doc:
            if tok.lemma_ not in _CUES or tok.pos_ != "VERB":
                continue
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            comp = next((c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}), None)
            if subj is None or comp is None:
                continue
            subtree = list(comp.subtree)
            content = state.span(subtree[0].i, subtree[-1].i + 1)
            actor = state.actors.at_token(subj.i)
            sent = state.sentence_index(tok.i)
            cue = state.span(tok.i, tok.i + 1)
            state.statements.append(
                Statement(
                    id=f"s{len(state.statements) + 1}",
                    speaker=actor.id if actor else None,
                    content=(content,),
                    evidence=state.evidence(sent, cue),
                    cue=cue,
                    direct='"' in content.text or "“" in content.text,
                    speaker_span=state.span(subj.left_edge.i, subj.right_edge.i + 1),
                    extractor=self.name,
                )
            )


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StatementStage()
