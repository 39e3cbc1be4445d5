"""`facta eval places`: geoparsing on GeoWebNews, TR-News, LGL, GeoVirus (logic: facta.evaluate.places)."""

from __future__ import annotations

import json

import click

from facta.cli.main import fail
from facta.errors import FactaError


@click.command("places")
@click.option("--data", required=True, help="Folder with the geoparsing_gritta XML files.")
@click.option("--set", "set_name", type=click.Choice(["gwn", "trnews", "lgl", "geovirus"]), required=True)
@click.option("--split", type=click.Choice(["dev", "test"]), default="test", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--limit", type=int, help="Score only the first N articles of the split.")
@click.option("--model", help="spaCy model package (default: the `model` setting).")
@click.option(
    "--cache-dir", help="Where the gazetteer index lives (default: FACTA_CACHE_DIR or ~/.cache/facta)."
)
def command(
    data: str,
    set_name: str,
    split: str,
    as_json: bool,
    limit: int | None,
    model: str | None,
    cache_dir: str | None,
) -> None:
    """Toponym recall/precision, exact GeoNames match, country accuracy, accuracy@161 km, mean error."""
    from facta.evaluate.places import evaluate, format_places_report
    from facta.geo.gazetteer import open_gazetteer
    from facta.geo.parser import Geoparser
    from facta.nlp.loader import load_nlp
    from facta.settings import load_settings

    try:
        settings = load_settings(model=model, cache_dir=cache_dir)
        nlp = load_nlp(settings.model)
        geoparser = Geoparser(open_gazetteer(settings.cache_dir or None))
        report = evaluate(data, set_name, split, nlp=nlp, geoparser=geoparser, limit=limit)
    except FactaError as err:
        fail(err)
        return
    click.echo(json.dumps(report, indent=2) if as_json else format_places_report(report))
