"""`facta eval events`: event scores on PLOVER GSR, CASE 2021, PETRARCH2, ConfliBERT, SATP, India police."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("events")
@click.option(
    "--data",
    "data",
    default=None,
    type=click.Path(),
    help="Folder of the evaluation set (not for facta_gold).",
)
@click.option(
    "--set",
    "set_name",
    required=True,
    type=click.Choice(
        [
            "plover_gsr",
            "case2021",
            "petrarch2",
            "conflibert",
            "satp",
            "india_police",
            "ngec_synthetic",
            "facta_gold",
        ]
    ),
    help="Which labelled set the folder holds (facta_gold: our own gold set, bundled).",
)
@click.option(
    "--split",
    default="test",
    type=click.Choice(["dev", "test", "all", "train"]),
    show_default=True,
    help="conflibert: dev = its train files ('train' is accepted too).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option("--errors", default=0, show_default=True, help="Also list this many misclassified records.")
@click.option(
    "--verb-dictionary",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="petrarch2: also code with this PETRARCH verb dictionary (CAMEO codes from its patterns).",
)
@click.option(
    "--gsr",
    default=None,
    type=click.Path(),
    help="conflibert: the plover_gsr folder whose sentences are excluded (default: next to --data).",
)
@click.option(
    "--part",
    default="heldout1",
    type=click.Choice(["heldout1", "heldout2", "heldout3", "heldout4", "heldout5", "all"]),
    show_default=True,
    help=(
        "facta_gold: which part of the bundled event gold set to score (heldout1-3 are tuning"
        " data; heldout4 and heldout5 were scored once unseen, macro F1 0.548 and 0.686, then tuning data)."
    ),
)
def command(
    data: str | None,
    set_name: str,
    split: str,
    as_json: bool,
    errors: int,
    verb_dictionary: str | None,
    gsr: str | None,
    part: str,
) -> None:
    """Score the event coder on a labelled set kept outside the project (see docs/events.md)."""
    from facta.evaluate.events import evaluate_events, format_events_report

    if set_name == "facta_gold":
        from facta.evaluate.events_gold import evaluate_gold, format_gold_report

        try:
            gold = evaluate_gold(part, errors=errors)
        except FactaError as err:
            fail(err)
            return
        click.echo(json.dumps(gold, indent=2) if as_json else format_gold_report(gold))
        return
    if data is None:
        raise click.UsageError(f"--data is required for --set {set_name}")
    try:
        result = evaluate_events(
            data, set_name, split, errors=errors, verb_dictionary=verb_dictionary, gsr=gsr
        )
    except FactaError as err:
        fail(err)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_events_report(result))
