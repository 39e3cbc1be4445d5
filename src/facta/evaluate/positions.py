"""Scoring reversal and walk-back detection on our own position gold set (package data).

Each gold case is a few short articles (written by us) with publication dates and the flags
expected among them. The articles of a case are run through the pipeline, their positions are
built exactly as `facta positions` builds them from the store, and the predicted flags are matched
one-to-one to the expected ones: same kind, same topic, and the expected name naming the actor or
organisation of the later position. The gold has a `tune` part (used while writing the rules), a
`heldout` part (scored once for a report, since used for debugging), a `heldout2` part (written
after that, before further tuning; scored only for final reports), a `heldout3` part (written after
a rule change, seen once), a `heldout4` part (written after a later rule change, seen once), a
`heldout5` part (written after a later rule change, seen once, then used for tuning), a `heldout6`
part (written afterwards by someone who had not read the rules, seen once, then used for tuning), a
`heldout7` part (written after that, also by someone who had not read the rules, seen once, then used
for tuning), a `heldout8` part (written after that, again without reading the rules, seen once, then
used for tuning), a `heldout9` part (written after that, again without reading the rules, seen once:
F1 0.316 at its first scoring, after the round-4 rules, then used for tuning), a `heldout10` part
(written after that, again without reading the rules, seen once: F1 0.250 at its first scoring, after
the round-5 rules, then used for tuning), a `heldout11` part (written after that, again without
reading the rules, seen once: F1 0.222 at its first scoring, then used for tuning), a `heldout12`
part (written after that, again without reading the rules, seen once: F1 0.000 at its first scoring,
after the round-7 rules: none of its 14 flags found, no false flag; then used for tuning), a
`heldout13` part (written after that, again without reading the rules, not yet scored) and a
`heldout14` part (written after heldout13, again without reading the rules, not yet scored).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facta.evaluate.metrics import PRF
from facta.model import Record
from facta.positions import Flag, detect_flags, matches_actor, positions_from_records
from facta.resources import gold_rows

GOLD_FILE = "gold/positions.jsonl"
PARTS = (
    "tune",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "all",
)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    published: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Expected:
    kind: str
    who: str
    topic: str


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    part: str
    case: str
    articles: tuple[GoldArticle, ...]
    expected: tuple[Expected, ...]


def load_gold(text: str | None = None) -> list[Case]:
    """The gold cases (from the package data file unless ``text`` is given)."""
    out = []
    for row in gold_rows(GOLD_FILE, text):
        out.append(
            Case(
                id=row["id"],
                part=row["part"],
                case=row["case"],
                articles=tuple(GoldArticle(a["published"], a["title"], a["text"]) for a in row["articles"]),
                expected=tuple(Expected(e["kind"], e["who"], e["topic"]) for e in row["expected"]),
            )
        )
    return out


def flag_matches(flag: Flag, exp: Expected, *, with_kind: bool = True) -> bool:
    if flag.topic != exp.topic or (with_kind and flag.kind != exp.kind):
        return False
    return matches_actor(flag.after, exp.who) or matches_actor(flag.before, exp.who)


def score_case(flags: Sequence[Flag], expected: Sequence[Expected], *, with_kind: bool = True) -> PRF:
    used: set[int] = set()
    tp = 0
    for exp in expected:
        for i, flag in enumerate(flags):
            if i not in used and flag_matches(flag, exp, with_kind=with_kind):
                used.add(i)
                tp += 1
                break
    return PRF(tp, len(flags) - tp, len(expected) - tp)


def evaluate(cases: Sequence[Case], pipeline: Any) -> dict[str, Any]:
    total = PRF(0, 0, 0)
    detection = PRF(0, 0, 0)
    rows = []
    start = time.perf_counter()
    for case in cases:
        records: list[Record] = [
            pipeline.extract(a.text, published=a.published, title=a.title) for a in case.articles
        ]
        flags = detect_flags(positions_from_records(records))
        score = score_case(flags, case.expected)
        total += score
        detection += score_case(flags, case.expected, with_kind=False)
        rows.append(
            {
                "id": case.id,
                "part": case.part,
                "case": case.case,
                "ok": score.fp == 0 and score.fn == 0,
                "expected": [{"kind": e.kind, "who": e.who, "topic": e.topic} for e in case.expected],
                "predicted": [
                    {
                        "kind": f.kind,
                        "topic": f.topic,
                        "who": f.who,
                        "scope": f.scope,
                        "before": f"{f.before.actor_name}: {f.before.stance}",
                        "after": f"{f.after.actor_name}: {f.after.stance}",
                    }
                    for f in flags
                ],
            }
        )
    return {
        "cases": len(cases),
        "seconds": round(time.perf_counter() - start, 2),
        "flags": total.to_dict(),
        "detection_any_kind": detection.to_dict(),
        "per_case": rows,
    }


def format_positions_report(report: dict[str, Any]) -> str:
    lines = [f"cases {report['cases']}  ({report['part']} part)"]
    for name in ("flags", "detection_any_kind"):
        r = report[name]
        lines.append(
            f"{name:20} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
            f"  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"
        )
    for row in report["per_case"]:
        if not row["ok"]:
            exp = "; ".join(f"{e['kind']} {e['who']} {e['topic']}" for e in row["expected"]) or "none"
            got = "; ".join(f"{p['kind']} {p['who']} {p['topic']}" for p in row["predicted"]) or "none"
            lines.append(f"  {row['id']} {row['case']}: expected [{exp}] got [{got}]")
    return "\n".join(lines)
