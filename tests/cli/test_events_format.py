"""`facta events` JSON output is JSON Lines under both names (jsonl, and json kept for old scripts)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from facta.cli.main import cli

STORIES = [
    "Militiamen burned a clinic in the village of Oruma on Friday and killed three nurses, a local "
    "official said. Residents fled towards the river.",
    "Soldiers fired on a crowd of protesters in the town of Selbe on Saturday, wounding eleven people, "
    "witnesses said. The army denied the account.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("events")
    for i, text in enumerate(STORIES):
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")
    path = str(folder / "s.db")
    out = CliRunner().invoke(cli, ["ingest", str(folder), "--db", path, "--published", "2024-05-04"])
    assert out.exit_code == 0, out.output
    return path


@pytest.mark.model
def test_jsonl_json_default_and_export_print_the_same_json_lines(db: str) -> None:
    runner = CliRunner()
    outputs = [
        runner.invoke(cli, ["events", "--db", db, "--format", "jsonl"]).stdout,
        runner.invoke(cli, ["events", "--db", db, "--format", "json"]).stdout,
        runner.invoke(cli, ["events", "--db", db]).stdout,  # not a terminal: JSON Lines
        runner.invoke(cli, ["export", "--db", db, "--format", "jsonl", "-"]).stdout,
    ]
    assert len(set(outputs)) == 1
    lines = outputs[0].splitlines()
    assert len(lines) >= 2
    docs = [json.loads(line) for line in lines]  # every line is one whole JSON object
    assert all(isinstance(d, dict) and d["mentions"] for d in docs)


@pytest.mark.model
def test_table_format_is_still_a_table(db: str) -> None:
    out = CliRunner().invoke(cli, ["events", "--db", db, "--format", "table"])
    assert out.exit_code == 0
    assert out.stdout.splitlines()[-1].endswith("events")


def test_help_says_json_lines() -> None:
    out = CliRunner().invoke(cli, ["events", "--help"])
    assert "JSON Lines" in out.output and "jsonl" in out.output
