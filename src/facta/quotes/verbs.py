"""Verb and adjective cues: "X said (that) ...", "X urged Y to ...", "X is critical of Y"."""

from __future__ import annotations

from facta.quotes.complements import (
    ADDRESSEE_VERBS,
    around,
    clause_after_phrase,
    fallback,
    fronted_relative,
    fronted_subject,
    loose_clause,
    object_clause,
    parenthetical,
)
from facta.quotes.context import Attribution, Context
from facta.quotes.governing import governor_start, issuing_verb
from facta.quotes.lexicon import CueVerb
from facta.quotes.phrases import match_phrase, phrase_attribution
from facta.quotes.spans import Interval, covers, overlaps, subtract, trim
from facta.quotes.speakers import (
    dummy_it,
    sentence_start,
    set_off,
    speaker_phrase,
    speaker_phrase_before,
    speaker_token,
)
from facta.quotes.syntax import Token, adverbial_clause, chars, children, cue_tokens, first_child, referent

MEDIUM_PREPS = frozenset({"in"})
DEFINITE = frozenset({"the", "this", "that", "his", "her", "its", "their"})
NO_REPLY = frozenset({"respond", "reply", "comment", "return", "answer"})
# verbs of putting a question to someone: as a bare participle ("Asked whether ..., she said") the
# speaker is the one questioned, who answers in the main clause; the participle reports no statement
QUESTIONING = frozenset({"ask", "question", "press", "quiz", "query", "grill"})
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "sound", "grow", "get"})


def verb_cues(ctx: Context) -> list[Attribution]:
    out: list[Attribution] = []
    for tok in ctx.tokens:
        if tok.pos_ not in {"VERB", "AUX"} or ctx.in_quote(tok.i):
            continue
        phrase = match_phrase(ctx, tok) if tok.lemma_.lower() in ctx.lex.phrases else None
        if phrase is not None:
            subj = speaker_token(ctx, tok)
            if subj is not None and not dummy_it(subj, tok, ctx.lex.subject_adjectives):
                out.append(phrase_attribution(ctx, tok, phrase[0], phrase[1], subj))
            continue
        entry = ctx.lex.verb_of(tok.lemma_, tok.text)
        if entry is None or tok.lemma_.lower() == "be":
            continue
        if entry.lemma in NO_REPLY and any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not respond to a request for comment" says nothing
        if entry.lemma in QUESTIONING and questioned(tok):
            continue  # "Asked about the vote, she said ...": the question put to her
        if entry.particle and not any(
            c.dep_ in {"prt", "dobj"} and c.text.lower() == entry.particle and c.i == tok.i + 1
            for c in tok.children
        ):
            continue
        if entry.cls in {"speech", "evaluation"} and bare_passive(tok):
            continue  # "Described as the strongest woman in the movement, she ...": she is described
        issuer = issuing_verb(ctx, tok)  # "issued a statement calling ..."
        subj = speaker_token(ctx, issuer if issuer is not None else tok)
        if subj is None or dummy_it(subj, tok, ctx.lex.subject_adjectives):
            continue  # no speaker, or "it is worth noting that"
        out.append(verb_attribution(ctx, tok, entry, subj, issuer))
    return out


def bare_passive(tok: Token) -> bool:
    """A past participle opening a clause on its own, with no agent ("Described as ..., Ahmed leads"):
    the subject it borrows is the one spoken about, not the speaker (for verbs of saying and praise or
    blame; "Worried the deal might fail, she ..." is her own worry)."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and tok.i < tok.head.i
        and not any(c.dep_ in {"aux", "auxpass", "agent", "nsubj", "nsubjpass"} for c in tok.children)
    )


def questioned(tok: Token) -> bool:
    """A bare past participle opening an adverbial clause with no subject or auxiliary of its own
    ("Asked whether ...", "when pressed on ...")."""
    return (
        tok.tag_ in {"VBN", "VBD"}
        and tok.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in tok.children)
    )


REPORTED_FRAMES = frozenset({"clause", "quote", "parenthetical", "block"})


def purpose_only(ctx: Context, att: Attribution) -> bool:
    """A cue verb in a purpose infinitive with only a noun phrase for content: "marched through the
    city to protest against price rises" gives the aim of an action. Such a statement is kept only
    when its speaker is known ("the minister travelled to Geneva to discuss the ceasefire"), see
    :func:`facta.quotes.build.build_statements`; a reported clause or quotation is never a mere aim
    ("called a news conference to announce that he would resign")."""
    if att.kind != "verb" or att.frame in REPORTED_FRAMES:
        return False
    tok = ctx.doc[att.anchor]
    if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
        return False
    head = tok.head
    return bool(head.pos_ in {"VERB", "AUX"} and ctx.lex.verb_of(head.lemma_, head.text) is None)


def verb_attribution(
    ctx: Context, tok: Token, entry: CueVerb, subj: Token, issuer: Token | None = None
) -> Attribution:
    stop = subj.right_edge.i if subj.i < tok.i else -1
    c_start, c_end = cue_tokens(ctx.doc, tok, stop)
    governor = cue_tokens(ctx.doc, issuer, stop)[0] if issuer is not None else governor_start(ctx, tok, stop)
    if governor is not None:
        c_start = min(c_start, governor)  # "appeared to suggest", "went on to explain"
    att = Attribution(
        kind="verb",
        anchor=tok.i,
        cue=extend_cue(ctx, tok, chars(ctx.doc, c_start, c_end)),
        speaker=ctx.speaker_of(subj, tok),
        speaker_token=referent(subj).i,
        lemma=entry.lemma,
        cls=entry.cls,
        inherited=subj.head.i != tok.i and subj.head.head.i != tok.i,
        negated=any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children),
    )
    frames = entry.frames
    if "clause" in frames or "quote" in frames:
        clauses = [
            c
            for c in children(tok, "ccomp")
            if not c.left_edge.i <= subj.i <= c.right_edge.i
            and not _before_colon(ctx, c, subj)
            and not (c.i > tok.i and adverbial_clause(c))
        ]
        trimmed = None
        if not clauses and "clause" in frames:
            trimmed = report_before_speaker(ctx, tok, subj)
        if trimmed is not None:  # "X has no intention of ..., the group's spokesman, La Ring, said"
            att.content, att.frame = ctx.content([trimmed], tok.i), "clause"
            clauses = []
        elif not clauses and "clause" in frames:
            clauses = object_clause(tok, frames)  # "told a meeting of leaders that ..."
        fronted = fronted_relative(ctx, tok, subj) if not clauses and "clause" in frames else []
        if clauses and "clause" in frames:
            clauses += continued_clauses(ctx, tok, clauses[-1])
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
    if not att.content and "clause" in frames and (late := clause_after_phrase(tok)) is not None:
        att.content, att.frame = ctx.content([late], tok.i), "clause"  # "said after the meeting he ..."
    if not att.content and "clause" in frames and (report := fronted_report(ctx, tok, subj)) is not None:
        att.content, att.frame = ctx.content([report], tok.i), "clause"
    if att.speaker is not None and any(overlaps(iv, att.speaker) for iv in att.content):
        # the parser hung a word of the speaker's name on the reported clause ("“...,” Tulsa police ...")
        pieces = [trim(ctx.text, iv, keep_final=True) for iv in subtract(att.content, att.speaker)]
        att.content = [(s, e) for s, e in pieces if any(ch.isalnum() for ch in ctx.text[s:e])]
    whole = speaker_phrase(ctx, tok) if att.frame == "clause" else None
    if whole is not None and whole[0] < subj.i < tok.i:  # the whole apposition chain speaks
        att.speaker = chars(ctx.doc, whole[0] + 1, whole[1])
        att.content = [iv for iv in att.content if not overlaps(iv, att.speaker)] or att.content
    att.quote_ok = "quote" in frames
    fallback(ctx, att, tok, entry, c_end)
    att.addressee_token = addressee(att, tok, entry)
    return att


def _before_colon(ctx: Context, clause: Token, subj: Token) -> bool:
    """A clause before the speaker that a colon or semicolon closes ("The deals set off another row:
    Republicans said ...") is the writer's lead-in, not what the speaker reported."""
    if clause.right_edge.i >= subj.left_edge.i:
        return False
    between = ctx.doc[clause.right_edge.i + 1 : subj.left_edge.i]
    return any(t.text in {":", ";"} for t in between) or clause.right_edge.text in {":", ";"}


def report_before_speaker(ctx: Context, tok: Token, subj: Token) -> Interval | None:
    """The report before a cue whose speaker's phrase is set off by commas ("The union will strike
    from Monday, its secretary-general, Mongi Trabelsi, said"), when the parser coordinated the cue
    with the report's verb or made the report a clause of the cue that runs over the phrase: the
    report up to the comma that opens the phrase."""
    phrase = speaker_phrase_before(ctx, tok)
    if phrase is None:
        return None
    cut = phrase[0]
    if not cut < subj.i < tok.i:
        return None
    if tok.dep_ == "conj" and tok.head.i < cut:
        report = tok.head
    elif tok.dep_ in {"ccomp", "advcl", "conj", "parataxis", "dep"} and tok.head.i < cut:
        report = tok.sent.root  # "... until the army lifts its siege, its envoy, Y, said": hung on the report
    else:
        report = next((c for c in children(tok, "ccomp") if c.i < cut), None)
        if report is None:
            # "The council called for talks, its president, Y, told ...": the subject ran over both
            report = next((c for c in children(tok, "nsubj") if c.i < cut < c.right_edge.i), None)
        if report is None:  # "Forty prisoners will walk free, spokesman X said": a second subject
            others = children(tok, "nsubj")
            report = next((c for c in others if c.right_edge.i <= cut and c.i != subj.i), None)
        if report is None:
            return None
    start = max(report.left_edge.i, tok.sent.start)
    dateline = ctx.dateline_end(tok.i)
    if start <= dateline < cut:
        start = dateline
    return chars(ctx.doc, start, cut) if start < cut else None


def fronted_report(ctx: Context, tok: Token, subj: Token) -> Interval | None:
    """A report that fills the sentence before a closing cue and its speaker's phrase set off by a
    comma ("Tajik forces will leave the hills on the same day, the deputy chairman, X, said on Monday"),
    however the parser hung it (on the dateline, on the speaker): the sentence from its start (after a
    dateline, a colon or a semicolon) up to the comma that opens the phrase, when it has a finite verb."""
    if tok.tag_ not in {"VBD", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return None
    objects = {"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"}
    if tok.lemma_.lower() in ADDRESSEE_VERBS:
        objects -= {"dobj", "dative"}  # "told reporters on Monday"
    if any(c.dep_ in objects and c.i > tok.i for c in tok.children):
        return None  # something reported to the right of the cue
    if any(ctx.in_quote(i) for i in range(tok.i + 1, min(tok.i + 4, tok.sent.end))):
        return None  # a quotation right after the cue is what it reports ("a man yelled “...”")
    phrase = speaker_phrase(ctx, tok)
    if phrase is None or not phrase[0] <= subj.i < tok.i or not set_off(ctx, phrase):
        return None
    doc, cut = ctx.doc, phrase[0]
    start = sentence_start(ctx, tok)
    dateline = ctx.dateline_end(tok.i)
    if start <= dateline < cut:
        start = dateline
    for k in range(start, cut):
        if doc[k].text in {";", ":"} and not ctx.in_quote(k):
            start = k + 1
    first = doc[start] if start < cut else None
    if first is None or first.pos_ == "SCONJ" or first.tag_ in {"VBG", "VBN", "WRB", "CC"}:
        return None  # a fronted adverbial clause before the cue's own subject ("When the vote began, X ...")
    if first.tag_ == "IN" and first.lower_ not in {"if", "unless"}:
        return None
    finite = any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not ctx.in_quote(t.i) for t in doc[start:cut])
    return chars(doc, start, cut) if finite and start < cut else None


def continued_clauses(ctx: Context, tok: Token, clause: Token) -> list[Token]:
    """Clauses with their own subject that the parser coordinated with the cue instead of the reported
    clause ("said he had offers, but “the offers were ...”"): they carry the report on."""
    out = []
    for c in children(tok, "conj"):
        if c.i <= clause.right_edge.i or c.pos_ not in {"VERB", "AUX"}:
            continue
        if ctx.lex.verb_of(c.lemma_, c.text) is not None:
            break  # "said X and added Y": a statement of its own
        if not any(s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children):
            break  # "said X and left": the speaker's own action
        out.append(c)
    return out


def extend_cue(ctx: Context, verb: Token, cue: Interval) -> Interval:
    """Add "in a statement" (a medium that is the statement itself, not "in an interview") and a colon
    right after the cue."""
    end = cue[1]
    for prep in children(verb, "prep"):
        pobj = first_child(prep, "pobj")
        if (
            prep.text.lower() in MEDIUM_PREPS
            and pobj is not None
            and pobj.lemma_.lower() in ctx.lex.joining
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
    bare_date = nxt.dep_ == "npadvmod" and nxt.ent_type_ in {"DATE", "TIME"} and nxt.left_edge.i == nxt.i
    bare_adverb = nxt.dep_ == "advmod" and nxt.pos_ == "ADV" and not any(True for _ in nxt.children)
    return int(nxt.idx + len(nxt.text)) if bare_date or bare_adverb else end


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
