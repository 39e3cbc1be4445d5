"""Sanity checks of violent-event coding on real news: SATP incident summaries, India police events.

Neither set labels PLOVER events; each is scored only where its labels map cleanly onto facta's events.
A *factual* event is one reported as having happened recently (not negated, hypothetical, conditional,
future or historical).

* ``satp`` (``satp_all_{dev,test}.tsv``; text + four undocumented binary columns). From the examples the
  columns are attack types of a militant incident (GTD-like): armed assault, bombing/explosion (also
  explosives found), kidnapping, attack on a facility / arson; operations *by* the security forces
  carry no label. Scored on the summary's first sentence (the incident it reports): **militant attack**
  -- gold: any column set; predicted: a factual ASSAULT in the first sentence none of whose actors is a
  state force (military, police) -- P/R/F1; **explosives** recall
  (column 2 vs a factual ASSAULT with mode explosives or suicide-attack) and **kidnapping** recall
  (column 3 vs a factual ASSAULT with mode abduct). ``--split dev|test``.
* ``india_police`` (``sents.jsonl``: sentences of Times of India articles, March 2002, labelled with
  what the police did). The README's split rule makes all of it test. Each sentence is coded on its
  own. Scored per label, P/R/F1: **ARREST** -- a factual COERCE event with mode arrest (the police are
  the only arresting party in these texts); **KILL** -- a factual ASSAULT by the police with a death
  (its toll or a killing verb); **FORCE** -- a factual ASSAULT or COERCE (not an arrest) by the police.
  FAIL and ANY_ACTION have no clean counterpart and are not scored. ``--split test`` (or ``all``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.metrics import PRF, require_data
from facta.model import Event
from facta.state import DocState

STATE_FORCES = frozenset({"military", "police"})
KILL_WORDS = frozenset({"kill", "shoot", "gun", "massacre", "execute", "slay", "murder", "die"})


def _factual(e: Event) -> bool:
    m = e.modality
    return not (m.negated or m.hypothetical or m.conditional or m.future or m.historical)


class Classes:
    """Participant class of an actor (police, military, armed, ...), from facta's events lexicon."""

    def __init__(self) -> None:
        from facta.events.lexicon import load_lexicon

        self.lex = load_lexicon()

    def of(self, state: DocState, actor_id: str) -> str | None:
        if actor_id not in state.actors:
            return None
        actor = state.actors.get(actor_id)
        if actor.sector and actor.sector in self.lex.sector_classes:
            return self.lex.sector_classes[actor.sector]
        words = actor.name.lower().split()
        for k in range(len(words)):
            cls = self.lex.classes.get(" ".join(words[k:]))
            if cls:
                return cls
        return None


def _prf(gold: list[bool], pred: list[bool]) -> PRF:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    return PRF(tp, fp, fn)


def read_lines(path: Path) -> list[str]:
    """The lines of a gold file, or F603 naming it."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise FactaError("F603", path=str(path), reason=str(err)) from err


# -- SATP ---------------------------------------------------------------------------------------------
def evaluate_satp(pipeline: Any, folder: str | Path, split: str, errors: int = 0) -> dict[str, Any]:
    from facta.evaluate.events import code_texts

    if split not in {"dev", "test"}:
        raise FactaError("F604", name="satp", split=split, available="dev or test")
    name = f"satp_all_{split}.tsv"
    path = require_data(folder, name) / name
    rows = []
    for line in read_lines(path):
        cells = line.split("\t")
        if len(cells) >= 5 and cells[0].strip():
            rows.append((cells[0].strip(), [c.strip() == "1" for c in cells[1:5]]))
    coded = code_texts(pipeline, [t for t, _ in rows])
    classes = Classes()
    gold_any, pred_any, gold_bomb, pred_bomb, gold_kid, pred_kid = [], [], [], [], [], []
    failed = 0
    examples: list[dict[str, Any]] = []
    for k, ((text, labels), c) in enumerate(zip(rows, coded, strict=True)):
        attacks: list[Event] = []
        if c.state is None:
            failed += 1
        else:
            state = c.state
            attacks = [
                e
                for e in state.events
                if e.type == "ASSAULT"
                and _factual(e)
                and e.evidence.sentence == 0
                and not any(classes.of(state, a) in STATE_FORCES for a in e.source)
            ]
        gold_any.append(any(labels))
        pred_any.append(bool(attacks))
        gold_bomb.append(labels[1])
        pred_bomb.append(any(e.mode in {"explosives", "suicide-attack"} for e in attacks))
        gold_kid.append(labels[2])
        pred_kid.append(any(e.mode == "abduct" for e in attacks))
        if errors and len(examples) < errors and gold_any[-1] != pred_any[-1]:
            examples.append(
                {
                    "id": k,
                    "gold": "".join("1" if x else "0" for x in labels),
                    "pred": ",".join(f"{e.type}/{e.mode}" for e in attacks) or "-",
                    "text": text,
                }
            )
    out: dict[str, Any] = {
        "set": "satp",
        "split": split,
        "records": len(rows),
        "failed": failed,
        "militant_attack": _prf(gold_any, pred_any).to_dict(),
        "explosives_recall": _prf(gold_bomb, pred_bomb).to_dict(),
        "kidnapping_recall": _prf(gold_kid, pred_kid).to_dict(),
        "failures": [],
    }
    if examples:
        out["errors"] = examples
    return out


# -- India police events ------------------------------------------------------------------------------
def evaluate_india_police(pipeline: Any, folder: str | Path, split: str, errors: int = 0) -> dict[str, Any]:
    from facta.evaluate.events import code_texts

    if split not in {"test", "all"}:
        raise FactaError("F604", name="india_police", split=split, available="test (all of it is test)")
    path = require_data(folder, "sents.jsonl") / "sents.jsonl"
    rows = []
    for line in read_lines(path):
        if line.strip():
            obj = json.loads(line)
            text = str(obj.get("sent_text") or "").strip()
            if text:
                rows.append((text, set(obj.get("sent_labels") or ())))
    coded = code_texts(pipeline, [t for t, _ in rows])
    classes = Classes()
    gold: dict[str, list[bool]] = {"ARREST": [], "KILL": [], "FORCE": []}
    pred: dict[str, list[bool]] = {"ARREST": [], "KILL": [], "FORCE": []}
    failed = 0
    examples: list[dict[str, Any]] = []
    for k, ((text, labels), c) in enumerate(zip(rows, coded, strict=True)):
        got: set[str] = set()
        if c.state is None:
            failed += 1
        else:
            state = c.state
            for e in state.events:
                if not _factual(e):
                    continue
                if e.type == "COERCE" and e.mode == "arrest":
                    got.add("ARREST")
                    continue
                if e.type not in {"ASSAULT", "COERCE"}:
                    continue
                if not any(classes.of(state, a) == "police" for a in e.source):
                    continue
                got.add("FORCE")
                trigger = e.evidence.trigger
                span = state.doc.char_span(trigger.start, trigger.end) if trigger else None
                lemma = span[0].lemma_.lower() if span is not None and len(span) else ""
                if e.type == "ASSAULT" and ((e.toll.killed or 0) > 0 or lemma in KILL_WORDS):
                    got.add("KILL")
        for label in gold:
            gold[label].append(label in labels)
            pred[label].append(label in got)
        if errors and len(examples) < errors and (got & set(gold)) != (labels & set(gold)):
            examples.append(
                {
                    "id": k,
                    "gold": ",".join(sorted(labels & set(gold))) or "-",
                    "pred": ",".join(sorted(got)) or "-",
                    "text": text,
                }
            )
    out: dict[str, Any] = {
        "set": "india_police",
        "split": split,
        "records": len(rows),
        "failed": failed,
        "labels": {label: _prf(gold[label], pred[label]).to_dict() for label in gold},
        "failures": [],
    }
    if examples:
        out["errors"] = examples
    return out


def evaluate_sanity(
    pipeline: Any, folder: str | Path, set_name: str, split: str, errors: int = 0
) -> dict[str, Any]:
    if set_name == "satp":
        return evaluate_satp(pipeline, folder, split, errors)
    return evaluate_india_police(pipeline, folder, split, errors)


def format_sanity(result: dict[str, Any]) -> list[str]:
    def row(name: str, r: dict[str, Any]) -> str:
        return (
            f"  {name:18} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"
            f" (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})"
        )

    if result["set"] == "satp":
        return [
            row("militant attack", result["militant_attack"]),
            row("explosives", result["explosives_recall"]),
            row("kidnapping", result["kidnapping_recall"]),
        ]
    return [row(label, r) for label, r in result["labels"].items()]
