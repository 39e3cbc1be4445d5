"""ACLED-style CSV: one row per canonical event with ACLED's column names.

``notes`` is the evidence sentence of the best-supported report, ``source`` the outlets that report the
event, ``fatalities`` the best-supported death toll (0 when none was reported, as ACLED does).
``plover_type``, ``n_sources``, ``fatalities_low``/``fatalities_high`` and ``incident_sub_event_type``
are facta additions; the last is the ACLED sub-type of the incident an article reports, on the event it
was read from (the most common among the event's reports), which may refine the event's own sub-type (a
weapon named in another sentence, the same attackers' clash). Only events with an ACLED event type are
written: ACLED codes political violence, demonstrations and strategic developments, and has no row for
a meeting or a statement of support.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from typing import IO, Any

from facta.export.common import clean, country_name, sources_text
from facta.store.base import EventView

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "iso3",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "source",
    "notes",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "plover_type",
    "n_sources",
    "incident_sub_event_type",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 2, "year": 3}


def acled_row(view: EventView) -> dict[str, Any]:
    e = view.event
    return {
        "event_id_cnty": e.id,
        "event_date": e.date,
        "year": e.date[:4] if e.date else None,
        "time_precision": TIME_PRECISION.get(e.precision or "", 3),
        "event_type": e.acled_event_type,
        "sub_event_type": e.acled_sub_event_type,
        "actor1": e.source.name if e.source else None,
        "actor2": e.target.name if e.target else None,
        "country": country_name(e.country),
        "iso3": e.country,
        "admin1": e.admin1,
        "location": e.place_name,
        "latitude": e.lat,
        "longitude": e.lon,
        "source": sources_text(view),
        "notes": clean(e.evidence),
        "fatalities": e.killed.best or 0,
        "fatalities_low": e.killed.low,
        "fatalities_high": e.killed.high,
        "plover_type": e.type,
        "n_sources": e.n_sources,
        "incident_sub_event_type": incident_subtype(view),
    }


def incident_subtype(view: EventView) -> str | None:
    """The incident sub-type the event's reports read most often (ties: the earliest report)."""
    found = Counter(m.incident_sub_event_type for m in view.mentions if m.incident_sub_event_type)
    return found.most_common(1)[0][0] if found else None


def write(views: Sequence[EventView], out: IO[Any]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    written = 0
    for view in views:
        if view.event.acled_event_type is None:
            continue
        writer.writerow(acled_row(view))
        written += 1
    return written
