"""Every export format, from a store of hand-built records (no model)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from facta.cli.main import cli
from facta.errors import FactaError
from facta.export import FORMATS, writer
from facta.store import open_store
from tests.store.builders import ATTACK, ATTACK_REWRITE, PROTEST, event_record


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "x.db")
    with open_store(path) as store:
        store.save(
            [
                event_record(
                    ATTACK.format(n=5),
                    url="https://a.example/1",
                    outlet="Alpha",
                    published="2024-03-12",
                    killed=5,
                    target=("police", "group", "XKV", "COP"),
                    acled=("Battles", "Armed clash"),
                ),
                event_record(
                    ATTACK_REWRITE.format(n=7),
                    url="https://c.example/2",
                    outlet="Gamma",
                    published="2024-03-13",
                    date="2024-03-12",
                    killed=7,
                    acled=("Battles", "Armed clash"),
                ),
                event_record(
                    PROTEST,
                    url="https://b.example/3",
                    outlet="Beta",
                    published="2024-03-15",
                    type="PROTEST",
                    place=("Marovo", 2002, "NGA"),
                    cameo="141",
                    source=None,
                    acled=("Protests", "Peaceful protest"),
                ),
                event_record(
                    "The two ministers met in Kivara on Monday. Talks went on.",
                    url="https://d.example/4",
                    outlet="Delta",
                    published="2024-03-16",
                    type="CONSULT",
                    cameo="040",
                ),
            ]
        )
    return path


def export(db: str, fmt: str, out: str = "", *extra: str) -> str:
    path = out or db + "." + fmt
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--db", db, *extra, path])
    assert result.exit_code == 0, result.output
    assert "events written to" in result.output
    return "" if out else Path(path).read_text(encoding="utf-8")


def test_plover_json(db: str) -> None:
    lines = export(db, "plover-json").splitlines()
    records = [json.loads(ln) for ln in lines]
    assault = next(r for r in records if r["event"] == ["ASSAULT"])
    assert {"id", "date", "actor", "event"} <= set(assault)
    assert assault["date"] == "2024-03-12" and assault["size"]["dead"] == 7
    assert assault["actor"] == [{"sector": "REB", "entity_text": "rebels"}]
    assert assault["recipient"] == [{"code": "XKV", "sector": "COP", "entity_text": "police"}]
    assert assault["quad_code"] == 4 and assault["n_sources"] == 2 and len(assault["event_text"]) == 2
    assert assault["event_loc"]["resolved_place"] == "Kivara" and assault["event_loc"]["geonameid"] == 1001
    protest = next(r for r in records if r["event"] == ["PROTEST"])
    assert protest["event_loc"]["country"] == "Nigeria" and protest["quad_code"] == 4


def test_acled_csv(db: str) -> None:
    text = export(db, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "fatalities",
        "notes",
        "source",
    } <= set(rows[0])
    assault = next(r for r in rows if r["plover_type"] == "ASSAULT")
    assert (assault["fatalities"], assault["fatalities_low"], assault["fatalities_high"]) == ("7", "5", "7")
    assert assault["source"] == "Alpha; Gamma" and assault["notes"].startswith("Rebels attacked")
    assert assault["actor1"] == "rebels" and assault["actor2"] == "police"
    assert assault["event_type"] == "Battles" and assault["sub_event_type"] == "Armed clash"
    # ACLED codes political violence, demonstrations and strategic developments: a meeting has no row
    assert "CONSULT" not in {r["plover_type"] for r in rows} and len(rows) == 2


def test_cameo_tsv(db: str) -> None:
    lines = export(db, "cameo-tsv").splitlines()
    header, *rows = (ln.split("\t") for ln in lines)
    table = [dict(zip(header, r, strict=True)) for r in rows]
    protest = next(r for r in table if r["PloverType"] == "PROTEST")
    assert (protest["Date"], protest["EventCode"], protest["EventRootCode"], protest["QuadClass"]) == (
        "20240315",
        "141",
        "14",
        "4",
    )
    assert protest["CountryCode"] == "NGA" and protest["NumSources"] == "1"


def test_jsonl_and_filters(db: str) -> None:
    docs = [json.loads(ln) for ln in export(db, "jsonl", "", "--type", "ASSAULT").splitlines()]
    assert len(docs) == 1 and len(docs[0]["mentions"]) == 2 and docs[0]["toll"]["killed"]["high"] == 7


def test_parquet(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    export(db, "parquet", str(out))
    table = pq.read_table(out)
    rows: list[dict[str, Any]] = table.to_pylist()
    assert table.num_rows == 3 and {r["type"] for r in rows} == {"ASSAULT", "PROTEST", "CONSULT"}
    assault = next(r for r in rows if r["type"] == "ASSAULT")
    assert assault["killed_high"] == 7 and [m["outlet"] for m in assault["mentions"]] == ["Alpha", "Gamma"]


def test_registry() -> None:
    assert set(FORMATS) == {"plover-json", "acled-csv", "cameo-tsv", "parquet", "jsonl"}
    with pytest.raises(FactaError) as info:
        writer("xml")
    assert info.value.code == "F406"
