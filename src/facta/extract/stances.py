"""Stances stage (first pass): no stance tagging yet; statements pass through."""

from __future__ import annotations

from typing import Any

from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class StanceStage:
    name = "stances.rules.v1"
    requires: tuple[str, ...] = ("statements",)
    assigns: tuple[str, ...] = ("stances",)

    def __call__(self, state: DocState) -> None:
        return None


def make_stage(settings: Settings, resources: Resources) -> Any:
    return StanceStage()
