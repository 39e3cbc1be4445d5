"""Finding attributions in one parsed article: who (speaker), the cue, and what was said (content).

The finder works in passes over the parse and the quotation marks (see docs/statements.md):

1. cues: reporting verbs with their subject and clause ("X said (that) ..."), attitude adjectives
   ("X is critical of Y"), "according to X", attribution nouns ("X's claim that ...", "X's attacks
   on Y"), speaker labels opening a paragraph ("SMITH: ...") and dash signatures ("“...” ― X");
2. quotations next to a cue that found no clause become its content ("He said: “...”");
3. cues without content fall back to an infinitive or object ("urged them to ...", "denied the report");
4. cues inside another statement's content are dropped (one attribution level, the outermost);
5. quotations without a cue continue the statement before them (same paragraph, or the next
   paragraph when it opens with the quotation).
"""

from __future__ import annotations

from facta.quotes.colon import colon_cues
from facta.quotes.context import Attribution, Context
from facta.quotes.marks import Quote, has_quote_mark
from facta.quotes.nominal import (
    according_cues,
    dash_cues,
    headline_cues,
    inverted_cues,
    label_cues,
    noun_cues,
)
from facta.quotes.sources import source_in_cues
from facta.quotes.spans import Interval, covers, merge, overlaps, subtract, trim
from facta.quotes.syntax import WH_WORDS
from facta.quotes.verbs import adjective_cues, purpose_only, verb_cues

CONDITIONAL = frozenset({"if", "unless", "whether", "because", "so", "once"})
# cue classes that open a statement of their own inside another's content ("said that A and noted
# that B"); a want, belief or judgement with its own subject there is part of what was said ("said
# he would not support X"), one sharing the outer speaker is not ("said A and rejected the charge")
OWN_CLAUSE_CLASSES = frozenset({"speech", "evidence"})


class Finder:
    """The passes over one article (see the module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def find(self) -> list[Attribution]:
        ctx = self.ctx
        found = [
            *verb_cues(ctx),
            *adjective_cues(ctx),
            *according_cues(ctx),
            *source_in_cues(ctx),
            *noun_cues(ctx),
            *label_cues(ctx),
            *dash_cues(ctx),
            *headline_cues(ctx),
        ]
        inverted = inverted_cues(ctx)  # "Said one diplomat: “...”" — the parse of such a cue is unusable
        anchors = {a.anchor for a in inverted}
        found = [a for a in found if a.anchor not in anchors] + inverted
        self.attach_quotes(found)
        self.attach_block(found)
        claimed = [iv for a in found for iv in a.content]
        found += colon_cues(ctx, claimed, {a.anchor for a in found if a.content})
        for att in found:
            if not att.content and att.fallback:
                att.content, att.frame = att.fallback, att.fallback_frame
                if att.fallback_cue_end is not None and att.cue is not None:
                    att.cue = (att.cue[0], att.fallback_cue_end)
        self.share_speakers(found)
        self.close_apposition(found)
        found = [a for a in found if a.content and a.speaker is not None]
        for att in found:
            att.purpose = purpose_only(ctx, att)
        found = self.drop_nested(found)
        self.cut_speaker_statements(found)
        found.sort(key=lambda a: a.start)
        self.continue_quotes(found)
        return found

    def share_speakers(self, found: list[Attribution]) -> None:
        """A participle right after a cue and its adjuncts ("..., its chairman, X, said at a news
        conference, citing the drought") reports for that cue's speaker, whatever subject the parser
        let it inherit (often the fronted report's)."""
        doc = self.ctx.doc
        cues = sorted(
            (a for a in found if a.kind == "verb" and a.speaker is not None), key=lambda a: a.anchor
        )
        for att in found:
            tok = doc[att.anchor]
            if (
                att.kind != "verb"
                or not att.inherited
                or tok.tag_ != "VBG"
                or tok.dep_ not in {"advcl", "conj"}
            ):
                continue
            if tok.i == 0 or doc[tok.i - 1].text != ",":
                continue
            prev = next((a for a in reversed(cues) if a.anchor < tok.i), None)
            if prev is None or doc[prev.anchor].sent.start != tok.sent.start:
                continue
            head = tok.head.idx
            if tok.head.i != prev.anchor and not any(s <= head < e for s, e in prev.content):
                continue  # the participle hangs on the cue or on the report it closes
            if any(t.pos_ in {"VERB", "AUX"} for t in doc[prev.anchor + 1 : tok.i]):
                continue  # another clause between them: "said after the talks failed, adding"
            text = self.ctx.text
            if att.speaker is not None and _bare(text, att.speaker) == _bare(text, prev.speaker):
                continue  # the same phrase, with or without its closing comma
            att.speaker, att.speaker_token = prev.speaker, prev.speaker_token

    def close_apposition(self, found: list[Attribution]) -> None:
        """A speaker named after the cue with an apposition chain ("said Jane Doe, a spokeswoman for
        the group, adding ...") keeps the comma that closes the chain, as a speaker named before the
        cue does ("Jane Doe, a spokeswoman for the group, said")."""
        text = self.ctx.text
        for att in found:
            if att.speaker is None or att.cue is None or att.speaker[0] < att.cue[1]:
                continue
            start, end = att.speaker
            if "," in text[start:end] and text[end : end + 1] == ",":
                att.speaker = (start, end + 1)

    # -- pass 2: quotations next to a cue ------------------------------------------------------
    def attach_quotes(self, found: list[Attribution]) -> None:
        claimed = [iv for a in found for iv in a.content]
        for q in self.ctx.quotes:
            if covers(claimed, q.start) or covers(claimed, q.end - 1):
                continue
            best: Attribution | None = None
            best_dist = 0
            for att in found:
                if att.cue is None or att.kind != "verb" or not self._near(att, q):
                    continue
                if att.content:
                    # "“A,” he said, “B.”": a sentence-opening quotation joins the quotation its cue took
                    if not (att.direct(self.ctx.text) and self._opens_sentence(q, att)):
                        continue
                elif not att.quote_ok or not self._adjacent(att, q):
                    continue
                dist = min(abs(att.cue[0] - q.end), abs(q.start - att.cue[1]))
                if best is None or dist < best_dist:
                    best, best_dist = att, dist
            if best is None:
                continue
            best.content = merge([*best.content, *self.ctx.content([(q.start, q.end)])], None)
            best.frame = best.frame or "quote"
            claimed.append((q.start, q.end))

    def attach_block(self, found: list[Attribution]) -> None:
        """A cue closing its paragraph with a colon introduces the next paragraph ("The statement
        said:\n\n“...”", "He wrote:\n\nI think ...")."""
        text = self.ctx.text
        for att in found:
            if att.content or att.cue is None or att.kind != "verb" or text[att.cue[1] - 1] != ":":
                continue
            para = self.ctx.paragraph_index(att.cue[0])
            if (
                para + 1 >= len(self.ctx.paragraphs)
                or text[att.cue[1] : self.ctx.paragraphs[para].end].strip()
            ):
                continue
            nxt = self.ctx.paragraphs[para + 1]
            att.content, att.frame = self.ctx.content([(nxt.start, nxt.end)]), "block"

    def _adjacent(self, att: Attribution, q: Quote) -> bool:
        """Only a few words, none of them a verb, stand between the quotation and speaker + cue."""
        points = [iv for iv in (att.cue, att.speaker) if iv is not None]
        left = min(p[0] for p in points)
        right = max(p[1] for p in points)
        gap = (q.end, left) if q.end <= left else (right, q.start) if q.start >= right else None
        if gap is None:
            return False
        words = self.ctx.text[gap[0] : gap[1]].split()
        if (
            len(words) > 6
            or has_quote_mark(self.ctx.text[gap[0] : gap[1]])
            or "\n" in self.ctx.text[gap[0] : gap[1]]
        ):
            return False
        # a capitalised word inside the sentence is a name the tagger took for a verb ("Tulsa police")
        return not any(
            t.pos_ == "VERB" and gap[0] <= t.idx < gap[1] and not t.text[:1].isupper()
            for t in self.ctx.doc[att.anchor].sent
        )

    def _opens_sentence(self, q: Quote, att: Attribution) -> bool:
        s_start, _s_end = self.ctx.sentence_range(att.anchor)
        para = self.ctx.paragraphs[q.paragraph]
        if q.paragraph != self.ctx.paragraph_of_token(att.anchor):
            return False
        if q.start < s_start:  # the parser split "“...?” she said" into two sentences
            return (
                not self.ctx.text[q.end : s_start].strip()
                and q.end <= (att.speaker or att.cue or (q.end, q.end))[0]
            )
        lead = self.ctx.text[max(s_start, para.start) : q.start]
        return not lead.strip() and q.end <= (att.speaker or att.cue or (q.end, q.end))[0]

    def _near(self, att: Attribution, q: Quote) -> bool:
        """A quotation in the cue's sentence, or opening right after a sentence the cue ends with ':'."""
        s_start, s_end = self.ctx.sentence_range(att.anchor)
        if overlaps((s_start, s_end), (q.start, q.end)):
            return True
        if (
            q.end <= s_start
            and not self.ctx.text[q.end : s_start].strip()
            and "\n" not in self.ctx.text[q.end : s_start]
        ):
            # "“You winning?” she said, ..." split into two sentences by the parser
            subj_first = att.speaker is not None and att.speaker[0] == s_start
            if subj_first or (att.cue is not None and att.cue[0] == s_start):
                return True
        tail = self.ctx.text[s_start:s_end].rstrip()
        if tail.endswith((":", ",")) and q.start >= s_end and not self.ctx.text[s_end : q.start].strip():
            return True
        return bool(
            att.cue
            and self.ctx.text[att.cue[1] - 1] == ":"
            and q.start >= att.cue[1]
            and not self.ctx.text[att.cue[1] : q.start].strip()
        )

    # -- pass 4: one attribution level -----------------------------------------------------------
    def drop_nested(self, found: list[Attribution]) -> list[Attribution]:
        """A cue inside another statement's content is dropped (one level of attribution), unless it
        opens a clause of its own that the parser hung inside the content: a relative clause ("the
        marchers, whom he described as ...") or a coordinated or adverbial clause ("said that A and
        noted that B", "..., while Cruz said ...") whose cue is a verb of saying or evidence
        (``OWN_CLAUSE_CLASSES``; a want or belief with its own subject there is part of what was
        said, one taking the outer speaker is not). Such a clause is
        cut out of the outer content, and a coordinated cue without its own subject takes the outer
        speaker."""
        doc = self.ctx.doc
        keep: list[Attribution] = []
        cuts: list[tuple[Attribution, Interval]] = []
        for att in found:
            anchor = doc[att.anchor].idx
            outers = [o for o in found if o is not att and covers(o.content, anchor)]
            if not outers:
                keep.append(att)
                continue
            outer = min(outers, key=lambda o: sum(e - s for s, e in o.content))
            region = self._own_clause(att, outer)
            if region is None:
                continue
            cuts.append((outer, region))
            if att.inherited:
                att.speaker, att.speaker_token = outer.speaker, outer.speaker_token
            keep.append(att)
        for outer, region in cuts:
            pieces = [trim(self.ctx.text, iv, keep_final=True) for iv in subtract(outer.content, region)]
            outer.content = [(s, e) for s, e in pieces if any(ch.isalnum() for ch in self.ctx.text[s:e])]
        return [a for a in keep if a.content]

    def _own_clause(self, att: Attribution, outer: Attribution) -> Interval | None:
        """The character extent of ``att``'s clause when it is a clause of its own inside ``outer``'s
        content (see :meth:`drop_nested`), else None."""
        if att.kind != "verb" or outer.cue is None:
            return None
        if att.cls not in OWN_CLAUSE_CLASSES and not att.inherited:
            return None  # "said she would not support X": with its own subject, part of the report
        doc = self.ctx.doc
        tok = doc[att.anchor]
        if tok.dep_ == "relcl":
            speaker = self.ctx.text[att.speaker[0] : att.speaker[1]] if att.speaker else ""
            left = tok.left_edge.i
            if speaker.lower() in WH_WORDS and (left == 0 or doc[left - 1].text != ","):
                # "people who want ...": a restrictive relative clause is part of the content; a
                # relative clause set off by a comma, or one naming its own speaker, is not
                return None
        elif tok.dep_ == "conj" or (
            tok.dep_ == "advcl"
            and not any(c.dep_ == "mark" and c.text.lower() in CONDITIONAL for c in tok.children)
            and (tok.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in tok.children))
        ):
            if not covers(outer.content, tok.head.idx):
                return None
        else:
            return None
        start = tok.left_edge.i
        while (
            start > 0 and doc[start - 1].dep_ in {"cc", "punct", "mark"} and doc[start - 1].text not in '"“”'
        ):
            start -= 1
        if tok.dep_ == "relcl":
            start = min(start, tok.left_edge.i)
        end = doc[tok.right_edge.i]
        return doc[start].idx, end.idx + len(end.text)

    def cut_speaker_statements(self, found: list[Attribution]) -> None:
        """A speaker's phrase that holds a statement of its own in a clause set off by a comma or a
        parenthesis ("Mr. Kamin, who emphasized that ..., said"; "Mr. Burman (a view echoed by
        others) said") ends before that clause: the clause is its own attribution."""
        text = self.ctx.text
        for att in found:
            if att.speaker is None or att.speaker_token is None:
                continue
            lo, hi = att.speaker
            head_end = self.ctx.doc[att.speaker_token].idx + len(self.ctx.doc[att.speaker_token].text)
            for inner in found:
                if (
                    inner is att
                    or inner.kind != "verb"
                    or inner.cue is None
                    or inner.speaker is None
                    or not lo <= inner.speaker[0] < inner.cue[0] < hi
                ):
                    continue
                cut = max(
                    text.rfind(",", head_end, inner.speaker[0] + 1),
                    text.rfind("(", head_end, inner.speaker[0] + 1),
                )
                if cut > head_end - 1:
                    att.speaker = trim(text, (lo, cut))
                    break

    # -- pass 5: quotations that carry on a statement ----------------------------------------------
    def continue_quotes(self, found: list[Attribution]) -> None:
        if not found:
            return
        cue_points = [(self.ctx.doc[a.anchor].idx, a) for a in found]
        para_of = self.ctx.paragraph_index
        for q in self.ctx.quotes:
            claimed = any(covers(a.content, q.start) for a in found)
            if claimed or not self._sentence_quote(q):
                continue
            owner = None
            for att in found:
                if att.content and att.content[-1][1] <= q.start:
                    owner = att
            if owner is None or not (owner.direct(self.ctx.text) or owner.kind == "label"):
                continue
            last_end = owner.content[-1][1]
            if any(last_end <= p < q.end and a is not owner for p, a in cue_points):
                continue
            gap_paras = para_of(q.start) - para_of(last_end - 1)
            if gap_paras == 0 or (gap_paras == 1 and self._opens_paragraph(q)):
                owner.content.append((q.start, q.end))

    def _opens_paragraph(self, q: Quote) -> bool:
        para = self.ctx.paragraphs[q.paragraph]
        return q.start == para.start

    def _sentence_quote(self, q: Quote) -> bool:
        """A quotation that is a sentence of its own (not a quoted word inside a sentence)."""
        before = self.ctx.text[: q.start].rstrip()
        para = self.ctx.paragraphs[q.paragraph]
        starts_sentence = q.start == para.start or before.endswith((".", "!", "?", "”", '"', ":"))
        inner = self.ctx.text[q.start : q.end].rstrip("”\"»' ")
        ends_sentence = not q.closed or inner.endswith((".", "!", "?", "…", "—", "-", ","))
        return starts_sentence and ends_sentence


def _bare(text: str, span: Interval | None) -> str:
    return text[span[0] : span[1]].strip(" ,") if span is not None else ""
