"""Places stage (first pass): country names only, no coordinates yet."""

from __future__ import annotations

from typing import Any

from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState


class PlaceStage:
    name = "places.gazetteer.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("places",)

    def __call__(self, state: DocState) -> None:
        import pycountry

        by_name: dict[str, str] = {}
        for ent in state.doc.ents:
            if ent.label_ not in {"GPE", "LOC"}:
                continue
            place_id = by_name.get(ent.text)
            if place_id is None:
                try:
                    country = pycountry.countries.lookup(ent.text)
                except LookupError:
                    continue
                place_id = state.places.add(name=country.name, country=country.alpha_3, feature="country")
                by_name[ent.text] = place_id
            state.places.add_mention(place_id, state.span(ent.start, ent.end), ent.start, ent.end)


def make_stage(settings: Settings, resources: Resources) -> Any:
    return PlaceStage()
