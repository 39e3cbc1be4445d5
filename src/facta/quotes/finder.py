"""Finding attributions in one parsed article: who (speaker), the cue, and what was said (content).

The finder works in passes over the parse and the quotation marks (see docs/statements.md):

1. cues: reporting verbs with their subject and clause ("X said (that) ..."), "according to X",
   attribution nouns ("X's claim that ..."), and speaker labels opening a paragraph ("SMITH: ...");
2. quotations next to a cue that found no clause become its content ("He said: “...”");
3. cues without content fall back to an infinitive or object ("urged them to ...", "denied the report");
4. cues inside another statement's content are dropped (one attribution level, the outermost);
5. quotations without a cue continue the statement before them (same paragraph, or the next
   paragraphs when they consist of quotation only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facta.quotes.lexicon import CueLexicon, CueVerb
from facta.quotes.marks import Paragraph, Quote, has_quote_mark
from facta.quotes.spans import Interval, covers, merge, overlaps, trim
from facta.quotes.syntax import (
    Token,
    chars,
    children,
    cue_tokens,
    first_child,
    mention,
    referent,
    subject,
)

MEDIUM_PREPS = frozenset({"in"})
QUOTE_OPENING = frozenset('“„«"')
SIGN_DASHES = ("―", "—", "--", "–")


def _name_like(tok: Token) -> bool:
    """A token that can be part of a name label: capitalised word, initial, or joiner inside a name."""
    text = tok.text
    if tok.is_space or "\n" in text:
        return False
    if text in {".", "-", "'", "’"} or tok.pos_ == "PROPN":
        return True
    return text[:1].isupper() and (text.isalpha() or text.rstrip(".").isalpha())
ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "brief", "notify", "warn", "urge", "ask", "advise"})


@dataclass
class Attribution:
    """One attributed statement as character intervals (before it becomes a Statement record)."""

    kind: str  # verb | according | noun | label
    anchor: int  # token index of the cue head
    cue: Interval | None
    speaker: Interval | None
    speaker_token: int | None  # token to resolve to an actor
    content: list[Interval] = field(default_factory=list)
    lemma: str = ""
    cls: str = ""
    frame: str = ""
    addressee_token: int | None = None
    quote_ok: bool = False  # may take an adjacent quotation as content
    fallback: list[Interval] = field(default_factory=list)
    fallback_frame: str = ""
    fallback_cue_end: int | None = None  # cue extension used with the fallback (e.g. "called for")

    @property
    def start(self) -> int:
        points = [i[0] for i in self.content]
        if self.cue:
            points.append(self.cue[0])
        return min(points) if points else 0

    def direct(self, text: str) -> bool:
        return any(has_quote_mark(text[s:e]) for s, e in self.content)


class Finder:
    def __init__(
        self,
        doc: Any,
        text: str,
        lexicon: CueLexicon,
        quotes: list[Quote],
        paragraphs: list[Paragraph],
        labels: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.text = text
        self.lex = lexicon
        self.quotes = [q for q in quotes if q.reliable]
        self.paragraphs = paragraphs
        self.labels = labels
        self._quote_of = [self._quote_at(t.idx) for t in doc]

    # -- helpers -------------------------------------------------------------------------------
    def _quote_at(self, offset: int) -> int:
        for q in self.quotes:
            if q.start <= offset < q.end:
                return q.index
        return -1

    def in_quote(self, i: int) -> bool:
        return self._quote_of[i] >= 0

    def subtree(self, tok: Token) -> Interval:
        return chars(self.doc, tok.left_edge.i, tok.right_edge.i + 1)

    def speaker_of(self, head: Token, cue: Token | None = None) -> Interval | None:
        region = self._quote_of[head.i]
        before = cue is None or head.i < cue.i
        return mention(self.doc, self.text, head, lambda i: self._quote_of[i] != region, before_verb=before)

    def content(self, intervals: list[Interval], within: int | None = None) -> list[Interval]:
        """Clean content: clipped to the paragraph holding token ``within`` (when given), widened to
        whole quotations it touches, trimmed of edge punctuation."""
        if within is not None:
            para = self.paragraphs[self._paragraph_index(self.doc[within].idx)]
            intervals = [(max(s, para.start), min(e, para.end)) for s, e in intervals]
            intervals = [iv for iv in intervals if iv[1] > iv[0]]
        widened = list(intervals)
        for q in self.quotes:
            if any(overlaps((q.start, q.end), iv) for iv in intervals):
                widened.append((q.start, q.end))
        out = []
        for iv in merge(widened, self.text):
            start, end = trim(self.text, iv, keep_final=self._ends_in_quote(iv))
            if end > start:
                out.append((start, end))
        return out

    def _ends_in_quote(self, iv: Interval) -> bool:
        return any(q.end == iv[1] or (q.start < iv[1] <= q.end) for q in self.quotes)

    def sentence_range(self, i: int) -> Interval:
        sent = self.doc[i].sent
        return sent.start_char, sent.end_char

    # -- pass 1: cues --------------------------------------------------------------------------
    def find(self) -> list[Attribution]:
        found = [
            *self.verb_cues(),
            *self.according_cues(),
            *self.noun_cues(),
            *self.label_cues(),
            *self.dash_cues(),
        ]
        self.attach_quotes(found)
        for att in found:
            if not att.content and att.fallback:
                att.content, att.frame = att.fallback, att.fallback_frame
                if att.fallback_cue_end is not None and att.cue is not None:
                    att.cue = (att.cue[0], att.fallback_cue_end)
        found = [a for a in found if a.content and a.speaker is not None]
        found = self.drop_nested(found)
        found.sort(key=lambda a: a.start)
        self.continue_quotes(found)
        return found

    def verb_cues(self) -> list[Attribution]:
        out: list[Attribution] = []
        for tok in self.doc:
            if tok.pos_ not in {"VERB", "AUX"} or self.in_quote(tok.i):
                continue
            entry = self.lex.verb(tok.lemma_)
            if entry is None or tok.lemma_.lower() == "be":
                continue
            if entry.particle and not any(
                c.dep_ == "prt" and c.lower_ == entry.particle for c in tok.children
            ):
                continue
            subj = subject(tok)
            if subj is None or self._paragraph_index(subj.idx) != self._paragraph_index(tok.idx):
                continue
            att = self.verb_attribution(tok, entry, subj)
            if att is not None:
                out.append(att)
        return out

    def verb_attribution(self, tok: Token, entry: CueVerb, subj: Token) -> Attribution | None:
        speaker = self.speaker_of(subj, tok)
        stop = subj.right_edge.i if subj.i < tok.i else -1
        c_start, c_end = cue_tokens(self.doc, tok, stop)
        cue = chars(self.doc, c_start, c_end)
        cue = self.extend_cue(tok, cue)
        att = Attribution(
            kind="verb",
            anchor=tok.i,
            cue=cue,
            speaker=speaker,
            speaker_token=referent(subj).i,
            lemma=entry.lemma,
            cls=entry.cls,
        )
        frames = entry.frames
        if "clause" in frames or "quote" in frames:
            clauses = [c for c in children(tok, "ccomp") if not self._is_speaker(c, subj)]
            if clauses and "clause" in frames:
                att.content = self.content([self.subtree(c) for c in clauses], tok.i)
                att.frame = "clause"
            elif self._parenthetical(tok):  # "And perhaps, he said, it could help ..."
                head = tok.head
                own = (tok.left_edge.i, tok.right_edge.i + 1)
                parts = []
                if head.left_edge.i < own[0]:
                    parts.append(chars(self.doc, head.left_edge.i, own[0]))
                if own[1] <= head.right_edge.i:
                    parts.append(chars(self.doc, own[1], head.right_edge.i + 1))
                att.content = self.content(parts, tok.i)
                att.frame = "parenthetical"
            elif "quote" in frames:
                head_quote = self._quote_of[tok.head.i] if tok.dep_ in {"parataxis", "ccomp"} else -1
                if head_quote >= 0 and tok.head.i != tok.i:
                    q = self.quotes_by_index(head_quote)
                    att.content, att.frame = self.content([(q.start, q.end)]), "quote"
                elif clauses:  # a quoted clause under a quote-only verb
                    att.content = self.content([self.subtree(c) for c in clauses], tok.i)
                    att.frame = "clause"
        att.quote_ok = "quote" in frames
        self.fallback(att, tok, entry)
        if entry.lemma in ADDRESSEE_VERBS or entry.cls == "evaluation":
            obj = first_child(tok, "dobj", "dative")
            if obj is not None and not (att.content and covers(att.content, obj.idx)):
                att.addressee_token = obj.i
            elif obj is not None and entry.cls == "evaluation":
                att.addressee_token = obj.i
        to = next((c for c in children(tok, "prep") if c.lower_ == "to"), None)
        if att.addressee_token is None and to is not None and entry.cls == "speech":
            pobj = first_child(to, "pobj")
            att.addressee_token = pobj.i if pobj is not None else None
        return att

    def _parenthetical(self, tok: Token) -> bool:
        """A cue set into the clause it reports: "..., he said, ..." / "X, he said." (no quotation)."""
        head = tok.head
        if head.i == tok.i or head.pos_ not in {"VERB", "AUX"} or self.in_quote(head.i):
            return False
        if tok.dep_ == "parataxis":
            return True
        before = self.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        return tok.dep_ == "ccomp" and tok.i > head.i and before is not None and before.text == ","

    def _is_speaker(self, clause: Token, subj: Token) -> bool:
        return bool(clause.left_edge.i <= subj.i <= clause.right_edge.i)

    def quotes_by_index(self, index: int) -> Quote:
        return next(q for q in self.quotes if q.index == index)

    def extend_cue(self, verb: Token, cue: Interval) -> Interval:
        """Add "in a statement" / "in an interview" and a colon right after the cue."""
        end = cue[1]
        for prep in children(verb, "prep"):
            pobj = first_child(prep, "pobj")
            if (
                prep.lower_ in MEDIUM_PREPS
                and pobj is not None
                and pobj.lemma_.lower() in self.lex.media
                and not any(d.lower_ in {"the", "this", "that", "his", "her", "its", "their"} for d in pobj.children)
                and prep.idx >= end
                and not self.text[end : prep.idx].strip()
            ):
                end = pobj.idx + len(pobj.text)
        nxt = self.text[end : end + 2]
        if nxt[:1] == ":":
            end += 1
        return cue[0], end

    def fallback(self, att: Attribution, tok: Token, entry: CueVerb) -> None:
        """Content for a cue without clause or quotation: infinitive, object, or preposition."""
        frames = entry.frames
        dobj = first_child(tok, "dobj")
        if "xcomp" in frames:
            xcomp = first_child(tok, "xcomp")
            if xcomp is not None:
                parts = [self.subtree(xcomp)]
                if dobj is not None and dobj.i < xcomp.i:
                    parts.append(self.subtree(dobj))
                att.fallback, att.fallback_frame = self.content(parts, tok.i), "xcomp"
                return
        if "oprd" in frames and dobj is not None:
            oprd = first_child(tok, "oprd")
            if oprd is not None:
                att.fallback = self.content([self.subtree(dobj), self.subtree(oprd)], tok.i)
                att.fallback_frame = "oprd"
                return
        if "as" in frames and dobj is not None:
            as_prep = next((c for c in children(tok, "prep") if c.lower_ == "as"), None)
            if as_prep is not None:
                att.fallback = self.content([self.subtree(dobj), self.subtree(as_prep)], tok.i)
                att.fallback_frame = "as"
                return
        if "obj" in frames and dobj is not None and dobj.pos_ != "PRON":
            parts = [self.subtree(dobj)]
            for prep in children(tok, "prep"):
                if prep.i > dobj.i and prep.lower_ in {"of", "for", "as"}:
                    parts.append(self.subtree(prep))
            att.fallback, att.fallback_frame = self.content(parts, tok.i), "obj"
            return
        for prep in children(tok, "prep"):
            if prep.lower_ in frames:
                pobj = first_child(prep, "pobj", "pcomp")
                if pobj is None:
                    continue
                att.fallback, att.fallback_frame = self.content([self.subtree(pobj)], tok.i), prep.lower_
                if prep.i == tok.i + 1 and att.cue is not None:
                    att.fallback_cue_end = prep.idx + len(prep.text)
                return

    def according_cues(self) -> list[Attribution]:
        out: list[Attribution] = []
        for tok in self.doc:
            if tok.lower_ != "according" or self.in_quote(tok.i):
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                to = self.doc[tok.i + 1]
            pobj = first_child(to, "pobj") if to is not None else None
            if to is None or pobj is None:
                continue
            speaker = self.speaker_of(pobj)
            head = tok.head
            if head.i == tok.i:
                continue
            own = (tok.left_edge.i, tok.right_edge.i + 1)
            sent = head.sent
            lo, hi = (head.left_edge.i, head.right_edge.i + 1) if head.dep_ != "ROOT" else (sent.start, sent.end)
            parts: list[Interval] = []
            if lo < own[0]:
                parts.append(chars(self.doc, lo, own[0]))
            if own[1] < hi:
                parts.append(chars(self.doc, own[1], hi))
            content = self.content(parts, tok.i)
            out.append(
                Attribution(
                    kind="according",
                    anchor=tok.i,
                    cue=chars(self.doc, tok.i, to.i + 1),
                    speaker=speaker,
                    speaker_token=pobj.i,
                    content=content,
                    lemma="according to",
                    cls="speech",
                    frame="according",
                )
            )
        return out

    def noun_cues(self) -> list[Attribution]:
        out: list[Attribution] = []
        for tok in self.doc:
            if tok.pos_ not in {"NOUN"} or tok.lemma_.lower() not in self.lex.claims or self.in_quote(tok.i):
                continue
            clause = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in {"acl", "ccomp", "appos"} and any(m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            if clause is None:
                continue
            owner = first_child(tok, "poss")
            if owner is None:
                by = next((c for c in children(tok, "prep") if c.lower_ in {"by", "from"}), None)
                owner = first_child(by, "pobj") if by is not None else None
            if owner is None:
                continue
            out.append(
                Attribution(
                    kind="noun",
                    anchor=tok.i,
                    cue=chars(self.doc, tok.i, tok.i + 1),
                    speaker=self.speaker_of(owner),
                    speaker_token=owner.i,
                    content=self.content([self.subtree(clause)], tok.i),
                    lemma=tok.lemma_.lower(),
                    cls="speech",
                    frame="noun",
                )
            )
        return out

    def label_cues(self) -> list[Attribution]:
        """Paragraphs opening with a speaker label: "SMITH: We will ..." (transcripts, headlines)."""
        out: list[Attribution] = []
        doc = self.doc
        starts = {t.idx: t.i for t in doc}
        for para in self.paragraphs:
            begin = para.start
            if self.text[begin] in QUOTE_OPENING:  # a transcript quoted as a whole: "\"SMITH: ..."
                begin += 1
            colon = self.text.find(":", begin, min(para.end, begin + 60))
            if colon < 0 or begin not in starts or colon + 1 >= para.end:
                continue
            prefix = self.text[begin:colon].strip()
            if not prefix or prefix.lower() in self.labels or has_quote_mark(prefix):
                continue
            toks = [t for t in doc[starts[begin] :] if t.idx < colon]
            if not 1 <= len(toks) <= 5 or doc[toks[-1].i + 1].text != ":":
                continue
            if not all(_name_like(t) for t in toks) or toks[0].is_punct:
                continue
            start, end = trim(self.text, (colon + 1, para.end), keep_final=True)
            if end <= start:
                continue
            out.append(
                Attribution(
                    kind="label",
                    anchor=toks[-1].i + 1,
                    cue=(colon, colon + 1),
                    speaker=(begin, begin + len(self.text[begin:colon].rstrip())),
                    speaker_token=toks[-1].i,
                    content=[(start, end)],
                    lemma=":",
                    cls="speech",
                    frame="label",
                )
            )
        return out

    def dash_cues(self) -> list[Attribution]:
        """A quotation signed with a dash: "“We will stay.” ― Jane Doe, a teacher"."""
        out: list[Attribution] = []
        starts = {t.idx: t.i for t in self.doc}
        for q in self.quotes:
            para = self.paragraphs[q.paragraph]
            rest = self.text[q.end : para.end]
            stripped = rest.lstrip()
            dash = next((d for d in SIGN_DASHES if stripped.startswith(d)), None)
            if dash is None:
                continue
            dash_at = q.end + (len(rest) - len(stripped))
            name_at = dash_at + len(dash)
            while name_at < para.end and self.text[name_at].isspace():
                name_at += 1
            first = starts.get(name_at)
            if first is None or not _name_like(self.doc[first]):
                continue
            last = first
            while last + 1 < len(self.doc) and self.doc[last + 1].idx < para.end and (
                _name_like(self.doc[last + 1]) and self.doc[last + 1].text not in {".", ","}
            ):
                last += 1
            sign_end = para.end
            nxt = self.text.find("“", name_at, para.end)
            if nxt > 0:
                sign_end = nxt
            name = trim(self.text, (name_at, sign_end))
            if self.text[name[0] : name[1]].count(" ") > 12:
                name = chars(self.doc, first, last + 1)
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

    # -- pass 2: quotations next to a cue ------------------------------------------------------
    def attach_quotes(self, found: list[Attribution]) -> None:
        claimed = [iv for a in found for iv in a.content]
        for q in self.quotes:
            if covers(claimed, q.start) or covers(claimed, q.end - 1):
                continue
            best: Attribution | None = None
            best_dist = 0
            for att in found:
                if att.cue is None or att.kind != "verb" or not self._near(att, q):
                    continue
                if att.content:
                    # "“A,” he said, “B.”": a sentence-opening quotation joins the quotation its cue took
                    if not (att.direct(self.text) and self._opens_sentence(q, att)):
                        continue
                elif not att.quote_ok:
                    continue
                dist = min(abs(att.cue[0] - q.end), abs(q.start - att.cue[1]))
                if best is None or dist < best_dist:
                    best, best_dist = att, dist
            if best is None:
                continue
            best.content = merge([*best.content, *self.content([(q.start, q.end)])], None)
            best.frame = best.frame or "quote"
            claimed.append((q.start, q.end))

    def _opens_sentence(self, q: Quote, att: Attribution) -> bool:
        s_start, _s_end = self.sentence_range(att.anchor)
        para = self.paragraphs[q.paragraph]
        lead = self.text[max(s_start, para.start) : q.start]
        return not lead.strip() and q.end <= (att.speaker or att.cue or (q.end, q.end))[0]

    def _near(self, att: Attribution, q: Quote) -> bool:
        """A quotation in the cue's sentence, or opening right after a sentence the cue ends with ':'."""
        s_start, s_end = self.sentence_range(att.anchor)
        if overlaps((s_start, s_end), (q.start, q.end)):
            return True
        if q.end <= s_start and not self.text[q.end : s_start].strip():
            # "“You winning?” she said, ..." split into two sentences by the parser
            subj_first = att.speaker is not None and att.speaker[0] == s_start
            if subj_first or (att.cue is not None and att.cue[0] == s_start):
                return True
        tail = self.text[s_start:s_end].rstrip()
        if tail.endswith((":", ",")) and q.start >= s_end and not self.text[s_end : q.start].strip():
            return True
        return bool(att.cue and self.text[att.cue[1] - 1] == ":" and not self.text[att.cue[1] : q.start].strip())

    # -- pass 4: one attribution level -----------------------------------------------------------
    def drop_nested(self, found: list[Attribution]) -> list[Attribution]:
        keep = []
        for att in found:
            anchor = self.doc[att.anchor].idx
            if any(other is not att and covers(other.content, anchor) for other in found):
                continue
            keep.append(att)
        return keep

    # -- pass 5: quotations that carry on a statement ----------------------------------------------
    def continue_quotes(self, found: list[Attribution]) -> None:
        if not found:
            return
        cue_points = sorted(self.doc[a.anchor].idx for a in found)
        para_of = self._paragraph_index
        for q in self.quotes:
            claimed = any(covers(a.content, q.start) for a in found)
            if claimed or not self._sentence_quote(q):
                continue
            owner = None
            for att in found:
                if att.content and att.content[-1][1] <= q.start:
                    owner = att
            if owner is None or not (owner.direct(self.text) or owner.kind == "label"):
                continue
            last_end = owner.content[-1][1]
            if any(last_end <= p < q.end for p in cue_points):
                continue
            gap_paras = para_of(q.start) - para_of(last_end - 1)
            if gap_paras == 0 or (gap_paras == 1 and self._opens_paragraph(q)):
                owner.content.append((q.start, q.end))

    def _paragraph_index(self, offset: int) -> int:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p.index
        return -1

    def _opens_paragraph(self, q: Quote) -> bool:
        para = self.paragraphs[q.paragraph]
        return q.start == para.start

    def _sentence_quote(self, q: Quote) -> bool:
        """A quotation that is a sentence of its own (not a quoted word inside a sentence)."""
        before = self.text[: q.start].rstrip()
        para = self.paragraphs[q.paragraph]
        starts_sentence = q.start == para.start or before.endswith((".", "!", "?", "”", '"', ":"))
        inner = self.text[q.start : q.end].rstrip("”\"»' ")
        ends_sentence = not q.closed or inner.endswith((".", "!", "?", "…", "—", "-", ","))
        return starts_sentence and ends_sentence
