"""`facta eval tolls`: article tolls on our own gold passages (``facta/data/gold/tolls.jsonl``).

Each line is a short passage we wrote with its expected article toll: ``killed``, ``injured``,
``arrested`` (null = not reported), ``*_low``/``*_high`` when the figure is vague or a range, and
optionally ``victims`` (killed by victim kind). The passages are undated: they are read as if
published on :data:`PUBLISHED`, which only matters for relative dates ("last year").

Scores: a field is correct when facta's (count, low, high) equals the gold's exactly (a missing
field must be None); per-field accuracy, overall accuracy over all fields, the share of passages
with all three fields right, and victim-kind accuracy over the (passage, kind) pairs the gold
names. Split: line numbers (from 1) even = dev (tune here), odd = test (held out).
Passages are grouped into parts by the letters of their id (``t``: the first set; ``r``: phrasings
met in real articles, added later); the report gives the share all-right per part.
"""

from __future__ import annotations

import json
import re
from typing import Any

from facta.model import Record
from facta.resources import read_data_text

PUBLISHED = "2024-06-01"
FIELDS = ("killed", "injured", "arrested")


def load_gold(split: str = "dev") -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in read_data_text("gold/tolls.jsonl").splitlines() if line.strip()]
    if split == "all":
        return rows
    parity = 0 if split == "dev" else 1  # dev: even line numbers; test: odd ones
    return [r for n, r in enumerate(rows, start=1) if n % 2 == parity]


PARTS = {"t": "first set", "r": "real-article phrasings"}


def _part(row_id: str) -> str:
    match = re.match(r"[a-z]+", row_id)
    return match.group(0) if match else ""


def _system(record: Record, field: str) -> tuple[int | None, int | None, int | None]:
    t = record.toll
    return getattr(t, field), getattr(t, f"{field}_low"), getattr(t, f"{field}_high")


def _gold(row: dict[str, Any], field: str) -> tuple[int | None, int | None, int | None]:
    return row.get(field), row.get(f"{field}_low"), row.get(f"{field}_high")


def _victims(record: Record) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in record.toll.casualties:
        if c.kind != "killed" or c.victim == "unknown" or c.vague or c.high is not None:
            continue
        if c.note is None or c.note == "subset":
            out[c.victim] = out.get(c.victim, 0) + c.low
    return out


def evaluate_tolls(pipeline: Any, split: str = "dev") -> dict[str, Any]:
    rows = load_gold(split)
    records = list(pipeline.pipe([_input(r) for r in rows]))
    per_field = dict.fromkeys(FIELDS, 0)
    all_right = 0
    victim_pairs = victim_ok = 0
    errors = []
    parts: dict[str, list[int]] = {}
    for row, record in zip(rows, records, strict=True):
        tally = parts.setdefault(_part(row["id"]), [0, 0])
        tally[0] += 1
        if not isinstance(record, Record):
            errors.append({"id": row["id"], "error": record.to_dict()})
            continue
        wrong: dict[str, dict[str, Any]] = {}
        for f in FIELDS:
            if _system(record, f) == _gold(row, f):
                per_field[f] += 1
            else:
                wrong[f] = {"gold": _gold(row, f), "system": _system(record, f)}
        all_right += not wrong
        got = _victims(record)
        for kind, n in (row.get("victims") or {}).items():
            victim_pairs += 1
            if got.get(kind, 0) == n:
                victim_ok += 1
            else:
                wrong[f"victims.{kind}"] = {"gold": n, "system": got.get(kind, 0)}
        tally[1] += not wrong  # per part: all fields and victim kinds right
        if wrong:
            errors.append({"id": row["id"], "text": row["text"], "wrong": wrong})
    n = len(rows)
    return {
        "split": split,
        "passages": n,
        "field_accuracy": {f: round(per_field[f] / n, 4) if n else 0.0 for f in FIELDS},
        "overall_accuracy": round(sum(per_field.values()) / (3 * n), 4) if n else 0.0,
        "passages_all_correct": round(all_right / n, 4) if n else 0.0,
        "victim_accuracy": round(victim_ok / victim_pairs, 4) if victim_pairs else None,
        "victim_pairs": victim_pairs,
        "parts": {k: {"passages": v[0], "all_correct": round(v[1] / v[0], 4)} for k, v in parts.items()},
        "errors": errors,
    }


def _input(row: dict[str, Any]) -> Any:
    from facta.pipeline import ArticleInput

    return ArticleInput(row["text"], published=PUBLISHED, label=row["id"])


def format_tolls_report(report: dict[str, Any]) -> str:
    lines = [f"tolls gold, {report['split']} split: {report['passages']} passages"]
    for f, acc in report["field_accuracy"].items():
        lines.append(f"  {f:10} exact {acc:.3f}")
    lines.append(f"  {'overall':10} exact {report['overall_accuracy']:.3f}  (all fields of all passages)")
    lines.append(f"  passages with all three right: {report['passages_all_correct']:.3f}")
    for part, tally in report.get("parts", {}).items():
        name = PARTS.get(part, part)
        lines.append(f"    part {part} ({name}): {tally['all_correct']:.3f} of {tally['passages']}")
    if report["victim_accuracy"] is not None:
        lines.append(
            f"  victim kinds (killed): {report['victim_accuracy']:.3f} of {report['victim_pairs']} pairs"
        )
    return "\n".join(lines)
