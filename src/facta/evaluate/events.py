"""`facta eval events`: score the event coder on PLOVER GSR, CASE 2021 task 2 and PETRARCH2's suite.

Each labelled record is one sentence or snippet; the coder may find several events in it, so each
set needs a rule for which predicted event is compared with the single gold label:

* the **main event** of a text is the event whose trigger's clause is highest in the dependency tree
  of the earliest sentence that has an event (ties: the earlier trigger). For CASE 2021 only events
  with an ACLED sub-event type are candidates, factual ones first;
* a text with no (candidate) event is predicted ``OTHER`` (GSR) or ``NONE`` (CASE 2021).

Scoring (see docs/events.md for details):

* ``plover_gsr``: older category names renamed (DEMAND->REQUEST, FIGHT->ASSAULT, DISAPPROVE and
  INVESTIGATE->ACCUSE, DOCUMENT->OTHER); record index even = dev, odd = test. Per-class P/R/F1 of the
  main event's type, macro and weighted F1 over the gold classes of the split. Source (target)
  country accuracy: over records whose gold source (target) has at least one country code, the
  share where the set of countries of the main event's source (target) actors equals the gold set
  (also shown: the share where they have at least one country in common).
* ``case2021``: id < 512 dev, >= 512 test. Headline: weighted F1 over the 25 seen ACLED types, on the
  records whose gold label is one of them (a NONE prediction is a miss).
* ``petrarch2``: every active record is test; a record passes when the set of (source, target,
  CAMEO code) triples equals the expected set ("no event" records pass on empty output).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facta.errors import FactaError
from facta.evaluate.events_data import (
    CASE_SEEN,
    CaseRecord,
    GsrRecord,
    load_case,
    load_gsr,
)
from facta.evaluate.metrics import classification_report
from facta.events.incident import main_event
from facta.resources import read_data_tsv
from facta.state import DocState

SETS = ("plover_gsr", "case2021", "petrarch2", "conflibert", "satp", "india_police", "ngec_synthetic")
SPLITS = ("dev", "test", "all", "train")


@dataclass
class Coded:
    """One text after the pipeline: its state (parse + records), or the error that stopped it."""

    state: DocState | None
    error: str | None = None


def code_texts(
    pipeline: Any, texts: Sequence[str], published: Sequence[str | None] | None = None
) -> list[Coded]:
    """Run the pipeline's parse and stages over ``texts``, keeping each DocState (errors isolated)."""
    from facta.pipeline import ArticleInput

    out: list[Coded] = []
    articles: list[Any] = []
    for k, text in enumerate(texts):
        pub = published[k] if published else None
        try:
            articles.append(pipeline.article(ArticleInput(text, published=pub)))
        except FactaError as err:
            articles.append(err)
    parse_ok = [a for a in articles if not isinstance(a, FactaError)]
    docs = iter(pipeline.parse_docs(a.text for a in parse_ok))
    for article in articles:
        if isinstance(article, FactaError):
            out.append(Coded(None, f"{article.code}: {article.message}"))
            continue
        state = DocState(article=article, doc=next(docs))
        try:
            for stage in pipeline.stages:
                stage(state)
                state.assigned.update(stage.assigns)
        except Exception as exc:  # a crash is counted, the evaluation goes on
            out.append(Coded(None, f"{type(exc).__name__}: {exc}"))
            continue
        out.append(Coded(state))
    return out


def _iso(code: str | None, aliases: dict[str, str]) -> str | None:
    if not code or not code.strip() or code.strip() in {"***", "---"}:
        return None
    code = code.strip().upper()
    return aliases.get(code, code)


def _split(items: Iterable[Any], split: str) -> list[Any]:
    return [r for r in items if split == "all" or r.split == split]


def _country_aliases() -> dict[str, str]:
    return {r["code"]: r["iso3"] for r in read_data_tsv("events/country_aliases.tsv")}


# -- PLOVER GSR ---------------------------------------------------------------------------------------
def evaluate_gsr(
    pipeline: Any, folder: str | Path, split: str = "test", *, errors: int = 0
) -> dict[str, Any]:
    records: list[GsrRecord] = _split(load_gsr(folder), split)
    aliases = _country_aliases()
    with_text = [r for r in records if r.text.strip()]
    coded = iter(code_texts(pipeline, [r.text for r in with_text]))
    gold: list[str] = []
    pred: list[str] = []
    failed = 0
    side_hits = {"source": [0, 0], "target": [0, 0]}
    side_overlap = {"source": 0, "target": 0}
    failures: list[str] = []
    examples: list[dict[str, Any]] = []
    for r in records:
        gold.append(r.event)
        if not r.text.strip():
            pred.append("OTHER")
            continue
        c = next(coded)
        if c.state is None:
            failed += 1
            failures.append(f"{r.id}: {c.error}")
            pred.append("OTHER")
            continue
        event = main_event(c.state)
        pred.append(event.type if event else "OTHER")
        for side in ("source", "target"):
            want = {x for a in getattr(r, side) if (x := _iso(a.code, aliases))}
            if not want:
                continue
            got: set[str] = set()
            if event is not None:
                for actor_id in getattr(event, side):
                    country = c.state.actors.get(actor_id).country if actor_id in c.state.actors else None
                    if country:
                        got.add(_iso(country, aliases) or country)
            side_hits[side][1] += 1
            side_hits[side][0] += int(got == want)
            side_overlap[side] += int(bool(got & want))
        if errors and len(examples) < errors and (event is None or event.type != r.event):
            examples.append(
                {"id": r.id, "gold": r.event, "pred": event.type if event else "OTHER", "text": r.text}
            )
    report = classification_report(gold, pred)
    out: dict[str, Any] = {
        "set": "plover_gsr",
        "split": split,
        "records": len(records),
        "failed": failed,
        "records_without_text": len(records) - len(with_text),
        "events": report,
        "source_country_accuracy": _ratio(*side_hits["source"]),
        "target_country_accuracy": _ratio(*side_hits["target"]),
        "source_country_n": side_hits["source"][1],
        "source_country_overlap": _ratio(side_overlap["source"], side_hits["source"][1]),
        "target_country_overlap": _ratio(side_overlap["target"], side_hits["target"][1]),
        "target_country_n": side_hits["target"][1],
        "failures": failures[:20],
    }
    if examples:
        out["errors"] = examples
    return out


def _ratio(hits: int, n: int) -> float:
    return round(hits / n, 4) if n else 0.0


# -- CASE 2021 ----------------------------------------------------------------------------------------
def case_label(state: DocState, labels: dict[str, str]) -> str:
    """The CASE label of a snippet: the label of the ACLED sub-event type of the incident the events stage
    put on its record (``state.incident``, see :func:`facta.events.incident.read_incident`), ``NONE``
    when it has none."""
    incident = state.incident
    return labels.get(incident.sub_event_type if incident is not None else "", "NONE")


def evaluate_case(
    pipeline: Any, folder: str | Path, split: str = "test", *, errors: int = 0
) -> dict[str, Any]:
    records: list[CaseRecord] = _split(load_case(folder), split)
    labels = {r["sub_event_type"]: r["label"] for r in read_data_tsv("events/case2021_labels.tsv")}
    coded = code_texts(pipeline, [r.text for r in records])
    gold, pred = [], []
    failed = 0
    failures: list[str] = []
    examples: list[dict[str, Any]] = []
    for r, c in zip(records, coded, strict=True):
        if c.state is None:
            failed += 1
            failures.append(f"{r.id}: {c.error}")
            label = "NONE"
        else:
            label = case_label(c.state, labels)
        gold.append(r.label)
        pred.append(label)
        if errors and len(examples) < errors and r.label in CASE_SEEN and label != r.label:
            examples.append({"id": r.id, "gold": r.label, "pred": label, "text": r.text})
    seen = [(g, p) for g, p in zip(gold, pred, strict=True) if g in CASE_SEEN]
    seen_report = classification_report([g for g, _ in seen], [p for _, p in seen], labels=CASE_SEEN)
    unseen = [(g, p) for g, p in zip(gold, pred, strict=True) if g not in CASE_SEEN]
    out: dict[str, Any] = {
        "set": "case2021",
        "split": split,
        "records": len(records),
        "failed": failed,
        "seen25": seen_report,
        "seen25_records": len(seen),
        "no_prediction_on_seen": sum(1 for _, p in seen if p == "NONE"),
        "unseen_records": len(unseen),
        "unseen_with_prediction": sum(1 for _, p in unseen if p != "NONE"),
        "unseen_predicted": dict(Counter(p for _, p in unseen if p != "NONE").most_common()),
        "failures": failures[:20],
    }
    if examples:
        out["errors"] = examples
    return out


# -- dispatch -----------------------------------------------------------------------------------------
def evaluate_events(
    data: str | Path,
    set_name: str,
    split: str = "test",
    *,
    pipeline: Any = None,
    errors: int = 0,
    verb_dictionary: str | None = None,
    gsr: str | Path | None = None,
) -> dict[str, Any]:
    """Score the event coder on one labelled set (see the module docstring)."""
    if set_name not in SETS:
        raise FactaError("F602", name=set_name, known=", ".join(SETS))
    if set_name == "petrarch2":
        from facta.evaluate.events_petrarch import evaluate_petrarch

        return evaluate_petrarch(
            data, split, pipeline=pipeline, errors=errors, verb_dictionary=verb_dictionary
        )
    if split == "train" and set_name != "conflibert":
        raise FactaError("F604", name=set_name, split=split, available="dev, test or all")
    if pipeline is None:
        from facta.pipeline import load_pipeline

        # the sets are English by construction; short snippets can fail the English heuristic
        pipeline = load_pipeline(language_check=False)
    if set_name == "plover_gsr":
        return evaluate_gsr(pipeline, data, split, errors=errors)
    if set_name == "conflibert":
        from facta.evaluate.events_conflibert import evaluate_conflibert

        return evaluate_conflibert(pipeline, data, split, gsr=gsr, errors=errors)
    if set_name == "ngec_synthetic":
        from facta.evaluate.events_ngec import evaluate_ngec

        return evaluate_ngec(pipeline, data, split, errors=errors)
    if set_name in {"satp", "india_police"}:
        from facta.evaluate.events_sanity import evaluate_sanity

        return evaluate_sanity(pipeline, data, set_name, split, errors=errors)
    return evaluate_case(pipeline, data, split, errors=errors)


def format_events_report(result: dict[str, Any]) -> str:
    from facta.evaluate.metrics import format_report

    lines = [
        f"set={result['set']} split={result['split']} records={result['records']} failed={result['failed']}"
    ]
    if result["set"] == "plover_gsr":
        lines.append(format_report(result["events"]))
        for side in ("source", "target"):
            accuracy, n = result[f"{side}_country_accuracy"], result[f"{side}_country_n"]
            overlap = result[f"{side}_country_overlap"]
            lines.append(
                f"{side} country accuracy {accuracy:.3f} (n={n}; at least one gold country: {overlap:.3f})"
            )
    elif result["set"] == "case2021":
        lines.append(format_report(result["seen25"]))
        lines.append(
            f"seen-25 weighted F1 {result['seen25']['weighted_f1']:.3f} on {result['seen25_records']} records"
            f" ({result['no_prediction_on_seen']} without a prediction); unseen-type records"
            f" {result['unseen_records']}, of which {result['unseen_with_prediction']} got a seen label"
        )
    elif result["set"] == "conflibert":
        from facta.evaluate.events_conflibert import format_conflibert

        lines.extend(format_conflibert(result))
    elif result["set"] == "ngec_synthetic":
        from facta.evaluate.events_ngec import format_ngec

        lines.extend(format_ngec(result))
    elif result["set"] in {"satp", "india_police"}:
        from facta.evaluate.events_sanity import format_sanity

        lines.extend(format_sanity(result))
    else:
        lines.append(
            f"exact triple match {result['passed']}/{result['n']} = {result['exact_match']:.3f}"
            f" (event records {result['event_passed']}/{result['event_n']},"
            f" no-event records {result['noevent_passed']}/{result['noevent_n']})"
        )
        if result.get("by_category"):
            for cat, (ok, n) in sorted(result["by_category"].items()):
                lines.append(f"  {cat:12} {ok:4d}/{n:<4d}")
    lines.append(f"records that failed to process: {result['failed']}")
    lines.extend(f"  failed: {f}" for f in result.get("failures", []))
    for e in result.get("errors", []):
        lines.append(f"  [{e['id']}] gold={e['gold']} pred={e['pred']} :: {e['text'][:200]}")
    return "\n".join(lines)
