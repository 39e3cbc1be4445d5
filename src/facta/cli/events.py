"""`facta events` and the filter options it shares with `facta export`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from facta.cli.main import fail
from facta.errors import FactaError


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The canonical-event filters (shared by `events` and `export`)."""
    options = [
        click.option(
            "--db", default=None, help="SQLite file or postgresql:// URL (default: FACTA_DB or facta.db)."
        ),
        click.option("--from", "date_from", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--to", "date_to", help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--actor", help="Part of an actor's name (any report)."),
        click.option("--country", help="ISO 3166 alpha-3 code of the place or of an actor."),
        click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT."),
        click.option("--place", help="Part of a place name."),
        click.option("--text", help="Words that must occur in a reporting article (full-text search)."),
        click.option("--min-sources", type=int, help="Reported by at least this many outlets."),
        click.option("--limit", type=int, help="At most this many events."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_filter(**kw: Any) -> Any:
    from facta.ingest.normalize import parse_date
    from facta.store.base import EventFilter

    return EventFilter(
        date_from=parse_date(kw.get("date_from")),
        date_to=parse_date(kw.get("date_to")),
        actor=kw.get("actor"),
        country=kw.get("country"),
        type=kw.get("event_type"),
        place=kw.get("place"),
        text=kw.get("text"),
        min_sources=kw.get("min_sources"),
        limit=kw.get("limit"),
    )


def _toll(best: int | None, low: int | None, high: int | None) -> str:
    if best is None:
        return ""
    return str(best) if low == high else f"{best} ({low}–{high})"


@click.command("events")
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "json"]),
    help="table, or jsonl: JSON Lines, one event object per line (json is the same JSON Lines, kept for"
    " existing scripts; `jq -s .` makes one array). Default: table on a terminal, jsonl otherwise.",
)
@click.option("--rebuild", is_flag=True, help="Recompute near-duplicates and canonical events first.")
def events(fmt: str | None, rebuild: bool, **kw: Any) -> None:
    """Canonical events in the store: one row per real-world event, however many outlets report it.

    The JSON output is JSON Lines (one event object per line, the same objects as `facta export
    --format jsonl`), so it streams: read it line by line, or with pandas.read_json(..., lines=True)."""
    from facta.cli.render import table
    from facta.export.common import event_dict
    from facta.settings import load_settings
    from facta.store import open_store

    try:
        with open_store(kw.pop("db") or load_settings().db, must_exist=True) as store:
            if rebuild:
                store.rebuild_events()
            views = store.events(make_filter(**kw))
    except FactaError as err:
        fail(err)
        return
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt in ("jsonl", "json"):
        for view in views:
            click.echo(json.dumps(event_dict(view), ensure_ascii=False))
        return
    rows = []
    for view in views:
        e = view.event
        rows.append(
            [
                e.id,
                e.date,
                e.type,
                e.source.name if e.source else "",
                e.target.name if e.target else "",
                e.place_name or "",
                _toll(e.killed.best, e.killed.low, e.killed.high),
                e.n_sources,
                e.n_mentions,
                e.evidence,
            ]
        )
    headers = ["id", "date", "type", "source", "target", "place", "killed", "sources", "mentions", "evidence"]
    click.echo(table(headers, rows, max_width=40))
    click.echo(f"\n{len(views)} events")
