"""`facta eval positions`: reversal and walk-back detection on our position gold set."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError
from facta.evaluate.positions import PARTS


@click.command("positions")
@click.option(
    "--part",
    type=click.Choice(PARTS),
    default="tune",
    show_default=True,
    help=(
        "Which part of the gold set to score. Each heldout part was written before the rules it"
        " measures and scored once unseen: heldout13 F1 0.286 (after round 8), heldout14 F1 0.316"
        " (after round 9, the newest); all parts are tuning data after their first score."
    ),
)
@click.option("--model", help="spaCy model package.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def command(part: str, model: str | None, as_json: bool) -> None:
    """Score reversal/walk-back flags (P/R/F1) on the bundled gold article sets."""
    from facta.evaluate.positions import evaluate, format_positions_report, load_gold
    from facta.pipeline import load_pipeline

    try:
        cases = [c for c in load_gold() if part == "all" or c.part == part]
        report = evaluate(cases, load_pipeline(model=model, language_check=False))
    except FactaError as err:
        fail(err)
        return
    report["part"] = part
    click.echo(json.dumps(report, indent=2) if as_json else format_positions_report(report))
