"""`facta eval quotes`: attributed statements (speaker, cue, content) against PolNeAR."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError

SETS = ("polnear",)


@click.command("quotes")
@click.option("--data", "data", required=True, help="The PolNeAR folder (with train/dev/test).")
@click.option("--set", "set_name", default="polnear", show_default=True, help="Evaluation set.")
@click.option("--split", type=click.Choice(["train", "dev", "test"]), default="dev", show_default=True)
@click.option("--dump", type=click.Path(dir_okay=False), help="Write predictions, one JSON line per article.")
@click.option(
    "--pred",
    type=click.Path(exists=True, dir_okay=False),
    help="Score a prediction file (same format as --dump) instead of running facta.",
)
@click.option("--limit", type=int, help="Only the first N articles (quick checks).")
@click.option("--model", help="spaCy model package.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def command(
    data: str,
    set_name: str,
    split: str,
    dump: str | None,
    pred: str | None,
    limit: int | None,
    model: str | None,
    as_json: bool,
) -> None:
    """Score statements: speaker/cue/content, exact and overlap, all and direct quotes (issue 5 rules)."""
    from facta.evaluate.quotes import (
        dump_predictor,
        evaluate,
        facta_predictor,
        format_quotes_report,
        load_polnear,
    )

    try:
        if set_name not in SETS:
            raise FactaError("F602", name=set_name, known=", ".join(SETS))
        articles = load_polnear(data, split)
        if limit:
            articles = articles[:limit]
        predictor = dump_predictor(pred) if pred else facta_predictor(model)
        report = evaluate(articles, predictor, dump)
    except FactaError as err:
        fail(err)
        return
    report["set"], report["split"] = set_name, split
    click.echo(json.dumps(report, indent=2) if as_json else format_quotes_report(report))
