"""Tolls stage (first pass): "killed N ..." numbers attached to the event in the same sentence."""

from __future__ import annotations

import dataclasses
from typing import Any

from facta.model import Toll
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class TollStage:
    name = "tolls.rules.v1"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ("toll",)

    def __call__(self, state: DocState) -> None:
        total = 0
        for i, event in enumerate(state.events):
            sent = state.sentence(event.evidence.sentence)
            killed = 0
            for tok in sent:
                if tok.lemma_ == "kill":
                    for c in tok.subtree:
                        if c.like_num and c.text.isdigit():
                            killed += int(c.text)
            if killed:
                state.events[i] = dataclasses.replace(event, toll=Toll(killed=killed))
                total += killed
        state.toll = Toll(killed=total or None)


def make_stage(settings: Settings, resources: Resources) -> Any:
    return TollStage()
