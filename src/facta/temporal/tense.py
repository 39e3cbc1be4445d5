"""Tense around a time expression, read from the dependency parse.

An underspecified date ("Friday", "March 3", "in June") names the occurrence before the publication
date unless its clause is about the future ("talks will resume on Monday", "is due to visit in June").
:func:`direction` walks from the expression to the verb that governs it and reads its tense.
"""

from __future__ import annotations

from typing import Any

FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
# Verbs (and adjectives) whose complement is in the future: "plans to visit", "is due to meet".
FUTURE_GOVERNORS = {
    "plan",
    "schedule",
    "due",
    "set",
    "expect",
    "intend",
    "hope",
    "aim",
    "prepare",
    "going",
    "go",
    "propose",
    "promise",
    "threaten",
    "vow",
    "pledge",
    "agree",
    "seek",
    "want",
    "likely",
    "poised",
    "slate",
}
DEADLINE_PREPS = {"until", "till", "by", "to", "through"}
PAST_AUX = {"had", "has", "have", "did", "was", "were"}


MODALS = {"would", "could", "should", "might", "may", "must", "can", "ca"}


def verb_tense(verb: Any) -> str | None:
    """ "future", "past", "present", "open" (modal, infinitive) or None for the clause of ``verb``.

    Only clear cases are past or future: a simple past or perfect ("killed", "has killed", "was
    killed"), or will/shall/"going to"/"plans to"/"is due to". A modal or an infinitive ("could come
    on Tuesday", "planned to leave on Thursday") is "open": the caller then takes the nearest
    occurrence. None means nothing is known (no verb): the caller looks back.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.text.lower() for a in auxes}
    if words & FUTURE_AUX or verb.text.lower() in FUTURE_AUX:
        return "future"
    if words & MODALS or verb.text.lower() in MODALS:
        return "open"
    if verb.tag_ == "VB" and "to" in words:  # an infinitive: look at what governs it
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
            return "open"
        if head.lemma_ in FUTURE_GOVERNORS or head.text.lower() in FUTURE_GOVERNORS:
            head_tense = verb_tense(head) if head.pos_ in ("VERB", "AUX") else "present"
            return "future" if head_tense in ("present", "future") else "open"
        return "open"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and words & PAST_AUX):
        return "past"
    if verb.tag_ == "VBN":  # "the injunction issued Thursday", "a summit set for April"
        return "future" if verb.lemma_ in FUTURE_GOVERNORS and verb.lemma_ != "agree" else "past"
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        return "present"
    return None


def direction(doc: Any, start: int, end: int) -> str | None:
    """The tense governing the time expression at characters [start, end) of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    deadline = False
    while head.pos_ == "ADP" and head.head.i != head.i:  # "on Friday", "in the morning of ..."
        deadline = deadline or head.text.lower() in DEADLINE_PREPS
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        tense = verb_tense(head)
        # "extended until Nov. 16", "must leave by Friday": a deadline may lie ahead of a past verb
        return "open" if deadline and tense != "future" else tense
    # attached to a noun ("a mission in December", "the night of Oct. 23"): the clause's tense
    for _ in range(6):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
    return None
