"""Calendar periods: a day, ISO week, month, quarter, season, year, decade or century, with arithmetic.

A :class:`Period` is what a date expression names once resolved: its first day and its granularity.
It knows its TimeML value ("2024-03", "2024-W11", "2024-Q1", "199") and its last day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Gran = Literal["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"]

# Granularities from finest to coarsest (for "the finer of two").
ORDER: tuple[Gran, ...] = (
    "day",
    "weekend",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)

# The facta When.precision of each granularity (periods that are not calendar units map to the
# unit they are made of; their extent is given by When.end_date).
PRECISION: dict[str, str] = {
    "day": "day",
    "weekend": "day",
    "week": "week",
    "month": "month",
    "season": "month",
    "quarter": "month",
    "half": "month",
    "year": "year",
    "decade": "decade",
    "century": "century",
}

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _month_end(year, month).day
    return dt.date(year, month, min(day.day, last))


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: ``start`` is its first day; ``season`` holds the TimeML code for seasons."""

    start: dt.date
    gran: Gran
    season: str | None = None

    # -- construction ----------------------------------------------------------------------------
    @classmethod
    def of(cls, day: dt.date, gran: Gran, season: str | None = None) -> Period:
        """The period of granularity ``gran`` that contains ``day``."""
        if gran == "day":
            return cls(day, gran)
        if gran == "week":
            return cls(week_start(day), gran)
        if gran == "weekend":
            return cls(week_start(day) + dt.timedelta(days=5), gran)
        if gran == "month":
            return cls(day.replace(day=1), gran)
        if gran == "quarter":
            return cls(dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1), gran)
        if gran == "half":
            return cls(dt.date(day.year, 1 if day.month <= 6 else 7, 1), gran)
        if gran == "season":
            code = season or _season_of(day.month)
            first = SEASON_START[code]
            year = day.year - 1 if code == "WI" and day.month <= 2 else day.year
            return cls(dt.date(year, first, 1), gran, code)
        if gran == "year":
            return cls(dt.date(day.year, 1, 1), gran)
        if gran == "decade":
            return cls(dt.date(day.year - day.year % 10, 1, 1), gran)
        return cls(dt.date(day.year - day.year % 100, 1, 1), gran)  # century

    # -- arithmetic ------------------------------------------------------------------------------
    def shift(self, n: int) -> Period:
        """The period ``n`` units later (earlier when negative), same granularity."""
        g = self.gran
        if g == "day":
            return Period(self.start + dt.timedelta(days=n), g)
        if g in ("week", "weekend"):
            return Period(self.start + dt.timedelta(weeks=n), g)
        months = {"month": 1, "quarter": 3, "half": 6, "season": 12}.get(g)
        if months is not None:
            return Period(add_months(self.start, months * n), g, self.season)
        years = {"year": 1, "decade": 10, "century": 100}[g]
        return Period(self.start.replace(year=self.start.year + years * n), g)

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        g = self.gran
        if g == "day":
            return self.start
        if g == "weekend":
            return self.start + dt.timedelta(days=1)
        if g == "week":
            return self.start + dt.timedelta(days=6)
        months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120}.get(g, 1200)
        return add_months(self.start, months) - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    # -- TimeML ----------------------------------------------------------------------------------
    @property
    def value(self) -> str:
        """The TimeML (ISO 8601 based) value: 2024-03-05, 2024-W10, 2024-W10-WE, 2024-03, 2024-Q1 ..."""
        s, g = self.start, self.gran
        if g == "day":
            return s.isoformat()
        if g in ("week", "weekend"):
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if g == "quarter":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g == "half":
            return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
        if g == "season":
            return f"{s.year:04d}-{self.season}"
        if g == "year":
            return f"{s.year:04d}"
        if g == "decade":
            return f"{s.year // 10:03d}"
        return f"{s.year // 100:02d}"


def _season_of(month: int) -> str:
    for code, first in SEASON_START.items():
        if first <= month < first + 3 or (code == "WI" and month <= 2):
            return code
    return "WI"


def finer(a: Gran, b: Gran) -> Gran:
    return a if ORDER.index(a) <= ORDER.index(b) else b


# An explicit calendar date this close after the publication date is taken as upcoming even in a
# past-tense clause ("the deadline was extended to Nov. 16"), rather than as the one a year earlier.
NEAR_AHEAD_DAYS = 60


def nearest_year(month: int, day: int, anchor: dt.date, direction: str | None) -> int | None:
    """The year that puts month/day closest to ``anchor`` in the given direction.

    direction "past": the latest occurrence on or before the anchor, unless the date comes within
    :data:`NEAR_AHEAD_DAYS` after it (a past-tense report of a coming deadline: the alternative would
    be almost a year back); "future": the first on or after; None: the nearest either way.
    Returns None for an impossible day (e.g. February 30).
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        ahead = [c for c in candidates if anchor < c <= anchor + dt.timedelta(days=NEAR_AHEAD_DAYS)]
        if ahead:  # "the offer was extended to Nov. 16" written on Oct. 30: the coming Nov. 16
            return ahead[0].year
        ok = [c for c in candidates if c <= anchor]
        return max(ok).year if ok else None
    if direction == "future":
        ok = [c for c in candidates if c >= anchor]
        return min(ok).year if ok else None
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor)).year
