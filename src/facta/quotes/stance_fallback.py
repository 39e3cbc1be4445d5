"""A statement's stance read from general polarity alone, for statements where no stance word of the
lexicons fired: the grammar of the content's main predicate says whether the speaker commits to it,
refuses it, narrows it or declares it ended, whatever the verb is ("units will be moved back" commits;
"the halt covered only the hill districts" narrows; "the suspension is over" ends; "will not hold any
post" refuses). Helpers of :mod:`facta.stages.stances`; the topic comes from elsewhere (the rules'
topic, or the holder's other statements sharing the content's words)."""

from __future__ import annotations

from typing import Any

from facta.quotes.stance_polarity import done, no_subject
from facta.quotes.stance_scope import (
    RESTRICTORS,
    changed_fact,
    no_det,
    no_longer,
    relative,
    restricted,
    subordinate,
)

COMMITTING = frozenset({"will", "would", "shall", "'ll"})
# adjectives of readiness that commit like a future ("is ready to", "stands prepared to")
READY = frozenset({"ready", "prepared", "willing"})
# predicates by which a state of affairs has ended ("the truce is over", "the deal is finished")
ENDED = frozenset({"over", "finished", "dead", "void"})
# subjects of a prediction rather than a commitment
IMPERSONAL = frozenset({"it", "that", "this", "there", "which", "what", "who", "everything", "nothing"})
# contrasts that put something in place of what was said ("48 hours rather than indefinitely")
INSTEAD = (("rather", "than"), ("instead", "of"))


def main_predicates(doc: Any, content: list[int]) -> list[Any]:
    """The content's clause heads: its tokens whose head lies outside it (or that head a sentence),
    verbs, adjectives or adverbs, with the conjuncts of each."""
    inside = set(content)
    heads = [
        doc[i]
        for i in content
        if (doc[i].head.i not in inside or doc[i].head.i == i)
        and doc[i].pos_ in {"VERB", "AUX", "ADJ", "ADV"}
    ]
    out = list(heads)
    for h in heads:
        out += [c for c in h.children if c.dep_ == "conj" and c.i in inside and c.pos_ in {"VERB", "AUX"}]
    return out


THIRD_PERSON = frozenset({"he", "she", "they"})


def general_stance(doc: Any, content: list[int], topical: bool = False, direct: bool = False) -> str | None:
    """The stance the content's main predicate takes by its grammar alone, or None when it takes
    none (a plain report of the past or present with no commitment). With a topic of the lists
    (``topical``), a finished act by a named doer is that doer's support for it ("Andrianarisoa
    handed his resignation to the president", state radio said); the stage gives it to the doer."""
    if not content:
        return None
    inside = set(content)
    main = [i for i in content if not relative(doc[i], inside) and not subordinate(doc[i], inside)]
    words = [doc[i].lower_ for i in main]
    if any(words[k : k + 2] == list(pair) for pair in INSTEAD for k in range(len(words) - 1)):
        return "qualify"
    if any(doc[i].lower_ in RESTRICTORS and doc[i].dep_ == "advmod" for i in main):
        return "qualify"  # "concerns only the checkpoint units", "covered only the hill districts"
    preds = main_predicates(doc, content)
    if not preds:
        return None
    if any(restricted(p) for p in preds):
        return "qualify"
    pred = preds[0]
    kids = list(pred.children)
    if (
        any(no_longer(g) for c in kids for g in [c, *c.children]) and (topical or changed_fact(pred) is None)
    ) or (
        pred.lemma_ == "be" and any(c.lower_ in ENDED and c.dep_ in {"acomp", "advmod", "prt"} for c in kids)
    ):
        return "reject"
    if pred.lower_ in ENDED and any(c.lemma_ == "be" and c.dep_ == "cop" for c in kids):
        return "reject"
    # "will not hold any post", "would have no part in the vote", "no prisoner will be freed", "not
    # one rifle will leave our hands" (not a negative pronoun: "nobody will be shielded from it"
    # affirms the inquiry)
    negative = (
        any(c.dep_ == "neg" or c.lower_ == "never" for c in kids)
        or any(
            no_det(c) or any(no_det(g) for g in c.children if g.dep_ == "pobj")
            for c in kids
            if c.dep_ in {"dobj", "attr", "prep"}
        )
        or any(c.dep_ in {"nsubj", "nsubjpass"} and no_subject(c) for c in kids)
    )
    committing = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in COMMITTING for c in kids) or (
        pred.lower_ in READY and any(c.dep_ == "xcomp" for c in kids)
    )
    # a prediction or a judgement is no commitment: "it would be safe", "that will lead nowhere",
    # "the group will remain a threat"
    predicting = any(c.dep_ in {"nsubj", "expl"} and c.lower_ in IMPERSONAL for c in kids) or any(
        c.dep_ in {"attr", "acomp"} for c in kids
    )
    if committing and predicting:
        return None
    if direct and committing and any(c.dep_ == "nsubj" and c.lower_ in THIRD_PERSON for c in kids):
        # in a speaker's own words "they will always try …" is about others: they speak of themselves
        # as "I" and "we"
        return None
    if negative and committing:
        return "reject"
    if committing:
        return "offer"
    if topical and done(pred) and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in kids):
        return "support"
    return None


def predicate(doc: Any, content: list[int]) -> int | None:
    """The index of the content's first clause head, the word a fallback stance is read from."""
    preds = main_predicates(doc, content)
    return preds[0].i if preds else None
