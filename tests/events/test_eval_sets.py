"""The ConfliBERT CAMEO, SATP and India police evaluation readers and scorers, on files we write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facta.errors import FactaError
from facta.evaluate.events_conflibert import (
    NearIndex,
    load_conflibert,
    penta_class,
    penta_table,
)
from facta.model import Event, Evidence

CLASS_ROWS = [
    ("Kenyan troops shelled a militia camp near the border on Monday.", "4"),
    ("The two ministers held talks in Geneva.", "1"),
    ("The old ferry sank in the bay last week.", "0"),
]
NER = """Kenyan B-S
troops I-S
shelled O
a O
militia B-T
camp I-T
near O
the O
border O
on O
Monday O
. O

The O
two O
ministers B-R
held O
talks O
in O
Geneva O
. O
"""
GSR = """[
{
  "id": "FAKE-1",
  "event": "CONSULT",
  "text": "The old ferry sank in the bay last week.",
},
{
  "id": "FAKE-2",
  "event": "ASSAULT",
  "text": "Rebels burned a school.",
}
]
"""


def _write(root: Path) -> Path:
    folder = root / "conflibert_cameo"
    (folder / "cameo_class").mkdir(parents=True)
    (folder / "cameo_ner").mkdir()
    (folder / "cameo_class" / "train.tsv").write_text(
        "".join(f"{t}\t{label}\n" for t, label in CLASS_ROWS), encoding="utf-8"
    )
    (folder / "cameo_ner" / "train.txt").write_text(NER, encoding="utf-8")
    (root / "plover_gsr").mkdir()
    (root / "plover_gsr" / "PLOVER_GSR_CAMEO.txt").write_text(GSR, encoding="utf-8")
    return folder


def test_loader_merges_class_and_spans_and_excludes_gsr(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    exclude = NearIndex(["The old ferry sank in the bay last week!"])
    records, excluded = load_conflibert(folder, "train", exclude)
    assert excluded == 1
    assert [r.label for r in records] == ["4", "1"]
    first = records[0]
    assert first.spans is not None
    assert [(role, first.text[s:e]) for role, s, e in first.spans] == [
        ("S", "Kenyan troops"),
        ("T", "militia camp"),
    ]
    assert records[1].spans is not None and records[1].spans[0][0] == "R"


def test_near_index_matches_small_edits_only() -> None:
    index = NearIndex(["Jordan and Britain have agreed to hold joint military exercises this month."])
    assert "Jordan and Britain agreed to hold joint military exercises this month, an official said." in index
    assert "Kenya and Uganda signed a trade deal on Monday." not in index


def _event(etype: str, cameo: str | None) -> Event:
    return Event(id="e1", type=etype, evidence=Evidence(0, 0, 1, "x"), cameo=cameo)


def test_penta_class_from_cameo_root_then_type() -> None:
    table = penta_table()
    assert penta_class(_event("REQUEST", "025"), table) == "0"  # an appeal
    assert penta_class(_event("REQUEST", "1053"), table) == "3"  # a demand
    assert penta_class(_event("SANCTION", "163"), table) == "3"  # reduce relations: verbal conflict
    assert penta_class(_event("PROTEST", None), table) == "4"
    assert penta_class(_event("AID", None), table) == "2"
    assert penta_class(None, table) == "0"


def test_unknown_split_is_an_error(tmp_path: Path) -> None:
    from facta.evaluate.events_conflibert import evaluate_conflibert

    with pytest.raises(FactaError) as err:
        evaluate_conflibert(None, _write(tmp_path), "all")
    assert err.value.code == "F604"


@pytest.mark.model
def test_conflibert_scores_class_and_spans(tmp_path: Path, pipeline: Any) -> None:
    from facta.evaluate.events import evaluate_events, format_events_report

    folder = _write(tmp_path)
    result = evaluate_events(folder, "conflibert", "train", pipeline=pipeline)
    assert result["split"] == "dev" and result["excluded_as_gsr"] == 1 and result["failed"] == 0
    assert result["class"]["per_class"]["4"]["tp"] == 1
    assert result["spans"]["source"]["tp"] >= 1
    assert "coarse CAMEO class" in format_events_report(result)


@pytest.mark.model
def test_satp_and_india_police_scorers(tmp_path: Path, pipeline: Any) -> None:
    from facta.evaluate.events import evaluate_events

    satp = tmp_path / "satp"
    satp.mkdir()
    (satp / "satp_all_dev.tsv").write_text(
        "Suspected militants shot dead a shopkeeper in the market on Monday.\t1\t0\t0\t0\n"
        "Unidentified gunmen abducted two engineers from a road site on Friday.\t0\t0\t1\t0\n"
        "The state cabinet approved a new budget for rural roads on Tuesday.\t0\t0\t0\t0\n",
        encoding="utf-8",
    )
    result = evaluate_events(satp, "satp", "dev", pipeline=pipeline)
    assert result["records"] == 3 and result["failed"] == 0
    assert result["militant_attack"]["tp"] == 2 and result["militant_attack"]["fp"] == 0
    assert result["kidnapping_recall"]["tp"] == 1

    india = tmp_path / "india"
    india.mkdir()
    rows = [
        {
            "doc_id": 1,
            "sent_id": 0,
            "sent_labels": ["ARREST", "ANY_ACTION"],
            "sent_text": "police arrested 12 people in the old city.",
        },
        {"doc_id": 1, "sent_id": 1, "sent_labels": [], "sent_text": "the shops remained closed on sunday."},
    ]
    (india / "sents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = evaluate_events(india, "india_police", "test", pipeline=pipeline)
    assert result["labels"]["ARREST"]["tp"] == 1 and result["labels"]["ARREST"]["fp"] == 0
    with pytest.raises(FactaError):
        evaluate_events(india, "india_police", "dev", pipeline=pipeline)


@pytest.mark.model
def test_ngec_synthetic_scorer(tmp_path: Path, pipeline: Any) -> None:
    from facta.evaluate.events import evaluate_events, format_events_report

    rows = ["disclaimer,text,title,source,prompt,label,mode"]
    for k in range(13):
        rows.append(
            f'x,"Police arrested {k} men in the capital on Monday.",t,Reuters,'
            f'"Gunmen Kill Five In Attack On Village\n\n(Reuters) --",ASSAULT,'
        )
    folder = tmp_path / "ngec"
    folder.mkdir()
    (folder / "gpt_synthetic_events_2023-10-19_19.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = evaluate_events(folder, "ngec_synthetic", "dev", pipeline=pipeline, errors=2)
    assert result["records"] == 2 and result["failed"] == 0
    assert result["headline"]["correct"] == 2
    assert result["text"]["correct"] == 0
    assert "headline main-event type: 2/2" in format_events_report(result)
    with pytest.raises(FactaError):
        evaluate_events(folder, "ngec_synthetic", "test", pipeline=pipeline)
