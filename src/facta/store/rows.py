"""Flattening a Record into the rows of the store's tables (shared by every backend)."""

from __future__ import annotations

import json
from typing import Any

from facta.model import Record


def _j(value: Any) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def article_row(record: Record, processed_at: str) -> dict[str, Any]:
    a = record.article
    return {
        "id": a.id,
        "title": a.title,
        "url": a.url,
        "published": a.published,
        "outlet": a.outlet,
        "language": a.language,
        "n_sentences": a.n_sentences,
        "content_hash": a.content_hash,
        "text": a.text,
        "processed_at": processed_at,
        "author": a.author,
    }


def actor_rows(record: Record) -> list[dict[str, Any]]:
    return [
        {
            "article_id": record.article.id,
            "id": x.id,
            "name": x.name,
            "kind": x.kind,
            "country": x.country,
            "sector": x.sector,
            "role": x.role,
            "affiliation": x.affiliation,
            "n_mentions": len(x.mentions),
        }
        for x in record.actors
    ]


def place_rows(record: Record) -> list[dict[str, Any]]:
    return [
        {
            "article_id": record.article.id,
            "id": p.id,
            "name": p.name,
            "geonameid": p.geonameid,
            "lat": p.lat,
            "lon": p.lon,
            "country": p.country,
            "admin1": p.admin1,
            "feature": p.feature,
        }
        for p in record.places
    ]


def event_rows(record: Record) -> list[dict[str, Any]]:
    rows = []
    for e in record.events:
        when, m, ev = e.when, e.modality, e.evidence
        rows.append(
            {
                "article_id": record.article.id,
                "id": e.id,
                "type": e.type,
                "mode": e.mode,
                "contexts": _j(e.contexts),
                "cameo": e.cameo,
                "acled_event_type": e.acled.event_type if e.acled else None,
                "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
                "source": _j(e.source),
                "target": _j(e.target),
                "place_id": e.place,
                "date": when.date if when else None,
                "date_precision": when.precision if when else None,
                "date_text": when.text if when else None,
                "date_inherited": int(when.inherited) if when else None,
                "killed": e.toll.killed,
                "injured": e.toll.injured,
                "arrested": e.toll.arrested,
                "negated": int(m.negated),
                "hypothetical": int(m.hypothetical),
                "conditional": int(m.conditional),
                "future": int(m.future),
                "historical": int(m.historical),
                "statement_id": e.statement,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "trigger": ev.trigger.text if ev.trigger else None,
                "evidence": ev.text,
                "confidence": e.confidence,
                "coder": e.coder,
            }
        )
    return rows


def statement_rows(record: Record) -> list[dict[str, Any]]:
    return [
        {
            "article_id": record.article.id,
            "id": s.id,
            "speaker": s.speaker,
            "cue": s.cue.text if s.cue else None,
            "content": s.content_text,
            "direct": int(s.direct),
            "addressee": s.addressee,
            "stance": s.stance,
            "topic": s.topic,
            "sentence": s.evidence.sentence,
            "start": s.evidence.start,
            "end": s.evidence.end,
        }
        for s in record.statements
    ]


TABLE_ROWS = {
    "actors": actor_rows,
    "places": place_rows,
    "events": event_rows,
    "statements": statement_rows,
}
