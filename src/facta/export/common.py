"""Shared helpers of the exporters: the canonical JSON of an event, CAMEO roots, country names."""

from __future__ import annotations

from functools import cache
from typing import Any

from facta.dedup.canonical import MentionActor, Tally
from facta.resources import read_data_tsv
from facta.store.base import EventView


def actor_dict(actor: MentionActor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "kind": actor.kind, "country": actor.country, "sector": actor.sector}


def tally_dict(t: Tally) -> dict[str, int | None]:
    return {"best": t.best, "low": t.low, "high": t.high}


def event_dict(view: EventView) -> dict[str, Any]:
    """The JSON document of one canonical event and its mentions (`facta events --format json`)."""
    e = view.event
    return {
        "id": e.id,
        "type": e.type,
        "date": e.date,
        "precision": e.precision,
        "date_low": e.date_low,
        "date_high": e.date_high,
        "place": {
            "name": e.place_name,
            "geonameid": e.geonameid,
            "lat": e.lat,
            "lon": e.lon,
            "country": e.country,
            "admin1": e.admin1,
        },
        "source": actor_dict(e.source),
        "target": actor_dict(e.target),
        "actors": list(e.actors),
        "toll": {
            "killed": tally_dict(e.killed),
            "injured": tally_dict(e.injured),
            "arrested": tally_dict(e.arrested),
        },
        "mode": e.mode,
        "cameo": e.cameo,
        "acled": {"event_type": e.acled_event_type, "sub_event_type": e.acled_sub_event_type},
        "n_mentions": e.n_mentions,
        "n_articles": e.n_articles,
        "n_sources": e.n_sources,
        "n_independent": e.n_independent,
        "outlets": list(e.outlets),
        "first_published": e.first_published,
        "last_published": e.last_published,
        "evidence": {
            "article_id": e.evidence_article_id,
            "sentence": e.evidence_sentence,
            "text": e.evidence,
        },
        "confidence": e.confidence,
        "mentions": [
            {
                "article_id": m.article_id,
                "event_id": m.event_id,
                "outlet": m.outlet,
                "url": m.url,
                "published": m.published,
                "dup_group": m.dup_group,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "evidence": m.evidence,
                "date": m.date,
                "place": m.place_name,
                "killed": m.killed,
                "injured": m.injured,
                "arrested": m.arrested,
            }
            for m in view.mentions
        ],
    }


@cache
def cameo_roots() -> dict[str, tuple[str, int]]:
    """CAMEO root code → (name, quad class)."""
    return {r["root"]: (r["name"], int(r["quad_class"])) for r in read_data_tsv("export/cameo_roots.tsv")}


def cameo_root(code: str | None) -> str | None:
    if not code:
        return None
    digits = code.strip()[:2]
    return digits if digits in cameo_roots() else None


def quad_class(code: str | None) -> int | None:
    root = cameo_root(code)
    return cameo_roots()[root][1] if root else None


@cache
def country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return str(country.name) if country is not None else None


def clean(text: str | None) -> str | None:
    """Whitespace collapsed, for one-line cells (offsets still refer to the article text)."""
    return " ".join(text.split()) if text else text


def sources_text(view: EventView, sep: str = "; ") -> str:
    names = list(dict.fromkeys(m.outlet or m.url or m.article_id for m in view.mentions))
    return sep.join(names)


def urls_text(view: EventView, sep: str = "; ") -> str:
    return sep.join(dict.fromkeys(m.url for m in view.mentions if m.url))
