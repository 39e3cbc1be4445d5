"""The reference docs are generated from the code and must be current (run `make docs`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facta.docgen import GENERATED

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_doc_is_current(name: str) -> None:
    path = DOCS / name
    assert path.exists(), f"docs/{name} is missing: run `make docs`"
    assert path.read_text(encoding="utf-8") == GENERATED[name](), f"docs/{name} is stale: run `make docs`"


def test_readme_names_the_two_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    ci = (DOCS.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_every_command_is_in_the_cli_reference() -> None:
    import click

    from facta.cli.main import cli

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    ctx = click.Context(cli, info_name="facta")
    for name in cli.list_commands(ctx):
        if cli.get_command(ctx, name) is not None:
            assert f"## `facta {name}`" in text
