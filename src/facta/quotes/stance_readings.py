"""Second readings of a statement over the rules' first one: the general polarity model where the
rules found a topic but no stance (or an undoing word lies on the way), a position word describing
the object of another verb, and a commitment kept against calls for a topic. Helpers of
:mod:`facta.quotes.stance`."""

from __future__ import annotations

from typing import Any

from facta.quotes.stance_base import (
    BACKTRACK,
    COMMITTING,
    FLIP,
    NEGATIVE,
    POSITIVE,
    REVERSE,
    Position,
    negated,
    oriented,
    trigger_stance,
)
from facta.quotes.stance_lexicon import OPPOSITE, StanceLexicon, find_topics
from facta.quotes.stance_polarity import TURNING, negated_object, open_topic, own_negation, walk


def described_object(lex: StanceLexicon, doc: Any, content_tokens: list[int], position: Position) -> Position:
    """A position word in a relative clause describes the thing another verb acts on ("will not take
    up the ministries the president offered it"): that verb, not the description, states the
    speaker's position on the topic."""
    if position.trigger is None or position.stance not in POSITIVE | NEGATIVE:
        return position
    described = doc[position.trigger]
    noun = described.head
    if described.dep_ != "relcl" or noun.i == described.i or noun.dep_ not in {"dobj", "pobj"}:
        return position
    if not any(c.dep_ == "nsubj" for c in described.children):
        return position  # someone else's word about the thing ("the ministries the president offered")
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if verb.i not in content_tokens or verb.pos_ not in {"VERB", "AUX"}:
        return position
    stance = trigger_stance(lex, verb)
    if stance in POSITIVE | NEGATIVE:
        return Position(oriented(lex, verb, stance), position.topic, position.referring, verb.i)
    if negated(verb):
        return Position("reject", position.topic, position.referring, verb.i)
    if any(c.dep_ == "aux" and c.text.lower() in COMMITTING for c in verb.children):
        return Position("offer", position.topic, position.referring, verb.i)
    return position


DEFYING = frozenset({"despite", "notwithstanding", "spite", "defiance"})  # "in spite of", "in defiance of"
PRESSURE = frozenset({"pressure", "plea", "ultimatum", "petition", "clamour", "clamor"})


def defied(lex: StanceLexicon, doc: Any, content_tokens: list[int]) -> Position | None:
    """A commitment kept against calls for a topic goes against that topic: "will keep the cranes
    moving despite calls for a general stoppage" rejects the strike, "will stay on in defiance of
    demands that he resign" rejects the resignation; only when the rest of the content names no topic
    (else the "despite" clause is a circumstance of the position it takes)."""
    content_ids = set(content_tokens)
    for tok in (doc[i] for i in content_tokens):
        if tok.text.lower() not in DEFYING or tok.head.i not in content_ids:
            continue
        inside = range(tok.left_edge.i, tok.right_edge.i + 1)
        if not any(
            doc[i].pos_ == "NOUN"
            and (doc[i].lemma_.lower() in PRESSURE or lex.lemmas.get(doc[i].lemma_.lower()) == "demand")
            for i in inside
        ) or negated(tok.head):
            continue
        found = find_topics(lex, [doc[i] for i in content_tokens])
        outside = [t for t in found if t[1] not in inside]
        within = [t for t in found if t[1] in inside]
        if outside or not within:
            return None
        topic = within[0][0]
        if topic.startswith(OPPOSITE):  # "despite calls to end the strike" keeps the strike going
            return Position("support", topic[len(OPPOSITE) :], trigger=tok.i)
        return Position("reject", topic, trigger=tok.i)
    return None


def leaning(
    lex: StanceLexicon, doc: Any, cue_tokens: list[int], content_tokens: list[int], position: Position
) -> Position:
    """The general polarity model's reading where the rules found a topic but no stance, or where
    an undoing word lies between the topic and the stance word ("called off the strike", "rejected
    a proposal to postpone the vote")."""
    if lex.polarity is None or position.stance in BACKTRACK | {REVERSE, "accuse", "deny"} or position.aside:
        return position  # (a topic named only to say who is meant: what they do is not the speaker's)
    cue_heads = [doc[i] for i in cue_tokens if doc[i].pos_ in {"VERB", "NOUN", "ADJ"}]
    if position.topic is None:
        if position.referring:
            return position
        # no topic of the list: the thing the statement's predicate acts on ("reopen the market")
        found = open_topic(lex.polarity, doc, set(content_tokens), cue_heads, lex.generic)
        head = found[0].split()[-1] if found is not None else ""
        if found is None or head in lex.topics or (head,) in lex.terms:
            return position  # a word of the list the rules kept out ("condemned the drone strike")
        return Position(found[1].stance, found[0], False, found[1].trigger)
    content = [doc[i] for i in content_tokens]
    topics = [
        t for t in find_topics(lex, content) if t[0].lstrip(OPPOSITE) == position.topic.lstrip(OPPOSITE)
    ]
    if not topics:
        return position
    topic, first, last = topics[0]
    reading = walk(
        lex.polarity,
        doc,
        set(content_tokens),
        first,
        last,
        cue_heads,
        skip=lambda t: t.lemma_.lower() in lex.verb_only and t.pos_ != "VERB",
    )
    if reading is None:
        return position
    if position.stance is None:
        return Position(reading.stance, topic, position.referring, reading.trigger)
    disagree = (reading.sign < 0) != (position.stance in NEGATIVE)
    # the rules' stance word lies off the topic's path ("breaking away was not something we are
    # pursuing and his party wanted wider self-rule"): the words on the path decide
    off_path = (
        position.trigger is not None
        and position.trigger not in reading.path
        and position.trigger not in cue_tokens
        and bool(reading.classes)
    )
    if (
        disagree
        and not any(trigger_stance(lex, t) == "demand" for t in cue_heads)  # "demanded that they reverse it"
        and (TURNING.intersection(reading.classes) or off_path or _negated_commitment(doc, position, reading))
    ):
        return Position(reading.stance, topic, position.referring, reading.trigger)
    return position


def _negated_commitment(doc: Any, position: Position, reading: Any) -> bool:
    """A positive stance the rules read from a word the path shows negated ("will take no part in the
    vote", "will not take up the posts"): the negation on the way to the topic decides."""
    return (
        position.stance not in NEGATIVE
        and reading.sign < 0
        and any(own_negation(doc[i]) or negated_object(doc[i], reading.path) for i in reading.path)
    )


def dismissed_claim(lex: StanceLexicon, doc: Any, content_tokens: list[int], position: Position) -> Position:
    """A position others put about and the speaker calls false is the speaker's opposite position:
    "a report that the group would walk away from the ceasefire was baseless" backs the ceasefire;
    "claims that we have agreed to talks are untrue" rejects them."""
    if position.stance not in POSITIVE | NEGATIVE or position.trigger is None or not lex.dismissals:
        return position
    ids = set(content_tokens)
    at = position.trigger
    for root in (doc[i] for i in content_tokens if doc[i].head.i not in ids or doc[i].head.i == i):
        called = root.lemma_.lower() in lex.dismissals or any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in lex.dismissals for c in root.children
        )
        if not called or negated(root):
            continue
        for subject in root.children:
            if (
                subject.dep_ in {"nsubj", "nsubjpass"}
                and subject.lemma_.lower() in lex.claims
                and subject.i < at <= subject.right_edge.i
            ):
                return Position(FLIP[position.stance], position.topic, position.referring, position.trigger)
    return position
