"""Scoring the event coder on our own event gold set (package data, ``gold/events.jsonl``).

Each gold item is a news text written by us (``heldout1``: 1-3 sentences; ``heldout2``: a whole short
wire story; ``heldout3`` to ``heldout5``: both) with its publication date and the
events a PLOVER coder should find in it: type, mode (when PLOVER defines one that clearly applies),
modality, source and target actors (text as written + ISO-3 country or IGO/NGO/IMG code, ``None``
when the text does not tell) and, for violent and protest events, the ACLED event type. Some
items expect no event at all (weather, sport, economic figures, opinion): they measure false alarms.
An expected event marked ``optional`` (a background event such as "after weeks of talks") may be
coded or not: a prediction matched to it is neither a hit nor a false positive.

The set is written part by part, each part before anyone tunes on it (as the position gold set):
``heldout1`` (e001-e259) was written by someone who had not read the event rules or their data, and
was scored once unseen; it is now tuning data. ``heldout2`` (f01-f47), written after that under the
same rules, holds whole short wire stories (headline, paragraphs, the lead event restated, background
events, reactions); it was scored once unseen and is tuning data now. ``heldout3`` (g01-g34), written
after that, mixes whole stories and short items in other wording, regions and decades; it was scored
once unseen and is tuning data now. ``heldout4`` (h01-h37), written after that, mixes whole stories and
short items again (elections and protests, sanctions, insurgency, border clashes, hostage releases, aid
access, courts): scored once unseen (macro F1 0.548), then tuning data. ``heldout5`` (i01-i30),
written right after it in the same way (other regions and decades), was scored once unseen
last (macro F1 0.686).

Scoring (:func:`score`), per item: predicted events are matched one-to-one to expected ones of the
same type (among several candidates, the one agreeing best on countries and modality); unmatched
expected events are misses, unmatched predictions false positives of their type (after optional
events have absorbed theirs). Reported: per-type P/R/F1 over the 16 PLOVER types, macro and
support-weighted F1; false alarms on no-event items; on matched events the modality, mode and ACLED
accuracy and the source / target / participant country accuracy (set of predicted countries equals
the gold set, over events whose gold side names at least one country; codes that differ only by
convention are one: Kosovo XKX = KOS, former states YUG = SRB, DDR = DEU, SUN = RUS, CSK = CZE, see
:func:`canonical_codes`); the main-event
classification as the GSR scorer reads it (the item's first expected event vs the coder's main
event, ``OTHER`` when none); recall by construction tag; items that failed to process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from facta.evaluate.metrics import PRF, classification_report
from facta.events.lexicon import PLOVER_TYPES
from facta.model import Modality
from facta.resources import gold_rows, read_data_tsv

GOLD_FILE = "gold/events.jsonl"
PARTS = ("heldout1", "heldout2", "heldout3", "heldout4", "heldout5", "all")
TYPES = PLOVER_TYPES
MODALITIES = ("none", "negated", "hypothetical", "future", "historical")


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None  # ISO-3 country, IGO / NGO / IMG, None when the text does not tell


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    modality: tuple[str, ...] = ("none",)  # the accepted modalities (several when both readings hold)
    mode: str | None = None
    source: tuple[GoldActor, ...] = ()
    target: tuple[GoldActor, ...] = ()
    acled: str | None = None  # ACLED event type
    optional: bool = False

    def codes(self, side: str) -> frozenset[str]:
        actors: tuple[GoldActor, ...] = getattr(self, side)
        return canonical_codes(a.code for a in actors if a.code)


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    part: str
    published: str
    text: str
    events: tuple[GoldEvent, ...]
    tags: tuple[str, ...] = ()

    @property
    def required(self) -> tuple[GoldEvent, ...]:
        return tuple(e for e in self.events if not e.optional)


@dataclass(frozen=True, slots=True)
class Predicted:
    """One event the coder produced, reduced to what the gold set scores."""

    type: str
    modality: str = "none"
    source: frozenset[str] = frozenset()  # countries of the source actors
    target: frozenset[str] = frozenset()
    mode: str | None = None
    acled: str | None = None
    main: bool = False  # the coder's main event of the text


@cache
def _aliases() -> dict[str, str]:
    return {r["code"]: r["iso3"] for r in read_data_tsv("events/country_aliases.tsv")}


def canonical_codes(codes: Iterable[str]) -> frozenset[str]:
    """Country codes with those that differ only by convention made one (``events/country_aliases.tsv``:
    Kosovo XKX = KOS, former states YUG = SRB, DDR = DEU, SUN = RUS, CSK = CZE, old CAMEO codes)."""
    aliases = _aliases()
    return frozenset(aliases.get(c, c) for c in codes)


def _actors(rows: Sequence[dict[str, Any]]) -> tuple[GoldActor, ...]:
    return tuple(GoldActor(r["text"], r.get("code")) for r in rows)


def _event(row: dict[str, Any]) -> GoldEvent:
    modality = row.get("modality", "none")
    return GoldEvent(
        type=row["type"],
        modality=tuple(modality) if isinstance(modality, list) else (modality,),
        mode=row.get("mode"),
        source=_actors(row.get("source", [])),
        target=_actors(row.get("target", [])),
        acled=row.get("acled"),
        optional=bool(row.get("optional", False)),
    )


def load_gold(text: str | None = None, part: str = "all") -> list[GoldItem]:
    """The gold items of ``part`` (from the package data file unless ``text`` is given)."""
    out = []
    for row in gold_rows(GOLD_FILE, text):
        if part != "all" and row["part"] != part:
            continue
        out.append(
            GoldItem(
                id=row["id"],
                part=row["part"],
                published=row["published"],
                text=row["text"],
                events=tuple(_event(e) for e in row["events"]),
                tags=tuple(row.get("tags", ())),
            )
        )
    return out


def modality_label(modality: Modality) -> str:
    """The gold set's single modality label of a record's :class:`Modality`."""
    if modality.negated:
        return "negated"
    if modality.hypothetical or modality.conditional:
        return "hypothetical"
    if modality.future:
        return "future"
    if modality.historical:
        return "historical"
    return "none"


# -- matching -----------------------------------------------------------------------------------------
@dataclass
class ItemMatch:
    pairs: list[tuple[GoldEvent, Predicted]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    extra: list[Predicted] = field(default_factory=list)
    absorbed: int = 0  # predictions matched to optional events

    @property
    def ok(self) -> bool:
        return not self.missed and not self.extra


def _agreement(gold: GoldEvent, pred: Predicted) -> int:
    return (
        int(bool(gold.codes("source")) and gold.codes("source") == pred.source)
        + int(bool(gold.codes("target")) and gold.codes("target") == pred.target)
        + int(pred.modality in gold.modality)
    )


def match_item(item: GoldItem, predicted: Sequence[Predicted]) -> ItemMatch:
    """Match predictions to the item's expected events one-to-one by type (see module docstring)."""
    free = list(range(len(predicted)))
    out = ItemMatch()
    for optional in (False, True):
        for gold in (e for e in item.events if e.optional == optional):
            candidates = [i for i in free if predicted[i].type == gold.type]
            if not candidates:
                if not optional:
                    out.missed.append(gold)
                continue
            best = max(candidates, key=lambda i: (_agreement(gold, predicted[i]), -i))
            free.remove(best)
            if optional:
                out.absorbed += 1
            else:
                out.pairs.append((gold, predicted[best]))
    out.extra = [predicted[i] for i in free]
    return out


# -- scoring ------------------------------------------------------------------------------------------
def _ratio(hits: int, n: int) -> float:
    return round(hits / n, 4) if n else 0.0


def _accuracy(hits: int, n: int) -> dict[str, float | int]:
    return {"accuracy": _ratio(hits, n), "n": n}


def score(
    items: Sequence[GoldItem],
    predictions: Sequence[Sequence[Predicted] | None],
    *,
    errors: int = 0,
    failures: Sequence[str] = (),
) -> dict[str, Any]:
    """Score ``predictions`` (one list per item; ``None`` when the item failed to process)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    support: Counter[str] = Counter()
    modality_by_gold: dict[str, list[int]] = {m: [0, 0] for m in MODALITIES}
    side_hits = {s: [0, 0, 0] for s in ("source", "target", "participants")}  # equal, overlap, n
    mode_hits, acled_hits = [0, 0], [0, 0]
    tag_hits: dict[str, list[int]] = {}
    false_alarms = factual_false_alarms = no_event_items = 0
    main_gold: list[str] = []
    main_pred: list[str] = []
    failed = 0
    listed: list[dict[str, Any]] = []
    absorbed = 0
    for item, preds in zip(items, predictions, strict=True):
        if preds is None:
            failed += 1
        got = list(preds or ())
        match = match_item(item, got)
        absorbed += match.absorbed
        required = item.required
        for gold in required:
            support[gold.type] += 1
        for gold, pred in match.pairs:
            tp[gold.type] += 1
            row = modality_by_gold[gold.modality[0]]
            row[0] += int(pred.modality in gold.modality)
            row[1] += 1
            if gold.mode:
                mode_hits[0] += int(pred.mode == gold.mode)
                mode_hits[1] += 1
            if gold.acled:
                acled_hits[0] += int(pred.acled == gold.acled)
                acled_hits[1] += 1
            for side in ("source", "target", "participants"):
                if side == "participants":
                    want = gold.codes("source") | gold.codes("target")
                    have = pred.source | pred.target
                else:
                    want, have = gold.codes(side), getattr(pred, side)
                if want:
                    side_hits[side][0] += int(have == want)
                    side_hits[side][1] += int(bool(have & want))
                    side_hits[side][2] += 1
        for gold in match.missed:
            fn[gold.type] += 1
        for pred in match.extra:
            fp[pred.type] += 1
        for tag in item.tags:
            hits = tag_hits.setdefault(tag, [0, 0])
            hits[0] += len(match.pairs)
            hits[1] += len(required)
        if not required:
            no_event_items += 1
            false_alarms += int(bool(match.extra))
            factual_false_alarms += int(any(p.modality == "none" for p in match.extra))
        main = next((p.type for p in got if p.main), "OTHER")
        main_gold.append(required[0].type if required else "OTHER")
        main_pred.append(main)
        if errors and len(listed) < errors and not match.ok:
            listed.append(
                {
                    "id": item.id,
                    "missed": [g.type for g in match.missed],
                    "extra": [p.type for p in match.extra],
                    "text": item.text,
                }
            )
    per_type = {t: {**PRF(tp[t], fp[t], fn[t]).to_dict(), "support": support[t]} for t in TYPES}
    covered = [t for t in TYPES if support[t]]
    total_support = sum(support[t] for t in covered)
    all_types = PRF(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    matched = sum(n for _, n in modality_by_gold.values())
    out: dict[str, Any] = {
        "set": "facta_gold",
        "items": len(items),
        "failed": failed,
        "failures": list(failures)[:20],
        "events": {
            "per_type": per_type,
            "macro_f1": round(sum(per_type[t]["f1"] for t in covered) / len(covered), 4) if covered else 0.0,
            "weighted_f1": round(sum(per_type[t]["f1"] * support[t] for t in covered) / total_support, 4)
            if total_support
            else 0.0,
            "micro": all_types.to_dict(),
            "unknown_type_predictions": sum(n for t, n in fp.items() if t not in TYPES),
            "optional_matched": absorbed,
        },
        "no_event_items": no_event_items,
        "false_alarm_items": false_alarms,
        "factual_false_alarm_items": factual_false_alarms,
        "modality": {
            **_accuracy(sum(h for h, _ in modality_by_gold.values()), matched),
            "by_gold": {m: _accuracy(h, n) for m, (h, n) in modality_by_gold.items() if n},
        },
        "mode": _accuracy(*mode_hits),
        "acled": _accuracy(*acled_hits),
        "countries": {
            s: {"accuracy": _ratio(eq, n), "overlap": _ratio(ov, n), "n": n}
            for s, (eq, ov, n) in side_hits.items()
        },
        "main_event": classification_report(main_gold, main_pred, labels=covered),
        "recall_by_tag": {t: _accuracy(h, n) for t, (h, n) in sorted(tag_hits.items()) if n},
    }
    out["main_event"]["no_event_predicted_other"] = sum(
        1 for g, p in zip(main_gold, main_pred, strict=True) if g == "OTHER" and p == "OTHER"
    )
    if listed:
        out["errors"] = listed
    return out


# -- running the coder --------------------------------------------------------------------------------
def predicted_events(state: Any, main: Any = None) -> list[Predicted]:
    """The coder's events of one processed text (a DocState), ``main`` marking its main event."""
    out = []
    for event in state.events:
        sides: dict[str, frozenset[str]] = {}
        for side in ("source", "target"):
            codes = set()
            for actor_id in getattr(event, side):
                if actor_id in state.actors and (country := state.actors.get(actor_id).country):
                    codes.add(country.upper())
            sides[side] = canonical_codes(codes)
        out.append(
            Predicted(
                type=event.type,
                modality=modality_label(event.modality),
                source=sides["source"],
                target=sides["target"],
                mode=event.mode,
                acled=event.acled.event_type if event.acled else None,
                main=main is not None and event.id == main.id,
            )
        )
    return out


def evaluate_gold(
    part: str = "heldout1",
    *,
    pipeline: Any = None,
    errors: int = 0,
    items: Sequence[GoldItem] | None = None,
) -> dict[str, Any]:
    """Run the pipeline over the gold items of ``part`` (or over ``items``) and score its events."""
    from facta.evaluate.events import code_texts
    from facta.events.incident import main_event

    if pipeline is None:
        from facta.pipeline import load_pipeline

        pipeline = load_pipeline(language_check=False)  # short texts can fail the English heuristic
    items = load_gold(part=part) if items is None else items
    coded = code_texts(pipeline, [i.text for i in items], [i.published for i in items])
    predictions: list[list[Predicted] | None] = []
    failures = []
    for item, c in zip(items, coded, strict=True):
        if c.state is None:
            failures.append(f"{item.id}: {c.error}")
            predictions.append(None)
            continue
        predictions.append(predicted_events(c.state, main_event(c.state)))
    out = score(items, predictions, errors=errors, failures=failures)
    out["part"] = part
    return out


def format_gold_report(result: dict[str, Any]) -> str:
    ev = result["events"]
    lines = [
        f"set=facta_gold part={result.get('part', 'all')} items={result['items']} failed={result['failed']}",
        f"{'type':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'n':>4}",
    ]
    for name, r in ev["per_type"].items():
        lines.append(
            f"{name:12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}"
            f" {r['tp']:4d} {r['fp']:4d} {r['fn']:4d} {r['support']:4d}"
        )
    micro = ev["micro"]
    lines.append(f"macro F1 {ev['macro_f1']:.3f}  weighted F1 {ev['weighted_f1']:.3f}")
    lines.append(
        f"all events: P {micro['precision']:.3f} R {micro['recall']:.3f} F1 {micro['f1']:.3f}"
        f" (tp {micro['tp']}, fp {micro['fp']}, fn {micro['fn']}; {ev['optional_matched']} predictions"
        " matched optional events)"
    )
    lines.append(
        f"false alarms: {result['false_alarm_items']}/{result['no_event_items']} no-event items got an"
        f" event ({result['factual_false_alarm_items']} a factual one)"
    )
    mod = result["modality"]
    by_gold = ", ".join(f"{m} {r['accuracy']:.2f} (n={r['n']})" for m, r in mod["by_gold"].items())
    lines.append(f"modality accuracy {mod['accuracy']:.3f} (n={mod['n']}): {by_gold}")
    lines.append(
        f"mode accuracy {result['mode']['accuracy']:.3f} (n={result['mode']['n']});"
        f" ACLED event type accuracy {result['acled']['accuracy']:.3f} (n={result['acled']['n']})"
    )
    for side, r in result["countries"].items():
        lines.append(
            f"{side} country accuracy {r['accuracy']:.3f} (n={r['n']}; at least one gold country:"
            f" {r['overlap']:.3f})"
        )
    main = result["main_event"]
    lines.append(
        f"main event (GSR-style): macro F1 {main['macro_f1']:.3f}, weighted F1 {main['weighted_f1']:.3f},"
        f" accuracy {main['accuracy']:.3f} (n={main['n']})"
    )
    tags = ", ".join(f"{t} {r['accuracy']:.2f}/{r['n']}" for t, r in result["recall_by_tag"].items())
    lines.append(f"recall by tag: {tags}")
    lines.append(f"records that failed to process: {result['failed']}")
    lines.extend(f"  failed: {f}" for f in result.get("failures", []))
    for e in result.get("errors", []):
        lines.append(
            f"  [{e['id']}] missed={','.join(e['missed']) or '-'} extra={','.join(e['extra']) or '-'}"
            f" :: {e['text'][:160]}"
        )
    return "\n".join(lines)
