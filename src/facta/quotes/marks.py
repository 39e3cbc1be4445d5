"""Quotation marks: paragraphs and quoted regions of an article, at the character level.

Pure functions on the text (no spaCy), so the pairing rules are easy to test. Curly marks pair
directly; straight marks (``"``) open when nothing is open and close otherwise. A quotation left
open at the end of a paragraph is *unclosed*; when the next paragraph starts with an opening mark it
*continues* there (the news convention for a quotation running over several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
QUOTE_CHARS = OPENERS | CLOSERS | {STRAIGHT, "‟"}
_MARKS = re.compile(r"''|``|[\"“”„«»‟]")


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int  # exclusive; the paragraph text has no line breaks


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted region ``text[start:end]``, marks included (unclosed: up to the paragraph end)."""

    index: int
    start: int
    end: int
    paragraph: int
    closed: bool = True
    continues: bool = False  # unclosed, and the next paragraph opens a quotation that carries it on

    @property
    def reliable(self) -> bool:
        """Closed, or unclosed in the way news writing leaves multi-paragraph quotations open."""
        return self.closed or self.continues

    def covers(self, offset: int) -> bool:
        return self.start <= offset < self.end


def has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds a double quotation mark (typographic, straight, or typed as '' / ``)."""
    return any(ch in QUOTE_CHARS for ch in text) or "''" in text or "``" in text


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of the text, each trimmed of surrounding whitespace."""
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        start = pos + (len(line) - len(line.lstrip()))
        end = pos + len(line.rstrip())
        if end > start:
            out.append(Paragraph(len(out), start, end))
        pos += len(line) + 1
    return out


def _opens_straight(text: str, i: int, para_start: int, para_end: int, width: int = 1) -> bool:
    """Whether a straight mark (``width`` characters) with nothing open looks like an opening mark."""
    nxt = text[i + width] if i + width < para_end else ""
    prev = text[i - 1] if i > para_start else ""
    if not nxt or nxt.isspace():
        return False
    return not prev or prev.isspace() or prev in "([{—–-/:;,"


def quotes(text: str, paras: list[Paragraph] | None = None) -> list[Quote]:
    """The quoted regions of ``text`` in order, paired paragraph by paragraph."""
    paras = paragraphs(text) if paras is None else paras
    spans: list[tuple[int, int, int, bool]] = []
    for para in paras:
        open_at: int | None = None
        for match in _MARKS.finditer(text, para.start, para.end):
            i = match.start()
            ch = text[i]
            pair = match.group()
            if len(pair) == 2:  # double quotes typed as two single marks (a wire convention)
                if open_at is not None and pair == "''":
                    spans.append((open_at, i + 2, para.index, True))
                    open_at = None
                elif open_at is None and (pair == "``" or _opens_straight(text, i, para.start, para.end, 2)):
                    open_at = i
                continue
            if ch in OPENERS:
                if open_at is None:
                    open_at = i
                elif _looks_closing(text, i, para.end):
                    spans.append((open_at, i + 1, para.index, True))  # a mis-typed closing mark
                    open_at = None
            elif ch in CLOSERS or ch == "‟":
                if open_at is not None:
                    spans.append((open_at, i + 1, para.index, True))
                    open_at = None
                elif i == para.start:  # a closing mark typed where the paragraph's quotation opens
                    open_at = i
            elif ch == STRAIGHT:
                if open_at is not None:
                    spans.append((open_at, i + 1, para.index, True))
                    open_at = None
                elif _opens_straight(text, i, para.start, para.end):
                    open_at = i
        if open_at is not None:
            spans.append((open_at, para.end, para.index, False))
    starts_with_opener = {
        p.index
        for p in paras
        if text[p.start] in OPENERS
        or text[p.start] in CLOSERS
        or text[p.start] == STRAIGHT
        or text[p.start : p.start + 2] in ("''", "``")
    }
    out: list[Quote] = []
    for start, end, pidx, closed in spans:
        continues = not closed and (pidx + 1) in starts_with_opener
        out.append(Quote(len(out), start, end, pidx, closed, continues))
    return out


def _looks_closing(text: str, i: int, para_end: int) -> bool:
    nxt = text[i + 1] if i + 1 < para_end else ""
    return not nxt or nxt.isspace() or nxt in ".,;:!?)"
