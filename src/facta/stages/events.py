"""Events stage: the rule-based PLOVER event coder lives in :mod:`facta.events`; this module is its
registry entry point (``events.rules.v1`` -> ``facta.stages.events:make_stage``)."""

from __future__ import annotations

from typing import Any

from facta.resources import Resources
from facta.settings import Settings


def make_stage(settings: Settings, resources: Resources) -> Any:
    from facta.events.coder import EventStage

    return EventStage(resources, settings.verb_dictionary)
