"""`facta eval actors` on tiny data files written for these tests (never the evaluation data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facta.evaluate.actors import locate, read_gsr, split_records

GSR = """[
{
    "id": "DOC-0001",
    "comment": "documentation record, no text",
},
{
    "id": "T-0001",
    "source": [{"actorText": "Kenyan police", "code": "KEN", "sector": "COP"}],
    "target": [{"actorText": "protesters", "code": "KEN", "sector": "CVL"}],
    "event": "COERCE",
    "text": "Kenyan police fired tear gas at protesters in Nairobi on Monday.",
},
{
    "id": "T-0002",
    "source": [{"actorText": "Ghana", "code": "GHA"}],
    "target": "",
    "text": "Ghana  and Togo signed a border accord.",
}
]
"""


def write_gsr(folder: Path) -> Path:
    (folder / "PLOVER_GSR_CAMEO.txt").write_text(GSR, encoding="utf-8")
    return folder


def test_read_and_split(tmp_path: Path) -> None:
    records = read_gsr(write_gsr(tmp_path) / "PLOVER_GSR_CAMEO.txt")
    assert [r.id for r in records] == ["DOC-0001", "T-0001", "T-0002"]
    assert [r.id for r in split_records(records, "dev")] == ["T-0002"]  # even index, with text
    assert [r.id for r in split_records(records, "test")] == ["T-0001"]
    assert records[1].actors[0].sector == "COP" and records[2].actors[0].sector is None


def test_locate_is_whitespace_insensitive() -> None:
    assert locate("Ghana  and Togo", "Ghana") == (0, 5)
    assert locate("Jordan's visiting King Abdullah II met", "Jordan's King Abdullah II") == (0, 34)
    assert locate("nothing here", "Ghana") is None


@pytest.mark.model
def test_eval_actors_on_a_tiny_set(tmp_path: Path, nlp: Any) -> None:
    from facta.evaluate.actors import evaluate_gsr
    from facta.pipeline import load_pipeline

    pipeline = load_pipeline(nlp=nlp, stages="actors", language_check=False)
    results = evaluate_gsr(write_gsr(tmp_path), "all", pipeline, keep_errors=5)
    overlap = results["overlap"].to_dict()
    assert overlap["gold_actors"] == 3 and overlap["failed_records"] == 0
    assert overlap["country_accuracy"] == 1.0 and overlap["sector_accuracy"] == 1.0
    assert results["head"].to_dict()["country_accuracy"] == 1.0


@pytest.mark.model
def test_eval_actors_petrarch_codes(tmp_path: Path, nlp: Any) -> None:
    from facta.evaluate.actors import evaluate_petrarch
    from facta.pipeline import load_pipeline

    (tmp_path / "dictionaries").mkdir()
    data = Path(__file__).parent / "data"
    for src, dst in (
        ("tiny.actors.txt", "PETR.Validate.actors.txt"),
        ("tiny.agents.txt", "PETR.Validate.agents.txt"),
    ):
        (tmp_path / "dictionaries" / dst).write_text(
            (data / src).read_text(encoding="utf-8"), encoding="utf-8"
        )
    rows = [
        {"id": "A", "active": True, "date": "19350101",
         "text": "Freedonian police arrested Sylvania ministers.",
         "expected": [{"source": "FRDCOP", "target": "SYLGOV", "code": "111"}]},
        {"id": "B", "active": False, "text": "Ignored.",
         "expected": [{"source": "X", "target": "Y", "code": "0"}]},
    ]  # fmt: skip
    (tmp_path / "records.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    from facta.evaluate.actors import petrarch_dictionary_spec

    pipeline = load_pipeline(
        nlp=nlp, stages="actors", language_check=False, actor_dictionary=petrarch_dictionary_spec(tmp_path)
    )
    score = evaluate_petrarch(tmp_path, pipeline).to_dict()
    assert score["records"] == 1 and score["failed_records"] == 0
    assert score["records_with_all_codes"] == 1 and score["codes_found"] == 2
