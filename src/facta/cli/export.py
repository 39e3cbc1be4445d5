"""`facta export`: canonical events to PLOVER JSON, ACLED CSV, CAMEO TSV, Parquet or JSON Lines."""

from __future__ import annotations

import sys
from typing import Any

import click

from facta.cli.events import filter_options, make_filter
from facta.cli.main import fail
from facta.errors import FactaError


@click.command("export")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["plover-json", "acled-csv", "cameo-tsv", "parquet", "jsonl"]),
    help="Output format.",
)
@filter_options
@click.argument("out")
def export(fmt: str, out: str, **kw: Any) -> None:
    """Write the canonical events matching the filters to OUT (- for stdout, except parquet)."""
    from facta.export import writer
    from facta.settings import load_settings
    from facta.store import open_store

    try:
        write, binary = writer(fmt)
        with open_store(kw.pop("db") or load_settings().db, must_exist=True) as store:
            views = store.events(make_filter(**kw))
        if out == "-":
            if binary:
                raise click.UsageError(f"{fmt} is binary: give a file name, not -")
            n = write(views, sys.stdout)
        elif binary:
            with open(out, "wb") as handle:
                n = write(views, handle)
        else:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                n = write(views, handle)
    except FactaError as err:
        fail(err)
        return
    click.echo(f"{n} events written to {out} ({fmt})", err=True)
