"""Stances: the position a statement takes on a topic (offer, support, demand, reject, ...).

Rules over the statement's cue and content tokens (see docs/statements.md):

* the topic is the first topic term in the content (a term inside the subtree of a referenced
  "offer"/"proposal" wins for retractions and qualifications: "the offer of talks applied only ...");
* a cue that states a position ("offered", "rejected", "called for") gives the stance;
* otherwise a retraction or qualification phrase ("never an offer", "applies only to"), or the
  position word governing the topic inside the content ("we will not accept a truce"), with
  negation turning offer/support into reject and reject into support.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facta.positions.identity import load_org_nouns
from facta.quotes.stance_lexicon import (  # re-exported: the stance API users import from here
    OPPOSITE,
    Frame,
    StanceLexicon,
    find_phrases,
    find_topics,
    load_stance_lexicon,
    normalize,
    stance_lexicon,
)
from facta.quotes.stance_polarity import TURNING, negated_object, open_topic, own_negation, walk
from facta.quotes.stance_scope import (
    agent,
    conditional_only,
    contrasted,
    kept_out_of,
    no_det,
    no_longer,
    partial_subject,
    relative,
    restricted,
    staff_staying,
    subject_matter_first,
    subordinate,
)
from facta.resources import Resources, read_data_tsv

__all__ = [
    "OPPOSITE",
    "Frame",
    "Position",
    "StanceLexicon",
    "classify",
    "find_phrases",
    "find_topics",
    "load_stance_lexicon",
    "negated",
    "normalize",
    "org_nouns",
    "relayers",
    "stance_lexicon",
    "trigger_stance",
]

STANCES = (
    "offer", "support", "demand", "reject", "accuse", "threaten", "deny", "retract", "qualify", "reverse"
)  # fmt: skip
# "reverse": a change of mind named as such ("a U-turn on the strike"); its direction is the
# opposite of the actor's earlier position (resolved across articles by facta.positions)
REVERSE = "reverse"
POSITIVE = frozenset({"offer", "support", "demand"})
NEGATIVE = frozenset({"reject"})
BACKTRACK = frozenset({"retract", "qualify"})
FLIP = {"offer": "reject", "support": "reject", "demand": "reject", "reject": "support"}
# Nouns that refer back to an earlier position ("the proposal", "the offer").
COMMITTING = frozenset({"will", "would", "shall", "'ll", "wo"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
# subjects that negate their verb: "nobody is leaving", "none of us will sign"
NEGATIVE_SUBJECTS = frozenset({"nobody", "noone", "none", "nothing", "neither"})
# entity types a frame's "@place" object stands for ("leave Masisi")


@dataclass(frozen=True, slots=True)
class Position:
    stance: str | None
    topic: str | None
    referring: bool = False  # the content only refers back ("the proposal") and names no topic
    trigger: int | None = field(default=None, compare=False)  # the content word stating the position


def negated(tok: Any) -> bool:
    """Whether a position word is negated: "will not accept", "never agreed", "no ceasefire"."""
    if any(c.dep_ == "neg" or c.text.lower() in NEGATORS or no_longer(c) for c in tok.children):
        return True
    if any(c.dep_ in {"nsubj", "nsubjpass"} and _negative_subject(c) for c in tok.children):
        return True  # "nobody is leaving", "no soldier will withdraw"
    # "is not ready to", "did not want to"
    head_negated = any(c.dep_ == "neg" or c.text.lower() in NEGATORS for c in tok.head.children)
    return tok.dep_ in {"xcomp", "acomp"} and head_negated


def _negative_subject(subj: Any) -> bool:
    """ "nobody", "none of them", "no one", "no soldier"."""
    if subj.text.lower() in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.text.lower() == "no" for c in subj.children)


def trigger_stance(lex: StanceLexicon, tok: Any) -> str | None:
    lemma = tok.lemma_.lower()
    stance = lex.lemmas.get(lemma) or lex.lemmas.get(tok.text.lower())
    if stance is None:
        return None
    if lemma in lex.verb_only and tok.pos_ != "VERB":
        return None  # "a sign of", "the end of the talks"
    if lemma == "call" and (
        not any(c.text.lower() in {"for", "on"} for c in tok.children)
        or any(c.dep_ == "prt" and c.text.lower() == "off" for c in tok.children)
    ):
        return None  # "called it a stunt" is not a demand, nor is "called it off on Tuesday"
    if lemma == "rule" and not any(c.text.lower() == "out" for c in tok.children):
        return None
    if lemma in {"end", "quit", "fight", "combat"} and not any(c.dep_ == "dobj" for c in tok.children):
        # "we will end the strike" rejects it; "the truce ends on Friday" reports its term; "would
        # fight any pardon" opposes it, "will fight for independence" does not
        return None
    if (
        lemma in {"open", "declare", "announce"}
        and tok.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        return (
            None  # "declared a truce" takes a position; "declared (that) convoys will not pass" reports one
        )
    return stance


def classify(
    lex: StanceLexicon,
    doc: Any,
    cue_tokens: list[int],
    content_tokens: list[int],
    name_modifiers: frozenset[int] = frozenset(),
) -> Position:
    """The stance and topic of one statement from its cue and content tokens; a commitment narrowed to
    part of what it names ("only two of the five battalions would come home", "only the women
    and children will be freed") qualifies the position rather than taking it."""
    defied = _defied(lex, doc, content_tokens)
    if defied is not None:
        return defied
    position = _classify(lex, doc, cue_tokens, content_tokens, name_modifiers)
    position = _leaning(lex, doc, cue_tokens, content_tokens, position)
    position = _described_object(lex, doc, content_tokens, position)
    trigger = position.trigger
    if (
        position.stance in {"offer", "support"}
        and trigger is not None
        and (restricted(doc[trigger]) or contrasted(doc[trigger]))
    ):
        # a narrowed commitment qualifies, whichever way it goes ("will be lifted only in the centre")
        topic = position.topic
        if topic is not None and topic.startswith(OPPOSITE):
            topic = topic[len(OPPOSITE) :]
        return Position("qualify", topic, position.referring, trigger)
    if (
        position.topic is not None
        and position.topic.startswith(OPPOSITE)
        and position.stance in POSITIVE
        and trigger is not None
        and partial_subject(doc[trigger])
    ):
        # a part kept back qualifies ("one battalion will remain", "a residual force will stay")
        return Position("qualify", position.topic[len(OPPOSITE) :], position.referring, trigger)
    if position.topic is not None and position.topic.startswith(OPPOSITE):
        # committing to the opposite rejects the topic; refusing it backs the topic
        stance = position.stance
        turned = {"offer": "reject", "support": "reject", "demand": "reject", "reject": "support"}
        position = Position(
            turned.get(stance, stance) if stance else None,
            position.topic[len(OPPOSITE) :],
            position.referring,
            position.trigger,
        )
    return position


def _described_object(
    lex: StanceLexicon, doc: Any, content_tokens: list[int], position: Position
) -> Position:
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
        return Position(_oriented(lex, verb, stance), position.topic, position.referring, verb.i)
    if negated(verb):
        return Position("reject", position.topic, position.referring, verb.i)
    if any(c.dep_ == "aux" and c.text.lower() in COMMITTING for c in verb.children):
        return Position("offer", position.topic, position.referring, verb.i)
    return position


DEFYING = frozenset({"despite", "notwithstanding", "spite", "defiance"})  # "in spite of", "in defiance of"
PRESSURE = frozenset({"pressure", "plea", "ultimatum", "petition", "clamour", "clamor"})


def _defied(lex: StanceLexicon, doc: Any, content_tokens: list[int]) -> Position | None:
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


def _leaning(
    lex: StanceLexicon, doc: Any, cue_tokens: list[int], content_tokens: list[int], position: Position
) -> Position:
    """The general polarity model's reading where the rules found a topic but no stance, or where
    an undoing word lies between the topic and the stance word ("called off the strike", "rejected
    a proposal to postpone the vote")."""
    if lex.polarity is None or position.stance in BACKTRACK | {REVERSE, "accuse", "deny"}:
        return position
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


def _classify(
    lex: StanceLexicon,
    doc: Any,
    cue_tokens: list[int],
    content_tokens: list[int],
    name_modifiers: frozenset[int] = frozenset(),
) -> Position:
    """An adjective that only modifies an actor's name ("the electoral commission") names no topic."""
    content = [doc[i] for i in content_tokens]
    found = [
        t
        for t in find_topics(lex, content)
        if not (t[1] == t[2] and t[1] in name_modifiers and doc[t[1]].pos_ == "ADJ")
    ]
    # a topic inside a relative clause is a condition on who is meant ("fighters who lay down their
    # arms will be pardoned"), not the matter, when the content names another one
    content_ids = {t.i for t in content}
    # ... and so is one naming the actor of an active clause ("the transitional government will
    # organise elections" is about elections)
    outside = [t for t in found if not relative(doc[t[1]], content_ids)]
    main = [t for t in outside if not agent(doc[t[2]])]
    # "the ceasefire covers only groups that signed the accord": the clause's actor before a topic
    # inside a relative clause
    topics = subject_matter_first(doc, main or outside or found)
    # staying out of something is the opposite of doing it ("will stay out of the elections")
    topics = [
        (OPPOSITE + t, a, b) if kept_out_of(doc, b) and not t.startswith(OPPOSITE) else (t, a, b)
        for t, a, b in topics
    ]
    # many workers staying at their posts is no strike; one person staying in a post is no resignation
    topics = [
        (OPPOSITE + "strike", a, b)
        if t == OPPOSITE + "resignation" and staff_staying(doc[a], doc[b])
        else (t, a, b)
        for t, a, b in topics
    ]
    cue_heads = [doc[i] for i in cue_tokens if doc[i].pos_ in {"VERB", "NOUN", "ADJ"}]
    referring = [t for t in content if t.lemma_.lower() in lex.referring and t.pos_ == "NOUN"]
    if not topics and not referring:
        # "would never put their name to it": an object pronoun refers back to the topic before
        referring = [t for t in content if t.text.lower() in BACK_PRONOUNS and t.dep_ in {"dobj", "pobj"}]

    def taken(stance: str) -> Position:
        """A position on the statement's topic, or on the one it refers back to ("the proposal")."""
        return Position(stance, _topic(topics, referring), not topics and bool(referring))

    # 1. a cue that states a position
    for tok in cue_heads:
        stance = trigger_stance(lex, tok)
        if stance is None or (stance == "deny" and not topics):
            continue
        if negated(tok) or (stance in POSITIVE and _negated_content(doc, content)):
            # "will not offer"; "vowed that his fighters would never put their name to it"
            stance = FLIP.get(stance, stance)
        elif stance == "deny" and _denies_own_position(lex, doc, content, topics[0]):
            stance = "retract"  # "denied that his confederation had ever called a strike"
        elif stance in POSITIVE and _denied(lex, tok):
            stance = "retract"  # "denied offering an amnesty", "denies having promised talks"
        return taken(stance)

    # ... or a cue phrase that does ("turned down an invitation to talks")
    cue_phrases = [
        st for st, _ in find_phrases(lex, [doc[i] for i in cue_tokens]) if st in POSITIVE | NEGATIVE
    ]
    if cue_phrases:
        return taken(cue_phrases[0])

    # 2. retractions and qualifications of an earlier position
    phrases = find_phrases(lex, content)
    content_ids = set(content_tokens)
    # a backtracking phrase in a clause of time, reason or condition states no change of position
    # ("the others would stay until the fishermen no longer need our protection")
    backtrack = [s for s, i in phrases if s in BACKTRACK and not subordinate(doc[i], content_ids)]
    if conditional_only(content):
        backtrack.append("qualify")  # "talks could only start once the troops had left"
    if any(s == REVERSE for s, _ in phrases) and (topics or referring):
        return taken(REVERSE)
    # a positive word governing the topic makes a qualification a conditional offer ("ready to talk
    # only if"); one elsewhere ("fighters who had joined the group") does not
    starts = {t[1] for t in topics}
    positive_verbs = [
        t
        for t in content
        if t.pos_ in {"VERB", "ADJ"}
        and trigger_stance(lex, t) in POSITIVE
        and not negated(t)
        and (not starts or any(t.left_edge.i <= i <= t.right_edge.i for i in starts))
    ]
    if "retract" in backtrack or ("qualify" in backtrack and (referring or not positive_verbs)):
        stance = "retract" if "retract" in backtrack else "qualify"
        return taken(stance)
    stated = [(s, i) for s, i in phrases if s in POSITIVE | NEGATIVE]
    if stated and topics:
        # "walked away from the deal", "will not stand in the way of elections", "did not rule out talks"
        stance, at = stated[0]
        after = [t for t in topics if t[1] > at]
        if after or stance in NEGATIVE:
            topic = (after or topics)[0][0]
            return Position(FLIP.get(stance, stance) if negated(doc[at]) else stance, topic, trigger=at)

    # 3. the position word that governs the topic inside the content
    if not topics:
        return Position(None, None, bool(referring))
    left = _leaving(lex, doc, topics)
    if left is not None:
        # "pulled out of the peace deal" rejects the deal; "will not withdraw from the talks" backs them
        left_topic, verb = left
        stance = "support" if negated(verb) else "reject"
        return Position(stance, left_topic, left_topic is None, trigger=verb.i)
    topic, first, last = topics[0]
    content_ids = set(content_tokens)
    tok = doc[first]
    term = [doc[i] for i in range(first, last + 1)]
    if any(c.text.lower() == "no" and c.dep_ == "det" for t in term for c in t.children):
        return Position("reject", topic)  # "there will be no ceasefire"
    seen = 0
    below = tok
    while tok.i in content_ids and seen < 12:
        # "had no plans to step aside", "no intention of resigning" (not "no regrets about a decision")
        intent = below.dep_ in {"acl", "xcomp"} or (below.dep_ == "prep" and below.text.lower() == "of")
        if not first <= tok.i <= last and tok.pos_ == "NOUN" and no_det(tok) and intent:
            return Position("reject", topic, trigger=tok.i)
        stance = trigger_stance(lex, tok)
        if stance is not None and stance not in {"deny"} and not first <= tok.i <= last:
            # a word of the term itself ("end the war", "quit the town") states no position on it
            return Position(_oriented(lex, tok, stance), topic, trigger=tok.i)
        # a clause head the tagger did not take for a verb ("will not down tools") counts as one
        if tok.pos_ in {"VERB", "AUX"} or any(c.dep_ == "aux" for c in tok.children):
            if negated(tok) and not _past_perfect(tok):
                # "we will not negotiate"; "the fighters had not left the town" reports a fact
                return Position("reject", topic, trigger=tok.i)
            # "will leave"; the topic's own verb in the progressive states an intention ("our men are
            # staying", "he was pulling the troops out")
            committing = any(c.dep_ == "aux" and c.text.lower() in COMMITTING for c in tok.children) or (
                tok.tag_ == "VBG"
                and min(first, last) <= tok.i <= max(first, last)
                and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)
            )
            # "convoys will be able to use the road", "aid workers will be free to enter": a commitment
            # that enables others
            enabling = tok.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in ENABLED for c in tok.children
            )
            if committing and (enabling or tok.lemma_.lower() not in {"be", "have"}):
                # "we will free the hostages" commits to the action; "the embargo will stay" backs it
                as_subject = any(
                    c.dep_ in {"nsubj", "nsubjpass"}
                    and c.i <= first <= c.right_edge.i
                    and c.left_edge.i <= first
                    for c in tok.children
                )
                return Position("support" if as_subject else "offer", topic, trigger=tok.i)
        if tok.head.i == tok.i:
            break
        below, tok = tok, tok.head
        seen += 1
    for tok in content:
        stance = trigger_stance(lex, tok)
        if stance is None or tok.pos_ not in {"VERB", "ADJ"} or stance not in POSITIVE | NEGATIVE:
            continue
        if first <= tok.i <= last:
            continue
        if any(a.dep_ in {"relcl", "acl"} for a in tok.ancestors if a.i in content_ids):
            continue  # "opposition parties that had called for protests"
        return Position(_oriented(lex, tok, stance), topic, trigger=tok.i)
    return Position(None, topic)


BACK_PRONOUNS = frozenset({"it", "this", "that"})
# adjectives of "will be X to": the subject is let do something
ENABLED = frozenset({"able", "free", "welcome"})


def _negated_content(doc: Any, content: list[Any]) -> bool:
    """Whether the main verb of the content (the verb whose head lies outside it) is negated:
    "(vowed) that they would never sign"."""
    inside = {t.i for t in content}
    heads = [t for t in content if t.pos_ in {"VERB", "AUX"} and (t.head.i not in inside or t.head.i == t.i)]
    return bool(heads) and negated(heads[0]) and not _past_perfect(heads[0])


# verbs by which someone takes up a position ("called a strike", "announced talks", "said it would")
_POSITION_ACTS = frozenset({"call", "announce", "say", "plan", "declare", "agree", "order", "set"})


def _denies_own_position(
    lex: StanceLexicon, doc: Any, content: list[Any], topic: tuple[str, int, int]
) -> bool:
    """Whether a denial denies having taken a position on the topic (a walk-back: "denied ever calling
    a strike", "denied that the party had agreed to talks") rather than a fact or an accusation
    ("denied that its fighters had shelled the town")."""
    if any(t.text.lower() == "ever" for t in content):
        return True
    inside = {t.i for t in content}
    tok = doc[topic[1]]
    for _ in range(6):
        if tok.head.i == tok.i or tok.head.i not in inside:
            break
        tok = tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in _POSITION_ACTS or lex.lemmas.get(lemma) in POSITIVE):
            return True
    return False


def _denied(lex: StanceLexicon, tok: Any) -> bool:
    """Whether a position word is what its speaker denies having said ("denied offering", "denies
    that she had promised"): the word is the object or clause of a denial verb."""
    head = tok.head
    return (
        head.i != tok.i
        and tok.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"}
        and trigger_stance(lex, head) == "deny"
        and not negated(head)
    )


def _past_perfect(tok: Any) -> bool:
    """A verb in the past perfect ("had not left"): a report of what happened, not a position."""
    return any(c.dep_ == "aux" and c.text.lower() in {"had", "'d"} for c in tok.children)


def _oriented(lex: StanceLexicon, tok: Any, stance: str) -> str:
    """A position word's stance, turned by negation ("will not accept") or by a refusal governing it
    ("refused to sign", "declined to endorse")."""
    flip = negated(tok)
    head = tok.head
    if (
        tok.dep_ == "xcomp"
        and head.i != tok.i
        and trigger_stance(lex, head) == "reject"
        and not negated(head)
    ):
        flip = not flip
    return FLIP.get(stance, stance) if flip else stance


def _leaving(
    lex: StanceLexicon, doc: Any, topics: list[tuple[str, int, int]]
) -> tuple[str | None, Any] | None:
    """Leaving something that is itself a topic ("pull out of the peace deal", "withdraw from the
    talks"): that topic (None when only a referring noun names it: "pulled out of the deal") and the
    verb; None when the withdrawal is one of forces ("pull out of the town")."""
    if not topics or topics[0][0] != "withdrawal":
        return None
    _topic, first, last = topics[0]
    if doc[last].text.lower() not in {"of", "from"}:
        return None
    objects = [c for c in doc[last].children if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    for other in topics[1:]:
        if obj.left_edge.i <= other[1] <= obj.right_edge.i:
            return other[0], doc[first]
    if obj.lemma_.lower() in lex.referring:
        return None, doc[first]
    return None


def _topic(topics: list[tuple[str, int, int]], referring: list[Any]) -> str | None:
    """The topic of a position: a topic inside a referenced offer's phrase, else the first topic."""
    for noun in referring:
        lo, hi = noun.left_edge.i, noun.right_edge.i
        inside = [t for t in topics if lo <= t[1] <= hi]
        if inside:
            return inside[0][0]
    return topics[0][0] if topics else None


RELAYERS_FILE = "stances/relayers.tsv"


def load_relayers() -> frozenset[str]:
    """Words naming someone who speaks for an organisation ("spokesman", "envoy")."""
    return frozenset(row["word"].strip().lower() for row in read_data_tsv(RELAYERS_FILE))


def relayers(resources: Resources) -> frozenset[str]:
    return resources.get("stances.relayers", load_relayers)


def org_nouns(resources: Resources) -> frozenset[str]:
    return resources.get("stances.org_nouns", load_org_nouns)
