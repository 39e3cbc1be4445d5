"""Positions read back from the store, and the `facta positions` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from facta.cli.main import cli
from facta.positions import detect_flags, positions_from_records
from facta.store import open_store
from tests.positions.conftest import group, person, record


def stored(path: Path) -> str:
    klf = group("g", "Kordofan Liberation Front")
    dere = person("a1", "Amos Dere", role="leader", affiliation="g")
    kal = person("a2", "Joseph Kal", role="spokesman", affiliation="g")
    db = str(path / "positions.db")
    with open_store(db) as store:
        store.save(
            [
                record("r1", "2024-03-01", [dere, klf], [("a1", "offer", "ceasefire", "We offer a truce.")]),
                record(
                    "r2", "2024-03-05", [kal, klf], [("a2", "reject", "ceasefire", "There will be no truce.")]
                ),
                record("r3", "2024-03-06", [kal, klf], [("a2", "support", "talks", "Talks are welcome.")]),
            ]
        )
    return db


def test_positions_from_stored_records(tmp_path: Path) -> None:
    db = stored(tmp_path)
    with open_store(db) as store:
        positions = positions_from_records(store.records())
    assert [(p.date, p.actor_name, p.stance, p.topic) for p in positions] == [
        ("2024-03-01", "Amos Dere", "offer", "ceasefire"),
        ("2024-03-05", "Joseph Kal", "reject", "ceasefire"),
        ("2024-03-06", "Joseph Kal", "support", "talks"),
    ]
    (flag,) = detect_flags(positions)
    assert flag.other_member and flag.who == "Kordofan Liberation Front"


def test_cli_table_and_json(tmp_path: Path) -> None:
    db = stored(tmp_path)
    runner = CliRunner()
    table = runner.invoke(cli, ["positions", "--actor", "KLF", "--db", db])
    assert table.exit_code == 0, table.output
    assert "REVERSAL" in table.output and "Joseph Kal" in table.output
    out = runner.invoke(
        cli, ["positions", "--actor", "Kal", "--topic", "truce", "--db", db, "--format", "json"]
    )
    data: Any = json.loads(out.output)
    assert data["topic"] == "ceasefire"
    assert [p["stance"] for p in data["positions"]] == ["reject"]
    assert [f["kind"] for f in data["flags"]] == ["reversal"]


def test_cli_unknown_topic_is_an_error(tmp_path: Path) -> None:
    db = stored(tmp_path)
    result = CliRunner().invoke(cli, ["positions", "--actor", "KLF", "--topic", "bananas", "--db", db])
    assert result.exit_code == 2 and "F306" in result.output
