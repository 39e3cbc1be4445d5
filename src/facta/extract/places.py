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


def event_place(state: DocState, trigger_i: int) -> str | None:
    """The id of the place where the event triggered at token ``trigger_i`` happened, or None.

    Called by the events stage for every event it codes (places are already in ``state.places``).
    First pass: a place mentioned in the same sentence.
    """
    sent = state.sentence(state.sentence_index(trigger_i))
    for tok in sent:
        place = state.places.at_token(tok.i)
        if place is not None:
            return place.id
    return None


def make_stage(settings: Settings, resources: Resources) -> Any:
    return PlaceStage()
