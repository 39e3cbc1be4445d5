"""Actors stage (first pass): named entities to actors, countries from pycountry."""

from __future__ import annotations

from typing import Any

from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


class ActorStage:
    name = "actors.rules.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("actors",)

    def __call__(self, state: DocState) -> None:
        import pycountry

        by_name: dict[str, str] = {}
        for ent in state.doc.ents:
            kind = _KINDS.get(ent.label_)
            if kind is None:
                continue
            name = ent.text
            actor_id = by_name.get(name)
            if actor_id is None:
                country = None
                if kind == "country":
                    try:
                        country = pycountry.countries.lookup(name).alpha_3
                    except LookupError:
                        continue
                actor_id = state.actors.add(name=name, kind=kind, country=country, source="ner")
                by_name[name] = actor_id
            state.actors.add_mention(actor_id, state.span(ent.start, ent.end), ent.start, ent.end)


def make_stage(settings: Settings, resources: Resources) -> Any:
    return ActorStage()
