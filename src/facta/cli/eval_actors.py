"""`facta eval actors`: actor country and sector accuracy on the PLOVER gold-standard records."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("actors")
@click.option(
    "--data",
    required=True,
    help="The set's folder: ../shared/data/plover_gsr or ../shared/data/petrarch2_validation.",
)
@click.option(
    "--set", "name", type=click.Choice(["plover_gsr", "petrarch2"]), default="plover_gsr", show_default=True
)
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", default=0, show_default=True, help="Also list this many country errors.")
@click.option("--actor-dictionary", help="User actor dictionary file(s), ':'-separated.")
def command(
    data: str, name: str, split: str, as_json: bool, errors: int, actor_dictionary: str | None
) -> None:
    """Actor country and sector accuracy on the PLOVER gold-standard records.

    For each gold source/target actor, the facta actor whose mention overlaps its text (and, as
    head_*, the actor indexed at the head token of that text) is compared with the gold country
    code and sector. With --set petrarch2, the suite's own dictionaries are loaded and the share of
    records whose expected actor codes all appear as Actor.code is printed. Actors stage only;
    `facta eval events` scores the events.
    """
    from facta.evaluate.actors import evaluate_gsr, evaluate_petrarch, petrarch_dictionary_spec
    from facta.pipeline import load_pipeline

    if name == "petrarch2":
        try:
            spec = actor_dictionary or petrarch_dictionary_spec(data)
            pipeline = load_pipeline(stages="actors", actor_dictionary=spec, language_check=False)
            codes = evaluate_petrarch(data, pipeline)
        except FactaError as err:
            fail(err)
            return
        out = {"set": "petrarch2", **codes.to_dict()}
        if as_json:
            click.echo(json.dumps({**out, "missing": dict(codes.missing.most_common())}, indent=2))
            return
        for key, value in out.items():
            click.echo(f"{key:22} {value}")
        click.echo(f"{'missing codes':22} {', '.join(f'{k}×{v}' for k, v in codes.missing.most_common(12))}")
        return

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
