"""`facta ingest`: read sources (files, directories, WARC, feeds, URLs) into the store."""

from __future__ import annotations

import sys

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=None, help="SQLite file or postgresql:// URL (default: FACTA_DB or facta.db).")
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=COLUMN",
    help="JSON/CSV column holding an article field (text, title, url, published, outlet, author).",
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles whose source has none.")
@click.option("--title", help="Title for articles whose source has none.")
@click.option("--url", help="URL for articles whose source has none.")
@click.option("--outlet", help="Publisher name for articles whose source has none.")
@click.option("--author", help="Author for articles whose source has none.")
@click.option("--first-line-title", is_flag=True, help="In .txt files, the first line is the title.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of text, JSON and CSV files.")
@click.option(
    "--allow-private", is_flag=True, help="Allow fetching from private, loopback and local addresses."
)
@click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for each HTTP request.")
@click.option("--max-bytes", default=10_000_000, show_default=True, help="Largest page fetched, in bytes.")
@click.option("--batch-size", type=int, help="Articles per batch (one transaction each; default 32).")
@click.option("--model", help="spaCy model package.")
@click.option("--no-language-check", is_flag=True, help="Process text even if it does not look English.")
@click.option("--max-chars", type=int, help="Longest article accepted, in characters (default: 1000000).")
@click.option("--quiet", is_flag=True, help="No progress bar and no per-item failure lines.")
def ingest(
    sources: tuple[str, ...],
    db: str | None,
    fields: tuple[str, ...],
    published: str | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    author: str | None,
    first_line_title: bool,
    encoding: str,
    allow_private: bool,
    timeout: float,
    max_bytes: int,
    batch_size: int | None,
    model: str | None,
    no_language_check: bool,
    max_chars: int | None,
    quiet: bool,
) -> None:
    """Read SOURCES into the store: files or directories of .txt/.html/.json/.jsonl/.csv, WARC files,
    RSS/Atom feeds and http(s) URLs. Articles already stored are skipped before any processing.

    \b
    Exit status: 0 when every item was stored or skipped as a duplicate; 1 when some
    items failed (each has an error line; the others are stored); 2 when the command
    could not run (bad option, unreadable store); 130 when interrupted."""
    from facta.ingest.core import IngestSummary, ItemFailure
    from facta.ingest.core import ingest as run_ingest
    from facta.ingest.fetch import Fetcher
    from facta.ingest.normalize import parse_date
    from facta.ingest.sources import SourceOptions, parse_field_map, read_sources
    from facta.pipeline import load_pipeline
    from facta.store import open_store

    show_progress = sys.stderr.isatty() and not quiet

    def on_failure(failure: ItemFailure) -> None:
        if not quiet:
            hint = f" {failure.hint}" if failure.hint else ""
            click.echo(f"failed {failure.label}: [{failure.code}] {failure.message}{hint}", err=True)

    last: list[IngestSummary] = []

    def on_progress(summary: IngestSummary) -> None:
        last[:] = [summary]
        if show_progress:
            click.echo(
                f"\r{summary.ingested} ingested · {summary.rate:.1f} articles/s · "
                f"{summary.duplicates} duplicate · {summary.n_failed} failed",
                nl=False,
                err=True,
            )

    try:
        options = SourceOptions(
            fields=parse_field_map(fields),
            published=parse_date(published),
            title=title,
            url=url,
            outlet=outlet,
            author=author,
            encoding=encoding,
            first_line_title=first_line_title,
        )
        pipeline = load_pipeline(
            model=model,
            batch_size=batch_size,
            language_check=False if no_language_check else None,
            max_chars=max_chars,
        )
        with (
            open_store(db or pipeline.settings.db) as store,
            Fetcher(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes) as fetcher,
        ):
            summary = run_ingest(
                read_sources(sources, options, fetcher),
                store,
                pipeline,
                batch_size=pipeline.settings.batch_size,
                on_failure=on_failure,
                on_progress=on_progress,
            )
    except FactaError as err:
        fail(err)
        return
    except KeyboardInterrupt:
        done = last[0].ingested if last else 0
        click.echo(
            f"\ninterrupted: the {done} articles of the finished batches are stored; run the same"
            " command again to finish (stored articles are skipped).",
            err=True,
        )
        sys.exit(130)
    if show_progress:
        click.echo("", err=True)
    if summary.n_failed:
        click.echo(f"{summary.line()}; exit status 1: {summary.n_failed} failed, the others are stored")
        sys.exit(1)
    click.echo(summary.line())
