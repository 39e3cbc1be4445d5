"""The per-article working state that pipeline stages read and extend.

Stages add records through the tables here; :meth:`DocState.freeze` turns the state into the
immutable :class:`~facta.model.Record`. Token-level indexes (which actor, place or time expression
covers token *i*) let later stages link what earlier ones found without re-reading the text.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from facta.model import Actor, Article, Event, Evidence, Incident, Place, Record, Span, Statement, Toll, When


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in the text and its resolution against the publication date."""

    span: Span
    when: When
    token_start: int
    token_end: int  # exclusive
    type: str = "DATE"  # TimeML type: DATE, TIME, DURATION, SET (durations and sets are not dates)
    value: str | None = None  # TimeML value ("2024-03-12", "2024-W10", "P3W"), None if unresolved


class _Table:
    """Records with stable ids (prefix + counter), their mentions, and a token → id index."""

    prefix = "x"

    def __init__(self) -> None:
        self._items: dict[str, Any] = {}
        self._tokens: dict[int, str] = {}

    def _new_id(self) -> str:
        return f"{self.prefix}{len(self._items) + 1}"

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def ids(self) -> list[str]:
        return list(self._items)

    def index_tokens(self, item_id: str, token_start: int, token_end: int) -> None:
        for i in range(token_start, token_end):
            self._tokens[i] = item_id

    def id_at_token(self, i: int) -> str | None:
        return self._tokens.get(i)

    def token_index(self) -> dict[int, str]:
        return dict(self._tokens)

    def update(self, item_id: str, **changes: Any) -> None:
        self._items[item_id] = dataclasses.replace(self._items[item_id], **changes)

    def add_mention(
        self, item_id: str, mention: Span, token_start: int | None = None, token_end: int | None = None
    ) -> None:
        item = self._items[item_id]
        if all((m.start, m.end) != (mention.start, mention.end) for m in item.mentions):
            mentions = tuple(sorted((*item.mentions, mention), key=lambda m: (m.start, m.end)))
            self._items[item_id] = dataclasses.replace(item, mentions=mentions)
        if token_start is not None and token_end is not None:
            self.index_tokens(item_id, token_start, token_end)

    def merge(self, keep: str, drop: str) -> None:
        """Fold ``drop`` into ``keep``: mentions move over, token index entries are repointed."""
        if keep == drop:
            return
        dropped = self._items.pop(drop)
        for m in dropped.mentions:
            self.add_mention(keep, m)
        for i, owner in list(self._tokens.items()):
            if owner == drop:
                self._tokens[i] = keep


class ActorTable(_Table):
    prefix = "a"

    def add(self, actor: Actor | None = None, **fields: Any) -> str:
        """Add an actor (its ``id`` is assigned here) and return the new id."""
        new_id = self._new_id()
        while new_id in self._items:
            new_id = f"{new_id}_"
        base = actor if actor is not None else Actor(id=new_id, **fields)
        self._items[new_id] = dataclasses.replace(base, id=new_id)
        return new_id

    def get(self, actor_id: str) -> Actor:
        item: Actor = self._items[actor_id]
        return item

    def at_token(self, i: int) -> Actor | None:
        actor_id = self._tokens.get(i)
        return self._items.get(actor_id) if actor_id else None

    def __iter__(self) -> Iterator[Actor]:
        return iter(list(self._items.values()))

    def merge(self, keep: str, drop: str) -> None:
        super().merge(keep, drop)
        for other in list(self._items.values()):
            if other.affiliation == drop:
                self.update(other.id, affiliation=keep)


class PlaceTable(_Table):
    prefix = "p"

    def add(self, place: Place | None = None, **fields: Any) -> str:
        new_id = self._new_id()
        while new_id in self._items:
            new_id = f"{new_id}_"
        base = place if place is not None else Place(id=new_id, **fields)
        self._items[new_id] = dataclasses.replace(base, id=new_id)
        return new_id

    def get(self, place_id: str) -> Place:
        item: Place = self._items[place_id]
        return item

    def at_token(self, i: int) -> Place | None:
        place_id = self._tokens.get(i)
        return self._items.get(place_id) if place_id else None

    def __iter__(self) -> Iterator[Place]:
        return iter(list(self._items.values()))


@dataclass
class DocState:
    """What a pipeline knows about one article while its stages run."""

    article: Article
    doc: Any  # spacy.tokens.Doc
    actors: ActorTable = field(default_factory=ActorTable)
    places: PlaceTable = field(default_factory=PlaceTable)
    times: list[TimeExpr] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    toll: Toll = field(default_factory=Toll)
    warnings: list[str] = field(default_factory=list)
    incident: Incident | None = None  # the text's incident as ACLED codes it (events stage)
    context_country: dict[int, str] = field(default_factory=dict)  # sentence -> country of its generic actors
    assigned: set[str] = field(default_factory=lambda: {"article", "doc"})
    _sent_starts: list[int] = field(default_factory=list)  # token index where each sentence starts

    def __post_init__(self) -> None:
        self._sent_starts = [s.start for s in self.doc.sents] if len(self.doc) else []

    # -- sentences -------------------------------------------------------------------------------
    @property
    def n_sentences(self) -> int:
        return len(self._sent_starts)

    def sentence_index(self, token_i: int) -> int:
        return max(0, bisect_right(self._sent_starts, token_i) - 1)

    def sentences(self) -> list[Any]:
        return list(self.doc.sents)

    def sentence(self, index: int) -> Any:
        start = self._sent_starts[index]
        end = self._sent_starts[index + 1] if index + 1 < len(self._sent_starts) else len(self.doc)
        return self.doc[start:end]

    # -- spans -----------------------------------------------------------------------------------
    def span(self, token_start: int, token_end: int) -> Span:
        """The character span of tokens [token_start, token_end), with its sentence index."""
        first = self.doc[token_start]
        last = self.doc[token_end - 1]
        start, end = first.idx, last.idx + len(last.text)
        return Span(start, end, self.article.text[start:end], self.sentence_index(token_start))

    def char_span(self, start: int, end: int, sentence: int | None = None) -> Span:
        return Span(start, end, self.article.text[start:end], sentence)

    def evidence(self, sentence_index: int, trigger: Span | None = None) -> Evidence:
        sent = self.sentence(sentence_index)
        start = sent.start_char
        end = sent.end_char
        return Evidence(sentence_index, start, end, self.article.text[start:end], trigger)

    def time_at_token(self, i: int) -> TimeExpr | None:
        return next((t for t in self.times if t.token_start <= i < t.token_end), None)

    # -- output ----------------------------------------------------------------------------------
    def freeze(self, pipeline: tuple[str, ...] = ()) -> Record:
        article = dataclasses.replace(self.article, n_sentences=self.n_sentences)
        return Record(
            article=article,
            actors=tuple(self.actors),
            places=tuple(self.places),
            events=tuple(self.events),
            statements=tuple(self.statements),
            toll=self.toll,
            warnings=tuple(self.warnings),
            pipeline=pipeline,
            incident=self.incident,
        )
