"""`facta eval dates`: time-expression recognition and normalisation on TempEval-3 (TimeML).

Documents are read from the .tml files (text between <TEXT> tags, inline TIMEX3 annotations, the
document creation time from <DCT>). facta runs spaCy and :func:`facta.temporal.find_times` on the
text with the creation date as the publication date, then:

* recognition: precision/recall/F1 with strict (identical span) and relaxed (overlapping) matching;
* normalisation, scored as TempEval-3 does: over relaxed-matched pairs, a value is correct when the
  system's TimeML value equals the gold value exactly. value P = correct / system expressions,
  value R = correct / gold expressions, value F1 their harmonic mean; type accuracy likewise.
  All four TIMEX3 types are scored (DATE, TIME, DURATION, SET); the creation-time TIMEX3 itself
  (outside <TEXT>) is not. A per-type table (by gold type) is reported alongside.

Split rule (data README): TBAQ-cleaned = dev (tune here), te3-platinum = test.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.metrics import PRF, require_data

SPLITS = {"dev": "TBAQ-cleaned", "test": "te3-platinum"}


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDoc:
    name: str
    dct: dt.date
    text: str
    timexes: tuple[GoldTimex, ...]


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> TimemlDoc:
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if dct_match is None or body is None:
        raise FactaError("F603", path=path, reason="no <DCT> value or no <TEXT> element")
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    pos = 0
    src = body.group(1)
    for m in _TAG.finditer(src):
        piece = html.unescape(src[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            if attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            text = "".join(out)[start:length]
            gold.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
    tail = html.unescape(src[pos:])
    out.append(tail)
    return TimemlDoc(path.stem, dt.date.fromisoformat(dct_match.group(1)), "".join(out), tuple(gold))


def load_split(data: str | Path, split: str) -> list[TimemlDoc]:
    folder = require_data(data, SPLITS[split])
    files = sorted((folder / SPLITS[split]).rglob("*.tml"))
    if not files:
        raise FactaError("F601", path=folder / SPLITS[split])
    return [read_timeml(p) for p in files]


@dataclass
class Tally:
    strict: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    relaxed: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    n_gold: int = 0
    n_sys: int = 0
    value_ok: int = 0
    type_ok: int = 0
    matched: int = 0


def _overlap(a: Any, b: Any) -> bool:
    return bool(a.start < b.end and b.start < a.end)


def score_doc(
    gold: Iterable[GoldTimex], system: Iterable[Any], tally: Tally, by_type: dict[str, Counter[str]]
) -> list[dict[str, Any]]:
    """Add one document to the tallies; return its errors (for --errors)."""
    gold_l, sys_l = list(gold), list(system)
    tally.n_gold += len(gold_l)
    tally.n_sys += len(sys_l)
    strict_tp = sum(1 for gt in gold_l if any((s.start, s.end) == (gt.start, gt.end) for s in sys_l))
    tally.strict += PRF(strict_tp, len(sys_l) - strict_tp, len(gold_l) - strict_tp)
    used: set[int] = set()
    errors: list[dict[str, Any]] = []
    relaxed_tp = 0
    for gt in gold_l:
        counts = by_type.setdefault(gt.type, Counter())
        counts["gold"] += 1
        match = next((k for k, s in enumerate(sys_l) if k not in used and _overlap(s, gt)), None)
        if match is None:
            errors.append({"kind": "missed", "gold": gt.text, "type": gt.type, "value": gt.value})
            continue
        used.add(match)
        relaxed_tp += 1
        tally.matched += 1
        s = sys_l[match]
        counts["matched"] += 1
        ok = s.value == gt.value
        tally.value_ok += ok
        tally.type_ok += s.type == gt.type
        counts["value_ok"] += ok
        if not ok:
            errors.append(
                {"kind": "value", "gold": gt.text, "system": s.text, "type": gt.type, "gold_value": gt.value,
                 "system_value": s.value, "rule": s.rule}
            )  # fmt: skip
    for k, s in enumerate(sys_l):
        if k not in used:
            errors.append({"kind": "spurious", "system": s.text, "value": s.value, "rule": s.rule})
    tally.relaxed += PRF(relaxed_tp, len(sys_l) - relaxed_tp, len(gold_l) - relaxed_tp)
    return errors


def evaluate_dates(
    data: str | Path, split: str = "dev", nlp: Any = None, *, entities: bool = False
) -> dict[str, Any]:
    """Run facta's time tagger on a TempEval-3 split and score it (see the module docstring)."""
    from facta.nlp.parse import parse_many
    from facta.temporal import find_times
    from facta.temporal.lexicon import load_grammar

    docs = load_split(data, split)
    grammar = load_grammar()
    tally = Tally()
    by_type: dict[str, Counter[str]] = {}
    errors: list[dict[str, Any]] = []
    texts = [d.text for d in docs]
    parsed = parse_many(nlp, texts, batch_size=8) if nlp is not None else (None for _ in texts)
    for doc, spacy_doc in zip(docs, parsed, strict=True):
        analysis = find_times(doc.text, doc.dct, spacy_doc, grammar, entities=entities)
        for err in score_doc(doc.timexes, analysis.timexes, tally, by_type):
            errors.append({"doc": doc.name, "dct": doc.dct.isoformat(), **err})
    vp = tally.value_ok / tally.n_sys if tally.n_sys else 0.0
    vr = tally.value_ok / tally.n_gold if tally.n_gold else 0.0
    tp = tally.type_ok / tally.n_sys if tally.n_sys else 0.0
    tr = tally.type_ok / tally.n_gold if tally.n_gold else 0.0
    return {
        "set": "tempeval3",
        "split": split,
        "folder": SPLITS[split],
        "documents": len(docs),
        "gold": tally.n_gold,
        "system": tally.n_sys,
        "strict": tally.strict.to_dict(),
        "relaxed": tally.relaxed.to_dict(),
        "value": {"precision": round(vp, 4), "recall": round(vr, 4), "f1": round(_f1(vp, vr), 4),
                  "accuracy_on_matched": round(tally.value_ok / tally.matched, 4) if tally.matched else 0.0,
                  "correct": tally.value_ok},
        "type": {"precision": round(tp, 4), "recall": round(tr, 4), "f1": round(_f1(tp, tr), 4)},
        "by_gold_type": {
            t: {"gold": c["gold"], "matched": c["matched"], "value_correct": c["value_ok"],
                "value_recall": round(c["value_ok"] / c["gold"], 4) if c["gold"] else 0.0}
            for t, c in sorted(by_type.items())
        },
        "errors": errors,
    }  # fmt: skip


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def format_dates_report(report: dict[str, Any]) -> str:
    lines = [
        f"TempEval-3 {report['split']} ({report['folder']}): {report['documents']} documents, "
        f"{report['gold']} gold TIMEX3 (creation times excluded), {report['system']} found",
        f"{'':24} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for key, label in (("strict", "recognition, strict"), ("relaxed", "recognition, relaxed"),
                       ("type", "type"), ("value", "value (TempEval-3)")):  # fmt: skip
        row = report[key]
        lines.append(f"{label:24} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}")
    lines.append(f"value accuracy on relaxed matches: {report['value']['accuracy_on_matched']:.3f}")
    lines.append(f"{'gold type':12} {'gold':>5} {'matched':>8} {'value ok':>9} {'value R':>8}")
    for t, row in report["by_gold_type"].items():
        counts = f"{row['gold']:5d} {row['matched']:8d} {row['value_correct']:9d}"
        lines.append(f"{t:12} {counts} {row['value_recall']:8.3f}")
    return "\n".join(lines)
