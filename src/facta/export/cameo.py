"""A GDELT/Phoenix-style CAMEO event table (tab-separated, one row per canonical event).

Columns follow Phoenix's names: the date split into parts, source and target actor (full name, country
entity, sector role), CAMEO event code and root code, quad class, location, sentence id, URLs and news
sources. GDELT's Goldstein score is not given (facta does not assign it). ``PloverType`` and the counts
are facta additions.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import IO, Any

from facta.export.common import cameo_root, quad_class, sources_text, urls_text
from facta.store.base import EventView

COLUMNS = (
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "PloverType",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
    "NumMentions",
    "NumSources",
    "NumArticles",
)


def cameo_row(view: EventView) -> dict[str, Any]:
    e = view.event
    year, month, day = (e.date or "--").split("-")[:3] if e.date else (None, None, None)
    src, tgt = e.source, e.target
    return {
        "EventID": e.id,
        "Date": e.date.replace("-", "") if e.date else None,
        "Year": year,
        "Month": month,
        "Day": day,
        "SourceActorFull": src.name if src else None,
        "SourceActorEntity": src.country if src else None,
        "SourceActorRole": src.sector if src else None,
        "TargetActorFull": tgt.name if tgt else None,
        "TargetActorEntity": tgt.country if tgt else None,
        "TargetActorRole": tgt.sector if tgt else None,
        "EventCode": e.cameo,
        "EventRootCode": cameo_root(e.cameo),
        "QuadClass": quad_class(e.cameo),
        "PloverType": e.type,
        "Lat": e.lat,
        "Lon": e.lon,
        "LocationName": e.place_name,
        "StateName": e.admin1,
        "CountryCode": e.country,
        "SentenceID": f"{e.evidence_article_id}-{e.evidence_sentence}",
        "URLs": urls_text(view),
        "NewsSources": sources_text(view),
        "NumMentions": e.n_mentions,
        "NumSources": e.n_sources,
        "NumArticles": e.n_articles,
    }


def write(views: Sequence[EventView], out: IO[Any]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    for view in views:
        writer.writerow(
            {
                k: ("" if v is None else str(v).replace("\t", " ").replace("\n", " "))
                for k, v in cameo_row(view).items()
            }
        )
    return len(views)
