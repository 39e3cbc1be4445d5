"""Actors stage: kept for import compatibility; the implementation lives in :mod:`facta.actors`."""

from __future__ import annotations

from facta.actors.stage import ActorStage, make_stage

__all__ = ["ActorStage", "make_stage"]
