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

from functools import cache
from typing import Any

from facta.model import Statement
from facta.positions.identity import generic, titles
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
from facta.quotes.stance_polarity import done
from facta.quotes.syntax import referent, subject
from facta.resources import read_data_tsv
from facta.state import DocState

EXTRACTOR = "stances.acts.v1"
AUTHORISERS_FILE = "stances/authorisers.tsv"
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
            or lemma in lexicon.submitting
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
            or members_org(state, subj)[1]
        )  # the name's head, else a name the actor stage kept shorter ("Faustin Ndayishimiye"), else
        # the organisation whose members act ("Candidates of the X Party filed nomination papers")
        unlisted = actor is None and _titled_name(head)
        if not unlisted and (actor is None or actor.kind not in ACTOR_KINDS or generic(actor)):
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
                speaker=actor.id if actor is not None else None,  # a titled name no stage listed
                content=(state.span(min(content), max(content) + 1),),
                evidence=state.evidence(sentence, cue),
                cue=cue,
                speaker_span=state.span(left, right),
                stance=position.stance,
                topic=position.topic,
                extractor=EXTRACTOR,
            )
        )
    return out + find_authorised_acts(state, lexicon, {t for st in out for t in _ids(state, st)}, len(out))


def _ids(state: DocState, st: Statement) -> set[int]:
    """The tokens of a statement's content."""
    out: set[int] = set()
    for span in st.content:
        found = state.doc.char_span(span.start, span.end, alignment_mode="expand")
        if found is not None:
            out.update(t.i for t in found)
    return out


def load_authorisers() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns and verbs by which an act is put down to someone (``stances/authorisers.tsv``)."""
    rows = read_data_tsv(AUTHORISERS_FILE)
    nouns = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "noun")
    verbs = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "verb")
    return nouns, verbs


authorisers = cache(load_authorisers)  # loaded on first use


def find_authorised_acts(
    state: DocState, lexicon: StanceLexicon, acts_found: set[int], done_before: int = 0
) -> list[Statement]:
    """Acts put down to the person or organisation that ordered, announced or approved them, in any
    voice: "a curfew was imposed under an order signed by X", "were sworn in as ministers with the
    blessing of the party's leader", "dockers downed tools at the call of the federation". A done act
    (past, not negated, no modal) whose predicate names a topic backs it unless its words go against
    it ("the curfew was lifted under a decree of X")."""
    nouns, verbs = authorisers()
    # an act a statement reports is still put down to whoever ordered it ("the election has been put off
    # under a decree signed by X, state television reported"); only a statement's own cue is no act
    cues = {st.cue.start for st in state.statements if st.cue is not None}
    used: set[int] = set(acts_found)  # tokens of acts already read
    doc = state.doc
    out: list[Statement] = []
    first_id = len(state.statements) + done_before + 1
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ != "pobj":
            continue
        prep = noun.head
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or verb.idx in cues or verb.i in used:
            continue
        if not done(verb) and not _done_passive(verb):
            continue
        holder = _authoriser(noun, verbs)
        if holder is None:
            continue
        actor = state.actors.at_token(holder.i)
        if actor is None or actor.kind not in ACTOR_KINDS:
            continue
        if generic(actor) and not (actor.kind == "person" and actor.role):
            continue  # "the party's leader" is a person named by the title; "fighters" is no holder
        skip = set(range(prep.left_edge.i, prep.right_edge.i + 1))
        for child in verb.children:
            if child.dep_ in OTHER_CLAUSES - {"conj"} and not _bare_participle(child):
                skip.update(range(child.left_edge.i, child.right_edge.i + 1))
        content = [t.i for t in verb.subtree if t.i not in skip and not t.is_punct]
        if not content or used.intersection(content):
            continue
        stated = classify(lexicon, doc, [], content)
        if stated.topic is None or stated.topic not in lexicon.topics:
            continue
        stance = stated.stance
        if stance is None or stance in {"demand", "offer"}:
            stance = "support"  # the act itself done for the topic ("were sworn in as ministers")
        if stance not in POSITIVE | NEGATIVE:
            continue
        cue = state.span(verb.i, _particle_end(verb))
        out.append(
            Statement(
                id=f"s{first_id + len(out)}",
                speaker=actor.id,
                content=(state.span(min(content), max(content) + 1),),
                evidence=state.evidence(state.sentence_index(verb.i), cue),
                cue=cue,
                speaker_span=state.span(holder.left_edge.i, holder.right_edge.i + 1),
                stance=stance,
                topic=stated.topic,
                extractor=EXTRACTOR,
            )
        )
        used.update(content)
    return out


def _bare_participle(clause: Any) -> bool:
    """A participle clause with no subordinator and no subject of its own: the second half of a
    coordination the parser attached as a clause ("were barred from entering and their money frozen")."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBN"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in clause.children)
    )


def _done_passive(verb: Any) -> bool:
    """A passive in the past with no modal or negation ("was imposed", "were sworn in", "has been
    put off")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and (c.tag_ == "VBD" or c.text.lower() == "been") for c in auxes)
        and not any(c.text.lower() in MODALS for c in auxes)
        and not negated(verb)
    ) or (verb.tag_ == "VBN" and verb.dep_ == "conj" and _done_passive(verb.head))


def _authoriser(noun: Any, verbs: frozenset[str]) -> Any:
    """The name the authorising noun puts the act down to: its owner ("X's orders"), its "of X"
    ("the blessing of the party's leader": the leader) or the agent of a verb modifying it ("an order
    signed by X")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.text.lower() == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
        if child.dep_ == "acl" and child.lemma_.lower() in verbs:
            for agent in child.children:
                if agent.dep_ == "agent":
                    objects = [g for g in agent.children if g.dep_ == "pobj"]
                    if objects:
                        return objects[0]
    return None


def members_org(state: DocState, subj: Any) -> tuple[Any, Any]:
    """The named organisation a plural common-noun subject belongs to ("candidates of the X Party",
    "delegates from the Y Council"): its name token and actor, else (subj, None)."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS":
        return subj, None
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.text.lower() in {"of", "from"}:
            for obj in prep.children:
                actor = state.actors.at_token(obj.i) if obj.dep_ == "pobj" else None
                if actor is not None and actor.kind in {"organization", "group"} and not generic(actor):
                    return obj, actor
    return subj, None


def _titled_name(head: Any) -> bool:
    """A person no stage listed, named with a title ("Governor Mahmudsyah handed …"): the positions
    find them by that name."""
    return head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_.rstrip(".") in titles() for c in head.children
    )


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
    if verb.lemma_.lower() in lexicon.submitting:
        # handing in the thing that is the act: "handed a letter of resignation to the speaker",
        # "submitted its list of candidates"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for topic, first, _last in find_topics(lexicon, [doc[i] for i in content]):
            inside = any(o.left_edge.i <= first <= o.right_edge.i for o in objects)
            if inside and not topic.startswith(OPPOSITE) and not negated(doc[first]):
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
