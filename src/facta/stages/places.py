"""Places stage: every toponym mention resolved to a GeoNames entry (see facta.geo and docs/places.md).

The stage adds one :class:`~facta.model.Place` per distinct resolved entry (or per unresolved name),
with all its mentions, to ``state.places``. Toponyms inside organisation names ("Syrian Observatory
for Human Rights") are found but not listed as places of the article. The mentions with their roles
are kept in ``state.doc.user_data["facta.places"]`` for :func:`event_place`.
"""

from __future__ import annotations

from typing import Any

from facta.geo.linking import MENTIONS_KEY, PlaceMention, choose_event_place
from facta.geo.parser import Geoparser, mention_key
from facta.resources import Resources
from facta.settings import Settings
from facta.state import DocState

_FEATURES = {"directional": "region", "sea": "sea"}


class PlaceStage:
    name = "places.gazetteer.v1"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, settings: Settings, resources: Resources) -> None:
        self._settings = settings
        self._resources = resources

    @property
    def geoparser(self) -> Geoparser:
        def load() -> Geoparser:
            from facta.geo.gazetteer import pipeline_gazetteer

            return Geoparser(pipeline_gazetteer(self._settings.cache_dir, self._resources))

        return self._resources.get("geo.geoparser", load)

    def __call__(self, state: DocState) -> None:
        geoparser = self.geoparser
        gaz = geoparser.gazetteer
        by_key: dict[str, str] = {}
        kept: list[PlaceMention] = []
        for m in geoparser(state.doc):
            if m.role == "embedded":
                continue
            key = mention_key(m)
            place_id = by_key.get(key)
            if place_id is None:
                e = m.entry
                if e is None:  # a name no entry fits: its country (and state) when known
                    area = gaz.admin(m.a1) if m.a1 else None
                    place_id = state.places.add(
                        name=m.text, country=gaz.iso3(m.cc), admin1=area.name if area is not None else None
                    )
                else:
                    admin1 = None
                    if e.kind == "admin1":
                        admin1 = e.name
                    elif e.a1:
                        owner = gaz.admin(e.a1)
                        admin1 = owner.name if owner is not None else None
                    place_id = state.places.add(
                        name=e.name,
                        geonameid=e.geonameid,
                        lat=e.lat,
                        lon=e.lon,
                        country=gaz.iso3(e.cc),
                        admin1=admin1,
                        feature=_FEATURES.get(e.kind, e.kind),
                    )
                by_key[key] = place_id
            state.places.add_mention(place_id, state.span(m.start, m.end), m.start, m.end)
            kept.append(PlaceMention(m.start, m.end, place_id, m.role))
        state.doc.user_data[MENTIONS_KEY] = kept


def event_place(state: DocState, trigger_i: int) -> str | None:
    """The id of the place where the event triggered at token ``trigger_i`` happened, or None.

    Called by the events stage for every event it codes (places are already in ``state.places``).
    Preference: a place attached to the trigger ("in/near/outside X" on the verb or its object),
    then one in the trigger's clause, then one in its sentence outside reporting frames ("said in
    Geneva"), then the dateline place when the sentence names no place at all. None rather than a
    guess: see :func:`facta.geo.linking.choose_event_place`.
    """
    return choose_event_place(state, trigger_i)


def make_stage(settings: Settings, resources: Resources) -> Any:
    return PlaceStage(settings, resources)
