"""Character intervals: merging, trimming and the token ranges they come from."""

from __future__ import annotations

from collections.abc import Iterable

Interval = tuple[int, int]

# Punctuation trimmed from the edges of a content or speaker span (quotation marks are kept).
EDGE_PUNCT = frozenset(".,;:!?-—–()[]")


def merge(intervals: Iterable[Interval], text: str | None = None) -> list[Interval]:
    """Sorted, non-overlapping intervals; with ``text``, intervals separated by whitespace only join."""
    out: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if out:
            last_start, last_end = out[-1]
            gap = text[last_end:start] if text is not None and start > last_end else ""
            if start <= last_end or (text is not None and not gap.strip()):
                out[-1] = (last_start, max(last_end, end))
                continue
        out.append((start, end))
    return out


def trim(text: str, interval: Interval, *, keep_final: bool = False) -> Interval:
    """Strip whitespace and edge punctuation (a final mark is kept when ``keep_final``)."""
    start, end = interval
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCT):
        start += 1
    while end > start and (text[end - 1].isspace() or (text[end - 1] in EDGE_PUNCT and not keep_final)):
        end -= 1
    return start, end


def subtract(intervals: Iterable[Interval], cut: Interval) -> list[Interval]:
    out: list[Interval] = []
    for start, end in intervals:
        if cut[1] <= start or cut[0] >= end:
            out.append((start, end))
            continue
        if start < cut[0]:
            out.append((start, cut[0]))
        if cut[1] < end:
            out.append((cut[1], end))
    return out


def covers(intervals: Iterable[Interval], offset: int) -> bool:
    return any(start <= offset < end for start, end in intervals)


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]
