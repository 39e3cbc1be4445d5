"""Projection of a Record onto the facts the golden corpus pins down (names instead of local ids).

An expected file (tests/data/golden/<example>.json) holds the TRUTH for each section, as a careful
human reader codes the article, plus ``known_errors``: the documented places where facta's output
differs from the truth today, each ``{"section", "expected", "actual", "note"}`` (``expected`` null =
a spurious item, ``actual`` null = a missed one; for ``toll`` both are whole objects). The test
compares facta's output with the truth after applying exactly these documented deviations, so it fails
on any new error and also when a known error gets fixed (then delete its entry).

    python -m tests.golden            # print the current projection of every example
    python -m tests.golden --score    # per section: items right / truth / output, against the truth
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


def with_known_errors(expected: dict[str, Any]) -> dict[str, Any]:
    """The truth with the documented deviations applied: what facta outputs today."""
    out = {section: expected[section] for section in SECTIONS}
    out = json.loads(json.dumps(out))
    for err in expected.get("known_errors", []):
        section = err["section"]
        if section == "toll":
            if out["toll"] != err["expected"]:
                raise ValueError(f"known error does not match the expected toll: {err}")
            out["toll"] = err["actual"]
            continue
        items = out[section]
        if err["expected"] is not None:
            if err["expected"] not in items:
                raise ValueError(f"known error names an item not in expected {section}: {err['expected']}")
            items.remove(err["expected"])
        if err["actual"] is not None:
            items.append(err["actual"])
        out[section] = sorted(items, key=_key)
    return out


def score(expected: dict[str, Any], projection: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """Per list section: (items of the output equal to a truth item, truth items, output items)."""
    result = {}
    for section in SECTIONS:
        if section == "toll":
            result[section] = (int(expected[section] == projection[section]), 1, 1)
            continue
        truth = [_key(x) for x in expected[section]]
        right = 0
        for item in projection[section]:
            k = _key(item)
            if k in truth:
                truth.remove(k)
                right += 1
        result[section] = (right, len(expected[section]), len(projection[section]))
    return result


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
    if projection.get("known_errors") is not None:
        lines[-1] += ","
        items = [json.dumps(v, ensure_ascii=False) for v in projection["known_errors"]]
        body = ",\n".join(f"    {x}" for x in items)
        lines.append(f'  "known_errors": [\n{body}\n  ]' if items else '  "known_errors": []')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    import sys

    from facta.examples import examples
    from facta.pipeline import load_pipeline

    pipeline = load_pipeline()
    write = "--write" in sys.argv
    totals = dict.fromkeys(SECTIONS, (0, 0, 0))
    for ex in examples():
        record = pipeline.extract(
            ex.text, published=ex.published, title=ex.title, url=ex.url, outlet=ex.outlet
        )
        projection = project(record)
        text = dumps(projection)
        if "--score" in sys.argv:
            expected = json.loads((GOLDEN / f"{ex.name}.json").read_text(encoding="utf-8"))
            scores = score(expected, projection)
            print(ex.name, "  ".join(f"{k} {r}/{t}/{o}" for k, (r, t, o) in scores.items()))
            for k, (r, t, o) in scores.items():
                a, b, c = totals[k]
                totals[k] = (a + r, b + t, c + o)
            continue
        if write:
            if (GOLDEN / f"{ex.name}.json").exists():
                print(f"kept {ex.name}.json (edit an existing expected file by hand)")
                continue
            (GOLDEN / f"{ex.name}.json").write_text(text, encoding="utf-8")
            print(f"wrote {ex.name}.json (review every value against the article before committing)")
        else:
            print(f"### {ex.name}\n{text}")
    if "--score" in sys.argv:
        print("section    right  truth  output  precision  recall")
        for k, (r, t, o) in totals.items():
            print(f"{k:<10} {r:>5}  {t:>5}  {o:>6}  {r / o if o else 1:>9.3f}  {r / t if t else 1:>6.3f}")


if __name__ == "__main__":
    main()
