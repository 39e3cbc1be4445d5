"""Batches with bad items: each bad file gets its code and hint, the good ones go through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from facta.cli.main import cli

GOOD = "Rebels attacked the town of Kadugli on Tuesday and killed two soldiers, the army said."
OTHER = "Police arrested 12 protesters in Lagos on Monday after a march against fuel prices, officials said."


def _batch(folder: Path) -> list[Path]:
    files = {
        "a-good.txt": GOOD.encode(),
        "b-empty.txt": b"  \n\t\n",
        "c-image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "d-latin1.txt": ("Le café " + OTHER).encode("latin-1"),
        "e-utf16.txt": OTHER.encode("utf-16"),
    }
    for name, raw in files.items():
        (folder / name).write_bytes(raw)
    return sorted(folder.iterdir())


@pytest.mark.model
def test_extract_several_files_goes_on_past_bad_ones(tmp_path: Path) -> None:
    paths = _batch(tmp_path)
    out = CliRunner().invoke(
        cli, ["extract", *map(str, paths), str(tmp_path / "missing.txt"), "--format", "json", "--no-text"]
    )
    assert out.exit_code == 1
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 2  # the good file and the UTF-16 one (its byte-order mark names the encoding)
    assert all("text" not in r["article"] for r in records)
    for code, name in [("F201", "b-empty"), ("F202", "c-image"), ("F204", "d-latin1"), ("F501", "missing")]:
        line = next(x for x in out.stderr.splitlines() if name in x)
        assert f"[{code}]" in line
    assert "--encoding" in out.stderr
    assert "2 of 6 files extracted, 4 failed." in out.stderr


@pytest.mark.model
def test_ingest_failure_lines_carry_the_hint_and_the_store_keeps_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _batch(folder)
    db = tmp_path / "s.db"
    out = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--published", "2024-03-15"])
    assert out.exit_code == 1, out.output  # some items failed; the good ones are stored all the same
    assert "failed 3 (F201 ×1, F202 ×1, F204 ×1)" in out.stdout
    assert "exit status 1: 3 failed" in out.stdout
    latin = next(x for x in out.stderr.splitlines() if "d-latin1" in x)
    assert "[F204]" in latin and "--encoding" in latin
    assert "ingested 2" in out.stdout
    out = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0
    assert [json.loads(line) for line in out.stdout.splitlines()]


@pytest.mark.model
def test_extract_table_shows_unknown_tolls_as_dashes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(GOOD)
    out = CliRunner().invoke(cli, ["extract", str(story), "--format", "table", "--max-chars", "5000"])
    assert out.exit_code == 0, out.output
    assert "Toll: killed 2, injured -, arrested -" in out.output
    out = CliRunner().invoke(cli, ["extract", str(story), "--max-chars", "20"])
    assert out.exit_code == 2 and "F203" in out.output
