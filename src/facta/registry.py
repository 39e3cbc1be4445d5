"""Named, versioned pipeline stages.

Built-in stages are listed here as import paths and loaded only when a pipeline asks for them.
Third-party stages register through the ``facta.stages`` entry-point group (value: ``module:factory``).
A factory is called as ``factory(settings, resources)`` and returns a :class:`~facta.pipeline.Stage`.
Short names (``actors``) resolve to the current default version (``actors.rules.v1``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from facta.errors import FactaError

if TYPE_CHECKING:
    from facta.pipeline import Stage
    from facta.resources import Resources
    from facta.settings import Settings

StageFactory = Callable[["Settings", "Resources"], "Stage"]

BUILTIN_STAGES: dict[str, str] = {
    "actors.rules.v1": "facta.actors.stage:make_stage",
    "places.gazetteer.v1": "facta.stages.places:make_stage",
    "dates.rules.v1": "facta.stages.dates:make_stage",
    "statements.rules.v1": "facta.stages.statements:make_stage",
    "stances.rules.v1": "facta.stages.stances:make_stage",
    "events.rules.v1": "facta.stages.events:make_stage",
    "tolls.rules.v1": "facta.stages.tolls:make_stage",
}

ALIASES: dict[str, str] = {
    "actors": "actors.rules.v1",
    "places": "places.gazetteer.v1",
    "dates": "dates.rules.v1",
    "statements": "statements.rules.v1",
    "stances": "stances.rules.v1",
    "events": "events.rules.v1",
    "tolls": "tolls.rules.v1",
}


@cache
def _plugin_stages() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group="facta.stages")}


def known_stages() -> dict[str, str]:
    """All stage names (versioned) and where they come from."""
    return {**BUILTIN_STAGES, **_plugin_stages()}


def resolve_name(name: str) -> str:
    return ALIASES.get(name, name)


def get_factory(name: str) -> StageFactory:
    full = resolve_name(name)
    target = known_stages().get(full)
    if target is None:
        raise FactaError("F301", name=name, known=", ".join(sorted({*ALIASES, *known_stages()})))
    module_name, _, attr = target.partition(":")
    factory: Any = getattr(importlib.import_module(module_name), attr)
    return factory  # type: ignore[no-any-return]
