"""Read-only store commands: a missing store is an error, not a new empty file; FACTA_DB is honoured."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facta.cli.main import cli
from facta.cli.positions import _nothing_found
from facta.cli.render import toll_count
from facta.store import open_store


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--format", "json"],
        ["export", "--format", "jsonl", "-"],
        ["positions", "--actor", "Anyone"],
    ],
)
def test_reading_a_missing_store_is_an_error_and_creates_nothing(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "missing.db"
    out = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert out.exit_code == 2
    assert "F407" in out.output and "facta ingest" in out.output
    assert not db.exists()


def test_open_store_must_exist_also_checks_sqlite_urls(tmp_path: Path) -> None:
    from facta.errors import FactaError

    with pytest.raises(FactaError) as err:
        open_store(f"sqlite:///{tmp_path / 'none.db'}", must_exist=True)
    assert err.value.code == "F407"
    with open_store(str(tmp_path / "new.db")):
        pass
    with open_store(str(tmp_path / "new.db"), must_exist=True) as store:
        assert store.count("articles") == 0


def test_positions_reads_facta_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "team.db"
    with open_store(str(db)):
        pass
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTA_DB", str(db))
    out = CliRunner().invoke(cli, ["positions", "--actor", "Anyone"])
    assert out.exit_code == 0, out.output
    assert "No positions found for 'Anyone'." in out.output
    assert not (tmp_path / "facta.db").exists()


def test_nothing_found_names_the_topic_and_the_actors_other_topics() -> None:
    assert _nothing_found("KLF", None, None, []) == "No positions found for 'KLF'."
    line = _nothing_found("KLF", "truce", "ceasefire", [])
    assert line == "No positions found for 'KLF' on truce (ceasefire)."


def test_toll_count_keeps_unknown_apart_from_zero() -> None:
    assert toll_count(None, None, None) == "-"
    assert toll_count(0, None, None) == "0"
    assert toll_count(None, 24, 99) == "24-99"
    assert toll_count(None, 10, None) == "10+"
