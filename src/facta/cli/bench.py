"""`facta bench`: throughput and memory of the pipeline on a corpus."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("bench")
@click.option(
    "--data", "data", required=True, help="CSV/JSONL with a text column, or a folder of .txt files."
)
@click.option("--limit", type=int, help="Use only the first N articles.")
@click.option("--batch-size", type=int, help="Articles per spaCy batch.")
@click.option("--model", help="spaCy model package.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench(data: str, limit: int | None, batch_size: int | None, model: str | None, as_json: bool) -> None:
    """Time the bare spaCy parse and the whole pipeline on the same articles; print words/s and memory."""
    from facta.bench import format_bench, read_texts, run_bench
    from facta.pipeline import load_pipeline

    try:
        items = read_texts(data, limit)
        pipeline = load_pipeline(model=model)
        result = run_bench(pipeline, items, batch_size)
    except FactaError as err:
        fail(err)
        return
    click.echo(json.dumps(result.to_dict()) if as_json else format_bench(result))
