"""Hand-made records for position tests (no pipeline)."""

from __future__ import annotations

from typing import Any

from facta.model import Actor, Article, Evidence, Record, Span, Statement


def record(
    article_id: str,
    published: str,
    actors: list[Actor],
    said: list[tuple[str, str, str, str]],
) -> Record:
    """A record whose statements are (speaker id, stance, topic, what was said)."""
    text = " ".join(s[3] for s in said)
    statements = []
    pos = 0
    for n, (speaker, stance, topic, content) in enumerate(said, start=1):
        span = Span(pos, pos + len(content), content, n - 1)
        statements.append(
            Statement(
                id=f"s{n}",
                speaker=speaker,
                content=(span,),
                evidence=Evidence(n - 1, span.start, span.end, content),
                stance=stance,
                topic=topic,
            )
        )
        pos += len(content) + 1
    article = Article(id=article_id, text=text, published=published, title=article_id)
    return Record(article=article, actors=tuple(actors), statements=tuple(statements))


def person(actor_id: str, name: str, **fields: Any) -> Actor:
    return Actor(id=actor_id, name=name, kind="person", **fields)


def group(actor_id: str, name: str) -> Actor:
    return Actor(id=actor_id, name=name, kind="group")
