"""Who made a statement: the subject of a cue verb, with repairs for the parser's slips (a subject
taken from a dateline, a name after an inverted cue, a noun phrase the parser hung elsewhere)."""

from __future__ import annotations

from facta.quotes.complements import ADDRESSEE_VERBS
from facta.quotes.context import Context
from facta.quotes.syntax import INHERIT_DEPS, Token, adverbial_clause, is_punct, subject

PERSONAL = frozenset({"he", "she", "they", "we", "i"})
NOT_SPEAKERS = frozenset({"you", "them", "him", "me", "us", "whom", "yourself"})


def speaker_token(ctx: Context, tok: Token) -> Token | None:
    """The subject of a cue in the cue's paragraph and outside quotations (or a name right before it)."""
    para = ctx.paragraph_of_token(tok.i)

    def ok(t: Token) -> bool:
        return not ctx.in_quote(t.i) and ctx.paragraph_of_token(t.i) == para

    subj = subject(tok, ok=ok)
    subj = after_dateline(ctx, subj, tok)
    subj = contrasted(subj, tok)
    if tok.dep_ == "conj" and tok.head.i < tok.i and (subj is None or subj.head.i != tok.i):
        # "X will pull out by Friday, the group's leader, Y, said": the parser coordinated the cue
        phrase = speaker_phrase_before(ctx, tok)
        subj = phrase[1] if phrase is not None and tok.head.i < phrase[0] else subj
    elif (subj is None or subj.i < tok.i) and _closing_cue(tok) and (tok.head.i < tok.i or _overrun(subj)):
        # "... until the army lifts its siege, the group's envoy, Y, said": the parser hung the cue on
        # the report's last clause and gave it a subject from there
        chain = speaker_phrase(ctx, tok)
        if (
            chain is not None
            and (tok.head.i < chain[0] or (subj is not None and subj.right_edge.i > chain[0]))
            and (subj is None or subj.i < chain[0])
            and set_off(ctx, chain)
        ):
            subj = chain[2]
    if subj is None:
        subj = adjacent_subject(ctx, tok)
    if subj is None:
        subj = opening_noun(ctx, tok)
    if subj is None:
        subj = named_after_opener(ctx, tok)
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


def _closing_cue(tok: Token) -> bool:
    """A plain past or present cue with no auxiliary ("said", "says"): the shape that closes a report."""
    return tok.tag_ in {"VBD", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _overrun(subj: Token | None) -> bool:
    """A subject whose phrase the parser ran over a report and the speaker's phrase after it ("The
    council called for talks, its president, Y, told ...")."""
    return subj is not None and any(t.pos_ in {"VERB", "AUX"} for t in subj.subtree)


def set_off(ctx: Context, phrase: tuple[int, int, Token]) -> bool:
    """A speaker's phrase that cannot be the end of the report's last noun phrase: an apposition chain
    closed by a comma ("the group's envoy, Y, said"), or a phrase opened by a determiner or possessive
    ("its chairman said")."""
    cut, last, _ = phrase
    return ctx.doc[last - 1].text == "," or ctx.doc[cut + 1].tag_ in {"DT", "PRP$"}


def _own_word(ctx: Context, word: Token, tok: Token) -> bool:
    """A dependent that can be the cue's own: outside quotations and in the cue's paragraph (the parser
    runs a sentence over a paragraph break, as from a headline into the first line, and may take a word
    there for the subject)."""
    return not ctx.in_quote(word.i) and ctx.paragraph_of_token(word.i) == ctx.paragraph_of_token(tok.i)


def _subjectless_root(ctx: Context, tok: Token) -> bool:
    """A finite main verb with no subject of its own (the parser lost it in another clause)."""
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ in {"VBD", "VBZ", "VBP"}
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and _own_word(ctx, c, tok) for c in tok.children
        )
    )


def sentence_start(ctx: Context, tok: Token) -> int:
    """The first token of ``tok``'s sentence within its paragraph."""
    para = ctx.paragraph_of_token(tok.i)
    j: int = tok.sent.start
    while j < tok.i and ctx.paragraph_of_token(j) != para:
        j += 1
    return j


def opening_noun(ctx: Context, tok: Token) -> Token | None:
    """The noun phrase opening the sentence of a subjectless main verb of saying that reports a
    clause to its right ("Trump, later alleging - falsely - that ..., said he would ..."): the parser
    lost the subject in what it took for another clause."""
    if not _subjectless_root(ctx, tok):
        return None
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    doc = ctx.doc
    j = sentence_start(ctx, tok)
    dateline = ctx.dateline_end(tok.i)
    if j <= dateline < tok.i:
        j = dateline
    while j < tok.i and (
        doc[j].text.isspace() or doc[j].tag_ in {"DT", "PRP$", "JJ", "``"} or doc[j].dep_ == "cc"
    ):
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


OPENER_TAGS = frozenset({"IN", "VBN", "VBG", "RB", "TO"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def named_after_opener(ctx: Context, tok: Token) -> Token | None:
    """The named speaker between an opening phrase and a subjectless main verb of saying ("Alarmed by
    the unrest, Senator Harry Reid, the minority leader, said that ..."; "In a call with reporters,
    Col. Steven Warren, a spokesman, said, “...”"): the parser hung the name on the opening phrase."""
    if not _subjectless_root(ctx, tok):
        return None
    doc = ctx.doc
    j = tok.i - 1
    while j >= 0 and doc[j].head.i == tok.i and doc[j].dep_ in {"aux", "neg", "advmod"}:
        j -= 1
    start = sentence_start(ctx, tok)
    if j <= start or doc[j].text != ",":
        return None
    last = _phrase_segment(ctx, j, start)
    if last is None:
        return None
    segments = [(last, j)]
    before = _phrase_segment(ctx, last - 1, start)
    if before is not None:
        segments.insert(0, (before, last - 1))
    named = [seg for seg in segments if _is_name(ctx, *seg)]
    cut = segments[0][0] - 1
    opener = range(start, cut)
    if not named or not opener or doc[start].tag_ not in OPENER_TAGS:
        return None
    if any(doc[i].tag_ in FINITE_TAGS or ctx.in_quote(i) for i in opener):
        return None
    lo, hi = named[0]
    return doc[max(i for i in range(lo, hi) if doc[i].tag_ in NOMINAL_TAGS)]


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
    if subj is None or end < 0 or end > verb.i:
        return subj  # no subject at all is not one taken from the dateline
    if subj.i >= end:
        return subj
    if subj.head.i != verb.i and end <= subj.head.i < verb.i:
        verb = subj.head  # an inherited subject ("TEHRAN — X dismissed the offer and said"): X's verb
    span = range(end, verb.i)
    heads = [ctx.doc[i] for i in span if not (end <= ctx.doc[i].head.i < verb.i) and not is_punct(ctx.doc[i])]
    nouns = [t for t in heads if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return nouns[-1] if nouns else subj


def adjacent_subject(ctx: Context, tok: Token) -> Token | None:
    """A name or pronoun right before a subjectless cue the parser attached elsewhere ("... Trump said")."""
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl", "auxpass"} and _own_word(ctx, c, tok)
        for c in tok.children
    ):
        return None  # a subject inside a quotation is a title misread ("said on “Fox and Friends”")
    if tok.dep_ in {"relcl", "acl", "amod"}:
        return None
    if tok.dep_ in INHERIT_DEPS and not ctx.in_quote(tok.head.i):
        return None  # the subject is inherited; not from a verb inside a quotation ("“…,” X said")
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
        return fronted_phrase(ctx, tok, j) or speaker_after_report(ctx, tok)
    return None


def speaker_after_report(ctx: Context, tok: Token) -> Token | None:
    """ "The army has no intention of leaving the town, the group's spokesman, La Ring, said": after a
    fronted reported clause, the speaker's phrase set off by commas right before the cue speaks (the
    parser hung it on the clause's last noun)."""
    phrase = speaker_phrase_before(ctx, tok)
    if phrase is None or not any(c.dep_ == "ccomp" and c.i < phrase[0] for c in tok.children):
        return None
    return phrase[1]


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
    if first.tag_ not in {"NNP", "NNPS", "DT", "JJ", "VBN"}:
        return None
    last = None
    while (
        j < len(doc)
        and not ctx.in_quote(j)
        and (doc[j].tag_ in {"NNP", "NNPS", "NN", "NNS", "JJ"} or j == first.i)
    ):
        if doc[j].tag_ in {"NNP", "NNPS", "NN", "NNS"}:
            last = doc[j]
        j += 1
    if last is None or (first.tag_ in {"JJ", "VBN"} and last.tag_ not in {"NNP", "NNPS"}):
        return None  # "said retired neurosurgeon Ben Carson", not "said former aides"
    if last.head.i == tok.i and not _inverted_object(ctx, tok, last):
        return None  # attached to the cue, but not as its subject: an object
    return last


def _inverted_object(ctx: Context, tok: Token, noun: Token) -> bool:
    """ "“...,” added another party official.": after a quotation, the parser may take the speaker of
    an inverted verb of saying for its object. Not with verbs whose object is the one addressed ("“...,”
    told reporters") and only when the phrase closes the clause."""
    if noun.dep_ != "dobj" or noun.left_edge.i != tok.i + 1:
        return False
    entry = ctx.lex.verb_of(tok.lemma_, tok.text)
    if entry is None or entry.cls != "speech" or entry.lemma in ADDRESSEE_VERBS:
        return False
    after = noun.right_edge.i + 1
    return after >= len(ctx.doc) or ctx.doc[after].text in {".", ",", ";", "!", "?"}


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


def dummy_it(subj: Token, tok: Token, subject_adjectives: frozenset[str] = frozenset()) -> bool:
    """ "it" as the placeholder subject of an extraposed predicate whose complement is the cue ("it
    is worth noting that", "it is hard to say whether", "it goes without saying that"): no one's
    statement. Not "it said" or "it planned to announce" (the verb of "it" is the cue's own head), nor
    "it was quick to deny" (an adjective of the subject's own conduct, ``subject_adjectives``)."""
    if subj.text.lower() != "it" or subj.dep_ not in {"nsubj", "expl"}:
        return False
    step = tok
    while step.head.i != step.i and step.head.i != subj.head.i:
        step = step.head
    if step.head.i != subj.head.i:
        return False
    if step.i == tok.i:  # the parser hung the complement on the copula: "it is hard to say"
        head = tok.head
        return tok.dep_ == "xcomp" and any(
            c.dep_ in {"acomp", "attr"} and subj.i < c.i < tok.i and c.text.lower() not in subject_adjectives
            for c in head.children
        )
    if step.text.lower() in subject_adjectives:
        return False
    if step.dep_ == "prep":  # "it goes without saying"
        return bool(step.text.lower() == "without" and subj.head.lemma_ == "go")
    return step.pos_ in {"ADJ", "NOUN"} and step.dep_ in {"acomp", "attr"}


PHRASE_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "CD"})
NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
INNER_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "from", "on", "with"})
SEGMENT_WORDS = 12


def _segment_word(ctx: Context, k: int, end: int) -> bool:
    """A word that can stand inside a speaker's noun phrase: a determiner, adjective or noun, a
    preposition inside it ("a spokeswoman for the group", "envoy to the talks") or "and" between
    capitalised words ("the Justice and Unity Movement")."""
    t = ctx.doc[k]
    if ctx.in_quote(k):
        return False
    if t.tag_ in PHRASE_TAGS or t.text in {"-", "'s", "’s"}:
        return True
    inner = k + 1 < end and ctx.doc[k + 1].tag_ in PHRASE_TAGS and ctx.doc[k - 1].tag_ in NOMINAL_TAGS
    if t.tag_ == "IN" and t.text.lower() in INNER_PREPOSITIONS:
        return inner
    return t.text.lower() == "and" and inner and ctx.doc[k - 1].tag_ == "NNP" and ctx.doc[k + 1].tag_ == "NNP"


def _phrase_segment(ctx: Context, end: int, start: int) -> int | None:
    """The first token of a short noun phrase ending before ``end`` and opened by a comma (at most twelve
    words, no verb, no quotation), or None."""
    doc = ctx.doc
    k = end - 1
    while k >= start and doc[k].text != "," and end - k <= SEGMENT_WORDS:
        if not _segment_word(ctx, k, end):
            return None
        k -= 1
    if k < start or doc[k].text != "," or k == end - 1:
        return None
    if not any(doc[i].tag_ in NOMINAL_TAGS for i in range(k + 1, end)) or doc[k + 1].tag_ == "IN":
        return None
    return k + 1


def _is_name(ctx: Context, lo: int, hi: int) -> bool:
    """A personal name, with a title and a place ("President Kofi Adjei-Mensah of Ghana")."""
    doc = ctx.doc
    if doc[lo].tag_ not in {"NNP", "NNPS"}:
        return False
    return all(doc[i].tag_ in {"NNP", "NNPS", "IN"} or doc[i].text == "-" for i in range(lo, hi))


def speaker_phrase_before(ctx: Context, tok: Token) -> tuple[int, Token] | None:
    """The speaker's phrase set off by a comma right before a cue that closes a report ("..., the
    group's leader, Jean-Paul Kasereka, said"; "..., its chairman said"): the comma that opens the
    phrase and the speaker (the name when the phrase gives one, else the phrase's last noun). Only
    for a cue with nothing reported to its right, after a clause with a verb."""
    phrase = speaker_phrase(ctx, tok)
    return (phrase[0], phrase[2]) if phrase is not None else None


def speaker_phrase(ctx: Context, tok: Token) -> tuple[int, int, Token] | None:
    """As :func:`speaker_phrase_before`, with the token after the phrase's last word (a comma that
    closes an apposition chain is kept, as in a speaker named before the verb)."""
    doc = ctx.doc
    if ctx.in_quote(tok.i) or any(
        c.dep_ in {"ccomp", "xcomp"} and c.i > tok.i and not adverbial_clause(c) for c in tok.children
    ):
        return None
    j = tok.i - 1
    while j >= 0 and doc[j].head.i == tok.i and doc[j].dep_ in {"aux", "neg", "advmod"}:
        j -= 1
    start = tok.sent.start
    if j <= start:
        return None
    end = j if doc[j].text == "," else j + 1
    first = _phrase_segment(ctx, end, start)
    if first is None:
        return None
    segments = [(first, end)]
    before = _phrase_segment(ctx, first - 1, start)
    if before is not None and _is_name(ctx, first, end) != _is_name(ctx, before, first - 1):
        segments.insert(0, (before, first - 1))  # "its secretary-general, Mongi Trabelsi,"
    cut = segments[0][0] - 1
    if not any(doc[i].pos_ in {"VERB", "AUX"} for i in range(start, cut)):
        return None
    named = [seg for seg in segments if _is_name(ctx, *seg)]
    lo, hi = named[0] if named else segments[-1]
    last = end + 1 if len(segments) > 1 and doc[end].text == "," else end
    return cut, last, doc[max(i for i in range(lo, hi) if doc[i].tag_ in NOMINAL_TAGS)]
