from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from facta.cli.main import cli

TEXT = "Rebels attacked the town of Kadugli on Tuesday and killed two soldiers, the army said."


def test_settings_and_stages_list() -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["settings", "--json"])
    assert out.exit_code == 0 and any(s["name"] == "model" for s in json.loads(out.output))
    out = runner.invoke(cli, ["stages"])
    assert out.exit_code == 0 and "actors.rules.v1" in out.output


def test_extract_reports_bad_input_with_code(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = CliRunner().invoke(cli, ["extract", str(empty)])
    assert out.exit_code == 2
    assert "F201" in out.output


def test_extract_missing_file() -> None:
    out = CliRunner().invoke(cli, ["extract", "/nonexistent/story.txt"])
    assert out.exit_code == 2 and "F501" in out.output


@pytest.mark.model
def test_extract_json_from_stdin() -> None:
    out = CliRunner().invoke(
        cli, ["extract", "-", "--published", "2024-03-15", "--format", "json"], input=TEXT
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["article"]["published"] == "2024-03-15"
    assert data["article"]["text"] == TEXT
    assert data["article"]["n_sentences"] == 1


@pytest.mark.model
def test_extract_table(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT)
    out = CliRunner().invoke(cli, ["extract", str(story), "--format", "table", "--title", "Attack"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("Article ") and "Attack" in out.output


@pytest.mark.model
def test_demo_writes_the_store(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    out = CliRunner().invoke(cli, ["demo", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "6 articles processed" in out.output
    from facta.store import open_store

    with open_store(str(db)) as store:
        assert store.count("articles") == 6


@pytest.mark.model
def test_public_extract_survives_loading_the_stages() -> None:
    """Regression: a subpackage named like the function once replaced `facta.extract` after first use."""
    import facta

    first = facta.extract(TEXT, published="2024-03-15")
    assert callable(facta.extract)
    second = facta.extract(TEXT, published="2024-03-15")
    assert first == second


def test_demo_table_shows_unknown_tolls_as_unknown_not_zero() -> None:
    from facta.cli.demo import _count

    assert _count(None, None, None) == "-"
    assert _count(0, 0, 0) == "0"
    assert _count(None, 24, 99) == "24-99"
    assert _count(5, 5, 5) == "5"
