"""The incident reading reaches what a user gets: the record (JSON round trip), the store and the ACLED
export. Records built by hand (no model) except the pipeline test."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from facta.cli.main import cli
from facta.model import Incident, record_from_dict
from facta.store import open_store
from tests.store.builders import ATTACK, event_record

BLAST = Incident("Explosions/Remote violence", "Remote explosive/landmine/IED", "e1")


def _record(text: str, url: str, incident: Incident | None) -> Any:
    record = event_record(
        text, url=url, outlet="Alpha", published="2024-03-12", killed=5, acled=("Battles", "Armed clash")
    )
    return dataclasses.replace(record, incident=incident)


def test_incident_round_trips_through_json() -> None:
    record = _record(ATTACK.format(n=5), "https://a.example/1", BLAST)
    back = record_from_dict(record.to_dict())
    assert back.incident == BLAST
    bare = _record(ATTACK.format(n=5), "https://a.example/1", None)
    assert record_from_dict(bare.to_dict()).incident is None


def test_acled_export_carries_the_incident_subtype(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    with open_store(db) as store:
        store.save([_record(ATTACK.format(n=5), "https://a.example/1", BLAST)])
        saved = next(iter(store.records()))
        assert saved.incident == BLAST
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "acled-csv", "--db", db, str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["sub_event_type"], r["incident_sub_event_type"]) for r in rows] == [
        ("Armed clash", "Remote explosive/landmine/IED")
    ]


def test_acled_export_leaves_the_column_empty_without_an_incident(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    with open_store(db) as store:
        store.save([_record(ATTACK.format(n=5), "https://a.example/1", None)])
    out = tmp_path / "out.csv"
    assert CliRunner().invoke(cli, ["export", "--format", "acled-csv", "--db", db, str(out)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["incident_sub_event_type"] for r in rows] == [""]


@pytest.mark.model
def test_extracted_record_names_its_incident(extract: Any) -> None:
    record = extract(
        "A blast ripped through the market on Sunday. Insurgents attacked the market, killing four people."
    )
    assert record.incident is not None
    assert record.incident.sub_event_type == "Remote explosive/landmine/IED"
    assert record.incident.event_type == "Explosions/Remote violence"
    assert record.incident.event in {e.id for e in record.events}
