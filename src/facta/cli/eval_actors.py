"""`facta eval actors`: actor country and sector accuracy on the PLOVER gold-standard records."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("actors")
@click.option(
    "--data", required=True, help="Folder holding PLOVER_GSR_CAMEO.txt (e.g. ../shared/data/plover_gsr)."
)
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", default=0, show_default=True, help="Also list this many country errors.")
@click.option("--actor-dictionary", help="User actor dictionary file(s), ':'-separated.")
def command(data: str, split: str, as_json: bool, errors: int, actor_dictionary: str | None) -> None:
    """For each gold actor, the facta actor whose mention overlaps it: country and sector accuracy."""
    from facta.evaluate.actors import evaluate_gsr
    from facta.pipeline import load_pipeline

    try:
        pipeline = load_pipeline(stages="actors", actor_dictionary=actor_dictionary, language_check=False)
        result = evaluate_gsr(data, split, pipeline, keep_errors=errors)
    except FactaError as err:
        fail(err)
        return
    summary = {"set": "plover_gsr", "split": split, **result.to_dict()}
    if as_json:
        click.echo(json.dumps({**summary, "errors": result.errors}, indent=2))
        return
    for key, value in summary.items():
        click.echo(f"{key:18} {value}")
    if result.confusions:
        top = ", ".join(f"{k}×{v}" for k, v in result.confusions.most_common(12))
        click.echo(f"{'top confusions':18} {top}")
    for e in result.errors:
        click.echo(f"- {e['record']}: gold {e['gold']}  facta {e['facta']}\n    {e['text']}")
