"""`facta eval acled`: the ACLED incident reading on real news (SATP summaries, India police sentences)."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("acled")
@click.option("--data", "data", required=True, type=click.Path(), help="Folder of the evaluation set.")
@click.option("--set", "set_name", required=True, type=click.Choice(["satp", "india_police"]))
@click.option(
    "--split",
    default=None,
    type=click.Choice(["train", "dev", "train+dev", "test", "all"]),
    help="satp: train, dev, train+dev (default) or test; india_police: all (default; all of it is test).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option("--errors", default=0, show_default=True, help="Also list this many missed records.")
def command(data: str, set_name: str, split: str | None, as_json: bool, errors: int) -> None:
    """Map the ACLED sub-type of each text's incident onto a real-news set's labels (see docs/events.md)."""
    from facta.evaluate.acled_sets import evaluate_acled_set, format_acled_set

    split = split or ("train+dev" if set_name == "satp" else "all")
    try:
        result = evaluate_acled_set(data, set_name, split, errors=errors)
    except FactaError as err:
        fail(err)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_acled_set(result))
