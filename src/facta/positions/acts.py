"""Acts that take a position: what an actor is reported to have done about a topic in the article's
own voice ("Commander X signed the peace accord", "N'Guessan pulled out of the runoff"). Signing an
accord it denounced, or pulling out of a race it said it would contest, goes back on the actor's
stated position as much as saying so would; such an act is kept as a statement whose cue is the act's
verb (extractor ``stances.acts.v1``) so that positions and flags treat it like one.

An act is a main-clause verb (the sentence's root or a verb coordinated with it) in the past or
present (no modal, not negated, not conditional), outside every statement found, whose subject is a
named actor, and which itself states a position on a topic in its predicate (the same rules as a
statement's content, :func:`facta.quotes.stance.classify`)."""

from __future__ import annotations

from typing import Any

from facta.model import Statement
from facta.positions.identity import generic
from facta.quotes.stance import (
    NEGATIVE,
    OPPOSITE,
    POSITIVE,
    Position,
    StanceLexicon,
    classify,
    find_topics,
    negated,
)
from facta.quotes.syntax import referent, subject
from facta.state import DocState

EXTRACTOR = "stances.acts.v1"
MODALS = frozenset(
    {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll", "wo", "ca"}
)
ACT_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# clauses of a sentence that are not part of the act's predicate
OTHER_CLAUSES = frozenset({"advcl", "conj", "ccomp", "parataxis", "relcl", "cc", "punct"})
ACTOR_KINDS = frozenset({"person", "organization", "group", "country"})


def find_acts(state: DocState, lexicon: StanceLexicon, taken: set[int]) -> list[Statement]:
    """The acts of the article that take a position, as statements (ids after the existing ones);
    ``taken`` holds the tokens of the statements already found."""
    doc = state.doc
    out: list[Statement] = []
    first_id = len(state.statements) + 1
    # only a verb that can state a position itself: a position word, or the first word of a topic
    # term that states one by leaving ("pulled out of the runoff")
    openers = {words[0] for words in lexicon.terms}
    for verb in doc:
        if verb.dep_ not in {"ROOT", "conj"} or verb.i in taken:
            continue
        lemma = verb.lemma_.lower()
        stating = (
            lemma in lexicon.lemmas
            or lemma in lexicon.frame_index
            or (lexicon.polarity is not None and lexicon.polarity.word_class(verb) is not None)
        )
        if not stating and verb.text.lower() not in openers:
            continue
        if not _act_verb(verb):
            continue
        subj = subject(verb)
        if subj is None:
            continue
        head = referent(subj)
        actor = (
            state.actors.at_token(head.i)
            or next(
                (a for i in range(subj.left_edge.i, subj.i + 1) if (a := state.actors.at_token(i))),
                None,
            )
            or _possessor(state, subj)
        )  # the name's head, else a name the actor stage kept shorter ("Faustin Ndayishimiye")
        if actor is None or actor.kind not in ACTOR_KINDS or generic(actor):
            continue
        content = _predicate(verb, subj, taken)
        if not content or taken.intersection(content):
            continue
        stated: Position | None = classify(lexicon, doc, [], content)
        if stated is None or not _takes_position(stated, verb):
            stated = _doing(lexicon, doc, content, verb)
        if stated is not None and stated.topic is not None and stated.topic not in lexicon.topics:
            stated = None  # an act on a thing outside the topic list is no position ("closed the road")
        if stated is None or stated.stance == "demand":
            continue  # a demand is made by saying so, not by an act ("X needs to stop …" is the writer's)
        if (
            stated.topic == "withdrawal"
            and stated.stance != "reject"
            and (actor.kind == "person" or head.pos_ != "PROPN")
        ):
            continue  # people leaving a place travel ("left the UK"); "halted the pullback" is no trip
        position = stated
        cue = state.span(verb.i, _particle_end(verb))
        sentence = state.sentence_index(verb.i)
        left, right = subj.left_edge.i, subj.right_edge.i + 1
        out.append(
            Statement(
                id=f"s{first_id + len(out)}",
                speaker=actor.id,
                content=(state.span(min(content), max(content) + 1),),
                evidence=state.evidence(sentence, cue),
                cue=cue,
                speaker_span=state.span(left, right),
                stance=position.stance,
                topic=position.topic,
                extractor=EXTRACTOR,
            )
        )
    return out


def _act_verb(tok: Any) -> bool:
    """A finite main-clause verb reporting something done: root, or coordinated with the root."""
    if tok.pos_ != "VERB" or tok.tag_ not in ACT_TAGS:
        return False
    if tok.dep_ != "ROOT" and not (tok.dep_ == "conj" and tok.head.dep_ == "ROOT"):
        return False
    if any(c.dep_ == "aux" and c.text.lower() in MODALS for c in tok.children):
        return False
    # a participle without "has/had" is not a finite act, unless the tagger took a past tense with its
    # own subject for one ("X registered on Friday as a candidate")
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
    if (
        tok.tag_ == "VBN"
        and not perfect
        and (
            any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
            or not any(c.dep_ == "nsubj" for c in tok.children)
        )
    ):
        return False
    return not negated(tok) and not any(
        c.dep_ == "advcl" and any(m.text.lower() in {"if", "unless"} for m in c.children)
        for c in tok.children
    )


def _possessor(state: DocState, subj: Any) -> Any:
    """The actor owning a subject named by a common noun ("al-Houthi's movement", "his party")."""
    if subj.pos_ != "NOUN":
        return None
    owners = [c for c in subj.children if c.dep_ == "poss"]
    return state.actors.at_token(owners[0].i) if owners else None


def _predicate(verb: Any, subj: Any, taken: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """The tokens of the verb's own predicate: its subtree without the subject, other clauses and
    adjuncts holding a statement already found ("stepped down, nine days after vowing to fight on")."""
    skip: set[int] = set(range(subj.left_edge.i, subj.right_edge.i + 1))
    for child in verb.children:
        adjunct = child.dep_ in {"prep", "advmod", "npadvmod", "advcl"}
        held = adjunct and any(t.i in taken for t in child.subtree)
        if child.dep_ in OTHER_CLAUSES or held:
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    return [t.i for t in verb.subtree if t.i not in skip and not t.is_punct]


def _doing(lexicon: StanceLexicon, doc: Any, content: list[int], verb: Any) -> Position | None:
    """An act that is itself the topic's action ("registered as a candidate for the election",
    "released the hostages", "resigned") backs the topic; one that is its opposite ("remained in
    his post") goes against it."""
    for topic, first, _last in find_topics(lexicon, [doc[i] for i in content]):
        if first == verb.i:
            if topic.startswith(OPPOSITE):
                return Position("reject", topic[len(OPPOSITE) :], trigger=verb.i)
            if topic != "withdrawal" or not _leaving_topic(lexicon, doc, content):
                return Position("support", topic, trigger=verb.i)
    return None


def _leaving_topic(lexicon: StanceLexicon, doc: Any, content: list[int]) -> bool:
    """Whether the act leaves something that is itself a topic ("withdrew from the talks")."""
    topics = find_topics(lexicon, [doc[i] for i in content])
    return len(topics) > 1


def _takes_position(position: Position, verb: Any) -> bool:
    """Whether the act's verb itself states a position for or against a topic."""
    return (
        position.topic is not None and position.stance in POSITIVE | NEGATIVE and position.trigger == verb.i
    )


def _particle_end(verb: Any) -> int:
    """The end of the verb with its particles ("pulled out")."""
    end: int = verb.i + 1
    for child in verb.children:
        if child.i == end and (
            child.dep_ == "prt" or child.text.lower() in {"out", "off", "down", "back", "up", "away"}
        ):
            end += 1
    return end
