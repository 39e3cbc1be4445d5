"""Where a verb cue's span starts and ends beyond the verb itself.

Span conventions for attribution cues (as in attribution corpora such as PolNeAR): an infinitive cue
includes the verb or adjective of the same subject that governs it ("went on to explain", "continued
to call for", "was able to tout", "has been slow to embrace", "came to talk").
"""

from __future__ import annotations

from facta.quotes.context import Context
from facta.quotes.syntax import Token, cue_tokens, first_child, is_punct

VERBAL = frozenset({"VERB", "AUX"})


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.text.lower() == "to" and c.i < tok.i for c in tok.children)


def _plain_gap(ctx: Context, head: Token, tok: Token) -> bool:
    """Between a governing verb and its infinitive only the verb's particle or adverbs ("went on to",
    "came to"); not a place or time ("spoke at a rally to", "gathered Friday to": a purpose)."""
    doc = ctx.doc
    for j in range(head.i + 1, tok.i):
        t = doc[j]
        if is_punct(t) or ctx.in_quote(j):
            return False
        top = t
        while top.head.i != head.i and top.head.i != tok.i and top.head.i != top.i:
            top = top.head
        if top.head.i == tok.i:
            continue  # "to", an adverb of the infinitive
        if top.dep_ not in {"prt", "advmod"}:
            return False
    return True


def governor_start(ctx: Context, tok: Token, stop: int) -> int | None:
    """The first token of the verb (with its auxiliaries) governing an infinitive cue of the same
    subject, or None. ``stop`` is the speaker's last token before the cue (or -1)."""
    if not _to_infinitive(tok):
        return None
    head = tok.head
    if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in VERBAL:
        if any(t.dep_ not in {"advmod", "neg"} for t in head.children if head.i > t.i > stop):
            return None
        head = head.head  # "was able to tout", "has been slow to embrace"
    elif tok.dep_ == "advcl" and head.pos_ == "VERB":
        if first_child(head, "dobj", "ccomp", "xcomp") is not None or not _plain_gap(ctx, head, tok):
            return None  # "went on to explain", "came to talk"; not "sent a letter to ask"
    elif tok.dep_ != "xcomp" or head.pos_ not in VERBAL:
        return None
    if not stop < head.i < tok.i:
        return None
    entry = ctx.lex.verb_of(head.lemma_, head.text)
    if entry is not None and ("xcomp" in entry.frames or entry.cls != "speech"):
        return None  # the infinitive is that cue's own content ("urged them to", "refused to")
    return cue_tokens(ctx.doc, head, stop)[0]


def _medium(ctx: Context, noun: Token) -> bool:
    """A noun naming what a statement was issued in ("a statement", "a letter", "a series of tweets")."""
    if noun.lemma_.lower() in ctx.lex.media or noun.text.lower() in ctx.lex.media:
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.text.lower() == "of"), None)
    pobj = first_child(of, "pobj") if of is not None else None
    return pobj is not None and (pobj.lemma_.lower() in ctx.lex.media or pobj.text.lower() in ctx.lex.media)


def issuing_verb(ctx: Context, tok: Token) -> Token | None:
    """The verb that issued the medium a cue hangs on: "issued a statement calling …", "released a
    letter that says …", "sent a letter to the board urging …", "unleashed a series of tweets saying
    …". The issuer's subject speaks, and the cue spans from that verb to the cue verb."""
    if tok.dep_ in {"acl", "relcl"}:
        noun = tok.head
        if tok.dep_ == "relcl" and not any(
            c.dep_ == "nsubj" and c.text.lower() in {"that", "which"} for c in tok.children
        ):
            return None
    elif tok.dep_ == "advcl" and tok.tag_ == "VBG":
        noun = first_child(tok.head, "dobj")
        if noun is None or noun.i > tok.i:
            return None
    else:
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or not _medium(ctx, noun):
        return None
    verb = noun.head
    return verb if verb.i < tok.i and not ctx.in_quote(verb.i) else None
