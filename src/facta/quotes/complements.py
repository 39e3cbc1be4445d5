"""What a cue verb reports when it has no that-clause: infinitives, objects, prepositions, passive
subjects, naming predicates, parenthetical and fronted clauses."""

from __future__ import annotations

from facta.quotes.context import Attribution, Context
from facta.quotes.lexicon import CueVerb
from facta.quotes.spans import Interval
from facta.quotes.syntax import WH_WORDS, Token, chars, children, first_child, is_punct

ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "brief", "notify", "warn", "urge", "ask", "advise", "remind", "reassure"}
)
PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})
NOT_CONTENT = frozenset(
    {
        "it",
        "them",
        "him",
        "her",
        "me",
        "us",
        "you",
        "what",
        "which",
        "this",
        "anything",
        "nothing",
        "something",
    }
    | {"much", "little"}
)


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
        infinitive = any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)
        if (
            (
                c.dep_ == "dobj"
                and entry.lemma not in ADDRESSEE_VERBS
                and "thing" not in entry.frames
                and c.text.lower() not in NOT_CONTENT
            )
            or (c.dep_ == "xcomp" and not infinitive)
            or c.dep_ == "intj"
            or (c.dep_ == "advmod" and c.text.lower() == "so" and c.i == tok.i + 1)
        ):
            out.append(c)
    return out


def clause_after_phrase(tok: Token) -> Interval | None:
    """The reported clause after a time or place phrase, which the parser took for an adverbial
    clause opened by that phrase ("said after the meeting he would not accept the offer"): the clause
    from its subject on. Also a that-clause whose "that" the parser took for an adverb ("tweeted in
    the early hours that X was ..."). Not a clause with a conjunction ("said it, because he ...")."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "advcl" or c.i < tok.i:
            continue
        subj = first_child(c, "nsubj", "nsubjpass", "expl")
        if subj is None or subj.i > c.i:
            continue
        that = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
        if (
            that is not None
            and that.text.lower() == "that"
            and that.head.i == c.i
            and c.left_edge.i == that.i
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[tok.i + 1 : that.i])
        ):  # "tweeted in the early hours that X was ...", with "that" taken for an adverb
            return chars(doc, that.i, c.right_edge.i + 1)
        if any(m.dep_ == "mark" for m in c.children):
            continue
        lead = [p for p in c.children if p.i < subj.left_edge.i]
        if not lead or any(p.dep_ != "prep" for p in lead) or lead[0].i != tok.i + 1:
            continue
        if lead[-1].right_edge.i + 1 != subj.left_edge.i:
            continue
        return chars(tok.doc, subj.left_edge.i, c.right_edge.i + 1)
    return None


def object_clause(tok: Token, frame_preps: frozenset[str] = frozenset()) -> list[Token]:
    """A that-clause the parser hung on the object or on "in a statement" ("told a meeting of
    leaders that ...", "said in a statement that ..."); not on the object of a preposition that is
    one of the cue's own frames ("pointed to reports that ...": the reports are what it points to)."""
    holders = [c for c in tok.children if c.dep_ == "dobj"]
    holders += [
        p
        for prep in tok.children
        if prep.dep_ == "prep" and prep.text.lower() not in frame_preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]
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
        # "As the minister put it, ...", but not "as the talks continue to stall" (a clause of its own)
        return not any(
            c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "dobj" and c.text.lower() != "it")
            for c in tok.children
        )
    before = ctx.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is None or before.text != "," or tok.i < head.i:
        return False
    if tok.dep_ == "advcl":  # "The talks are over, the minister said." parsed as an adverbial clause
        after = ctx.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(ctx.doc) else None
        closes = after is None or after.text in {".", "!", "?", ";"} or "\n" in after.text
        own = any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ == "mark" for c in tok.children)
        return own and closes and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children)
    return bool(tok.dep_ == "ccomp")


def fallback(ctx: Context, att: Attribution, tok: Token, entry: CueVerb, cue_end_token: int) -> None:
    """Content for a cue without clause or quotation: infinitive, object, or preposition."""
    frames = entry.frames
    if "oprd" in frames and name_giving(tok):
        return  # "a group called “Free Voices”"
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
        if named is None and oprd is not None:
            # "called Osman, his rival, a “traitor”": the parser took the object for the predicate
            named, *rest = children(tok, "oprd")
            oprd = rest[0] if rest else None
        if named is not None and oprd is None:
            # "called the senator “the next George Washington”": the quoted name hangs on the object
            oprd = next(
                (c for c in named.children if c.dep_ in {"appos", "oprd"} and ctx.in_quote(c.i)), None
            )
        if named is not None and oprd is None:  # "calling him “a disgrace”" parsed as two objects
            oprd = next((c for c in tok.children if c.dep_ in {"dobj", "attr"} and c.i > named.i), None)
        if named is not None and oprd is not None:
            att.fallback = ctx.content([ctx.subtree(named), ctx.subtree(oprd)], tok.i)
            att.fallback_frame = "oprd"
            return
        if named is not None and any(
            ctx.in_quote(t.i) for t in tok.doc[named.i + 1 : named.right_edge.i + 1]
        ):  # "called the use of decrees “dangerous”": the quoted name hangs inside the object
            att.fallback, att.fallback_frame = ctx.content([ctx.subtree(named)], tok.i), "oprd"
            return
    # "called on X to ...": the parser may take the preposition for a particle with an object
    phrasal = [p for p in children(tok, "prt") if first_child(p, "pobj") is not None]
    preps = sorted([*children(tok, "prep"), *phrasal], key=lambda t: t.i)
    if dobj is not None:
        framed = object_then_prep(ctx, tok, dobj, preps, cue_end_token)
        if framed is not None:  # "accused Holt of being ...", "asked him about ..."
            att.fallback = framed
            att.fallback_frame = "obj"
            return
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
    if (
        "obj" in frames
        and dobj is not None
        and (dobj.pos_ != "PRON" or dobj.text.lower() in PERSONAL_OBJECTS)
    ):
        parts = [ctx.subtree(dobj)]
        parts += [
            ctx.subtree(p) for p in preps if p.i > dobj.i and p.text.lower() in {"of", "for", "as", "to"}
        ]
        att.fallback, att.fallback_frame = ctx.content(parts, tok.i), "obj"
        return
    if "obj" in frames and dobj is None:  # "condemned what he called a breach": a free relative
        free = next(
            (
                c
                for c in children(tok, "ccomp")
                if c.i > tok.i and ctx.doc[c.left_edge.i].text.lower() == "what"
            ),
            None,
        )
        if free is not None:
            att.fallback, att.fallback_frame = ctx.content([ctx.subtree(free)], tok.i), "obj"
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
        if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
            continue  # "called on Monday for ...": a date is no addressee
        parts = [ctx.subtree(pobj)]
        xcomp = first_child(tok, "xcomp")
        if xcomp is not None and xcomp.i > pobj.i:  # "called on X to ..."
            parts.append(ctx.subtree(xcomp))
        att.fallback, att.fallback_frame = ctx.content(parts, tok.i), prep.text.lower()
        if _bare_gap(tok, cue_end_token, prep.i) and att.cue is not None and prep.dep_ == "prep":
            att.fallback_cue_end = prep.idx + len(prep.text)
        return
    if "oprd" in frames:
        named = named_by_quotation(ctx, tok)
        if named is not None:
            att.fallback, att.fallback_frame = ctx.content([named], tok.i), "oprd"


def name_giving(tok: Token) -> bool:
    """ "a group called “Free Voices”": a participle right after an indefinite noun gives its name."""
    head = tok.head
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in {"acl", "amod"}
        and head.i == tok.i - 1
        and any(c.dep_ == "det" and c.text.lower() in {"a", "an"} for c in head.children)
    )


NAMING_GAP = 10  # words between a naming verb and the quoted name


def named_by_quotation(ctx: Context, tok: Token) -> Interval | None:
    """ "called Rubio “Little Marco”", "called that “beyond preposterous”": a naming verb followed by
    a short object and a quotation, whatever the parse made of them (the quoted name is often taken for
    a modifier of the object). The object and the quotation, when no verb, clause boundary or
    preposition opening an adjunct comes between."""
    doc = ctx.doc
    end = min(tok.sent.end, tok.i + 1 + NAMING_GAP)
    for k in range(tok.i + 1, end):
        word = doc[k]
        if ctx.in_quote(k):
            return (doc[tok.i + 1].idx, word.idx + len(word.text)) if k > tok.i + 1 else None
        if word.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} or (
            is_punct(word) and word.text not in {"-", "'s", "’s"}
        ):
            return None
    return None


# verbs whose object is the person addressed or charged, and the prepositions that then give the topic
TOPIC_AFTER_ADDRESSEE = ADDRESSEE_VERBS | {"accuse", "question", "press", "quiz", "query", "grill"}
TOPIC_PREPS = frozenset({"about", "of", "on", "over"})
NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def object_then_prep(
    ctx: Context, tok: Token, dobj: Token, preps: list[Token], cue_end_token: int
) -> list[Interval] | None:
    """The person addressed or charged, then the topic ("accused Holt of being a Democrat", "asked
    him about the emails", "warned them of reprisals"): the preposition's complement is the content.
    The cue stays the verb: PolNeAR's annotators leave the object and the preposition out of it far
    more often than not (train split: 62 against 5). (Evaluations keep their object: "criticized X
    for Y", "described X as Y".)"""
    if tok.lemma_.lower() not in TOPIC_AFTER_ADDRESSEE:
        return None
    # the preposition hangs on the verb after the object, or (a common parse) on a named object
    prep = next((p for p in preps if p.i == dobj.right_edge.i + 1), None)
    if prep is None and (dobj.pos_ in {"PROPN", "PRON"} or dobj.ent_type_ in NAMED_TYPES):
        prep = next((p for p in children(dobj, "prep") if p.i == dobj.i + 1), None)
    if prep is None or prep.text.lower() not in TOPIC_PREPS or ctx.in_quote(prep.i):
        return None
    if first_child(prep, "pobj", "pcomp") is None or prep.right_edge.i <= prep.i:
        return None
    if prep.i - dobj.left_edge.i > 4 or ctx.in_quote(dobj.i):
        return None
    if not _bare_gap(tok, cue_end_token, dobj.left_edge.i):
        return None
    return ctx.content([chars(ctx.doc, prep.i + 1, prep.right_edge.i + 1)], tok.i)


def _bare_gap(tok: Token, start: int, end: int) -> bool:
    """Tokens [start, end) are only the verb's bare adverbs and dates ("spoke emotionally of",
    "spoke out Tuesday about", "has campaigned heavily for"): the preposition still joins the cue."""
    doc = tok.doc
    return start <= end and all(
        doc[j].head.i == tok.i
        and doc[j].dep_ in {"advmod", "npadvmod"}
        and not any(True for _ in doc[j].children)
        for j in range(start, end)
    )


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
