"""Rows of the cross-article tables (event_mentions, canonical_events) and the canonical-event filter SQL."""

from __future__ import annotations

import json
from typing import Any

from facta.dedup.canonical import CanonicalEvent, Mention, MentionActor
from facta.dedup.keys import fold
from facta.store.base import EventFilter

MENTION_COLUMNS = (
    "canonical_id",
    "article_id",
    "event_id",
    "type",
    "sentence",
    "evidence",
    "outlet",
    "url",
    "published",
    "dup_group",
    "date",
    "date_precision",
    "place_key",
    "place_name",
    "geonameid",
    "lat",
    "lon",
    "country",
    "admin1",
    "source",
    "target",
    "actor_names",
    "actor_countries",
    "killed",
    "injured",
    "arrested",
    "mode",
    "cameo",
    "acled_event_type",
    "acled_sub_event_type",
    "confidence",
    "terms",
    "start",
    "end",
    "incident_sub_event_type",
)


def _actors_json(actors: tuple[MentionActor, ...]) -> str:
    return json.dumps([a.to_dict() for a in actors], ensure_ascii=False)


def mention_row(m: Mention, canonical_id: str) -> dict[str, Any]:
    actors = (*m.source, *m.target)
    return {
        "canonical_id": canonical_id,
        "article_id": m.article_id,
        "event_id": m.event_id,
        "type": m.type,
        "sentence": m.sentence,
        "evidence": m.evidence,
        "outlet": m.outlet,
        "url": m.url,
        "published": m.published,
        "dup_group": m.dup_group,
        "date": m.date,
        "date_precision": m.precision,
        "place_key": m.place_key,
        "place_name": m.place_name,
        "geonameid": m.geonameid,
        "lat": m.lat,
        "lon": m.lon,
        "country": m.country,
        "admin1": m.admin1,
        "source": _actors_json(m.source),
        "target": _actors_json(m.target),
        "actor_names": " | ".join(fold(a.name) for a in actors),
        "actor_countries": " " + " ".join(sorted({a.country for a in actors if a.country})) + " ",
        "killed": m.killed,
        "injured": m.injured,
        "arrested": m.arrested,
        "mode": m.mode,
        "cameo": m.cameo,
        "acled_event_type": m.acled_event_type,
        "acled_sub_event_type": m.acled_sub_event_type,
        "confidence": m.confidence,
        "terms": json.dumps(sorted(m.terms), ensure_ascii=False),
        "start": m.start,
        "end": m.end,
        "incident_sub_event_type": m.incident_sub_event_type,
    }


def _actors(raw: str | None) -> tuple[MentionActor, ...]:
    return tuple(MentionActor(**a) for a in json.loads(raw or "[]"))


def mention_from_row(row: dict[str, Any]) -> Mention:
    return Mention(
        article_id=row["article_id"],
        event_id=row["event_id"],
        type=row["type"],
        sentence=row["sentence"],
        evidence=row["evidence"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        dup_group=row["dup_group"],
        date=row["date"],
        precision=row["date_precision"],
        place_key=row["place_key"],
        place_name=row["place_name"],
        geonameid=row["geonameid"],
        lat=row["lat"],
        lon=row["lon"],
        country=row["country"],
        admin1=row["admin1"],
        source=_actors(row["source"]),
        target=_actors(row["target"]),
        killed=row["killed"],
        injured=row["injured"],
        arrested=row["arrested"],
        mode=row["mode"],
        cameo=row["cameo"],
        acled_event_type=row["acled_event_type"],
        acled_sub_event_type=row["acled_sub_event_type"],
        confidence=float(row["confidence"] if row["confidence"] is not None else 0.5),
        terms=frozenset(json.loads(row["terms"] or "[]")),
        start=row["start"],
        end=row["end"],
        incident_sub_event_type=row["incident_sub_event_type"],
    )


def canonical_row(c: CanonicalEvent) -> dict[str, Any]:
    src, tgt = c.source, c.target
    return {
        "id": c.id,
        "type": c.type,
        "date": c.date,
        "date_precision": c.precision,
        "date_low": c.date_low,
        "date_high": c.date_high,
        "place_name": c.place_name,
        "geonameid": c.geonameid,
        "lat": c.lat,
        "lon": c.lon,
        "country": c.country,
        "admin1": c.admin1,
        "source_actor": src.name if src else None,
        "source_country": src.country if src else None,
        "source_sector": src.sector if src else None,
        "target_actor": tgt.name if tgt else None,
        "target_country": tgt.country if tgt else None,
        "target_sector": tgt.sector if tgt else None,
        "actors": json.dumps(list(c.actors), ensure_ascii=False),
        "killed": c.killed.best,
        "killed_low": c.killed.low,
        "killed_high": c.killed.high,
        "injured": c.injured.best,
        "injured_low": c.injured.low,
        "injured_high": c.injured.high,
        "arrested": c.arrested.best,
        "arrested_low": c.arrested.low,
        "arrested_high": c.arrested.high,
        "mode": c.mode,
        "cameo": c.cameo,
        "acled_event_type": c.acled_event_type,
        "acled_sub_event_type": c.acled_sub_event_type,
        "n_mentions": c.n_mentions,
        "n_articles": c.n_articles,
        "n_sources": c.n_sources,
        "n_independent": c.n_independent,
        "outlets": json.dumps(list(c.outlets), ensure_ascii=False),
        "first_published": c.first_published,
        "last_published": c.last_published,
        "evidence": c.evidence,
        "evidence_article_id": c.evidence_article_id,
        "evidence_sentence": c.evidence_sentence,
        "confidence": c.confidence,
        "summary": json.dumps(c.summary.to_dict(), ensure_ascii=False),
    }


def filter_sql(f: EventFilter, text_clause: str) -> tuple[str, list[Any]]:
    """WHERE clause (with ``?`` placeholders) over ``canonical_events c`` for filter ``f``.

    ``text_clause`` is the backend's "article ids matching a full-text query" sub-select (one ``?``)."""
    where: list[str] = []
    params: list[Any] = []
    if f.date_from:
        where.append("c.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("c.date <= ?")
        params.append(f.date_to)
    if f.type:
        where.append("c.type = ?")
        params.append(f.type.upper())
    if f.min_sources:
        where.append("c.n_sources >= ?")
        params.append(f.min_sources)
    mention: list[str] = []
    if f.actor:
        mention.append("m.actor_names LIKE ?")
        params.append(f"%{fold(f.actor)}%")
    if f.country:
        code = f.country.strip().upper()
        mention.append("(m.country = ? OR m.actor_countries LIKE ?)")
        params.extend([code, f"% {code} %"])
    if f.place:
        mention.append("(lower(m.place_name) LIKE ? OR lower(m.admin1) LIKE ?)")
        params.extend([f"%{f.place.lower()}%"] * 2)
    if f.text:
        mention.append(f"m.article_id IN ({text_clause})")
        params.append(f.text)
    for clause in mention:
        where.append(f"EXISTS (SELECT 1 FROM event_mentions m WHERE m.canonical_id = c.id AND {clause})")
    return (" WHERE " + " AND ".join(where)) if where else "", params
