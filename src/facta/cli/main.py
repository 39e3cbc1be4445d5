"""The `facta` command line: a thin shell over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from facta.errors import FactaError
from facta.settings import SETTINGS


def fail(err: FactaError) -> None:
    click.echo(f"error [{err.code}]: {err.message}\n  {err.hint}", err=True)
    sys.exit(2)


def read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise FactaError("F501", source=path, reason=exc.strerror or str(exc)) from exc


class LazyGroup(click.Group):
    """A group whose subcommands live in other modules and are imported only when used."""

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            import importlib

            module, _, attr = self.lazy[name].partition(":")
            try:
                loaded = importlib.import_module(module)
            except ModuleNotFoundError as exc:
                if exc.name == module:  # registered but not built yet
                    return None
                raise
            command: click.Command = getattr(loaded, attr)
            return command
        return super().get_command(ctx, name)


# Subcommands defined in their own modules: name -> "module:attribute".
LAZY_COMMANDS: dict[str, str] = {
    "extract": "facta.cli.extract:extract",
    "demo": "facta.cli.demo:demo",
    "eval": "facta.cli.evaluate:eval_group",
    "ingest": "facta.cli.ingest:ingest",
    "events": "facta.cli.events:events",
    "export": "facta.cli.export:export",
    "positions": "facta.cli.positions:positions",
    "bench": "facta.cli.bench:bench",
}


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS)
@click.version_option(package_name="facta")
def cli() -> None:
    """facta: who did what to whom, where, when, with what toll, and who said what — from news text."""


@cli.command("stages")
def stages_command() -> None:
    """List the pipeline stages facta knows."""
    from facta.registry import ALIASES, known_stages

    reverse = {v: k for k, v in ALIASES.items()}
    for name, target in sorted(known_stages().items()):
        click.echo(f"{name:24} {reverse.get(name, ''):12} {target}")


@cli.command("settings")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def settings_command(as_json: bool) -> None:
    """List settings with their defaults (set them as flags or FACTA_<NAME> variables)."""
    if as_json:
        click.echo(json.dumps([{"name": s.name, "default": s.default, "help": s.help} for s in SETTINGS]))
        return
    for s in SETTINGS:
        click.echo(f"{s.name:18} {s.default!s:58} {s.help}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except FactaError as err:
        fail(err)


if __name__ == "__main__":
    main()
