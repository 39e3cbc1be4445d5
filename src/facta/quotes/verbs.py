"""Verb and adjective cues: "X said (that) ...", "X urged Y to ...", "X is critical of Y"."""

from __future__ import annotations

from facta.quotes.context import Attribution, Context
from facta.quotes.lexicon import CueVerb
from facta.quotes.phrases import match_phrase, phrase_attribution
from facta.quotes.spans import Interval, covers
from facta.quotes.syntax import (
    INHERIT_DEPS,
    WH_WORDS,
    Token,
    chars,
    children,
    cue_tokens,
    first_child,
    is_punct,
    referent,
    subject,
)

MEDIUM_PREPS = frozenset({"in"})
DEFINITE = frozenset({"the", "this", "that", "his", "her", "its", "their"})
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "brief", "notify", "warn", "urge", "ask", "advise", "remind", "reassure"}
)
PERSONAL = frozenset({"he", "she", "they", "we", "i"})
NO_REPLY = frozenset({"respond", "reply", "comment", "return", "answer"})
NOT_SPEAKERS = frozenset({"you", "them", "him", "me", "us", "whom", "yourself"})
PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})
NOT_CONTENT = frozenset({"it", "them", "him", "her", "me", "us", "you", "what", "which", "this", "anything", "nothing", "something", "much", "little"})
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "sound", "grow", "get"})


def verb_cues(ctx: Context) -> list[Attribution]:
    out: list[Attribution] = []
    for tok in ctx.tokens:
        if tok.pos_ not in {"VERB", "AUX"} or ctx.in_quote(tok.i):
            continue
        phrase = match_phrase(ctx, tok) if tok.lemma_.lower() in ctx.lex.phrases else None
        if phrase is not None:
            subj = speaker_token(ctx, tok)
            if subj is not None:
                out.append(phrase_attribution(ctx, tok, phrase[0], phrase[1], subj))
            continue
        entry = ctx.lex.verb_of(tok.lemma_, tok.text)
        if entry is None or tok.lemma_.lower() == "be":
            continue
        if entry.lemma in NO_REPLY and any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not respond to a request for comment" says nothing
        if entry.particle and not any(
            c.dep_ in {"prt", "dobj"} and c.text.lower() == entry.particle and c.i == tok.i + 1
            for c in tok.children
        ):
            continue
        subj = speaker_token(ctx, tok)
        if subj is None:
            continue
        out.append(verb_attribution(ctx, tok, entry, subj))
    return out


def speaker_token(ctx: Context, tok: Token) -> Token | None:
    """The subject of a cue in the cue's paragraph and outside quotations (or a name right before it)."""
    para = ctx.paragraph_of_token(tok.i)

    def ok(t: Token) -> bool:
        return not ctx.in_quote(t.i) and ctx.paragraph_of_token(t.i) == para

    subj = subject(tok, ok=ok)
    subj = after_dateline(ctx, subj, tok)
    subj = contrasted(subj, tok)
    if subj is None:
        subj = adjacent_subject(ctx, tok)
    if subj is None:
        subj = opening_noun(ctx, tok)
    if subj is None or ctx.paragraph_of_token(subj.i) != para or subj.text.lower() in NOT_SPEAKERS:
        return None
    if subj.i == tok.head.i and tok.dep_ == "acl":  # "officials saying ..." — only for verbs of saying
        entry = ctx.lex.verb_of(tok.lemma_, tok.text)
        opens = 0 <= ctx.dateline_end(tok.i) <= subj.left_edge.i and tok.tag_ in {"VBD", "VBN"}
        if (
            not opens
            and not predicate_like(ctx, tok)
            and (entry is None or entry.cls not in {"speech", "evidence"})
        ):
            return None
    return subj


def opening_noun(ctx: Context, tok: Token) -> Token | None:
    """The noun phrase opening the sentence of a subjectless main verb of saying that reports a
    clause to its right ("Trump, later alleging - falsely - that ..., said he would ..."): the parser
    lost the subject in what it took for another clause."""
    if tok.dep_ != "ROOT" or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    doc = ctx.doc
    j = tok.sent.start
    dateline = ctx.dateline_end(tok.i)
    if j <= dateline < tok.i:
        j = dateline
    while j < tok.i and (doc[j].text.isspace() or doc[j].tag_ in {"DT", "PRP$", "JJ", "``"} or doc[j].dep_ == "cc"):
        j += 1
    if j >= tok.i or ctx.in_quote(j) or doc[j].tag_ not in {"NNP", "NNPS", "NN", "NNS", "PRP"}:
        return None
    if doc[j].tag_ == "PRP":
        return doc[j] if doc[j].text.lower() in PERSONAL else None
    while j + 1 < tok.i and doc[j + 1].tag_ in {"NNP", "NNPS", "NN", "NNS"} and not ctx.in_quote(j + 1):
        j += 1
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or (nxt.i != tok.i and nxt.text not in {",", "(", "--", "—", "–"}):
        return None
    return doc[j]


def predicate_like(ctx: Context, tok: Token) -> bool:
    """A participle the parser hung on a name that reads as the clause's verb: set off by a comma and
    taking an active complement ("Amos Dere, offered on Tuesday to open talks, ...")."""
    before = ctx.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.text != "," or tok.tag_ not in {"VBD", "VBN"}:
        return False
    deps = {c.dep_ for c in tok.children}
    return "agent" not in deps and bool(
        deps & {"xcomp", "dobj", "ccomp"}
        or any(c.dep_ == "advcl" and any(a.text.lower() == "to" for a in c.children) for c in tok.children)
    )


def contrasted(subj: Token | None, verb: Token) -> Token | None:
    """The subject after "but" when the parser coordinated two clauses' subjects ("X offered talks,
    but the minister, Y, dismissed ...": the subject of "dismissed" is the minister)."""
    if subj is None:
        return None
    for tok in subj.subtree:
        if tok.dep_ == "cc" and tok.text.lower() == "but":
            conjuncts = [c for c in tok.head.children if c.dep_ == "conj" and tok.i < c.i < verb.i]
            if conjuncts:
                return conjuncts[-1]
    return subj


def after_dateline(ctx: Context, subj: Token | None, verb: Token) -> Token | None:
    """A subject the parser took from a dateline ("BAGHDAD - The group said"): the phrase after the dash."""
    end = ctx.dateline_end(verb.i)
    if end < 0 or end > verb.i:
        return subj
    if subj is not None and subj.i >= end:
        return subj
    span = range(end, verb.i)
    heads = [ctx.doc[i] for i in span if not (end <= ctx.doc[i].head.i < verb.i) and not is_punct(ctx.doc[i])]
    nouns = [t for t in heads if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return nouns[-1] if nouns else subj


def adjacent_subject(ctx: Context, tok: Token) -> Token | None:
    """A name or pronoun right before a subjectless cue the parser attached elsewhere ("... Trump said")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl", "auxpass"} for c in tok.children):
        return None
    if tok.dep_ in INHERIT_DEPS or tok.dep_ in {"relcl", "acl", "amod"}:
        return None
    j = tok.i - 1
    while j >= 0 and ctx.doc[j].head.i == tok.i and ctx.doc[j].dep_ in {"aux", "neg", "advmod"}:
        j -= 1
    if j < 0:
        return None
    prev = ctx.doc[j]
    closing = {"”", '"', "''"}
    if prev.text in closing or (prev.text == "," and j > 0 and ctx.doc[j - 1].text in closing):
        return name_after(ctx, tok)
    if ctx.in_quote(j) or prev.dep_ in {"dobj", "nsubj"}:
        return None
    if prev.tag_ in {"NNP", "NNPS", "PRP", "NN", "NNS"}:
        if prev.tag_ == "PRP" and prev.text.lower() not in PERSONAL:
            return None
        return prev
    if prev.text == "," and tok.tag_ in {"VBD", "VBZ", "VBP"}:
        return fronted_phrase(ctx, tok, j)
    return None


def name_after(ctx: Context, tok: Token) -> Token | None:
    """The speaker named right after an inverted cue the parser attached elsewhere ("“...,” said Robin
    Maynard, half joking"): a personal pronoun, a run of proper nouns, or a determiner and nouns."""
    doc = ctx.doc
    j = tok.i + 1
    if j >= len(doc) or ctx.in_quote(j) or doc[j].sent.start != tok.sent.start:
        return None
    first = doc[j]
    if first.tag_ == "PRP":
        return first if first.text.lower() in PERSONAL else None
    if first.tag_ not in {"NNP", "NNPS", "DT"}:
        return None
    last = None
    while j < len(doc) and not ctx.in_quote(j) and (doc[j].tag_ in {"NNP", "NNPS", "NN", "NNS", "JJ"} or j == first.i):
        if doc[j].tag_ in {"NNP", "NNPS", "NN", "NNS"}:
            last = doc[j]
        j += 1
    if last is None or last.head.i == tok.i:
        return None  # attached to the cue, but not as its subject: an object
    return last


def fronted_phrase(ctx: Context, tok: Token, end: int) -> Token | None:
    """One noun phrase filling the clause before a subjectless cue ("Ms. Boxer, who was in Nevada ...,
    called ..."; "“...,” Gene Sperling, an adviser, said"): the parser hung it elsewhere, but nothing
    else can be the subject."""
    doc = ctx.doc
    start = tok.sent.start
    for k in range(end - 1, start - 1, -1):
        if ctx.in_quote(k):  # "“...,” Gene Sperling, a Clinton adviser, said": the name after the quotation
            j = k + 1
            while j < end and is_punct(doc[j]):
                j += 1
            run = j
            while run + 1 < end and doc[run + 1].tag_ in {"NNP", "NNPS"}:
                run += 1
            named = doc[j].tag_ in {"NNP", "NNPS"} and doc[run + 1].text in {",", "("} | {tok.text}
            return doc[run] if named and run + 1 <= end else None
    while start < end and (is_punct(doc[start]) or doc[start].dep_ == "cc" or doc[start].text.isspace()):
        start += 1
    dateline = ctx.dateline_end(tok.i)
    if 0 <= start <= dateline <= end:
        start = dateline
    last = end - 1 if doc[end].text == "," else end
    for i in range(start, last + 1):
        cand = doc[i]
        if cand.left_edge.i == start and cand.right_edge.i in {last, end} and cand.pos_ in {"NOUN", "PROPN"}:
            return cand if not ctx.in_quote(i) and cand.head.i != tok.i else None
    return None


def verb_attribution(ctx: Context, tok: Token, entry: CueVerb, subj: Token) -> Attribution:
    stop = subj.right_edge.i if subj.i < tok.i else -1
    c_start, c_end = cue_tokens(ctx.doc, tok, stop)
    head = tok.head
    if (
        tok.dep_ == "xcomp"
        and head.pos_ in {"VERB", "AUX"}
        and stop < head.i < tok.i
        and ctx.lex.verb_of(head.lemma_, head.text) is None
    ):
        c_start = min(c_start, cue_tokens(ctx.doc, head, stop)[0])  # "appeared to suggest"
    att = Attribution(
        kind="verb",
        anchor=tok.i,
        cue=extend_cue(ctx, tok, chars(ctx.doc, c_start, c_end)),
        speaker=ctx.speaker_of(subj, tok),
        speaker_token=referent(subj).i,
        lemma=entry.lemma,
        cls=entry.cls,
        inherited=subj.head.i != tok.i and subj.head.head.i != tok.i,
    )
    frames = entry.frames
    if "clause" in frames or "quote" in frames:
        clauses = [c for c in children(tok, "ccomp") if not c.left_edge.i <= subj.i <= c.right_edge.i]
        if not clauses and "clause" in frames:
            clauses = object_clause(tok)  # "told a meeting of leaders that ..."
        fronted = fronted_relative(ctx, tok, subj) if not clauses and "clause" in frames else []
        if clauses and "clause" in frames:
            att.content = ctx.content([ctx.subtree(c) for c in clauses], tok.i)
            att.frame = "clause"
        elif fronted:  # "changes which officials said will go into effect ..."
            att.content, att.frame = ctx.content(fronted, tok.i), "clause"
        elif parenthetical(ctx, tok):  # "And perhaps, he said, it could help ..."
            att.content = ctx.content(around(ctx, tok.head, tok), tok.i)
            att.frame = "parenthetical"
        elif "clause" in frames and (reported := fronted_subject(ctx, tok, subj)) is not None:
            att.content, att.frame = ctx.content([reported], tok.i), "clause"
        elif "quote" in frames:
            head_quote = ctx.quote_index(tok.head.i) if tok.dep_ in {"parataxis", "ccomp"} else -1
            if head_quote >= 0 and tok.head.i != tok.i:
                q = ctx.quote(head_quote)
                att.content, att.frame = ctx.content([(q.start, q.end)]), "quote"
            elif clauses:  # a quoted clause under a quote-only verb
                att.content = ctx.content([ctx.subtree(c) for c in clauses], tok.i)
                att.frame = "clause"
        if not att.content and "clause" in frames and entry.cls == "speech" and "obj" not in frames:
            loose = loose_clause(tok, entry)
            if loose:  # the parser took the reported clause for an object ("said those donations paid ...")
                att.content, att.frame = ctx.content([ctx.subtree(c) for c in loose], tok.i), "clause"
    att.quote_ok = "quote" in frames
    fallback(ctx, att, tok, entry, c_end)
    att.addressee_token = addressee(att, tok, entry)
    return att


def fronted_relative(ctx: Context, tok: Token, subj: Token) -> list[Interval]:
    """The reported clause of a cue inside a relative clause, whose relative pronoun opens the
    reported clause before the speaker ("changes which officials said will go into effect"): the
    pronoun and the rest of the clause after the cue."""
    for clause in children(tok, "ccomp"):
        lo, hi = clause.left_edge.i, clause.right_edge.i
        if lo < subj.left_edge.i <= subj.i < tok.i < hi and ctx.doc[lo].text.lower() in WH_WORDS | {"what"}:
            return [chars(ctx.doc, lo, subj.left_edge.i), chars(ctx.doc, tok.i + 1, hi + 1)]
    return []


def loose_clause(tok: Token, entry: CueVerb) -> list[Token]:
    """What a verb of saying reports when the parser found no clause: an object, an infinitive-less
    complement or "so"/"yes" right of the cue ("said those donations paid ...", "said so")."""
    out = []
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "dobj" and entry.lemma not in ADDRESSEE_VERBS and c.text.lower() not in NOT_CONTENT:
            out.append(c)
        elif c.dep_ == "xcomp" and not any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children):
            out.append(c)
        elif c.dep_ == "intj" or (c.dep_ == "advmod" and c.text.lower() == "so" and c.i == tok.i + 1):
            out.append(c)
    return out


def object_clause(tok: Token) -> list[Token]:
    """A that-clause the parser hung on the object or on "in a statement" ("told a meeting of
    leaders that ...", "said in a statement that ...")."""
    holders = [c for c in tok.children if c.dep_ == "dobj"]
    holders += [p for prep in tok.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    clauses = [c for h in holders for c in h.children if c.dep_ in {"ccomp", "acl", "relcl"}]
    return [c for c in clauses if any(m.dep_ == "mark" and m.text.lower() == "that" for m in c.children)]


def fronted_subject(ctx: Context, tok: Token, subj: Token) -> Interval | None:
    """The reported clause the parser split into a second subject: "Couple X and Y get nervous, said
    Z" (a subject before the cue, the speaker after it, a comma between)."""
    if subj.i < tok.i or ctx.doc[tok.i - 1].text != ",":
        return None
    before = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"} and c.i < tok.i]
    if not before:
        return None
    start = max(before[0].left_edge.i, tok.sent.start)
    return chars(ctx.doc, start, tok.i - 1)


def around(ctx: Context, head: Token, inner: Token) -> list[Interval]:
    """The subtree of ``head`` without the subtree of ``inner`` (one or two pieces)."""
    own = (inner.left_edge.i, inner.right_edge.i + 1)
    parts = []
    if head.left_edge.i < own[0]:
        parts.append(chars(ctx.doc, head.left_edge.i, own[0]))
    if own[1] <= head.right_edge.i:
        parts.append(chars(ctx.doc, own[1], head.right_edge.i + 1))
    return parts


def parenthetical(ctx: Context, tok: Token) -> bool:
    """A cue set into the clause it reports: "..., he said, ..." / "X, he said." (no quotation)."""
    head = tok.head
    if head.i == tok.i or head.pos_ not in {"VERB", "AUX"} or ctx.in_quote(head.i):
        return False
    if tok.dep_ == "parataxis":
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.text.lower() == "as" for c in tok.children):
        return True  # "As the minister put it, ..."
    before = ctx.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is None or before.text != "," or tok.i < head.i:
        return False
    if tok.dep_ == "advcl":  # "The talks are over, the minister said." parsed as an adverbial clause
        after = ctx.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(ctx.doc) else None
        closes = after is None or after.text in {".", "!", "?", ";"} or "\n" in after.text
        own = any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ == "mark" for c in tok.children)
        return own and closes and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children)
    return tok.dep_ == "ccomp"


def extend_cue(ctx: Context, verb: Token, cue: Interval) -> Interval:
    """Add "in a statement" / "in an interview" and a colon right after the cue."""
    end = cue[1]
    for prep in children(verb, "prep"):
        pobj = first_child(prep, "pobj")
        if (
            prep.text.lower() in MEDIUM_PREPS
            and pobj is not None
            and pobj.lemma_.lower() in ctx.lex.media
            and not any(d.text.lower() in DEFINITE for d in pobj.children)
            and prep.idx >= end
            and not ctx.text[end : prep.idx].strip()
        ):
            end = pobj.idx + len(pobj.text)
    end = _extend_right(ctx, verb, end)
    if ctx.text[end : end + 1] == ":":
        end += 1
    return cue[0], end


def _extend_right(ctx: Context, verb: Token, end: int) -> int:
    """A bare date or adverb right after the cue joins it ("said Monday", "said repeatedly")."""
    doc = ctx.doc
    j = ctx.token_starting(end + 1) if ctx.text[end : end + 1] == " " else ctx.token_starting(end)
    if j is None or j >= len(doc) or ctx.in_quote(j):
        return end
    nxt = doc[j]
    if nxt.head.i != verb.i:
        return end
    if nxt.dep_ == "npadvmod" and nxt.ent_type_ in {"DATE", "TIME"} and nxt.left_edge.i == nxt.i:
        return nxt.idx + len(nxt.text)
    if nxt.dep_ == "advmod" and nxt.pos_ == "ADV" and not any(True for _ in nxt.children):
        return nxt.idx + len(nxt.text)
    return end


def fallback(ctx: Context, att: Attribution, tok: Token, entry: CueVerb, cue_end_token: int) -> None:
    """Content for a cue without clause or quotation: infinitive, object, or preposition."""
    frames = entry.frames
    dobj = first_child(tok, "dobj")
    if "xcomp" in frames:
        xcomp = first_child(tok, "xcomp") or next(
            (
                c
                for c in children(tok, "advcl")
                if any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)
            ),
            None,
        )
        if xcomp is not None:
            parts = [ctx.subtree(xcomp)]
            if dobj is not None and dobj.i < xcomp.i:
                parts.append(ctx.subtree(dobj))
            att.fallback, att.fallback_frame = ctx.content(parts, tok.i), "xcomp"
            return
    if "oprd" in frames:
        named = dobj or first_child(tok, "ccomp")  # "called what she witnessed ''terrible''"
        oprd = first_child(tok, "oprd")
        if named is not None and oprd is None:
            # "called the senator “the next George Washington”": the quoted name hangs on the object
            oprd = next((c for c in named.children if c.dep_ in {"appos", "oprd"} and ctx.in_quote(c.i)), None)
        if named is not None and oprd is None:  # "calling him “a disgrace”" parsed as two objects
            oprd = next((c for c in tok.children if c.dep_ in {"dobj", "attr"} and c.i > named.i), None)
        if named is not None and oprd is not None:
            att.fallback = ctx.content([ctx.subtree(named), ctx.subtree(oprd)], tok.i)
            att.fallback_frame = "oprd"
            return
    preps = children(tok, "prep")
    if "as" in frames and dobj is not None:
        as_prep = next((c for c in preps if c.text.lower() == "as"), None)
        if as_prep is not None:
            att.fallback = ctx.content([ctx.subtree(dobj), ctx.subtree(as_prep)], tok.i)
            att.fallback_frame = "as"
            return
    patient = passive_patient(tok)
    if patient is not None and ("obj" in frames or entry.cls in {"speech", "evidence"}):
        att.fallback, att.fallback_frame = ctx.content([patient], tok.i), "passive"
        return
    if "obj" in frames and dobj is not None and (dobj.pos_ != "PRON" or dobj.text.lower() in PERSONAL_OBJECTS):
        parts = [ctx.subtree(dobj)]
        parts += [
            ctx.subtree(p) for p in preps if p.i > dobj.i and p.text.lower() in {"of", "for", "as", "to"}
        ]
        att.fallback, att.fallback_frame = ctx.content(parts, tok.i), "obj"
        return
    if "for" in frames:  # "called for the president to resign": "for" opens an adverbial clause
        clause = next(
            (
                c
                for c in children(tok, "advcl")
                if c.i > tok.i and ctx.doc[c.left_edge.i].text.lower() == "for" and c.left_edge.i > tok.i
            ),
            None,
        )
        if clause is not None:
            mark = ctx.doc[clause.left_edge.i]
            att.fallback = ctx.content([chars(ctx.doc, mark.i + 1, clause.right_edge.i + 1)], tok.i)
            att.fallback_frame = "for"
            if mark.i == cue_end_token:
                att.fallback_cue_end = mark.idx + len(mark.text)
            return
    for prep in preps:
        if prep.text.lower() not in frames:
            continue
        pobj = first_child(prep, "pobj", "pcomp")
        if pobj is None:
            continue
        parts = [ctx.subtree(pobj)]
        xcomp = first_child(tok, "xcomp")
        if xcomp is not None and xcomp.i > pobj.i:  # "called on X to ..."
            parts.append(ctx.subtree(xcomp))
        att.fallback, att.fallback_frame = ctx.content(parts, tok.i), prep.text.lower()
        if prep.i == cue_end_token and att.cue is not None:
            att.fallback_cue_end = prep.idx + len(prep.text)
        return


def passive_patient(tok: Token) -> Interval | None:
    """What a passive cue with an agent reports: its subject ("The meeting was first reported by
    Politico") or the noun a participle modifies ("an article written by X")."""
    if not any(c.dep_ == "agent" for c in tok.children):
        return None
    subj = first_child(tok, "nsubjpass")
    if subj is not None:
        return chars(tok.doc, subj.left_edge.i, subj.right_edge.i + 1)
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and head.i < tok.i:
        end = tok.left_edge.i
        while end > head.i + 1 and is_punct(tok.doc[end - 1]):
            end -= 1
        return chars(tok.doc, head.left_edge.i, end)
    return None


def addressee(att: Attribution, tok: Token, entry: CueVerb) -> int | None:
    """Who the statement is told to ("told Reuters") or about ("accused X")."""
    obj = first_child(tok, "dobj", "dative")
    if obj is not None and entry.lemma in ADDRESSEE_VERBS and not covers(att.content, obj.idx):
        return int(obj.i)
    if obj is not None and entry.cls == "evaluation":
        return int(obj.i)
    to = next((c for c in children(tok, "prep") if c.text.lower() == "to"), None)
    if to is not None and entry.cls == "speech":
        pobj = first_child(to, "pobj")
        return int(pobj.i) if pobj is not None else None
    return None


def adjective_cues(ctx: Context) -> list[Attribution]:
    """Stated attitudes: "X is critical of Y", "X was confident that ...", "X is eager to ..."."""
    out: list[Attribution] = []
    for tok in ctx.tokens:
        entry = ctx.lex.adjective(tok.text.lower())
        if entry is None or ctx.in_quote(tok.i) or tok.pos_ not in {"ADJ", "VERB"}:
            continue
        if tok.dep_ == "acomp" and tok.head.lemma_.lower() in COPULAS:
            verb = tok.head
        elif tok.pos_ == "VERB" and any(
            c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be" for c in tok.children
        ):
            verb = tok
        else:
            continue
        subj = speaker_token(ctx, verb)
        if subj is None or subj.i > tok.i or subj.text.lower() in {"it", "this", "that", "there"}:
            continue  # "it is clear that ..." states no one's attitude
        parts, frame, prep_end = adjective_content(ctx, tok, entry.frames)
        if not parts:
            continue
        start, _end = cue_tokens(ctx.doc, verb, subj.right_edge.i)
        cue_end = prep_end if prep_end is not None else tok.i + 1
        out.append(
            Attribution(
                kind="adjective",
                anchor=tok.i,
                cue=chars(ctx.doc, min(start, tok.i), cue_end),
                speaker=ctx.speaker_of(subj, verb),
                speaker_token=referent(subj).i,
                content=ctx.content(parts, tok.i),
                lemma=entry.lemma,
                cls=entry.cls,
                frame=frame,
            )
        )
    return out


def adjective_content(
    ctx: Context, adj: Token, frames: frozenset[str]
) -> tuple[list[Interval], str, int | None]:
    holders = [adj, adj.head] if adj.dep_ == "acomp" else [adj]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "ccomp" and "clause" in frames:
                return [ctx.subtree(child)], "clause", None
            if child.dep_ == "xcomp" and "xcomp" in frames:
                return [ctx.subtree(child)], "xcomp", None
    for prep in children(adj, "prep"):
        if prep.text.lower() in frames:
            pobj = first_child(prep, "pobj", "pcomp")
            if pobj is not None:
                end = prep.i + 1 if prep.i == adj.i + 1 else None
                return [ctx.subtree(pobj)], prep.text.lower(), end
    return [], "", None
