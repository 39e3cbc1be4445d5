"""The dedup evaluation over our own corpus (tests/data/dedup): syndicated copies must be found exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facta.dedup.evaluate import evaluate_store
from facta.ingest.core import ingest
from facta.ingest.sources import read_sources
from facta.store import open_store

CORPUS = Path(__file__).parent.parent / "data" / "dedup" / "corpus.jsonl"


@pytest.mark.model
def test_dedup_corpus(tmp_path: Path, pipeline: Any) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    with open_store(str(tmp_path / "d.db")) as store:
        summary = ingest(read_sources([str(CORPUS)]), store, pipeline)
        assert summary.ingested == len(rows) == 25
        result = evaluate_store(store, rows)
    # near-duplicates do not depend on the extractors: every syndicated copy, and nothing else
    assert result["duplicates"].precision == 1.0 and result["duplicates"].recall == 1.0
    # same-event clustering depends on what the extractors find; it must at least never join stories
    # reported by different outlets in different countries, and must join the syndicated copies
    assert result["same_event"].precision >= 0.9 and result["same_event"].recall >= 0.45
