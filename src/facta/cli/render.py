"""Plain-text tables for terminals (no dependencies)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from facta.model import Record


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 48) -> str:
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join([line, sep, *body])


def _cell(value: Any, max_width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def record_tables(record: Record) -> str:
    """A human-readable summary of one record."""
    a = record.article
    names = {x.id: x.name for x in record.actors}
    places = {p.id: p.name for p in record.places}
    parts = [f"Article {a.id}  {a.title or ''}  published {a.published or '?'}  ({a.n_sentences} sentences)"]
    if record.actors:
        parts.append(
            "\nActors\n"
            + table(
                ["id", "name", "kind", "country", "sector", "role", "affiliation", "mentions"],
                [
                    [
                        x.id,
                        x.name,
                        x.kind,
                        x.country,
                        x.sector,
                        x.role,
                        names.get(x.affiliation or "", ""),
                        len(x.mentions),
                    ]
                    for x in record.actors
                ],
            )
        )
    if record.places:
        parts.append(
            "\nPlaces\n"
            + table(
                ["id", "name", "country", "admin1", "lat", "lon", "geonameid"],
                [[p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid] for p in record.places],
            )
        )
    if record.events:
        parts.append(
            "\nEvents\n"
            + table(
                ["id", "type", "mode", "source", "target", "where", "when", "killed", "flags", "trigger"],
                [
                    [
                        e.id,
                        e.type,
                        e.mode,
                        ", ".join(names.get(s, s) for s in e.source),
                        ", ".join(names.get(t, t) for t in e.target),
                        places.get(e.place or "", ""),
                        e.when.date if e.when else None,
                        e.toll.killed,
                        ",".join(
                            k
                            for k in ("negated", "hypothetical", "conditional", "future", "historical")
                            if getattr(e.modality, k)
                        ),
                        e.evidence.trigger.text if e.evidence.trigger else "",
                    ]
                    for e in record.events
                ],
                max_width=32,
            )
        )
    if record.statements:
        parts.append(
            "\nStatements\n"
            + table(
                ["id", "speaker", "cue", "direct", "stance", "topic", "content"],
                [
                    [
                        s.id,
                        names.get(s.speaker or "", ""),
                        s.cue.text if s.cue else "",
                        "yes" if s.direct else "no",
                        s.stance,
                        s.topic,
                        s.content_text,
                    ]
                    for s in record.statements
                ],
                max_width=60,
            )
        )
    t = record.toll
    parts.append(
        f"\nToll: killed {toll_count(t.killed, t.killed_low, t.killed_high)}, "
        f"injured {toll_count(t.injured, t.injured_low, t.injured_high)}, "
        f"arrested {toll_count(t.arrested, t.arrested_low, t.arrested_high)}"
    )
    if record.incident is not None:
        i = record.incident
        parts.append(f"Incident (ACLED): {i.event_type} / {i.sub_event_type} (event {i.event or '-'})")
    for w in record.warnings:
        parts.append(f"warning: {w}")
    return "\n".join(parts)


def toll_count(value: int | None, low: int | None, high: int | None) -> str:
    """A toll figure for a table: the count, a range for vague counts, "-" when the article gives none
    (unknown is not zero; "no deaths were reported" is 0)."""
    if value is not None:
        return str(value)
    if low is not None:
        return f"{low}-{high}" if high is not None else f"{low}+"
    return "-"
