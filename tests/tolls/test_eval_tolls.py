"""The tolls gold set and its scorer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from facta.evaluate.tolls import evaluate_tolls, load_gold
from facta.model import Article, Record, Toll


def test_gold_set_is_large_enough_and_split_in_halves() -> None:
    rows = load_gold("all")
    assert len(rows) >= 60
    dev, test = load_gold("dev"), load_gold("test")
    assert len(dev) + len(test) == len(rows) and not {r["id"] for r in dev} & {r["id"] for r in test}
    for r in rows:
        assert {"id", "text", "killed", "injured", "arrested"} <= r.keys()


class _Fixed:
    """A stand-in pipeline that reports the same toll for every passage."""

    def __init__(self, toll: Toll) -> None:
        self.toll = toll

    def pipe(self, items: Iterable[Any]) -> Iterator[Record]:
        for item in items:
            yield Record(article=Article(id="x", text=item.text), toll=self.toll)


def test_scorer_counts_exact_fields() -> None:
    report = evaluate_tolls(_Fixed(Toll()), "all")
    rows = load_gold("all")
    expected_killed = sum(1 for r in rows if r["killed"] is None and "killed_low" not in r) / len(rows)
    assert report["field_accuracy"]["killed"] == pytest.approx(expected_killed, abs=1e-4)
    assert report["passages"] == len(rows)


@pytest.mark.model
def test_dev_split_meets_the_target(pipeline: Any) -> None:
    report = evaluate_tolls(pipeline, "dev")
    assert report["overall_accuracy"] >= 0.95
