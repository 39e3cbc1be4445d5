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
    """Actor country and sector accuracy on the PLOVER gold-standard records.

    For each gold source/target actor, the facta actor whose mention overlaps its text (and, as
    head_*, the actor indexed at the head token of that text) is compared with the gold country
    code and sector. Actors stage only; `facta eval events` scores the events.
    """
    from facta.evaluate.actors import evaluate_gsr
    from facta.pipeline import load_pipeline

    try:
        pipeline = load_pipeline(stages="actors", actor_dictionary=actor_dictionary, language_check=False)
        results = evaluate_gsr(data, split, pipeline, keep_errors=errors)
    except FactaError as err:
        fail(err)
        return
    summary = {
        "set": "plover_gsr",
        "split": split,
        **results["overlap"].to_dict(),
        "head_country_accuracy": results["head"].to_dict()["country_accuracy"],
        "head_sector_accuracy": results["head"].to_dict()["sector_accuracy"],
    }
    if as_json:
        click.echo(json.dumps({**summary, "errors": results["overlap"].errors}, indent=2))
        return
    for key, value in summary.items():
        click.echo(f"{key:22} {value}")
    confusions = results["overlap"].confusions
    if confusions:
        top = ", ".join(f"{k}×{v}" for k, v in confusions.most_common(12))
        click.echo(f"{'top confusions':22} {top}")
    for e in results["overlap"].errors:
        click.echo(f"- {e['record']}: gold {e['gold']}  facta {e['facta']}")
