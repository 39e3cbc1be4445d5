"""Quotations introduced by a clause ending in a colon, whatever its verb ("Mr. Ortiz fired back:
“...”", "The ministry's statement makes that clear: “...”", "She went on: “...”").

A colon hands the floor to the quotation after it, and so does a comma right after a verb when the
quotation opens a sentence ("Clinton cracked, “I'm a progressive ...”"): the clause before it is the
cue (from the verb, with its auxiliaries and adverbs, to the colon; the verb alone before a comma) and
its subject the speaker. Verbs of saying with a colon are already handled by
:func:`facta.quotes.verbs.verb_cues`; this pass takes the quotations that are still unclaimed after
the verb cues had their pick.
"""

from __future__ import annotations

from facta.quotes.context import Attribution, Context
from facta.quotes.marks import Quote
from facta.quotes.spans import Interval, covers
from facta.quotes.speakers import dummy_it, speaker_token
from facta.quotes.syntax import Token, cue_tokens, referent

VERBAL = frozenset({"VERB", "AUX"})
BREAKS = frozenset({".", "?", "!", ";", "-", "--", "—", "–", "―"})  # a dash: a headline run-in
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "pobj", "prep"})
NO_SPEAKER = frozenset({"it", "this", "that", "who", "which", "what", "there"})


def colon_cues(ctx: Context, claimed: list[Interval], anchors: set[int]) -> list[Attribution]:
    """An attribution for each unclaimed quotation right after a verbal clause and a colon."""
    out: list[Attribution] = []
    for q in ctx.quotes:
        if covers(claimed, q.start) or covers(claimed, q.end - 1):
            continue
        colon = _colon_before(ctx, q)
        if colon is None:
            comma = _comma_verb_before(ctx, q)
            if comma is None:
                continue
            verb = ctx.doc[comma - 1]
            att = _attribution(ctx, verb, comma, q, anchors)
            if att is not None and att.cue is not None:
                att.cue = (att.cue[0], verb.idx + len(verb.text))  # "cracked", not "cracked,"
                out.append(att)
                claimed.append((q.start, q.end))
            continue
        verb = ctx.doc[colon].head
        if ctx.in_quote(verb.i):  # the parser made the quotation the main clause and the cue its ccomp
            lead = [c for c in verb.children if c.i < colon and c.pos_ in VERBAL and not ctx.in_quote(c.i)]
            verb = lead[-1] if lead else verb
        for _ in range(3):  # "made the following remark:": the parser hangs the colon on the object
            if verb.pos_ in VERBAL or verb.dep_ not in OBJECT_DEPS or verb.head.i == verb.i:
                break
            verb = verb.head
        att = _attribution(ctx, verb, colon, q, anchors)
        if att is not None:
            out.append(att)
            claimed.append((q.start, q.end))
    return out


def _colon_before(ctx: Context, q: Quote) -> int | None:
    """The token of the colon right before the quotation: in its paragraph, or closing the paragraph
    before when the quotation opens its own."""
    text = ctx.text
    para = ctx.paragraphs[q.paragraph]
    lead = text[para.start : q.start].rstrip()
    if not lead and q.paragraph > 0:
        prev = ctx.paragraphs[q.paragraph - 1]
        lead = text[prev.start : prev.end].rstrip()
        base = prev.start
    else:
        base = para.start
    if not lead.endswith(":"):
        return None
    i = ctx.token_at(base + len(lead) - 1)
    if i >= len(ctx.doc) or ctx.doc[i].text != ":" or ctx.in_quote(i):
        return None
    return i


def _comma_verb_before(ctx: Context, q: Quote) -> int | None:
    """The comma right before a quotation that opens a sentence, when a verb stands right before the
    comma ("Clinton cracked, “I'm a progressive ...”"): a verb handing the floor to the quotation."""
    text = ctx.text
    para = ctx.paragraphs[q.paragraph]
    lead = text[para.start : q.start].rstrip()
    first = text[q.start : q.end].lstrip("\"'“”‘’` ")
    if not lead.endswith(",") or not first[:1].isupper():
        return None
    i = ctx.token_at(para.start + len(lead) - 1)
    if i < 1 or i >= len(ctx.doc) or ctx.doc[i].text != "," or ctx.in_quote(i):
        return None
    verb = ctx.doc[i - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or ctx.in_quote(verb.i):
        return None
    return i


def _own_clause(tok: Token) -> bool:
    """A verb with its own subject: another clause between the cue and the colon."""
    return tok.pos_ in VERBAL and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _attribution(ctx: Context, verb: Token, colon: int, q: Quote, anchors: set[int]) -> Attribution | None:
    if verb.pos_ not in VERBAL or verb.i >= colon or ctx.in_quote(verb.i) or verb.i in anchors:
        return None
    if verb.lemma_.lower() == "be" and not any(c.dep_ in {"attr", "acomp"} for c in verb.children):
        return None
    between = ctx.doc[verb.i + 1 : colon]
    if any(t.text in BREAKS or ctx.in_quote(t.i) or _own_clause(t) for t in between):
        return None  # the colon must close the verb's own clause ("..., where he suggested ...:")
    subj = speaker_token(ctx, verb)
    if subj is None or subj.text.lower() in NO_SPEAKER or dummy_it(subj, verb, ctx.lex.subject_adjectives):
        return None
    stop = subj.right_edge.i if subj.i < verb.i else -1
    if stop >= verb.i:
        return None
    start, _end = cue_tokens(ctx.doc, verb, stop)
    tok = ctx.doc[colon]
    return Attribution(
        kind="verb",
        anchor=verb.i,
        cue=(ctx.doc[start].idx, tok.idx + len(tok.text)),
        speaker=ctx.speaker_of(subj, verb),
        speaker_token=referent(subj).i,
        content=ctx.content([(q.start, q.end)]),
        lemma=verb.lemma_.lower(),
        cls="speech",
        frame="quote",
    )
