"""The scope of a stated position: what narrows it ("only two of the battalions", "partly"), binds it to
a condition ("could only start once …"), or puts a phrase in a clause of time or reason that states
no change ("until the fishermen no longer need us"). Helpers of :mod:`facta.quotes.stance`."""

from __future__ import annotations

from typing import Any

# adverbs that narrow what a commitment covers
RESTRICTORS = frozenset({"only", "partly", "partially", "merely", "solely"})
# partitive heads: "some of the prisoners", "two of the battalions"
PARTITIVES = frozenset({"some", "part", "few", "several", "half", "most", "portion", "one"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def restricted(tok: Any) -> bool:
    """Whether a position word or one of its arguments is narrowed: "will only partly withdraw",
    "only the women will be freed", "two of the five battalions would come home"."""
    if any(c.dep_ == "advmod" and c.text.lower() in RESTRICTORS for c in tok.children):
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
        if partitive and (arg.text.lower() in PARTITIVES or arg.pos_ == "NUM"):
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
