"""`facta eval events --set conflibert`: coarse CAMEO class and actor spans on ConfliBERT's CAMEO data.

The folder (``conflibert_cameo``, see its README) holds ``cameo_class/{train,test}.tsv`` (sentence,
coarse CAMEO class 0-4) and ``cameo_ner/{train,test}.txt`` (CoNLL tokens tagged B-/I- S source, T
target, R reciprocal party). ``--split dev`` (alias ``train``) reads the train files, ``test`` the test
files. The classes are the Phoenix/PETRARCH "penta class" of the CAMEO root (checked on the train
examples): 0 statements and appeals (01-02), 1 verbal cooperation (03-05), 2 material cooperation
(06-08), 3 verbal conflict (09-13 and 16, reducing relations: sanctions, suspended aid, expulsions),
4 material conflict (14-15, 17-20).

Many ConfliBERT test sentences are the CAMEO-manual sentences of the PLOVER GSR, so every sentence that
also occurs in ``plover_gsr`` (exact, or near-exact: the same words with small edits) is excluded from
both splits; the GSR is scored on its own.

Scoring:

* **class**: the penta class of the main event (:func:`facta.evaluate.events.main_event`) -- from the
  root of its CAMEO code, else from its PLOVER type (``penta_class.tsv``); a sentence with no event is
  class 0 (a statement: CAMEO 01 has no PLOVER event type). Per-class P/R/F1, macro F1, accuracy.
* **spans**: the main event's source and target actors, each at its mention in the sentence nearest
  the trigger (a name before a pronoun), against the gold S/T/R spans. A predicted source (target)
  span is right when it overlaps a gold S (T) or R span; a gold S (T) span is found when a predicted
  source (target) span overlaps it; a gold R span is found when any predicted span overlaps it.
  ``exact`` counts identical token spans only (determiners and punctuation at the edges ignored).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.metrics import PRF, classification_report, require_data
from facta.model import Event
from facta.resources import read_data_tsv
from facta.state import DocState

PENTA = ("0", "1", "2", "3", "4")
NEAR_RATIO = 0.6  # difflib ratio of normalised texts at or above which two sentences are the same
NEAR_BLOCK = 40  # ... or a common run of this many normalised characters
PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "him", "them", "us"}
)
EDGE_WORDS = frozenset({"the", "a", "an", "'s", "’s", ",", ".", '"', "'", "(", ")"})


@dataclass
class ConfliRecord:
    """One sentence: its coarse class (None if only tagged) and its gold spans (None if only classed)."""

    text: str
    label: str | None = None
    spans: list[tuple[str, int, int]] | None = None  # (role S/T/R, char start, char end)
    tokens: list[tuple[int, int]] = field(default_factory=list)  # char offsets of the gold tokens


def normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise FactaError("F603", path=str(path), reason=str(err)) from err


def _conll(text: str) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        word, _, tag = line.rstrip().rpartition(" ")
        cur.append((word, tag) if word else (tag, "O"))
    if cur:
        sents.append(cur)
    return sents


NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", "!", "?", ")", "'s", "’s", "%", "n't", "'", "’"})


def _detokenise(words: list[str]) -> str:
    out = ""
    for k, w in enumerate(words):
        if k and w not in NO_SPACE_BEFORE and words[k - 1] not in {"(", "$"}:
            out += " "
        out += w
    return out


def _align(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Character offsets of the gold tokens in ``text`` (None when the words do not spell the text)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for w in words:
        k = text.find(w, pos)
        if k < 0 or text[pos:k].strip():
            return None
        out.append((k, k + len(w)))
        pos = k + len(w)
    return out


def _spans(tags: list[str], offsets: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    cur: list[Any] | None = None
    for tag, (s, e) in zip(tags, offsets, strict=True):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur is not None:
                out.append((cur[0], cur[1], cur[2]))
            cur = [tag[2:], s, e]
        elif tag.startswith("I-") and cur is not None:
            cur[2] = e
        else:
            if cur is not None:
                out.append((cur[0], cur[1], cur[2]))
            cur = None
    if cur is not None:
        out.append((cur[0], cur[1], cur[2]))
    return out


def _shingles(text: str, k: int = 12) -> set[str]:
    return {text[i : i + k] for i in range(0, max(1, len(text) - k + 1), 3)}


class NearIndex:
    """Finds texts that are the same sentence as one of ``texts`` (exact or near-exact, normalised)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.items = [(n, _shingles(n)) for t in texts if (n := normalise(t))]
        self.exact = {n for n, _ in self.items}

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str):
            return False
        n = normalise(text)
        if n in self.exact:
            return True
        sh = _shingles(n)
        for other, osh in self.items:
            if len(sh & osh) < 0.1 * min(len(sh), len(osh)):
                continue
            m = difflib.SequenceMatcher(None, n, other, autojunk=False)
            if m.ratio() >= NEAR_RATIO:
                return True
            if m.find_longest_match(0, len(n), 0, len(other)).size >= NEAR_BLOCK:
                return True
        return False


def load_conflibert(
    folder: str | Path, split: str, exclude: NearIndex | None = None
) -> tuple[list[ConfliRecord], int]:
    """The split's sentences (class and span records merged by text) and how many were excluded."""
    part = "train" if split in {"dev", "train"} else "test"
    base = require_data(folder, f"cameo_class/{part}.tsv")
    records: dict[str, ConfliRecord] = {}
    for line in _read(base / "cameo_class" / f"{part}.tsv").splitlines():
        if not line.strip():
            continue
        text, _, label = line.rstrip("\n").rpartition("\t")
        text = text.strip()
        if text and normalise(text) not in records:
            records[normalise(text)] = ConfliRecord(text, label.strip())
    ner_path = base / "cameo_ner" / f"{part}.txt"
    if ner_path.exists():
        for sent in _conll(_read(ner_path)):
            words = [w for w, _ in sent]
            key = normalise("".join(words))
            rec = records.get(key)
            offsets = _align(rec.text, words) if rec is not None else None
            if rec is None or offsets is None:
                if rec is not None:  # the class text differs: keep it, score spans on the tokens' text
                    continue
                text = _detokenise(words)
                offsets = _align(text, words)
                if offsets is None:
                    continue
                rec = records.setdefault(key, ConfliRecord(text))
            if rec.spans is None:
                rec.spans = _spans([t for _, t in sent], offsets)
                rec.tokens = offsets
    out = list(records.values())
    kept = [r for r in out if exclude is None or r.text not in exclude]
    return kept, len(out) - len(kept)


def penta_table() -> dict[str, str]:
    return {r["key"]: r["class"] for r in read_data_tsv("events/penta_class.tsv")}


def penta_class(event: Event | None, table: dict[str, str]) -> str:
    """Coarse CAMEO class of an event: its CAMEO root's, else its PLOVER type's; no event is 0."""
    if event is None:
        return table.get("NONE", "0")
    if event.cameo and event.cameo[:2] in table:
        return table[event.cameo[:2]]
    return table.get(event.type, "0")


def _trim(state: DocState, start: int, end: int) -> tuple[int, int]:
    """Token range of a char span without determiners / punctuation / possessive marks at its edges."""
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return (start, end)
    toks = list(span)
    while toks and toks[0].lower_ in EDGE_WORDS:
        toks.pop(0)
    while toks and toks[-1].lower_ in EDGE_WORDS:
        toks.pop()
    if not toks:
        return (start, end)
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text))


def event_spans(state: DocState, event: Event) -> list[tuple[str, int, int]]:
    """(S|T, start, end) of the event's actors at their mention in its sentence nearest the trigger."""
    ev = event.evidence
    anchor = ev.trigger.start if ev.trigger else ev.start
    out: list[tuple[str, int, int]] = []
    for role, ids in (("S", event.source), ("T", event.target)):
        for actor_id in ids:
            if actor_id not in state.actors:
                continue
            mentions = [m for m in state.actors.get(actor_id).mentions if ev.start <= m.start < ev.end]
            if not mentions:
                continue
            # the nearest mention that names the actor; a pronoun only when the sentence has no name
            m = min(
                mentions,
                key=lambda m: (m.text.lower() in PRONOUNS, min(abs(m.start - anchor), abs(m.end - anchor))),
            )
            out.append((role, m.start, m.end))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class SpanScore:
    source: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    target: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    source_exact: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    target_exact: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    reciprocal_found: int = 0
    reciprocal_n: int = 0

    def add(
        self, state: DocState, gold: list[tuple[str, int, int]], pred: list[tuple[str, int, int]]
    ) -> None:
        gold_t = [(r, *_trim(state, s, e)) for r, s, e in gold]
        pred_t = [(r, *_trim(state, s, e)) for r, s, e in pred]
        for role, attr in (("S", "source"), ("T", "target")):
            g = [(s, e) for r, s, e in gold_t if r == role]
            g_any = g + [(s, e) for r, s, e in gold_t if r == "R"]
            p = [(s, e) for r, s, e in pred_t if r == role]
            tp_p = sum(1 for x in p if any(_overlap(x, y) for y in g_any))
            found = sum(1 for y in g if any(_overlap(x, y) for x in p))
            prev: PRF = getattr(self, attr)
            setattr(self, attr, prev + PRF(tp_p, len(p) - tp_p, len(g) - found))
            ex_p = sum(1 for x in p if x in g_any)
            ex_g = sum(1 for y in g if y in p)
            prev = getattr(self, f"{attr}_exact")
            setattr(self, f"{attr}_exact", prev + PRF(ex_p, len(p) - ex_p, len(g) - ex_g))
        recip = [(s, e) for r, s, e in gold_t if r == "R"]
        self.reciprocal_n += len(recip)
        self.reciprocal_found += sum(1 for y in recip if any(_overlap((s, e), y) for _, s, e in pred_t))

    def to_dict(self) -> dict[str, Any]:
        both = self.source + self.target
        return {
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "source_target": both.to_dict(),
            "source_exact": self.source_exact.to_dict(),
            "target_exact": self.target_exact.to_dict(),
            "reciprocal_recall": round(self.reciprocal_found / self.reciprocal_n, 4)
            if self.reciprocal_n
            else 0.0,
            "reciprocal_n": self.reciprocal_n,
        }


def evaluate_conflibert(
    pipeline: Any,
    folder: str | Path,
    split: str = "test",
    *,
    gsr: str | Path | None = None,
    errors: int = 0,
) -> dict[str, Any]:
    """Score the coarse class and actor spans of the main event (see the module docstring)."""
    from facta.evaluate.events import code_texts
    from facta.evaluate.events_data import load_gsr
    from facta.events.incident import main_event

    if split not in {"dev", "train", "test"}:
        raise FactaError("F604", name="conflibert", split=split, available="dev (= train) or test")
    gsr_folder = Path(gsr) if gsr is not None else Path(folder).parent / "plover_gsr"
    exclude = NearIndex(r.text for r in load_gsr(gsr_folder))
    records, excluded = load_conflibert(folder, split, exclude)
    table = penta_table()
    coded = code_texts(pipeline, [r.text for r in records])
    gold: list[str] = []
    pred: list[str] = []
    spans = SpanScore()
    failed = 0
    failures: list[str] = []
    examples: list[dict[str, Any]] = []
    no_event = 0
    for k, (r, c) in enumerate(zip(records, coded, strict=True)):
        event = None
        if c.state is None:
            failed += 1
            failures.append(f"{k}: {c.error}")
        else:
            event = main_event(c.state)
        no_event += event is None
        label = penta_class(event, table)
        if r.label is not None:
            gold.append(r.label)
            pred.append(label)
            if errors and len(examples) < errors and label != r.label:
                examples.append(
                    {
                        "id": k,
                        "gold": r.label,
                        "pred": f"{label} {event.type if event else 'none'}",
                        "text": r.text,
                    }
                )
        if r.spans is not None and c.state is not None:
            spans.add(c.state, r.spans, event_spans(c.state, event) if event is not None else [])
    out: dict[str, Any] = {
        "set": "conflibert",
        "split": "dev" if split in {"dev", "train"} else "test",
        "records": len(records),
        "excluded_as_gsr": excluded,
        "failed": failed,
        "class": classification_report(gold, pred, labels=PENTA),
        "class_records": len(gold),
        "no_event": no_event,
        "span_records": sum(1 for r in records if r.spans is not None),
        "spans": spans.to_dict(),
        "failures": failures[:20],
    }
    if examples:
        out["errors"] = examples
    return out


def format_conflibert(result: dict[str, Any]) -> list[str]:
    from facta.evaluate.metrics import format_report

    s = result["spans"]
    lines = [
        f"sentences excluded as PLOVER GSR sentences: {result['excluded_as_gsr']};"
        f" no event coded: {result['no_event']}",
        f"coarse CAMEO class (penta) on {result['class_records']} sentences:",
        format_report(result["class"]),
        f"actor spans on {result['span_records']} sentences (overlap match):",
    ]
    for key in ("source", "target", "source_target", "source_exact", "target_exact"):
        row = s[key]
        lines.append(f"  {key:14} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}")
    lines.append(f"  reciprocal parties found {s['reciprocal_recall']:.3f} (n={s['reciprocal_n']})")
    return lines
