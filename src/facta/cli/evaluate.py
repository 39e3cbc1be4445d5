"""`facta eval`: score facta against labelled data (each set in its own module)."""

from __future__ import annotations

import click

from facta.cli.main import LazyGroup

# name -> "module:command"; each evaluation adds itself here.
EVAL_COMMANDS: dict[str, str] = {}


@click.group("eval", cls=LazyGroup, lazy=EVAL_COMMANDS)
def eval_group() -> None:
    """Measure facta on labelled data kept outside the project (see docs/evaluation.md)."""
