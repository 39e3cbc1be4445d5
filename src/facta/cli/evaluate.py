"""`facta eval`: score facta against labelled data (each set in its own module)."""

from __future__ import annotations

import click

from facta.cli.main import LazyGroup

# name -> "module:command"; each evaluation adds itself here.
EVAL_COMMANDS: dict[str, str] = {
    "actors": "facta.cli.eval_actors:command",
    "events": "facta.cli.eval_events:command",
    "acled": "facta.cli.eval_acled:command",
    "places": "facta.cli.eval_places:command",
    "dates": "facta.cli.eval_dates:command",
    "tolls": "facta.cli.eval_tolls:command",
    "quotes": "facta.cli.eval_quotes:command",
    "positions": "facta.cli.eval_positions:command",
}


@click.group("eval", cls=LazyGroup, lazy=EVAL_COMMANDS)
def eval_group() -> None:
    """Measure facta on labelled data kept outside the project (see docs/evaluation.md)."""
