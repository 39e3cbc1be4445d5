"""`facta eval dates`: TempEval-3 time-expression recognition and value normalisation."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("dates")
@click.option("--data", required=True, help="The tempeval3 folder (holds TBAQ-cleaned/ and te3-platinum/).")
@click.option("--set", "set_name", default="tempeval3", show_default=True, type=click.Choice(["tempeval3"]))
@click.option(
    "--split",
    default="test",
    show_default=True,
    type=click.Choice(["dev", "test"]),
    help="dev = TBAQ-cleaned (tune here), test = te3-platinum.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", "show_errors", type=int, default=0, help="Also print this many errors.")
@click.option("--entities", is_flag=True, help="Also keep spaCy DATE/TIME entities no pattern covers.")
@click.option("--no-parse", is_flag=True, help="Pattern matching only (no spaCy parse: no tense).")
@click.option("--model", help="spaCy model package (default: the `model` setting).")
def command(
    data: str,
    set_name: str,
    split: str,
    as_json: bool,
    show_errors: int,
    entities: bool,
    no_parse: bool,
    model: str | None,
) -> None:
    """Score time-expression spans and normalised TIMEX3 values against TempEval-3."""
    from facta.evaluate.dates import evaluate_dates, format_dates_report
    from facta.nlp.loader import load_nlp
    from facta.settings import load_settings

    try:
        nlp = None if no_parse else load_nlp(model or load_settings().model)
        report = evaluate_dates(data, split, nlp, entities=entities)
    except FactaError as err:
        fail(err)
        return
    errors = report.pop("errors")
    if as_json:
        if show_errors:
            report["errors"] = errors[:show_errors]
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(format_dates_report(report))
    for item in errors[:show_errors]:
        click.echo(json.dumps(item, ensure_ascii=False))
