"""PETRARCH2's validation suite: exact match of each record's set of (source, target, CAMEO) triples.

The suite's actors are fictional and its codes come from the bundled PETR.Validate dictionaries, so
the actor and agent dictionaries are loaded through facta's general user actor dictionary feature
(the ``actor_dictionary`` setting), exactly as a user with a curated actor list would. Optionally the
suite's verb dictionary is loaded through the user verb dictionary feature (``verb_dictionary``),
which takes event codes from the user's verb patterns instead of facta's PLOVER->CAMEO mapping.

Triples: every event that is not negated gives the product of its source and target actors' codes,
as PETRARCH expands compound actors into dyads; events without a coded source give none, and events
without a coded target give none either unless the record's own coder configuration sets
``require_dyad`` to false (PETRARCH's option; then the target is ``---``). The suite's other coder
options (``comma_*`` clause trimming, ``new_actor_length``) are PETRARCH parser internals and are not
emulated. A record passes when its set of triples equals the expected set;
"no event" records (expected empty) pass on empty output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facta.evaluate.events import code_texts
from facta.evaluate.events_data import load_petrarch
from facta.evaluate.metrics import require_data
from facta.model import Event
from facta.state import DocState

DICTIONARIES = ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")
VERBS = "PETR.Validate.verbs.txt"


def event_triples(
    state: DocState, events: list[Event] | None = None, *, require_dyad: bool = True
) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) dyads of the coded events.

    As in PETRARCH, ``require_dyad`` (its default) drops events that have no coded target; without it
    they give ``---`` targets.
    """
    out: set[tuple[str, str, str]] = set()
    for e in events if events is not None else state.events:
        if e.cameo is None or e.modality.negated:
            continue
        sources = [c for a in e.source if (c := _code(state, a))]
        targets = [c for a in e.target if (c := _code(state, a))]
        if not targets and require_dyad:
            continue
        targets = targets or ["---"]
        for s in sources:
            for t in targets:
                if s != t:
                    out.add((s, t, e.cameo))
    return out


def _code(state: DocState, actor_id: str) -> str | None:
    if actor_id not in state.actors:
        return None
    actor = state.actors.get(actor_id)
    return getattr(actor, "code", None)


def _iso_day(date: str) -> str | None:
    if len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def evaluate_petrarch(
    data: str | Path,
    split: str = "test",
    *,
    pipeline: Any = None,
    errors: int = 0,
    verb_dictionary: str | None = None,
) -> dict[str, Any]:
    folder = require_data(data, "records.jsonl", "dictionaries")
    records = load_petrarch(folder)  # every active record is test (the suite's own rule)
    if split == "dev":
        records = []
    if pipeline is None:
        from facta.pipeline import load_pipeline

        spec = ":".join(str(folder / "dictionaries" / name) for name in DICTIONARIES)
        overrides: dict[str, Any] = {"actor_dictionary": spec, "language_check": False}
        if verb_dictionary:
            overrides["verb_dictionary"] = verb_dictionary
        pipeline = load_pipeline(**overrides)
    coded = code_texts(pipeline, [r.text for r in records], [_iso_day(r.date) for r in records])
    passed = event_passed = noevent_passed = noevent_n = failed = 0
    by_category: dict[str, list[int]] = {}
    failures: list[str] = []
    examples: list[dict[str, Any]] = []
    for r, c in zip(records, coded, strict=True):
        want = set(r.expected)
        if c.state is None:
            failed += 1
            failures.append(f"{r.id}: {c.error}")
            got: set[tuple[str, str, str]] = set()
        else:
            got = event_triples(c.state, require_dyad=r.config.get("require_dyad", "true") != "false")
        ok = got == want
        passed += ok
        if want:
            event_passed += ok
        else:
            noevent_n += 1
            noevent_passed += ok
        cat = by_category.setdefault(r.category, [0, 0])
        cat[0] += ok
        cat[1] += 1
        if errors and not ok and len(examples) < errors:
            examples.append({"id": r.id, "gold": sorted(want), "pred": sorted(got), "text": r.text})
    n = len(records)
    return {
        "set": "petrarch2",
        "split": "test" if split != "dev" else "dev",
        "records": n,
        "n": n,
        "failed": failed,
        "failures": failures[:20],
        "passed": passed,
        "exact_match": round(passed / n, 4) if n else 0.0,
        "event_n": n - noevent_n,
        "event_passed": event_passed,
        "noevent_n": noevent_n,
        "noevent_passed": noevent_passed,
        "by_category": {k: tuple(v) for k, v in by_category.items()},
        "verb_dictionary": verb_dictionary,
        "errors": examples,
    }
