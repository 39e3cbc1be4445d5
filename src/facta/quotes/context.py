"""What every cue rule needs about one article: the parse, the text, quotations and paragraphs."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from facta.quotes.lexicon import CueLexicon
from facta.quotes.marks import Paragraph, Quote, has_quote_mark
from facta.quotes.spans import Interval, merge, overlaps, trim
from facta.quotes.syntax import Token, chars, is_punct, mention, token_starts


@dataclass
class Attribution:
    """One attributed statement as character intervals (before it becomes a Statement record)."""

    kind: str  # verb | adjective | according | noun | label | dash
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
    negated: bool = False  # the cue verb is denied ("did not claim", "never mentioned")
    inherited: bool = False  # the speaker is the subject of another verb ("..., saying", "and added")
    purpose: bool = False  # a to-infinitive giving the aim of a non-cue verb ("marched to protest")

    @property
    def start(self) -> int:
        points = [i[0] for i in self.content]
        if self.cue:
            points.append(self.cue[0])
        return min(points) if points else 0

    def direct(self, text: str) -> bool:
        return any(has_quote_mark(text[s:e]) for s, e in self.content)


class Context:
    """The parsed article with character-level helpers shared by all cue rules."""

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
        self._para_starts = [p.start for p in paragraphs]
        self.token_starts = token_starts(doc)
        self.tokens = list(doc)  # created once: spaCy builds a new Token object on every access
        self._quote_of = self._quote_index()
        self._datelines: dict[int, int] = {}

    def _quote_index(self) -> list[int]:
        """For each token, the reliable quotation holding it (-1 for none)."""
        out = [-1] * len(self.token_starts)
        for q in self.quotes:
            for i in range(bisect_left(self.token_starts, q.start), bisect_left(self.token_starts, q.end)):
                out[i] = q.index
        return out

    def token_at(self, offset: int) -> int:
        """The first token starting at or after ``offset``."""
        return bisect_left(self.token_starts, offset)

    def token_starting(self, offset: int) -> int | None:
        """The token that starts exactly at ``offset``, if any."""
        i = bisect_left(self.token_starts, offset)
        return i if i < len(self.token_starts) and self.token_starts[i] == offset else None

    def quote_index(self, i: int) -> int:
        """Index of the reliable quotation holding token ``i``, or -1."""
        return self._quote_of[i]

    def in_quote(self, i: int) -> bool:
        return self._quote_of[i] >= 0

    def quote(self, index: int) -> Quote:
        return next(q for q in self.quotes if q.index == index)

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect_right(self._para_starts, offset) - 1) if self.paragraphs else -1

    def paragraph_of_token(self, i: int) -> int:
        return self.paragraph_index(self.doc[i].idx)

    def dateline_end(self, i: int) -> int:
        """The first token after a dateline opening token ``i``'s paragraph ("KHARTOUM (Reuters) - "),
        or -1 when the paragraph has none."""
        para = self.paragraphs[self.paragraph_of_token(i)] if self.paragraphs else None
        if para is None:
            return -1
        cached = self._datelines.get(para.index)
        if cached is not None:
            return cached
        end = -1
        j = self.token_at(para.start)
        first = j
        while 0 <= j < len(self.doc) and self.doc[j].idx < para.end and j - first < 8:
            tok = self.doc[j]
            if tok.text in {"-", "—", "–", "--"} and j > first:
                end = j + 1
                break
            if not (tok.text.isupper() or is_punct(tok) or tok.text in {"(Reuters)", "Reuters", "AP", "AFP"}):
                # "KHARTOUM, Sudan -", "MOGADISHU, June 1 -", "BUNIA, Democratic Republic of Congo -"
                dated = tok.text[:1].isupper() or tok.text.isdigit() or tok.text in {"of", "and"}
                if dated and j > first and self.doc[first].text.isupper():
                    j += 1
                    continue
                break
            j += 1
        self._datelines[para.index] = end
        return end

    def subtree(self, tok: Token) -> Interval:
        return chars(self.doc, tok.left_edge.i, tok.right_edge.i + 1)

    def sentence_range(self, i: int) -> Interval:
        sent = self.doc[i].sent
        return sent.start_char, sent.end_char

    def speaker_of(self, head: Token, cue: Token | None = None) -> Interval | None:
        region = self._quote_of[head.i]
        before = cue is None or head.i < cue.i
        stop = cue.i if cue is not None else -1

        # a short quoted title inside the phrase ("host of “The Apprentice,”") belongs to it
        titles = {
            q.index
            for q in self.quotes
            if self.doc[head.left_edge.i].idx <= q.start
            and q.end <= self.doc[head.right_edge.i].idx + len(self.doc[head.right_edge.i].text)
            and len(self.text[q.start : q.end].split()) <= 8
            and (cue is None or not q.start <= cue.idx < q.end)
        }

        def blocked(i: int) -> bool:
            q = self._quote_of[i]
            return (q != region and q not in titles) or i == stop

        return mention(self.doc, self.text, head, blocked, before_verb=before, titles=self.lex.titles)

    def content(self, intervals: list[Interval], within: int | None = None) -> list[Interval]:
        """Clean content: clipped to the paragraph holding token ``within`` (when given), widened to
        whole quotations it touches, trimmed of edge punctuation."""
        if within is not None and self.paragraphs:
            para = self.paragraphs[self.paragraph_of_token(within)]
            dateline = self.dateline_end(within)
            opening = self.doc[dateline].idx if 0 <= dateline < len(self.doc) else para.start
            intervals = [(max(s, para.start, opening), min(e, para.end)) for s, e in intervals]
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
