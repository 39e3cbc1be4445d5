"""`facta eval acled`: the ACLED incident reading checked on real news that is not ACLED-labelled.

Each text's incident is the one the events stage put on its record (``state.incident``, read by
:func:`facta.events.incident.read_incident`) and its ACLED sub-event type is mapped onto the set's
labels (``events/acled_sanity.tsv``):

* ``satp`` (``satp_relevant_{train,dev,test}.tsv``: SATP incident summaries, each with at least one of
  four attack columns -- armed assault, bombing/explosion, kidnapping, other attack). One label is
  predicted per summary; per-label P/R/F1 (a summary counts once for each gold column) and the share of
  summaries whose predicted label is one of their gold columns (``hit``). ``--split train|dev|train+dev``
  (the default: both) or ``test``.
* ``india_police`` (``sents.jsonl``: Times of India sentences, March 2002, labelled with what the police
  did; each sentence is read on its own). ARREST: an Arrests incident; FORCE: force against protesters,
  or violence whose event has the police among its sources; KILL: FORCE with a death told (the event's
  toll or a killing verb). Per-label P/R/F1. The data README makes all of it test: ``--split all``.

Both also list, per gold label, the sub-types read (``by_gold``) -- the confusion to work from.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.events_sanity import KILL_WORDS, Classes, read_lines
from facta.evaluate.metrics import PRF, require_data
from facta.events.incident import Reading, recorded_reading
from facta.resources import read_data_tsv
from facta.state import DocState

SETS = ("satp", "india_police")
SATP_LABELS = ("armed_assault", "bombing", "kidnapping", "other_attack")
POLICE_LABELS = ("ARREST", "FORCE", "KILL")


def label_map(set_name: str) -> dict[str, tuple[str, str]]:
    """sub_event_type -> (label, needs) for ``set_name`` (``needs``: "" or "police")."""
    return {
        r["sub_event_type"]: (r["label"], r["needs"])
        for r in read_data_tsv("events/acled_sanity.tsv")
        if r["set"] == set_name
    }


def _by_police(state: DocState, reading: Reading, classes: Classes) -> bool:
    e = reading.event
    if e is None:
        return False
    return any(classes.of(state, a) == "police" for a in e.source)


def _deaths(state: DocState, reading: Reading) -> bool:
    e = reading.event
    if e is None:
        return False
    if (e.toll.killed or 0) > 0:
        return True
    trigger = e.evidence.trigger
    span = state.doc.char_span(trigger.start, trigger.end) if trigger else None
    return span is not None and len(span) > 0 and span[0].lemma_.lower() in KILL_WORDS


def police_labels(
    state: DocState, reading: Reading | None, mapping: dict[str, tuple[str, str]], classes: Classes
) -> set[str]:
    """The India-police labels an incident reading maps to (see the module docstring); ``classes``
    tells an actor's participant class."""
    if reading is None or reading.sub_event_type not in mapping:
        return set()
    label, needs = mapping[reading.sub_event_type]
    if needs == "police" and not _by_police(state, reading, classes):
        return set()
    out = {label}
    if label == "FORCE" and _deaths(state, reading):
        out.add("KILL")
    return out


def _prf(gold: list[set[str]], pred: list[set[str]], label: str) -> PRF:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label in p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if label in p and label not in g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label not in p)
    return PRF(tp, fp, fn)


def load_satp(folder: str | Path, split: str) -> list[tuple[str, set[str]]]:
    parts = {"train+dev": ("train", "dev")}.get(split, (split,))
    if any(p not in {"train", "dev", "test"} for p in parts):
        raise FactaError("F604", name="satp", split=split, available="train, dev, train+dev or test")
    rows = []
    for part in parts:
        name = f"satp_relevant_{part}.tsv"
        for line in read_lines(require_data(folder, name) / name):
            cells = line.split("\t")
            if len(cells) >= 5 and cells[0].strip():
                gold = {lab for lab, c in zip(SATP_LABELS, cells[1:5], strict=True) if c.strip() == "1"}
                rows.append((cells[0].strip(), gold))
    return rows


def load_india_police(folder: str | Path, split: str) -> list[tuple[str, set[str]]]:
    if split not in {"all", "test"}:
        raise FactaError("F604", name="india_police", split=split, available="all (all of it is test)")
    rows = []
    for line in read_lines(require_data(folder, "sents.jsonl") / "sents.jsonl"):
        if line.strip():
            obj = json.loads(line)
            text = str(obj.get("sent_text") or "").strip()
            if text:
                rows.append((text, set(obj.get("sent_labels") or ()) & set(POLICE_LABELS)))
    return rows


def evaluate_acled_set(
    data: str | Path, set_name: str, split: str, *, pipeline: Any = None, errors: int = 0
) -> dict[str, Any]:
    """Score the incident reading on ``set_name`` (see the module docstring)."""
    from facta.evaluate.events import code_texts

    if set_name not in SETS:
        raise FactaError("F602", name=set_name, known=", ".join(SETS))
    rows = load_satp(data, split) if set_name == "satp" else load_india_police(data, split)
    if pipeline is None:
        from facta.pipeline import load_pipeline

        pipeline = load_pipeline(language_check=False)
    mapping = label_map(set_name)
    labels = SATP_LABELS if set_name == "satp" else POLICE_LABELS
    classes = Classes()
    coded = code_texts(pipeline, [t for t, _ in rows])
    gold: list[set[str]] = []
    pred: list[set[str]] = []
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    failed = 0
    examples: list[dict[str, Any]] = []
    for k, ((text, want), c) in enumerate(zip(rows, coded, strict=True)):
        got: set[str] = set()
        subtype = "NONE"
        if c.state is None:
            failed += 1
        else:
            reading = recorded_reading(c.state)
            subtype = reading.sub_event_type if reading else "NONE"
            if set_name == "satp":
                got = {mapping[subtype][0]} if subtype in mapping else set()
            else:
                got = police_labels(c.state, reading, mapping, classes)
        gold.append(want)
        pred.append(got)
        for label in want:
            by_gold[label][subtype] += 1
        if errors and len(examples) < errors and want and not (got & want):
            examples.append({"id": k, "gold": ",".join(sorted(want)), "pred": subtype, "text": text})
    out: dict[str, Any] = {
        "set": set_name,
        "split": split,
        "records": len(rows),
        "failed": failed,
        "labels": {label: _prf(gold, pred, label).to_dict() for label in labels},
        "by_gold": {label: dict(by_gold[label].most_common(8)) for label in labels},
    }
    if set_name == "satp":
        hits = sum(1 for g, p in zip(gold, pred, strict=True) if g & p)
        out["hit"] = round(hits / len(rows), 4) if rows else 0.0
    if examples:
        out["errors"] = examples
    return out


def format_acled_set(result: dict[str, Any]) -> str:
    lines = [
        f"set={result['set']} split={result['split']} records={result['records']} failed={result['failed']}"
    ]
    for name, r in result["labels"].items():
        lines.append(
            f"  {name:14} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"
            f" (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"
        )
    if "hit" in result:
        lines.append(f"  predicted label among the gold labels: {result['hit']:.3f}")
    for name, counts in result["by_gold"].items():
        lines.append(f"  gold {name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for e in result.get("errors", []):
        lines.append(f"  [{e['id']}] gold={e['gold']} pred={e['pred']} :: {e['text'][:200]}")
    return "\n".join(lines)
