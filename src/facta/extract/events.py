"""Events stage (first pass): a handful of trigger lemmas, subject = source, object = target."""

from __future__ import annotations

from typing import Any

from facta.extract.dates import event_when
from facta.extract.places import event_place
from facta.model import Event
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState

_TRIGGERS = {
    "attack": "ASSAULT",
    "kill": "ASSAULT",
    "shell": "ASSAULT",
    "protest": "PROTEST",
    "meet": "CONSULT",
    "reject": "REJECT",
    "accuse": "ACCUSE",
    "arrest": "COERCE",
}


class EventStage:
    name = "events.rules.v1"
    requires: tuple[str, ...] = ("actors", "places", "times", "statements")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, state: DocState) -> None:
        for tok in state.doc:
            etype = _TRIGGERS.get(tok.lemma_)
            if etype is None or tok.pos_ != "VERB":
                continue
            src = [c for c in tok.children if c.dep_ == "nsubj"]
            tgt = [c for c in tok.children if c.dep_ == "dobj"]
            source = tuple(a.id for c in src if (a := state.actors.at_token(c.i)))
            target = tuple(a.id for c in tgt if (a := state.actors.at_token(c.i)))
            sent = state.sentence_index(tok.i)
            state.events.append(
                Event(
                    id=f"e{len(state.events) + 1}",
                    type=etype,
                    evidence=state.evidence(sent, state.span(tok.i, tok.i + 1)),
                    source=source,
                    target=target,
                    place=event_place(state, tok.i),
                    when=event_when(state, tok.i),
                    coder=self.name,
                )
            )


def make_stage(settings: Settings, resources: Resources) -> Any:
    return EventStage()
