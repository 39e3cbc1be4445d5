"""Multi-word verb cues: "made it clear that ...", "took issue with X", "ruled out talks"."""

from __future__ import annotations

from facta.quotes.context import Attribution, Context
from facta.quotes.governing import governor_start
from facta.quotes.lexicon import CuePhrase
from facta.quotes.spans import Interval
from facta.quotes.syntax import Token, cue_tokens, first_child, referent

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this"})
CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl", "advcl"})


def match_phrase(ctx: Context, tok: Token) -> tuple[CuePhrase, int] | None:
    """The longest phrase of ``tok``'s verb that the following words spell, with its last token."""
    doc = ctx.doc
    for phrase in ctx.lex.phrases.get(tok.lemma_.lower(), ()):
        j = tok.i + 1
        matched = True
        for word in phrase.words:
            if word == "~":
                if j < len(doc) and doc[j].text.lower() in DETERMINERS:
                    j += 1
                continue
            if j < len(doc) and doc[j].text.lower() == word and not ctx.in_quote(j):
                j += 1
                continue
            matched = False
            break
        if matched:
            return phrase, j - 1
    return None


def phrase_attribution(ctx: Context, tok: Token, phrase: CuePhrase, last: int, subj: Token) -> Attribution:
    """An attribution for a multi-word cue; its content hangs on the verb or on one of the phrase's words."""
    doc = ctx.doc
    stop = subj.right_edge.i if subj.i < tok.i else -1
    start, _end = cue_tokens(doc, tok, stop)
    governor = governor_start(ctx, tok, stop)
    if governor is not None:
        start = min(start, governor)  # "tried to make the case"
    holders = [doc[i] for i in range(tok.i, last + 1)]
    frames = phrase.entry.frames
    content: list[Interval] = []
    frame = ""
    kids = [c for h in holders for c in h.children if c.i > last]
    final = doc[last]
    if final.dep_ == "prep" and final.text.lower() in frames:  # "took issue with X", "speak out about X"
        kids = [final, *kids]
    for child in kids:
        if "clause" in frames and reported_clause(child, subj):
            content, frame = [ctx.subtree(child)], "clause"
            break
        if child.dep_ == "prep" and child.text.lower() in frames:
            pobj = first_child(child, "pobj", "pcomp")
            if pobj is not None:
                content, frame = [ctx.subtree(pobj)], child.text.lower()
                break
        if "obj" in frames and child.dep_ == "dobj":
            content, frame = [ctx.subtree(child)], "obj"
            break
    end_tok = doc[last]
    return Attribution(
        kind="verb",
        anchor=tok.i,
        cue=(doc[start].idx, end_tok.idx + len(end_tok.text)),
        speaker=ctx.speaker_of(subj, tok),
        speaker_token=referent(subj).i,
        content=ctx.content(content, tok.i) if content else [],
        lemma=f"{phrase.entry.lemma} {' '.join(w for w in phrase.words if w != '~')}",
        cls=phrase.entry.cls,
        frame=frame,
        quote_ok=False,
        inherited=subj.head.i != tok.i and subj.head.head.i != tok.i,
    )


def reported_clause(child: Token, subj: Token) -> bool:
    """A clause hung on a phrase's verb or noun that holds what was said ("made it clear that ...")."""
    if child.dep_ not in CLAUSE_DEPS or child.left_edge.i <= subj.i <= child.right_edge.i:
        return False
    marks = {m.text.lower() for m in child.children if m.dep_ == "mark"}
    return child.dep_ == "ccomp" or bool(marks & {"that", "whether"})
