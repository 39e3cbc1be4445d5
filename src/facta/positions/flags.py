"""Reversals and walk-backs among dated positions, and the selection of positions by actor and
topic: the flag logic of :mod:`facta.positions` (positions are built in :mod:`.timeline`)."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from facta.positions.identity import acronym, normalize_name, person_key
from facta.positions.model import Flag, FlagKind, Position

POSITIVE = frozenset({"offer", "support", "demand"})
NEGATIVE = frozenset({"reject"})
BACKTRACK = frozenset({"retract", "qualify"})
REVERSE = "reverse"
_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying|ial)\b", re.IGNORECASE)  # a cue that denies


def polarity(stance: str) -> int:
    """+1 for a position for the topic, -1 against it or going back on it, 0 for no position."""
    if stance in POSITIVE:
        return 1
    if stance in NEGATIVE or stance in BACKTRACK:
        return -1
    return 0


def detect_flags(positions: Sequence[Position]) -> list[Flag]:
    """Reversals and walk-backs: a position for a topic followed by one against it or going back on
    it (or the other way round), by the same actor, or else by another member of its organisation."""
    flags: list[Flag] = []
    by_topic: dict[str, list[Position]] = defaultdict(list)
    for p in _retracted_with(resolve_reversals(positions)):
        if polarity(p.stance):
            by_topic[p.topic].append(p)
    for topic, items in by_topic.items():
        items.sort(key=lambda p: p.sort_key)
        for j, after in enumerate(items):
            earlier = items[:j]
            flag = _change(topic, earlier, after, "actor") or _change(topic, earlier, after, "organisation")
            if flag is not None:
                flags.append(flag)
    flags.sort(key=lambda f: f.after.sort_key)
    return flags


def _retracted_with(positions: Sequence[Position]) -> list[Position]:
    """A rejection stated in the same article as a retraction of the same actor's position on the
    topic ("has not agreed to join the dialogue; Monday's statement was issued without approval")
    goes back on the earlier position as part of that retraction: it is read as the retraction; and
    one stated beside a qualification ("commanders will still face trial ... only the rank and file
    will be spared") is the qualification's other half."""
    backtracks: dict[tuple[str, str, str], str] = {}
    for p in positions:
        if p.stance in BACKTRACK:
            key = (p.actor_key, p.article_id, p.topic)
            if backtracks.get(key) != "retract":
                backtracks[key] = p.stance
    return [
        dataclasses.replace(p, stance=backtracks[key])
        if p.stance in NEGATIVE and (key := (p.actor_key, p.article_id, p.topic)) in backtracks
        else p
        for p in positions
    ]


def resolve_reversals(positions: Sequence[Position]) -> list[Position]:
    """A change of mind named as such ("a U-turn on the strike", stance ``reverse``) turns the actor's
    (else its organisation's) last earlier position on the topic round: after support it is a
    rejection, after a rejection support. Without an earlier position it stays without direction."""
    out: list[Position] = []
    for p in sorted(positions, key=lambda q: q.sort_key):
        if p.stance == REVERSE:
            prior = [
                q for q in out if q.topic == p.topic and polarity(q.stance) and q.stance not in BACKTRACK
            ]
            mine = [q for q in prior if q.actor_key == p.actor_key] or [
                q for q in prior if p.group_key is not None and q.group_key == p.group_key
            ]
            if mine:
                p = dataclasses.replace(p, stance="reject" if polarity(mine[-1].stance) > 0 else "support")
        out.append(p)
    return out


def _change(topic: str, earlier: list[Position], after: Position, scope: str) -> Flag | None:
    if scope == "actor":
        mine = [p for p in earlier if p.actor_key == after.actor_key]
        who = after.actor_name
    else:
        if after.group_key is None:
            return None
        # a member's position, or the organisation's own ("the alliance accepts …", then "the
        # alliance's military council said …")
        mine = [p for p in earlier if after.group_key in {p.group_key, p.actor_key}]
        who = after.group_name or after.group_key
    if not mine:
        return None
    last = mine[-1]
    if scope == "actor" and last.article_id == after.article_id and last.date == after.date:
        # one person's two statements of one moment in one article (a statement and its quote) are read
        # as one position, not a change of mind; another member going back on it the same day still is
        return None
    now = polarity(after.stance)
    # taking back a rejection ("my remarks against the sanctions were a mistake") goes back on it too
    # but a denial denies having taken a position for it ("denying that the group had accepted a
    # withdrawal"), which restates a rejection rather than taking it back
    unsaying = after.stance == "retract" and last.stance in NEGATIVE and not _DENIAL.search(after.cue or "")
    if polarity(last.stance) == now and not unsaying:
        return None
    if last.stance in BACKTRACK or (now < 0 and last.stance in NEGATIVE and not unsaying):
        return None
    kind: FlagKind = "walk-back" if after.stance in BACKTRACK else "reversal"
    if scope == "organisation" and last.actor_key == after.actor_key:
        return None  # already judged at actor scope
    return Flag(kind, topic, "actor" if scope == "actor" else "organisation", who, last, after)


def matches_actor(position: Position, query: str) -> bool:
    """Whether ``query`` names the position's actor or organisation, or the person who relayed it
    (whole words, or an acronym)."""
    q = normalize_name(query)
    qp = person_key(query)
    if not q:
        return False
    for key in (position.actor_key, position.group_key or "", position.speaker_key or ""):
        if not key:
            continue
        padded = f" {key} "
        if f" {q} " in padded or f" {qp} " in padded or acronym(key) == q.replace(" ", ""):
            return True
    return False


def select(
    positions: Sequence[Position], actor: str | None = None, topic: str | None = None
) -> list[Position]:
    return [
        p
        for p in positions
        if (actor is None or matches_actor(p, actor)) and (topic is None or p.topic == topic)
    ]


def flags_for(flags: Sequence[Flag], selected: Sequence[Position]) -> list[Flag]:
    chosen = {(p.article_id, p.statement_id) for p in selected}
    return [f for f in flags if (f.after.article_id, f.after.statement_id) in chosen]
