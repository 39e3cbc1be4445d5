"""`facta demo`: process the bundled example articles into the store and summarise them."""

from __future__ import annotations

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("demo")
@click.option("--db", default="facta.db", show_default=True, help="SQLite file (or database URL) to write.")
@click.option("--model", help="spaCy model package.")
def demo(db: str, model: str | None) -> None:
    """Extract the bundled example articles into DB and print what was found."""
    from facta.cli.render import table
    from facta.examples import example_inputs
    from facta.pipeline import ItemError, load_pipeline
    from facta.store import open_store

    try:
        pipeline = load_pipeline(model=model)
        records = []
        for outcome in pipeline.pipe(example_inputs()):
            if isinstance(outcome, ItemError):
                click.echo(f"skipped {outcome.label}: [{outcome.code}] {outcome.message}", err=True)
            else:
                records.append(outcome)
        with open_store(db) as store:
            store.save(records)
            n_articles = store.count("articles")
    except FactaError as err:
        fail(err)
        return
    rows = []
    for r in records:
        types = sorted({e.type for e in r.events})
        rows.append(
            [
                r.article.title,
                r.article.published,
                len(r.actors),
                len(r.places),
                len(r.events),
                ", ".join(types),
                len(r.statements),
                r.toll.killed or 0,
            ]
        )
    click.echo(
        table(
            ["article", "published", "actors", "places", "events", "types", "statements", "killed"],
            rows,
            max_width=44,
        )
    )
    click.echo(f"\n{len(records)} articles processed into {db} ({n_articles} articles stored).")
