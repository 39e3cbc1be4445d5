"""Dated positions and the reversals found among them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

FlagKind = Literal["reversal", "walk-back"]


@dataclass(frozen=True, slots=True)
class Position:
    """One stated position: who (actor and organisation), on what, which stance, when, where read."""

    date: str | None  # when the statement was made (its own time expression, else publication)
    article_id: str
    statement_id: str
    order: int  # position of the statement in its article
    actor_key: str
    actor_name: str
    topic: str
    stance: str
    role: str | None = None
    group_key: str | None = None
    group_name: str | None = None
    cue: str | None = None
    content: str = ""
    sentence: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None  # publication date of the article it was read in
    speaker: str | None = None  # who said it, when they relayed an organisation's position
    speaker_key: str | None = None

    @property
    def sort_key(self) -> tuple[str, str, str, int]:
        return (self.date or "", self.published or "", self.article_id, self.order)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Flag:
    """A later position that goes back on an earlier one on the same topic."""

    kind: FlagKind  # reversal: offer/support/demand <-> reject; walk-back: then retract/qualify
    topic: str
    scope: Literal["actor", "organisation"]
    who: str  # the actor's or the organisation's name
    before: Position
    after: Position

    @property
    def other_member(self) -> bool:
        """Whether a different member of the organisation went back on the position."""
        return self.before.actor_key != self.after.actor_key

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "topic": self.topic,
            "scope": self.scope,
            "who": self.who,
            "other_member": self.other_member,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }
