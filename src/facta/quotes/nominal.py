"""Cues that are not verbs: "according to X", "X's claim that ...", "X's attacks on Y",
speaker labels ("SMITH: ...") and quotations signed with a dash ("“...” ― Jane Doe")."""

from __future__ import annotations

from facta.quotes.context import Attribution, Context
from facta.quotes.marks import has_quote_mark
from facta.quotes.spans import Interval, trim
from facta.quotes.syntax import Token, chars, children, first_child, is_punct, is_space

QUOTE_OPENING = frozenset('“„«"')
SIGN_DASHES = ("―", "—", "--", "–")


def name_like(tok: Token) -> bool:
    """A token that can be part of a name label: capitalised word, initial, or joiner inside a name."""
    text = tok.text
    if is_space(tok) or "\n" in text:
        return False
    if text in {".", "-", "'", "’"} or tok.pos_ == "PROPN":
        return True
    return bool(text[:1].isupper() and text.rstrip(".").isalpha())


def according_cues(ctx: Context) -> list[Attribution]:
    out: list[Attribution] = []
    doc = ctx.doc
    for tok in ctx.tokens:
        if tok.text.lower() != "according" or ctx.in_quote(tok.i):
            continue
        to = next((c for c in tok.children if c.text.lower() == "to"), None)
        if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].text.lower() == "to":
            to = doc[tok.i + 1]
        pobj = first_child(to, "pobj") if to is not None else None
        speaker: Interval | None = None
        if to is not None and pobj is None and to.right_edge.i > to.i:
            # "according to show insiders": the tagger took a noun for a verb; the words after "to"
            nouns = [t for t in doc[to.i + 1 : to.right_edge.i + 1] if t.pos_ in {"NOUN", "PROPN"}]
            pobj = nouns[-1] if nouns and not ctx.in_quote(to.i + 1) else None
            speaker = chars(doc, to.i + 1, to.right_edge.i + 1) if pobj is not None else None
        head = tok.head
        if to is None or pobj is None or head.i == tok.i:
            continue
        own = (tok.left_edge.i, tok.right_edge.i + 1)
        sent = head.sent
        lo, hi = (head.left_edge.i, head.right_edge.i + 1) if head.dep_ != "ROOT" else (sent.start, sent.end)
        parts: list[Interval] = []
        if lo < own[0]:
            parts.append(chars(doc, lo, own[0]))
        if own[1] < hi:
            parts.append(chars(doc, own[1], hi))
        out.append(
            Attribution(
                kind="according",
                anchor=tok.i,
                cue=chars(doc, tok.i, to.i + 1),
                speaker=speaker or ctx.speaker_of(pobj),
                speaker_token=pobj.i,
                content=ctx.content(parts, tok.i),
                lemma="according to",
                cls="speech",
                frame="according",
            )
        )
    return out


def owner(tok: Token) -> Token | None:
    """Whose claim or stance a noun states: possessor, "by/from X", or a name compound."""
    poss = first_child(tok, "poss")
    if poss is not None:
        return poss
    by = next((c for c in children(tok, "prep") if c.text.lower() in {"by", "from"}), None)
    pobj = first_child(by, "pobj") if by is not None else None
    if pobj is not None:
        return pobj
    compound = [
        c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
    ]
    return compound[-1] if compound else None


def noun_cues(ctx: Context) -> list[Attribution]:
    out: list[Attribution] = []
    for tok in ctx.tokens:
        if tok.pos_ != "NOUN" or ctx.in_quote(tok.i):
            continue
        lemma = tok.lemma_.lower()
        found: tuple[list[Interval], str, int] | None = None
        if lemma in ctx.lex.claims:
            clause = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in {"acl", "ccomp", "appos"}
                    and any(m.text.lower() == "that" for m in c.children)
                ),
                None,
            )
            if clause is not None:
                found = ([ctx.subtree(clause)], "claim", tok.i + 1)
        preps = ctx.lex.stances.get(lemma) or ctx.lex.stances.get(tok.text.lower())
        if found is None and preps:
            prep = next((c for c in children(tok, "prep") if c.text.lower() in preps), None)
            pobj = first_child(prep, "pobj", "pcomp") if prep is not None else None
            if prep is not None and pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                end = prep.i + 1 if prep.i == tok.i + 1 else tok.i + 1
                found = ([ctx.subtree(pobj)], "stance", end)
        if found is None:
            continue
        who = owner(tok)
        if who is None:
            continue
        parts, frame, cue_end = found
        out.append(
            Attribution(
                kind="noun",
                anchor=tok.i,
                cue=chars(ctx.doc, tok.i, cue_end),
                speaker=ctx.speaker_of(who),
                speaker_token=who.i,
                content=ctx.content(parts, tok.i),
                lemma=lemma,
                cls="speech",
                frame=frame,
            )
        )
    return out


def label_cues(ctx: Context) -> list[Attribution]:
    """Paragraphs opening with a speaker label: "SMITH: We will ..." (transcripts, headlines)."""
    out: list[Attribution] = []
    doc, text = ctx.doc, ctx.text
    for para in ctx.paragraphs:
        begin = para.start
        if text[begin] in QUOTE_OPENING:  # a transcript quoted as a whole: "\"SMITH: ..."
            begin += 1
        colon = text.find(":", begin, min(para.end, begin + 60))
        first = ctx.token_starting(begin)
        if colon < 0 or first is None or colon + 1 >= para.end:
            continue
        prefix = text[begin:colon].strip()
        if not prefix or prefix.lower() in ctx.labels or has_quote_mark(prefix):
            continue
        toks = ctx.tokens[first : ctx.token_at(colon)]
        if not 1 <= len(toks) <= 5 or toks[-1].i + 1 >= len(doc) or doc[toks[-1].i + 1].text != ":":
            continue
        if not all(name_like(t) for t in toks) or is_punct(toks[0]):
            continue
        named = any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or t.text.isupper() for t in toks)
        if len([t for t in toks if not is_punct(t)]) > 2 and not named:
            continue
        start, end = trim(text, (colon + 1, para.end), keep_final=text[para.end - 1] in '”"')
        if end <= start or not said_after_label(text[start:end]):
            continue
        out.append(
            Attribution(
                kind="label",
                anchor=toks[-1].i + 1,
                cue=(colon, colon + 1),
                speaker=(begin, begin + len(text[begin:colon].rstrip())),
                speaker_token=toks[-1].i,
                content=[(start, end)],
                lemma=":",
                cls="speech",
                frame="label",
            )
        )
    return out


def said_after_label(rest: str) -> bool:
    """What follows a label can be something said: not a bare figure ("Smith: 1,204.", a tally) nor a
    list of names ("Iowa: Ann Lee, Bo Diaz, Cy Moss", a roster)."""
    if not any(ch.isalpha() for ch in rest):
        return False
    items = [item.strip(" .;") for item in rest.split(",")]
    roster = len(items) >= 3 and all(
        item and len(item.split()) <= 4 and all(w[:1].isupper() for w in item.split()) for item in items
    )
    return not roster


def dash_cues(ctx: Context) -> list[Attribution]:
    """A quotation signed with a dash: "“We will stay.” ― Jane Doe, a teacher"."""
    out: list[Attribution] = []
    doc, text = ctx.doc, ctx.text
    for q in ctx.quotes:
        para = ctx.paragraphs[q.paragraph]
        rest = text[q.end : para.end]
        stripped = rest.lstrip()
        dash = next((d for d in SIGN_DASHES if stripped.startswith(d)), None)
        if dash is None:
            continue
        dash_at = q.end + (len(rest) - len(stripped))
        name_at = dash_at + len(dash)
        while name_at < para.end and text[name_at].isspace():
            name_at += 1
        first = ctx.token_starting(name_at)
        if first is None or not name_like(doc[first]):
            continue
        last = first
        while last + 1 < len(doc) and doc[last + 1].idx < para.end and name_like(doc[last + 1]):
            if doc[last + 1].text in {".", ","}:
                break
            last += 1
        nxt = text.find("“", name_at, para.end)
        name = trim(text, (name_at, nxt if nxt > 0 else para.end))
        if text[name[0] : name[1]].count(" ") > 12:
            name = chars(doc, first, last + 1)
        out.append(
            Attribution(
                kind="dash",
                anchor=first,
                cue=(dash_at, dash_at + len(dash)),
                speaker=name,
                speaker_token=last,
                content=[(q.start, q.end)],
                lemma="―",
                cls="speech",
                frame="dash",
            )
        )
    return out


def headline_cues(ctx: Context) -> list[Attribution]:
    """A title-case headline opening the text, whose verb the parser took for a name ("Rebel Leader
    Rejects Truce Offer"): the words before the verb are the speaker, the words after it the content."""
    out: list[Attribution] = []
    if not ctx.paragraphs:
        return out
    para = ctx.paragraphs[0]
    doc, text = ctx.doc, ctx.text
    toks = [t for t in ctx.tokens[ctx.token_at(para.start) : ctx.token_at(para.end)] if not is_space(t)]
    words = [t for t in toks if t.text[:1].isalpha()]
    if not 3 <= len(words) <= 25 or sum(w.text[0].isupper() for w in words) < 0.8 * len(words):
        return out
    start = toks[0].i
    for tok in toks[1:]:
        if tok.text == ":" and tok.i < toks[-1].i:  # "The Latest: ..." — a label, not a speaker
            start = tok.i + 1
            continue
        form = tok.text.lower()
        if tok.pos_ == "VERB" or not tok.text[:1].isupper() or not form.endswith("s") or ctx.in_quote(tok.i):
            continue
        stems = (
            [form[:-1]]
            + ([form[:-2]] if form.endswith("es") else [])
            + ([form[:-3] + "y"] if form.endswith("ies") else [])
        )
        entry = next((e for e in (ctx.lex.verb(x) for x in stems) if e is not None), None)
        if entry is None or tok.i - start < 1 or tok.i - start > 8:
            continue
        end = tok.i + 1
        while end <= toks[-1].i and doc[end].text not in {",", ";", ":", ".", "—", "–"}:
            end += 1
        if end == tok.i + 1:
            continue
        speaker = trim(text, chars(doc, start, tok.i))
        out.append(
            Attribution(
                kind="headline",
                anchor=tok.i,
                cue=chars(doc, tok.i, tok.i + 1),
                speaker=speaker,
                speaker_token=tok.i - 1,
                content=ctx.content([chars(doc, tok.i + 1, end)]),
                lemma=entry.lemma,
                cls=entry.cls,
                frame="headline",
            )
        )
        break
    return out


IRREGULAR_SAY = {"said": "say", "says": "say"}


def inverted_cues(ctx: Context) -> list[Attribution]:
    """A sentence opening with the cue before a short speaker phrase and a colon or comma, then a
    quotation ("Said one diplomat: “The talks are over.”"): a journalistic inversion the parser
    rarely gets right."""
    out: list[Attribution] = []
    doc, text = ctx.doc, ctx.text
    for q in ctx.quotes:
        para = ctx.paragraphs[q.paragraph]
        lead = text[para.start : q.start].rstrip()
        if not lead.endswith((":", ",")):
            continue
        cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind("” "), lead.rfind('" '))
        begin = para.start + (cut + 2 if cut >= 0 else 0)
        first = ctx.token_starting(begin)
        if first is None or not doc[first].text[:1].isupper():
            continue
        end = ctx.token_at(para.start + len(lead) - 1)  # the colon or comma
        cue_tok = doc[first]
        form = cue_tok.text.lower()
        entry = ctx.lex.verb(IRREGULAR_SAY.get(form, "")) or ctx.lex.verb_of(cue_tok.lemma_, form)
        if entry is None or entry.cls != "speech" or not form.endswith(("d", "s")) or form.endswith("ss"):
            continue
        phrase = [t for t in doc[first + 1 : end] if not is_space(t)]
        if not 1 <= len(phrase) <= 6 or any(ctx.in_quote(t.i) or t.tag_.startswith("VB") for t in phrase):
            continue
        nouns = [t for t in phrase if t.tag_ in {"NN", "NNS", "NNP", "NNPS", "PRP"}]
        if not nouns or any(t.text in {",", ":", ";", "(", ")"} for t in phrase):
            continue
        out.append(
            Attribution(
                kind="verb",
                anchor=first,
                cue=chars(doc, first, first + 1),
                speaker=chars(doc, phrase[0].i, phrase[-1].i + 1),
                speaker_token=nouns[-1].i,
                content=ctx.content([(q.start, q.end)]),
                lemma=entry.lemma,
                cls=entry.cls,
                frame="quote",
            )
        )
    return out
