"""`facta positions`: an actor's dated positions by topic, from the store, with reversals flagged."""

from __future__ import annotations

import json
from collections.abc import Sequence

import click

from facta.cli.main import fail
from facta.errors import FactaError
from facta.positions.model import Flag, Position


@click.command("positions")
@click.option("--actor", required=True, help="Actor or organisation name (whole words, or an acronym).")
@click.option("--topic", help='Topic, in any of its names ("truce", "cease-fire" → ceasefire).')
@click.option("--db", default=None, help="SQLite file or postgresql:// URL (default: FACTA_DB or facta.db).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def positions(actor: str, topic: str | None, db: str | None, fmt: str) -> None:
    """Print ACTOR's positions over time (per topic) and the reversals and walk-backs among them."""
    from facta.positions import detect_flags, flags_for, positions_from_records, select
    from facta.quotes.stance import load_stance_lexicon
    from facta.settings import load_settings
    from facta.store import open_store

    try:
        wanted = None
        if topic:
            lex = load_stance_lexicon()
            wanted = lex.topic_of(topic)
            if wanted is None:
                raise FactaError("F306", topic=topic, known=", ".join(sorted(lex.topics)))
        with open_store(db or load_settings().db, must_exist=True) as store:
            everything = positions_from_records(store.records())
    except FactaError as err:
        fail(err)
        return
    chosen = select(everything, actor, wanted)
    flags = flags_for(detect_flags(everything), chosen)
    if fmt == "json":
        out = {
            "actor": actor,
            "topic": wanted,
            "positions": [p.to_dict() for p in chosen],
            "flags": [f.to_dict() for f in flags],
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if not chosen:
        click.echo(_nothing_found(actor, topic, wanted, select(everything, actor, None)))
        return
    click.echo(render_table(chosen, flags))


def _nothing_found(actor: str, topic: str | None, wanted: str | None, any_topic: Sequence[Position]) -> str:
    """Say what was looked for and, when the actor has positions on other topics, which ones."""
    if not topic:
        return f"No positions found for {actor!r}."
    asked = topic if topic == wanted else f"{topic} ({wanted})"
    line = f"No positions found for {actor!r} on {asked}."
    topics = sorted({p.topic for p in any_topic})
    if topics:
        line += f" Its positions are on: {', '.join(topics)}."
    return line


def render_table(chosen: Sequence[Position], flags: Sequence[Flag]) -> str:
    """Positions as a table, oldest first, with flagged positions marked and explained below."""
    if not chosen:
        return "No positions found."
    marks = {(f.after.article_id, f.after.statement_id): f for f in flags}
    lines = []
    for p in chosen:
        who = p.actor_name + (f" ({p.role})" if p.role else "")
        if p.group_name and p.group_key != p.actor_key:
            who += f", {p.group_name}"
        if p.speaker:
            who += f" (said by {p.speaker})"
        flag = marks.get((p.article_id, p.statement_id))
        said = p.content if len(p.content) <= 90 else p.content[:87] + "..."
        lines.append(f"{p.date or '????-??-??'}  {p.topic:<18} {p.stance:<8} {who}")
        lines.append(f"{'':12}{said}" + (f"   <-- {flag.kind.upper()}" if flag else ""))
    for f in marks.values():
        member = " (another member of the organisation)" if f.other_member else ""
        lines.append("")
        lines.append(
            f"{f.kind}: {f.who} on {f.topic}: {f.before.stance} ({f.before.date}, {f.before.actor_name})"
            f" -> {f.after.stance} ({f.after.date}, {f.after.actor_name}){member}"
        )
    return "\n".join(lines)
