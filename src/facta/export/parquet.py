"""Parquet for analysts (pandas, DuckDB, R arrow): one row per canonical event, mentions as a list column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from facta.errors import FactaError
from facta.store.base import EventView


def _schema(pa: Any) -> Any:
    mention = pa.struct(
        [
            ("article_id", pa.string()),
            ("outlet", pa.string()),
            ("url", pa.string()),
            ("published", pa.string()),
            ("sentence", pa.int32()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("evidence", pa.string()),
            ("killed", pa.int64()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("type", pa.string()),
            ("date", pa.string()),
            ("precision", pa.string()),
            ("date_low", pa.string()),
            ("date_high", pa.string()),
            ("source_actor", pa.string()),
            ("source_country", pa.string()),
            ("source_sector", pa.string()),
            ("target_actor", pa.string()),
            ("target_country", pa.string()),
            ("target_sector", pa.string()),
            ("place", pa.string()),
            ("geonameid", pa.int64()),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("country", pa.string()),
            ("admin1", pa.string()),
            ("killed", pa.int64()),
            ("killed_low", pa.int64()),
            ("killed_high", pa.int64()),
            ("injured", pa.int64()),
            ("arrested", pa.int64()),
            ("cameo", pa.string()),
            ("acled_event_type", pa.string()),
            ("acled_sub_event_type", pa.string()),
            ("n_mentions", pa.int32()),
            ("n_sources", pa.int32()),
            ("n_independent", pa.int32()),
            ("evidence", pa.string()),
            ("confidence", pa.float64()),
            ("mentions", pa.list_(mention)),
        ]
    )


def parquet_row(view: EventView) -> dict[str, Any]:
    e = view.event
    src, tgt = e.source, e.target
    return {
        "id": e.id,
        "type": e.type,
        "date": e.date,
        "precision": e.precision,
        "date_low": e.date_low,
        "date_high": e.date_high,
        "source_actor": src.name if src else None,
        "source_country": src.country if src else None,
        "source_sector": src.sector if src else None,
        "target_actor": tgt.name if tgt else None,
        "target_country": tgt.country if tgt else None,
        "target_sector": tgt.sector if tgt else None,
        "place": e.place_name,
        "geonameid": e.geonameid,
        "lat": e.lat,
        "lon": e.lon,
        "country": e.country,
        "admin1": e.admin1,
        "killed": e.killed.best,
        "killed_low": e.killed.low,
        "killed_high": e.killed.high,
        "injured": e.injured.best,
        "arrested": e.arrested.best,
        "cameo": e.cameo,
        "acled_event_type": e.acled_event_type,
        "acled_sub_event_type": e.acled_sub_event_type,
        "n_mentions": e.n_mentions,
        "n_sources": e.n_sources,
        "n_independent": e.n_independent,
        "evidence": e.evidence,
        "confidence": e.confidence,
        "mentions": [
            {
                "article_id": m.article_id,
                "outlet": m.outlet,
                "url": m.url,
                "published": m.published,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "evidence": m.evidence,
                "killed": m.killed,
            }
            for m in view.mentions
        ],
    }


def write(views: Sequence[EventView], out: IO[Any]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise FactaError("F405") from exc
    table = pa.Table.from_pylist([parquet_row(v) for v in views], schema=_schema(pa))
    pq.write_table(table, out)
    return len(views)
