"""Normalisers: turn the named groups of a matched pattern into a TimeML type and value.

Each pattern in ``rules.tsv`` names one of the functions in :data:`NORMALISERS`. A normaliser gets the
match's groups, the grammar and a :class:`Context` (publication date, the narrative reference time,
the tense around the expression) and returns a :class:`Reading`, or None to reject the match.

Conventions (TimeML 1.2): DATE values are ISO dates at the expression's granularity ("2024-03",
"2024-W11", "2024-Q1", "199" for the 1990s); TIME values add a clock time or a part of the day
("2024-03-15T15:00", "2024-03-15TMO"); DURATION values are ISO durations ("P3W", "PT4H", "PXY" when
the number is vague); SET values are the period of the repetition ("P1W") or a calendar pattern
("XXXX-WXX-5" every Friday). Without an anchor (no publication date) only absolute expressions
get a value; the others are recognised with ``value=None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from facta.temporal.calendar import NEAR_AHEAD_DAYS, Gran, Period, add_months, nearest_year
from facta.temporal.lexicon import Grammar, Unit
from facta.tolls.numbers import parse_number

Groups = dict[str, str]

MODS = {
    "early": "START",
    "early in": "START",
    "late in": "END",
    "the beginning of": "START",
    "the start of": "START",
    "late": "END",
    "the end of": "END",
    "mid": "MID",
    "the middle of": "MID",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
}

PAST_DIRS = {"last", "past", "previous", "the past", "the last", "the previous", "this past", "preceding"}
NEXT_DIRS = {"next", "coming", "the coming", "the next", "this coming"}
THIS_DIRS = {"this", "current", "the current"}
ANAPHORIC_DIRS = {"that", "the same", "the following", "following", "the preceding"}

# Units whose dates have a granularity of their own (hours and minutes resolve to the day).
UNIT_GRAN: dict[str, Gran] = {
    "day": "day",
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "year",
    "century": "year",
}


@dataclass(frozen=True, slots=True)
class Context:
    anchor: dt.date | None  # the publication date (document creation time)
    reference: Period | None = None  # the last date the text mentioned (for "that day", "a year earlier")
    direction: str | None = None  # tense around the expression: "past", "future", "present" or None
    before: str = ""  # a few characters of text before the match
    after: str = ""  # a few characters of text after the match


@dataclass(frozen=True, slots=True)
class Reading:
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    period: Period | None = None
    end: Period | None = None  # the last period of a range
    future: bool = False
    mod: str | None = None
    anchor: str | None = None  # "absolute", "publication" or "reference"


def _mod(groups: Groups) -> str | None:
    mod = (groups.get("mod") or "").lower()
    return MODS.get(mod)


def _low(groups: Groups, name: str) -> str:
    return " ".join((groups.get(name) or "").lower().split())


def _date_reading(
    period: Period | None, ctx: Context, *, suffix: str = "", typ: str = "DATE", anchor: str = "publication"
) -> Reading:
    if period is None:
        return Reading(typ, None, anchor=anchor)
    future = ctx.anchor is not None and period.start > ctx.anchor
    value = period.value + suffix
    return Reading("TIME" if suffix else typ, value, period, future=future, anchor=anchor)


def _year(text: str, anchor: dt.date | None) -> int:
    """A four-digit year, or a two-digit one ("'90s", "3/14/24") placed within ten years ahead of
    the anchor or before it."""
    if len(text) == 4:
        return int(text)
    base = anchor.year if anchor else dt.date.today().year
    year = base - base % 100 + int(text[-2:])
    return year - 100 if year > base + 10 else year


def _part_suffix(g: Grammar, groups: Groups) -> str:
    part = _low(groups, "part")
    code = g.dayparts.get(part)
    if not code:
        return ""
    return f"T{code}"


# -- explicit dates ------------------------------------------------------------------------------
def norm_date(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    month = g.months.get(_low(groups, "month").rstrip(".")) if groups.get("month") else None
    if month is None and groups.get("monthnum"):
        month = int(groups["monthnum"])
    day = int("".join(c for c in groups.get("day") or "" if c.isdigit()) or 0)
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    weekday = g.weekdays.get(_low(groups, "weekday").rstrip(".")) if groups.get("weekday") else None
    return _calendar_day(groups, month, day, weekday, ctx)


def _calendar_day(groups: Groups, month: int, day: int, weekday: int | None, ctx: Context) -> Reading | None:
    suffix = ""
    if groups.get("hour"):
        suffix = f"T{int(groups['hour']):02d}:{int(groups.get('minute') or 0):02d}"
    mod = _mod(groups)
    if groups.get("year"):
        year = _year(groups["year"], ctx.anchor)
        anchor = "absolute"
    elif ctx.anchor is None:
        value = f"XXXX-{month:02d}-{day:02d}"
        return Reading("DATE", value, mod=mod, anchor=None)
    else:
        direction = {"future": "future", "open": None, "present": None}.get(ctx.direction or "", "past")
        found = nearest_year(month, day, ctx.anchor, direction)
        if weekday is not None:  # "Tuesday, March 3": the year whose March 3 is a Tuesday
            for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
                try:
                    if dt.date(y, month, day).weekday() == weekday:
                        found = y
                        break
                except ValueError:
                    return None
        if found is None:
            return None
        year, anchor = found, "publication"
    try:
        start = dt.date(year, month, day)
    except ValueError:
        return None
    reading = _date_reading(Period(start, "day"), ctx, suffix=suffix, anchor=anchor)
    end = None
    if groups.get("day2"):
        day2 = int("".join(c for c in groups["day2"] if c.isdigit()))
        if day2 > day:
            try:
                end = Period(dt.date(year, month, day2), "day")
            except ValueError:
                end = None
    return Reading(reading.type, reading.value, reading.period, end, reading.future, mod, anchor)


def norm_numeric(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    """3/14/2024 (month first with "/" as in US usage) or 14.3.2024 (day first with ".")."""
    a, b = int(groups["a"]), int(groups["b"])
    month_first = groups.get("sep") == "/"
    if month_first and a > 12 >= b:
        month_first = False
    elif not month_first and b > 12 >= a:
        month_first = True
    month, day = (a, b) if month_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _calendar_day({"year": groups["year"]}, month, day, None, ctx)


def norm_holiday(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    month, day = g.holidays[_low(groups, "holiday")]
    direction = {"last": "past", "next": "future"}.get(_low(groups, "dir"), ctx.direction)
    return _calendar_day(groups, month, day, None, Context(ctx.anchor, ctx.reference, direction))


def _pick(periods: list[Period], anchor: dt.date, direction: str | None) -> Period:
    """Of candidate periods, the latest starting on/before the anchor (past), the first ending on/after
    it (future), or the nearest (None)."""
    if direction == "future":
        ok = [p for p in periods if p.end >= anchor]
        return min(ok, key=lambda p: p.start) if ok else periods[-1]
    if direction == "past":
        ahead = [p for p in periods if anchor < p.start <= anchor + dt.timedelta(days=NEAR_AHEAD_DAYS)]
        if ahead:
            return ahead[0]
        ok = [p for p in periods if p.start <= anchor]
        return max(ok, key=lambda p: p.start) if ok else periods[0]
    return min(periods, key=lambda p: abs((p.start - anchor).days))


def norm_month(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    month = g.months.get(_low(groups, "month").rstrip("."))
    if month is None:
        return None
    mod = _mod(groups)
    if groups.get("year"):
        year = _year(groups["year"], ctx.anchor)
        period = Period(dt.date(year, month, 1), "month")
        return Reading("DATE", period.value, period, mod=mod, anchor="absolute")
    if ctx.anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}", mod=mod, anchor=None)
    cands = [Period(dt.date(ctx.anchor.year + k, month, 1), "month") for k in (-2, -1, 0, 1)]
    d = _low(groups, "dir")
    current = Period.of(ctx.anchor, "month")
    if d in PAST_DIRS:  # "last May"; "last February" said in March means a year ago
        period = max((p for p in cands if p.start < current.shift(-1).start), key=lambda p: p.start)
    elif d in NEXT_DIRS:
        period = min((p for p in cands if p.start > current.start), key=lambda p: p.start)
    elif d in THIS_DIRS:
        period = cands[2]
    else:
        period = _pick(cands, ctx.anchor, _month_direction(ctx.direction))
    reading = _date_reading(period, ctx)
    return Reading("DATE", reading.value, period, None, reading.future, mod, "publication")


def _month_direction(tense: str | None) -> str | None:
    """A bare month looks back unless its clause is about the future (or open: the nearest)."""
    return {"future": "future", "open": None}.get(tense or "", "past")


def norm_year(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    if groups.get("yspelled"):  # "nineteen ninety-six", "two thousand and one"
        words = _low(groups, "yspelled").replace("-", " ").split()
        if words[:2] == ["two", "thousand"]:
            rest = parse_number(" ".join(w for w in words[2:] if w != "and")) if words[2:] else None
            year = 2000 + (rest.low if rest and rest.exact else 0)
        else:
            oh = "oh" in words
            rest = parse_number(" ".join(w for w in words[1:] if w != "oh"))
            if rest is None or not rest.exact or rest.low > 99 or (rest.low < 10 and not oh):
                return None  # "twenty five" is a count, not 2005
            year = (19 if words[0] == "nineteen" else 20) * 100 + rest.low
        groups = {**groups, "year": str(year)}
    year = int(groups["year"])
    period = Period(dt.date(year, 1, 1), "year")
    future = ctx.anchor is not None and year > ctx.anchor.year
    return Reading("DATE", period.value, period, future=future, mod=_mod(groups), anchor="absolute")


DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def norm_decade(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    if groups.get("decw"):  # "the sixties": the latest such decade before the anchor
        text = "'" + str(20 + 10 * DECADE_WORDS.index(_low(groups, "decw")))
    else:
        text = groups["decade"]
    year = int(text) if len(text) == 4 else _year(text[1:], ctx.anchor)
    period = Period(dt.date(year, 1, 1), "decade")
    return Reading("DATE", period.value, period, mod=_mod(groups), anchor="absolute")


def norm_century(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    n = parse_number(_low(groups, "cent"))
    if n is None or not 1 <= n.low <= 21:
        return None
    period = Period(dt.date(max(1, (n.low - 1) * 100), 1, 1), "century")
    return Reading("DATE", period.value, period, mod=_mod(groups), anchor="absolute")


def _relative(
    gran: Gran, d: str, ctx: Context, *, season: str | None = None, anaphoric_ok: bool = True
) -> tuple[Period | None, str]:
    """The period named by direction word ``d`` ("last", "this", "next", "that" ...) at ``gran``."""
    if d in ANAPHORIC_DIRS:
        if not anaphoric_ok or ctx.reference is None or gran not in _coarser_or_equal(ctx.reference.gran):
            return None, "reference"
        base = Period.of(ctx.reference.start, gran, season)
        step = {"the following": 1, "following": 1, "the preceding": -1}.get(d, 0)
        return base.shift(step), "reference"
    if ctx.anchor is None:
        return None, "publication"
    if season is not None:
        return _season(season, d, ctx.anchor), "publication"
    base = Period.of(ctx.anchor, gran)
    step = -1 if d in PAST_DIRS else 1 if d in NEXT_DIRS else 0
    return base.shift(step), "publication"


def _season(code: str, d: str, anchor: dt.date) -> Period:
    """ "this summer" (this year's), "last winter" (the latest before now), "next spring"."""
    this = Period(dt.date(anchor.year, _first(code), 1), "season", code)
    if code == "WI" and anchor.month <= 2:
        this = this.shift(-1)
    if d in PAST_DIRS:
        return this if this.end < anchor else this.shift(-1)
    if d in NEXT_DIRS:
        return this if this.start > anchor else this.shift(1)
    return this


def _coarser_or_equal(gran: Gran) -> set[Gran]:
    from facta.temporal.calendar import ORDER

    return set(ORDER[ORDER.index(gran) :]) | ({"weekend"} if gran == "day" else set())


def norm_season(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    code = g.seasons[_low(groups, "season")]
    d = _low(groups, "dir")
    mod = _mod(groups)
    if groups.get("year"):
        fixed = Period(dt.date(int(groups["year"]), _first(code), 1), "season", code)
        return Reading("DATE", fixed.value, fixed, mod=mod, anchor="absolute")
    if not d or d == "the":
        return None
    period, anchor = _relative("season", d, ctx, season=code)
    return _with(_date_reading(period, ctx, anchor=anchor), mod=mod)


def _first(code: str) -> int:
    return {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]


def _with(reading: Reading, **changes: object) -> Reading:
    import dataclasses

    return dataclasses.replace(reading, **changes)  # type: ignore[arg-type]


def _year_of(groups: Groups, ctx: Context) -> int | None:
    if groups.get("year"):
        return int(groups["year"])
    ydir = _low(groups, "ydir")
    if ydir and ctx.anchor is not None:
        return ctx.anchor.year + {"last": -1, "next": 1}.get(ydir, 0)
    return None


def norm_quarter(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    qtext = _low(groups, "qord") or _low(groups, "qnum")
    d = _low(groups, "dir")
    if not qtext:
        if not d:
            return None
        period, anchor = _relative("quarter", d if d != "latest" else "last", ctx)
        return _date_reading(period, ctx, anchor=anchor)
    q = parse_number(qtext)
    if q is None or not 1 <= q.low <= 4:
        return None
    year = _year_of(groups, ctx)
    if year is None:
        if ctx.anchor is None:
            return Reading("DATE", f"XXXX-Q{q.low}", anchor=None)
        year = ctx.anchor.year
        if dt.date(year, 3 * q.low - 2, 1) > ctx.anchor and ctx.direction != "future":
            year -= 1
    period = Period(dt.date(year, 3 * q.low - 2, 1), "quarter")
    return _date_reading(period, ctx, anchor="absolute" if groups.get("year") else "publication")


def norm_half(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    year = _year_of(groups, ctx)
    if year is None:
        return None
    first = _low(groups, "hord") in ("first", "1st")
    period = Period(dt.date(year, 1 if first else 7, 1), "half")
    return _date_reading(period, ctx, anchor="absolute" if groups.get("year") else "publication")


ResolveFn = Callable[[Groups, Grammar, Context], Reading | None]


def _unit(g: Grammar, groups: Groups, name: str = "unit") -> Unit | None:
    return g.units.get(_low(groups, name))


def shift_date(day: dt.date, unit: Unit, n: int) -> dt.date:
    """``day`` moved by ``n`` of ``unit`` (decades and centuries in years)."""
    if unit.unit in ("day", "hour", "minute", "second"):
        return day + dt.timedelta(days=n if unit.unit == "day" else 0)
    if unit.unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n * unit.factor)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit.unit]
    return add_months(day, months * n)


def duration_value(n: float | None, unit: Unit) -> str:
    """ISO 8601 duration: P3W, PT4H, P10Y (a decade), PXY (vague)."""
    t = "T" if unit.iso.startswith("T") else ""
    letter = unit.iso.lstrip("T")
    if n is None:
        return f"P{t}X{letter}"
    total = n * unit.factor
    amount = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"P{t}{amount}{letter}"
