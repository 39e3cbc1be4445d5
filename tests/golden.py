"""Projection of a Record onto the facts the golden corpus pins down (names instead of local ids).

Used by tests/test_golden.py and by `python -m tests.golden` which prints the current projection of
every example (to review against the truth when writing or updating an expected file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from facta.model import Record

GOLDEN = Path(__file__).parent / "data" / "golden"
SECTIONS = ("actors", "places", "events", "statements", "toll")


def _key(item: dict[str, Any]) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def project(record: Record) -> dict[str, Any]:
    names = {a.id: a.name for a in record.actors}
    places = {p.id: p.name for p in record.places}
    actors = [
        {
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "sector": a.sector,
            "role": a.role,
            "affiliation": names.get(a.affiliation or ""),
        }
        for a in record.actors
    ]
    place_rows = [{"name": p.name, "country": p.country, "geonameid": p.geonameid} for p in record.places]
    events = []
    for e in record.events:
        when = e.when
        events.append(
            {
                "type": e.type,
                "mode": e.mode,
                "cameo": e.cameo,
                "acled": e.acled.sub_event_type if e.acled else None,
                "source": sorted(names.get(s, s) for s in e.source),
                "target": sorted(names.get(t, t) for t in e.target),
                "place": places.get(e.place or ""),
                "date": when.date if when else None,
                "precision": when.precision if when else None,
                "inherited": when.inherited if when else None,
                "killed": e.toll.killed,
                "injured": e.toll.injured,
                "arrested": e.toll.arrested,
                "modality": sorted(
                    k
                    for k in ("negated", "hypothetical", "conditional", "future", "historical")
                    if getattr(e.modality, k)
                ),
                "trigger": e.evidence.trigger.text if e.evidence.trigger else None,
                "statement": e.statement is not None,
            }
        )
    statements = [
        {
            "speaker": names.get(s.speaker or ""),
            "cue": s.cue.text if s.cue else None,
            "direct": s.direct,
            "stance": s.stance,
            "topic": s.topic,
            "content": s.content_text[:60],
        }
        for s in record.statements
    ]
    t = record.toll
    return {
        "actors": sorted(actors, key=_key),
        "places": sorted(place_rows, key=_key),
        "events": sorted(events, key=_key),
        "statements": sorted(statements, key=_key),
        "toll": {"killed": t.killed, "injured": t.injured, "arrested": t.arrested},
    }


def dumps(projection: dict[str, Any]) -> str:
    """JSON with one line per item, so that expected files review and diff well."""
    lines = ["{"]
    for i, section in enumerate(SECTIONS):
        value = projection[section]
        comma = "," if i + 1 < len(SECTIONS) else ""
        if isinstance(value, list):
            items = [json.dumps(v, ensure_ascii=False) for v in value]
            body = ",\n".join(f"    {x}" for x in items)
            lines.append(f'  "{section}": [\n{body}\n  ]{comma}' if items else f'  "{section}": []{comma}')
        else:
            lines.append(f'  "{section}": {json.dumps(value, ensure_ascii=False)}{comma}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    import sys

    from facta.examples import examples
    from facta.pipeline import load_pipeline

    pipeline = load_pipeline()
    write = "--write" in sys.argv
    for ex in examples():
        record = pipeline.extract(
            ex.text, published=ex.published, title=ex.title, url=ex.url, outlet=ex.outlet
        )
        projection = project(record)
        text = dumps(projection)
        if write:
            (GOLDEN / f"{ex.name}.json").write_text(text, encoding="utf-8")
            print(f"wrote {ex.name}.json (review every value against the article before committing)")
        else:
            print(f"### {ex.name}\n{text}")


if __name__ == "__main__":
    main()
