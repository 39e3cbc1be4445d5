"""Pairwise precision/recall of near-duplicate articles and same-event clustering in a store.

Gold is a JSON Lines file whose rows have the article's ``url`` plus ``dup`` (its near-duplicate group:
the id of the original it copies, or its own id) and ``story`` (which real-world story it reports).
Predicted duplicate pairs are articles in the same ``article_signatures.dup_group``; predicted
same-story pairs are articles sharing at least one canonical event.

    python -m facta.dedup.evaluate --db corpus.db --gold tests/data/dedup/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from facta.evaluate.metrics import PRF
from facta.store.sqlbase import SQLStore

Pair = tuple[str, str]


def _pairs(groups: Iterable[Iterable[str]]) -> set[Pair]:
    out: set[Pair] = set()
    for group in groups:
        out.update(combinations(sorted(set(group)), 2))
    return out


def _prf(predicted: set[Pair], gold: set[Pair]) -> PRF:
    return PRF(tp=len(predicted & gold), fp=len(predicted - gold), fn=len(gold - predicted))


def evaluate_store(store: SQLStore, gold_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pairwise scores over the gold articles found in ``store`` (matched by URL)."""
    by_url = {r["url"]: r for r in gold_rows}
    ids: dict[str, str] = {}
    for row in store.query("SELECT id, url FROM articles"):
        if row["url"] in by_url:
            ids[row["id"]] = by_url[row["url"]]["id"]
    dup_groups: dict[str, list[str]] = defaultdict(list)
    for row in store.query("SELECT article_id, dup_group FROM article_signatures"):
        if row["article_id"] in ids:
            dup_groups[row["dup_group"]].append(ids[row["article_id"]])
    events: dict[str, list[str]] = defaultdict(list)
    for row in store.query("SELECT canonical_id, article_id FROM event_mentions"):
        if row["article_id"] in ids:
            events[row["canonical_id"]].append(ids[row["article_id"]])
    gold = [r for r in gold_rows if r["id"] in set(ids.values())]
    gold_dup = _pairs(_group_by(gold, "dup").values())
    gold_story = _pairs(_group_by(gold, "story").values())
    multi = [e for e in events.values() if len(set(e)) > 1]
    return {
        "articles": len(gold),
        "duplicates": _prf(_pairs(dup_groups.values()), gold_dup),
        "same_event": _prf(_pairs(events.values()), gold_story),
        "canonical_events": store.count("canonical_events"),
        "multi_article_events": len(multi),
    }


def _group_by(rows: list[dict[str, Any]], key: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r["id"])
    return out


def main(argv: list[str] | None = None) -> None:
    from facta.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--gold", required=True, type=Path)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open_store(args.db) as store:
        result = evaluate_store(store, rows)
    for name in ("duplicates", "same_event"):
        prf: PRF = result[name]
        print(
            f"{name:12} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}"
            f"  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
        )
    print(
        f"articles {result['articles']}, canonical events {result['canonical_events']},"
        f" reported by several articles {result['multi_article_events']}"
    )


if __name__ == "__main__":
    main()
