"""A mention of an attack in article 'a' for the dedup tests; keyword arguments replace fields."""

from __future__ import annotations

from dataclasses import replace

from facta.dedup.canonical import Mention


def mention(**kw: object) -> Mention:
    base = Mention(
        article_id="a",
        event_id="e1",
        type="ASSAULT",
        sentence=0,
        evidence="Rebels attacked Kivara.",
        outlet="A",
        published="2024-03-12",
        dup_group="a",
        date="2024-03-12",
        precision="day",
        place_key="g:1",
        place_name="Kivara",
        country="XKV",
        terms=frozenset({"kivara"}),
    )
    return replace(base, **kw)  # type: ignore[arg-type]
