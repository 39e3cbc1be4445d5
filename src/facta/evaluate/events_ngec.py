"""`facta eval events --set ngec_synthetic`: a smoke test on NGEC's synthetic PLOVER stories.

The set (``gpt_synthetic_events_2023-10-19_19.csv``) holds 4,500 language-model stories, each written
from a headline template filled with a country or city; the label is the PLOVER event type of the
headline the model was prompted with. They are pseudo-labels (the story often drifts from its
headline), so the figures are a sanity check of PLOVER coverage, not an accuracy claim.

Scored on a fixed sample, every 12th record from the first (375 records; ``--split dev``), or on all
records (``--split all``):

* **headline**: the main event's type of the filled headline alone (the ``prompt`` field's first line,
  mostly in Title Case) equals the label; no event counts as a miss;
* **story**: the same for the story text (the ``text`` field), main event of the whole text.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.metrics import require_data

FILE = "gpt_synthetic_events_2023-10-19_19.csv"
STEP = 12  # the dev sample: every 12th record


def load_ngec(folder: str | Path, split: str) -> list[dict[str, str]]:
    """The records of ``split`` (``dev``: every 12th; ``all``) as dicts with headline, text, label."""
    path = require_data(folder, FILE) / FILE
    csv.field_size_limit(1 << 26)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise FactaError("F603", path=str(path), reason=str(err)) from err
    if split == "dev":
        rows = rows[::STEP]
    elif split != "all":
        raise FactaError("F604", name="ngec_synthetic", split=split, available="dev or all")
    return [
        {
            "headline": (r.get("prompt") or "").split("\n")[0].strip(),
            "text": (r.get("text") or "").strip(),
            "label": (r.get("label") or "").strip(),
        }
        for r in rows
    ]


def evaluate_ngec(pipeline: Any, folder: str | Path, split: str, errors: int = 0) -> dict[str, Any]:
    """Main-event type accuracy on the headlines and on the stories (see the module docstring)."""
    from facta.evaluate.events import code_texts
    from facta.events.incident import main_event

    records = load_ngec(folder, split)
    out: dict[str, Any] = {"set": "ngec_synthetic", "split": split, "records": len(records), "failed": 0}
    examples: list[dict[str, str]] = []
    for field in ("headline", "text"):
        coded = code_texts(pipeline, [r[field] for r in records])
        hits = 0
        confusion: Counter[tuple[str, str]] = Counter()
        for rec, c in zip(records, coded, strict=True):
            if c.state is None:
                out["failed"] += 1
                pred = "ERROR"
            else:
                ev = main_event(c.state)
                pred = ev.type if ev is not None else "OTHER"
            hits += pred == rec["label"]
            if pred != rec["label"]:
                confusion[(rec["label"], pred)] += 1
                if field == "headline" and len(examples) < errors:
                    examples.append({"gold": rec["label"], "pred": pred, "text": rec[field]})
        out[field] = {
            "correct": hits,
            "accuracy": round(hits / len(records), 3) if records else 0.0,
            "confusions": [f"{g} -> {p}: {n}" for (g, p), n in confusion.most_common(12)],
        }
    out["examples"] = examples
    return out


def format_ngec(result: dict[str, Any]) -> list[str]:
    """Report lines for :func:`evaluate_ngec`."""
    lines = ["NGEC synthetic stories (pseudo-labels: a smoke test, not an accuracy claim)"]
    for field in ("headline", "text"):
        r = result[field]
        lines.append(
            f"  {field:8s} main-event type: {r['correct']}/{result['records']} = {r['accuracy']:.3f}"
        )
        lines.append("    top confusions: " + "; ".join(r["confusions"][:8]))
    for e in result.get("examples", []):
        lines.append(f"  [{e['gold']} -> {e['pred']}] {e['text']}")
    return lines
