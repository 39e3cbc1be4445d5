"""`facta eval tolls`: article tolls on facta's own gold passages."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("tolls")
@click.option(
    "--split",
    default="dev",
    show_default=True,
    type=click.Choice(["dev", "test", "all"]),
    help="dev = even lines of the gold file (tune here), test = odd lines (held out), all = both.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="Also print the passages facta gets wrong.")
@click.option("--model", help="spaCy model package (default: the `model` setting).")
def command(split: str, as_json: bool, show_errors: bool, model: str | None) -> None:
    """Score killed/injured/arrested counts against the bundled gold passages (exact match)."""
    from facta.evaluate.tolls import evaluate_tolls, format_tolls_report
    from facta.pipeline import load_pipeline

    try:
        pipeline = load_pipeline(model=model, language_check=False)
        report = evaluate_tolls(pipeline, split)
    except FactaError as err:
        fail(err)
        return
    errors = report.pop("errors")
    if as_json:
        if show_errors:
            report["errors"] = errors
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    click.echo(format_tolls_report(report))
    if show_errors:
        for item in errors:
            click.echo(json.dumps(item, ensure_ascii=False))
