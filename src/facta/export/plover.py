"""PLOVER's JSON record layout (PLOVER manual, "Data Fields"), one record per line as the manual suggests.

Required fields ``id``, ``date``, ``actor``, ``event``; optional ``enddate``, ``recipient``,
``event_loc`` (the location object), ``event_text``, ``quad_code``, ``mode``, ``size`` (dead, injured,
arrested: the best-supported figures), ``text_info`` and ``cite_info`` for the lead report, ``coder`` and
``coded_date``. ``sources`` (every report: outlet, URL, date, sentence and offsets) and ``n_sources`` are
facta additions, which the manual allows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import IO, Any

from facta.dedup.canonical import MentionActor
from facta.export.common import clean, country_name, quad_class
from facta.store.base import EventView

CODEBOOK = "plover-2023"


def _entity(actor: MentionActor) -> dict[str, Any]:
    entity: dict[str, Any] = {"code": actor.country, "sector": actor.sector, "entity_text": actor.name}
    return {k: v for k, v in entity.items() if v is not None}


def _actors(view: EventView, role: str) -> list[dict[str, Any]]:
    seen: dict[str, MentionActor] = {}
    for m in view.mentions:
        for actor in getattr(m, role):
            seen.setdefault(actor.key, actor)
    return [_entity(a) for a in seen.values()]


def plover_record(view: EventView, coded: str) -> dict[str, Any]:
    from facta import __version__

    e = view.event
    lead = next((m for m in view.mentions if m.article_id == e.evidence_article_id), view.mentions[0])
    record: dict[str, Any] = {
        "id": e.id,
        "has_event": True,
        "date": e.date,
        "actor": _actors(view, "source"),
        "recipient": _actors(view, "target"),
        "event": [e.type],
        "mode": [e.mode] if e.mode else [],
        "event_text": list(dict.fromkeys(clean(m.evidence) for m in view.mentions)),
        "size": {"dead": e.killed.best, "injured": e.injured.best, "arrested": e.arrested.best},
        "text_info": {"sequence": lead.sentence, "start": lead.start, "end": lead.end},
        "cite_info": {
            "url": lead.url,
            "publication": lead.outlet,
            "language": "en",
            "coder": f"facta {__version__}",
            "codebook": CODEBOOK,
        },
        "coder": f"facta {__version__}",
        "coded_date": coded,
        "n_sources": e.n_sources,
        "sources": [
            {
                "outlet": m.outlet,
                "url": m.url,
                "published": m.published,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
            }
            for m in view.mentions
        ],
    }
    if e.date_high and e.date_high != e.date:
        record["enddate"] = e.date_high
    if e.place_name or e.geonameid:
        record["event_loc"] = {
            "resolved_place": e.place_name,
            "geonameid": e.geonameid,
            "lat": e.lat,
            "lon": e.lon,
            "province": e.admin1,
            "country": country_name(e.country),
            "country_code": e.country,
        }
    if (quad := quad_class(e.cameo)) is not None:
        record["quad_code"] = quad
    return record


def write(views: Sequence[EventView], out: IO[Any]) -> int:
    coded = dt.date.today().isoformat()
    for view in views:
        out.write(json.dumps(plover_record(view, coded), ensure_ascii=False) + "\n")
    return len(views)
