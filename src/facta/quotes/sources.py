"""A document or survey as the source of a clause through an "in" phrase: "In the latest poll, the
president trails by four points" (cue "In", source "the latest poll", content the clause), and, for
polls and surveys, a trailing phrase: "the party gained ground in polls taken after the debate"."""

from __future__ import annotations

from facta.quotes.context import Attribution, Context
from facta.quotes.syntax import Token, chars, first_child, is_punct


def source_in_cues(ctx: Context) -> list[Attribution]:
    out: list[Attribution] = []
    doc = ctx.doc
    for tok in ctx.tokens:
        if tok.lower_ != "in" or tok.dep_ != "prep" or ctx.in_quote(tok.i):
            continue
        pobj = first_child(tok, "pobj")
        head = tok.head
        if pobj is None or head.pos_ not in {"VERB", "AUX"} or ctx.in_quote(head.i):
            continue
        noun = pobj.lemma_.lower()
        if noun not in ctx.lex.sources and pobj.lower_ not in ctx.lex.sources:
            continue
        if ctx.lex.verb_of(head.lemma_, head.text) is not None or any(
            c.dep_ == "poss" or c.lower_ in {"his", "her", "their", "its"} for c in pobj.children
        ):
            continue  # "In a statement, the group said ...": the verb is the cue; "in her book": hers
        sent = tok.sent
        content = _fronted(ctx, tok, sent.start, sent.end)
        if content is None and (noun in ctx.lex.polls or pobj.lower_ in ctx.lex.polls):
            content = _trailing(tok, head, sent.start)
        if content is None:
            continue
        out.append(
            Attribution(
                kind="according",
                anchor=tok.i,
                cue=chars(doc, tok.i, tok.i + 1),
                speaker=ctx.speaker_of(pobj),
                speaker_token=pobj.i,
                content=ctx.content([chars(doc, *content)], tok.i),
                lemma="in",
                cls="evidence",
                frame="according",
            )
        )
    return out


def _fronted(ctx: Context, tok: Token, start: int, end: int) -> tuple[int, int] | None:
    """The clause after a sentence-opening "In the poll," phrase."""
    if tok.i != start or tok.right_edge.i + 1 >= end or ctx.doc[tok.right_edge.i + 1].text != ",":
        return None
    lo, hi = tok.right_edge.i + 2, end
    while hi > lo and is_punct(ctx.doc[hi - 1]):
        hi -= 1
    return (lo, hi) if hi > lo and tok.head.dep_ == "ROOT" else None


def _trailing(tok: Token, head: Token, start: int) -> tuple[int, int] | None:
    """The clause before a trailing "in polls ..." phrase on the main verb."""
    if head.dep_ != "ROOT" or tok.i <= head.i or tok.left_edge.i != tok.i:
        return None
    lo = head.left_edge.i
    return (lo, tok.i) if lo == start and tok.i > lo else None


__all__ = ["source_in_cues"]
