"""Dates set off from another date by a measure phrase: "two days after the attack", "a week before".

:func:`offset_date` moves an anchor date by a TimeML duration value ("P2D", "P1W", "PT5H") and returns
the date and precision the shifted event has; the syntax (which clause is the anchor) is in
:mod:`facta.stages.dates`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from facta.resources import read_data_tsv
from facta.temporal.calendar import add_months, week_start

_DURATION = re.compile(r"^P(T?)(\d+)([YMWDHS])$")
# the finest anchor precision each unit needs: a day count moved from a month tells nothing
_NEEDS = {
    "D": ("day",),
    "W": ("day", "week"),
    "M": ("day", "week", "month"),
    "Y": ("day", "week", "month", "year"),
}


@functools.cache
def anchor_words() -> dict[str, int]:
    """ "after" -> -1, "before" -> +1 (see data/dates/anchors.tsv)."""
    return {r["word"].lower(): int(r["sign"]) for r in read_data_tsv("dates/anchors.tsv")}


@functools.cache
def clock_units() -> frozenset[str]:
    """Unit words shorter than a day ("hours", "minute"): "hours after X" puts X on the same day."""
    words: set[str] = set()
    for r in read_data_tsv("dates/units.tsv"):
        if r["iso"].startswith("T"):
            words.update((r["word"].lower(), r["plural"].lower()))
    return frozenset(words)


@functools.cache
def _unit_values() -> dict[str, str]:
    values: dict[str, str] = {}
    for r in read_data_tsv("dates/units.tsv"):
        iso, factor = r["iso"], int(r["factor"])
        value = f"PT{factor}{iso[1:]}" if iso.startswith("T") else f"P{factor}{iso}"
        if _DURATION.match(value):
            values[r["word"].lower()] = value
    return values


def unit_value(word: str) -> str | None:
    """The duration one unit word names ("day" -> "P1D", "fortnight" -> "P2W"); None for other words."""
    return _unit_values().get(word)


def offset_date(anchor: dt.date, precision: str, value: str | None, sign: int) -> tuple[dt.date, str] | None:
    """``anchor`` moved by ``sign`` times the duration ``value``; None when the value is vague ("PXD")
    or finer than the anchor's precision ("two days after" a month)."""
    if value is None:
        return None
    m = _DURATION.match(value)
    if m is None:
        return None
    clock, n, unit = m.group(1) == "T", int(m.group(2)), m.group(3)
    if clock:  # hours, minutes, seconds: whole days only ("48 hours after" = two days)
        if precision != "day":
            return None
        return anchor + dt.timedelta(days=sign * (n // 24 if unit == "H" else 0)), "day"
    if precision not in _NEEDS[unit]:
        return None
    if unit == "D":
        return anchor + dt.timedelta(days=sign * n), "day"
    if unit == "W":
        return week_start(anchor + dt.timedelta(weeks=sign * n)), "week"
    if unit == "M":
        return add_months(anchor, sign * n).replace(day=1), "month"
    return dt.date(anchor.year + sign * n, 1, 1), "year"
