"""The scope of a stated position: what narrows it ("only two of the battalions", "partly"), binds it to
a condition ("could only start once …"), or puts a phrase in a clause of time or reason that states
no change ("until the fishermen no longer need us"); what a frame's object is, which topic is the
matter, and what is stayed out of. Helpers of :mod:`facta.quotes.stance`."""

from __future__ import annotations

from typing import Any

# adverbs that narrow what a commitment covers
RESTRICTORS = frozenset({"only", "partly", "partially", "merely", "solely"})
# entity types of a place named as a frame object ("leave Gao")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# partitive heads: "some of the prisoners", "two of the battalions"
PARTITIVES = frozenset({"some", "part", "few", "several", "half", "most", "portion", "one"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# where people are held ("in custody", "under arrest")
HELD = frozenset({"custody", "detention", "captivity", "arrest", "jail", "prison"})


def restricted(tok: Any) -> bool:
    """Whether a position word or one of its arguments is narrowed: "will only partly withdraw",
    "only the women will be freed", "two of the five battalions would come home"."""
    if any(c.dep_ == "advmod" and c.text.lower() in RESTRICTORS for c in tok.children):
        return True
    # "will sit in the government only until the budget has passed": narrowed in time
    for clause in tok.children:
        if (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in {"until", "till", "while"} for c in clause.children)
            and any(c.dep_ == "advmod" and c.lower_ in RESTRICTORS for c in clause.children)
        ):
            return True
    # "would apply only in the northern districts", "only to fighters who …"
    for prep in tok.children:
        if prep.dep_ == "prep" and any(
            g.dep_ == "advmod" and g.text.lower() in RESTRICTORS for g in prep.children
        ):
            return True
    for arg in tok.children:
        if arg.dep_ not in ARGUMENTS:
            continue
        if any(c.dep_ in {"advmod", "det", "amod"} and c.text.lower() in RESTRICTORS for c in arg.children):
            return True
        partitive = any(c.dep_ == "prep" and c.text.lower() == "of" for c in arg.children)
        # (not the whole taken one by one: "every one of the 120 seats", "each of the camps",
        # nor none of it: "not one of the fishermen will be set free" refuses)
        whole = any(c.lower_ in {"every", "each"} or c.dep_ == "neg" for c in arg.children)
        if partitive and (arg.text.lower() in PARTITIVES or arg.pos_ == "NUM") and not whole:
            return True
    return False


# words by which a subject is only part of the whole ("one battalion", "a residual force")
PART_WORDS = frozenset({"one", "some", "few", "several", "residual", "remaining", "small", "token", "rear"})


def partial_subject(tok: Any) -> bool:
    """Whether the subject of a verb names only part of the whole: "one battalion will remain", "a
    residual force will stay behind", "some of the troops will stay"."""
    for arg in tok.children:
        if arg.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if arg.text.lower() in PARTITIVES and any(c.text.lower() == "of" for c in arg.children):
            return True
        if any(
            c.dep_ in {"nummod", "det", "amod", "advmod"} and c.text.lower() in PART_WORDS
            for c in arg.children
        ):
            return True
    return False


CONDITIONS = frozenset({"if", "once", "after", "when", "unless", "provided"})


def conditional_only(content: list[Any]) -> bool:
    """ "only" narrowing a verb to a condition: "could only start once …", "will only sign if …"."""
    for tok in content:
        if tok.text.lower() != "only" or tok.dep_ != "advmod":
            continue
        verb = tok.head
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.text.lower() in CONDITIONS for c in clause.children
            ):
                return True
    return False


def subordinate(tok: Any, inside: set[int]) -> bool:
    """Whether a token sits in an adverbial clause introduced by a subordinator of time or reason
    ("until …", "because …", "as long as …") within the content."""
    for anc in tok.ancestors:
        if anc.i not in inside:
            return False
        if anc.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.text.lower() in {"until", "till", "because", "since", "while"}
            for c in anc.children
        ):
            return True
    return False


def no_longer(tok: Any) -> bool:
    """ "no longer", "no more": the position has stopped holding."""
    return tok.text.lower() in {"longer", "more"} and any(c.text.lower() == "no" for c in tok.children)


_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "can", "could", "may", "might", "must", "should"})


def changed_fact(tok: Any) -> Any:
    """The verb of "no longer" when it reports a change in the world rather than in the speaker's
    position ("the group no longer holds any territory", "the rebels no longer control the road"): a
    verb with no modal of commitment whose subject is a noun (a pronoun may be the speaker); else None."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    kids = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in kids):
        return None  # "we will no longer observe it" commits
    subjects = [c for c in kids if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects or any(c.pos_ == "PRON" for c in subjects):
        return None  # "we no longer believe in it", "it no longer recognises the council": the speaker's
    return verb


def no_det(tok: Any) -> bool:
    """ "no" as a noun's determiner ("no plans", "no intention")."""
    return any(c.dep_ == "det" and c.text.lower() == "no" for c in tok.children)


_STAYING = frozenset({"stay", "keep", "remain", "sit", "hold"})


def kept_out_of(doc: Any, last: int) -> bool:
    """Whether a topic is what someone stays out of or away from: "stay out of the elections", "keep
    away from the talks" (the topic's head under "of"/"from" under "out"/"away"/"clear" of a verb of
    staying)."""
    tok = doc[last]
    while tok.dep_ in {"compound", "amod", "conj"} and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.text.lower() not in {"of", "from"}:
        return False
    adverb = prep.head
    verb = adverb.head
    return adverb.text.lower() in {"out", "away", "clear"} and verb.lemma_.lower() in _STAYING


def relative(tok: Any, inside: set[int]) -> bool:
    """Whether a token lies in a relative clause of the content ("fighters who lay down their arms"),
    also a reduced one ("the people arrested during the protests over fuel prices")."""
    return any(
        (a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ == "VBN")) and a.i in inside
        for a in [tok, *tok.ancestors]
    )


def appositive(tok: Any, inside: set[int]) -> bool:
    """Whether a token lies in an apposition describing a noun of the content ("The Council, the last
    armed group outside the peace accord, has extended its ceasefire")."""
    return any(a.dep_ == "appos" and a.i in inside for a in [tok, *tok.ancestors])


def frame_object(arg: Any, objects: frozenset[str]) -> bool:
    """Whether a verb's object fits a frame's object list ("@place" = a place name; "-word": not with
    that modifier)."""
    if any(f"-{c.lemma_.lower()}" in objects for c in arg.children if c.dep_ in {"compound", "amod", "nmod"}):
        return False
    if arg.lemma_.lower() in objects or arg.text.lower() in objects:
        return True
    # "aid trucks", "relief convoys": a modifier names what the object is; so does a participle
    # ("the engineers abducted near Arlit", "the detained journalists")
    if any(
        (c.dep_ in {"compound", "amod"} or (c.dep_ == "acl" and c.tag_ == "VBN"))
        and (c.lemma_.lower() in objects or c.text.lower() in objects)
        for c in arg.children
    ):
        return True
    # people held are captives: "insurgents in the custody of the state", "members in detention"
    if "detainee" in objects and any(
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "under"}
        and any(p.dep_ == "pobj" and p.lemma_.lower() in HELD for p in prep.children)
        for prep in arg.children
    ):
        return True
    # "two of the five battalions", "the women and children among the hostages" (not "the threat of
    # a strike": only a number or a partitive word takes its kind from the "of" phrase)
    partitive = arg.pos_ == "NUM" or arg.text.lower() in PARTITIVES
    for prep in arg.children:
        if (
            prep.dep_ == "prep"
            and (prep.text.lower() == "among" or (prep.text.lower() == "of" and partitive))
            and any(p.dep_ == "pobj" and frame_object(p, objects) for p in prep.children)
        ):
            return True
    # a place name; the small model often tags a little-known town as an organisation
    return "@place" in objects and (
        arg.ent_type_ in PLACE_ENTS or (arg.pos_ == "PROPN" and arg.ent_type_ in {"", "ORG"})
    )


def subject_matter_first(doc: Any, topics: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Talks about another topic are a position on that topic: "welcomed talks on a unity
    government" puts power sharing first (the talks are the means)."""
    if len(topics) < 2 or topics[0][0] != "talks":
        return topics
    _topic, first, last = topics[0]
    for other in topics[1:]:
        head = doc[other[2]]
        while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
            head = head.head
        prep = head.head
        if (
            head.dep_ == "pobj"
            and prep.text.lower() in {"on", "about", "over", "for"}
            and first <= prep.head.i <= last
        ):
            return [other, *[t for t in topics if t is not other]]
    return topics


def agent(tok: Any) -> bool:
    """Whether a term's head is the subject of an active verb with an object."""
    while tok.dep_ in {"compound", "amod"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.head.children)


def contrasted(tok: Any) -> bool:
    """A commitment followed by a contrasting clause that withholds part of it: "will be allowed to
    interview witnesses but will have no access to the files", "may visit the prisons but not the
    camps". The conjunct after "but" is negated or takes a "no" object."""
    head = tok
    while (
        head.dep_ in {"xcomp", "ccomp"}
        and head.head.i != head.i
        and not any(c.dep_ == "cc" and c.text.lower() == "but" for c in head.children)
    ):
        head = head.head
    buts = [c for c in head.children if c.dep_ == "cc" and c.text.lower() == "but"]
    if not buts:
        return False
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < buts[0].i:
            continue
        if any(c.dep_ == "neg" or c.text.lower() in {"never", "not"} for c in conj.children):
            return True
        if conj.text.lower() == "not" or any(
            g.dep_ == "det" and g.text.lower() == "no" for c in conj.children for g in c.children
        ):
            return True
        if any(c.dep_ == "det" and c.text.lower() == "no" for c in conj.children):
            return True
    return False


# the places of work a body of workers stays at ("will remain at their posts", "stay in their jobs")
WORKPLACES = frozenset({"post", "job", "desk", "station"})


def staff_staying(verb: Any, obj: Any) -> bool:
    """A plural body of people staying at their places of work ("doctors will remain at their posts"):
    no strike, where one person staying at a post is no resignation."""
    if obj.lemma_.lower() not in WORKPLACES or obj.tag_ != "NNS":
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.pos_ == "NOUN" for c in verb.children)


def scope_cut(
    doc: Any, content_ids: set[int], first: int, scope_in: frozenset[str], scope_out: frozenset[str]
) -> int | None:
    """The verb by which the position a topic names is narrowed when the topic's phrase is the
    subject of a verb of coverage that leaves something out: "the truce leaves out the garrison",
    "the endorsement of the agreement never extended to its annex", "the amnesty does not cover
    commanders". None when it is not."""
    tok = doc[first]
    for _ in range(12):
        if tok.dep_ == "relcl" or tok.head.i == tok.i or tok.head.i not in content_ids:
            return None
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            break
        tok = tok.head
    else:
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    particles = [f"{lemma}_{c.lower_}" for c in verb.children if c.dep_ == "prt"]
    negative = any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in verb.children)
    if negative and lemma in scope_in:
        return int(verb.i)
    if not negative and (lemma in scope_out or any(p in scope_out for p in particles)):
        return int(verb.i)
    return None
