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

from typing import Any

from facta.positions.identity import load_org_nouns
from facta.quotes.stance_base import (  # re-exported: the stance API users import from here
    BACKTRACK,
    COMMITTING,
    FLIP,
    NEGATIVE,
    POSITIVE,
    REVERSE,
    Position,
    denied,
    negated,
    oriented,
    past_perfect,
    trigger_stance,
)
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
from facta.quotes.stance_readings import defied, described_object, dismissed_claim, leaning
from facta.quotes.stance_scope import (
    agent,
    appositive,
    changed_fact,
    conditional_only,
    contrasted,
    kept_out_of,
    no_det,
    partial_subject,
    relative,
    restricted,
    scope_cut,
    staff_staying,
    subject_matter_first,
    subordinate,
)
from facta.resources import Resources, read_data_tsv

__all__ = [
    "BACKTRACK",
    "NEGATIVE",
    "OPPOSITE",
    "POSITIVE",
    "REVERSE",
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
    position = _read(lex, doc, cue_tokens, content_tokens, name_modifiers)
    return dismissed_claim(lex, doc, content_tokens, position)


def _read(
    lex: StanceLexicon,
    doc: Any,
    cue_tokens: list[int],
    content_tokens: list[int],
    name_modifiers: frozenset[int],
) -> Position:
    kept_against = defied(lex, doc, content_tokens)
    if kept_against is not None:
        return kept_against
    cut = _scope_cut(lex, doc, content_tokens)
    if cut is not None:
        return cut
    position = _classify(lex, doc, cue_tokens, content_tokens, name_modifiers)
    position = leaning(lex, doc, cue_tokens, content_tokens, position)
    position = described_object(lex, doc, content_tokens, position)
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


def _scope_cut(lex: StanceLexicon, doc: Any, content_tokens: list[int]) -> Position | None:
    """A qualification: the position the content names "leaves out" or "does not cover" something."""
    ids = set(content_tokens)
    scoped = lex.scope_in | lex.scope_out
    if not any(doc[i].lemma_.lower() in scoped or f"{doc[i].lemma_.lower()}_out" in scoped for i in ids):
        return None  # no verb of coverage: nothing to look for
    for topic, first, _last in find_topics(lex, [doc[i] for i in content_tokens]):
        verb = scope_cut(doc, ids, first, lex.scope_in, lex.scope_out)
        if verb is not None and not subordinate(doc[verb], ids):
            return Position("qualify", topic.removeprefix(OPPOSITE), trigger=verb)
    return None


def _classify(
    lex: StanceLexicon,
    doc: Any,
    cue_tokens: list[int],
    content_tokens: list[int],
    name_modifiers: frozenset[int] = frozenset(),
) -> Position:
    """An adjective that only modifies an actor's name ("the electoral commission"), or a capitalised
    word inside a name ("the Front for Corsican Sovereignty"), names no topic."""
    content = [doc[i] for i in content_tokens]
    found = [
        t
        for t in find_topics(lex, content)
        if not (
            t[1] == t[2]
            and t[1] in name_modifiers
            and (doc[t[1]].pos_ == "ADJ" or doc[t[1]].text[:1].isupper())  # "Front for Corsican Sovereignty"
        )
    ]
    # a topic inside a relative clause is a condition on who is meant ("fighters who lay down their
    # arms will be pardoned"), not the matter, when the content names another one
    content_ids = {t.i for t in content}
    # ... and so is one naming the actor of an active clause ("the transitional government will
    # organise elections" is about elections)
    # ... and so is one in an apposition describing a noun ("X, the last group outside the accord")
    outside = [
        t for t in found if not relative(doc[t[1]], content_ids) and not appositive(doc[t[1]], content_ids)
    ]
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
        elif stance in POSITIVE and denied(lex, tok):
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
    # ... and "no longer" with nothing of a position in reach reports a change in the world ("the
    # group no longer holds any territory", the White House declared)
    backtrack = [
        s
        for s, i in phrases
        if s in BACKTRACK
        and not subordinate(doc[i], content_ids)
        and not (s == "retract" and not topics and not referring and _fact_no_longer(lex, doc[i]))
    ]
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
        # ... and "had no reason to step aside" (an infinitive relative)
        intent = (
            below.dep_ in {"acl", "xcomp"}
            or (below.dep_ == "prep" and below.text.lower() == "of")
            or (below.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children))
        )
        if not first <= tok.i <= last and tok.pos_ == "NOUN" and no_det(tok) and intent:
            return Position("reject", topic, trigger=tok.i)
        stance = trigger_stance(lex, tok)
        if stance is not None and stance not in {"deny"} and not first <= tok.i <= last:
            # a word of the term itself ("end the war", "quit the town") states no position on it
            return Position(oriented(lex, tok, stance), topic, trigger=tok.i)
        # a clause head the tagger did not take for a verb ("will not down tools") counts as one
        if tok.pos_ in {"VERB", "AUX"} or any(c.dep_ == "aux" for c in tok.children):
            if negated(tok) and not past_perfect(tok):
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
        if tok.head.i == tok.i or (
            tok.dep_ == "relcl"
            and tok.left_edge.i <= first
            and last <= tok.right_edge.i
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)  # "no reason to"
        ):
            # a topic only in a relative clause says who is meant ("will call any man who stands as
            # a candidate a traitor"): the verb above it commits to nothing on the topic
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
        return Position(oriented(lex, tok, stance), topic, trigger=tok.i)
    return Position(None, topic, aside=bool(found) and not outside)


def _fact_no_longer(lex: StanceLexicon, tok: Any) -> bool:
    """Whether a "no longer" reports a changed fact: its verb commits to nothing, is not the
    speaker's own and is no position word ("no longer supports" is one)."""
    if tok.lower_ != "no" or tok.head.lower_ not in {"longer", "more"}:
        return False
    verb = changed_fact(tok)
    return verb is not None and trigger_stance(lex, verb) is None and verb.lemma_.lower() not in lex.lemmas


BACK_PRONOUNS = frozenset({"it", "this", "that"})
# adjectives of "will be X to": the subject is let do something
ENABLED = frozenset({"able", "free", "welcome"})


def _negated_content(doc: Any, content: list[Any]) -> bool:
    """Whether the main verb of the content (the verb whose head lies outside it) is negated:
    "(vowed) that they would never sign"."""
    inside = {t.i for t in content}
    heads = [t for t in content if t.pos_ in {"VERB", "AUX"} and (t.head.i not in inside or t.head.i == t.i)]
    return bool(heads) and negated(heads[0]) and not past_perfect(heads[0])


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
