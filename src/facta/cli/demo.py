"""`facta demo`: process the bundled example articles into the store and summarise them."""

from __future__ import annotations

import click

from facta.cli.main import fail
from facta.cli.render import toll_count as _count
from facta.errors import FactaError


@click.command("demo")
@click.option(
    "--db", default=None, help="SQLite file or postgresql:// URL to write (default: FACTA_DB or facta.db)."
)
@click.option("--model", help="spaCy model package.")
def demo(db: str | None, model: str | None) -> None:
    """Extract the bundled example articles into DB and print what was found."""
    from facta.cli.render import table
    from facta.examples import example_inputs
    from facta.pipeline import ItemError, load_pipeline
    from facta.store import open_store

    try:
        pipeline = load_pipeline(model=model)
        db = db or pipeline.settings.db
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
                _count(r.toll.killed, r.toll.killed_low, r.toll.killed_high),
                _count(r.toll.injured, r.toll.injured_low, r.toll.injured_high),
                _count(r.toll.arrested, r.toll.arrested_low, r.toll.arrested_high),
            ]
        )
    click.echo(
        table(
            [
                "article",
                "published",
                "actors",
                "places",
                "events",
                "types",
                "statements",
                "killed",
                "injured",
                "arrested",
            ],
            rows,
            max_width=40,
        )
    )
    click.echo(f"\n{len(records)} articles processed into {db} ({n_articles} articles stored).")
