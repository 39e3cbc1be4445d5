"""Actor extraction and resolution (the ``actors.rules.v1`` stage).

Public API:

* :func:`make_stage` — the registered stage factory;
* :func:`actors_at` — every actor a token stands for (a compound phrase such as "Hungarian and
  Romanian officials" stands for two), where ``state.actors.at_token`` returns only the first;
* :func:`compound_members` — the other members of the compound actor an event argument found at a
  token ("Pakistani and Afghan officials agreed": both are the source);
* :func:`country_at` — the country a token stands for: its actor's, else (for a place named as an
  event's recipient, "shelled Juba") the place's, which the places stage resolves;
* :func:`participant_country` — the country of people a later stage names as a participant where no
  actor is ("police detained 40 people": the sentence's context country);
* :func:`load_lexicon`, :func:`load_dictionaries` — the built-in lexicons and user dictionaries.
"""

from __future__ import annotations

from typing import Any

from facta.actors.dictionaries import DictionarySet, load_dictionaries
from facta.actors.finalize import GROUPS_KEY
from facta.actors.lexicon import ActorLexicon, load_lexicon
from facta.actors.mentions import participant_country
from facta.actors.stage import ActorStage, make_stage
from facta.model import Actor

__all__ = [
    "ActorLexicon",
    "ActorStage",
    "DictionarySet",
    "actors_at",
    "compound_members",
    "country_at",
    "load_dictionaries",
    "load_lexicon",
    "make_stage",
    "participant_country",
]


def actors_at(state: Any, i: int) -> list[Actor]:
    """All actors token ``i`` refers to: the members of a compound actor, else the indexed actor."""
    groups: dict[int, tuple[str, ...]] = state.doc.user_data.get(GROUPS_KEY, {})
    ids = groups.get(i)
    if ids:
        return [state.actors.get(a) for a in ids if a in state.actors]
    actor = state.actors.at_token(i)
    return [actor] if actor is not None else []


def compound_members(state: Any, i: int, actor_id: str) -> list[str]:
    """Ids of the other members of the compound phrase at token ``i`` that ``actor_id`` belongs to
    ("Hungarian and Romanian officials", "the leaders of Kenya, Uganda and Tanzania") of the same kind
    and sector; empty when the token is no compound's or ``actor_id`` is not one of its members ("a
    U.N. military presence" names the UN and a military, not one compound actor)."""
    groups: dict[int, tuple[str, ...]] = state.doc.user_data.get(GROUPS_KEY, {})
    ids = groups.get(i, ())
    if actor_id not in ids:
        return []
    found = state.actors.get(actor_id)
    return [
        a
        for a in ids
        if a != actor_id
        and a in state.actors
        and (state.actors.get(a).kind, state.actors.get(a).sector) == (found.kind, found.sector)
    ]


def country_at(state: Any, i: int) -> str | None:
    """The country token ``i`` stands for: the country of its actor, else of the place there."""
    actor = state.actors.at_token(i)
    if actor is not None and actor.country:
        return str(actor.country)
    place = state.places.at_token(i) if getattr(state, "places", None) is not None else None
    return str(place.country) if place is not None and place.country else None
