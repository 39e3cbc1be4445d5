"""Normalisers for relative and deictic expressions, durations, sets and clock times.

"Friday", "last week", "five months ago", "two days later", "that day", "for three weeks",
"every Monday", "3 p.m.": see :mod:`facta.temporal.resolve` for the conventions and the shared
:class:`~facta.temporal.resolve.Context` / :class:`~facta.temporal.resolve.Reading` types.
"""

from __future__ import annotations

import datetime as dt
import re

from facta.temporal.calendar import ORDER, Period, week_start
from facta.temporal.lexicon import Grammar
from facta.temporal.resolve import (
    ANAPHORIC_DIRS,
    NEXT_DIRS,
    PAST_DIRS,
    THIS_DIRS,
    UNIT_GRAN,
    Context,
    Groups,
    Reading,
    ResolveFn,
    _date_reading,
    _low,
    _mod,
    _part_suffix,
    _relative,
    _unit,
    _with,
    duration_value,
    norm_century,
    norm_date,
    norm_decade,
    norm_half,
    norm_holiday,
    norm_month,
    norm_numeric,
    norm_quarter,
    norm_season,
    norm_year,
    shift_date,
)
from facta.tolls.numbers import parse_number

_RATE_BEFORE = re.compile(
    r"(?:\d|%|\$|€|£|\bdollars?|\bpounds?|\beuros?|\bcents?|\bpeople|\btimes|\bonce|\btwice)\s*$", re.I
)
_FREQ = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


def norm_weekday(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    wd = g.weekdays[_low(groups, "weekday").rstrip(".")]
    suffix = _part_suffix(g, groups)
    typ = "TIME" if suffix else "DATE"
    if ctx.anchor is None:
        return Reading(typ, f"XXXX-WXX-{wd + 1}{suffix}", anchor=None)
    a = ctx.anchor
    back = (a.weekday() - wd) % 7
    fwd = (wd - a.weekday()) % 7
    d = _low(groups, "dir")
    if d in PAST_DIRS:
        day = a - dt.timedelta(days=back or 7)
    elif d in NEXT_DIRS:
        day = a + dt.timedelta(days=fwd or 7)
    elif d in THIS_DIRS:
        day = week_start(a) + dt.timedelta(days=wd)
    elif ctx.direction == "future" or (ctx.direction == "open" and fwd < back):
        day = a + dt.timedelta(days=fwd)
    else:
        day = a - dt.timedelta(days=back)
    return _date_reading(Period(day, "day"), ctx, suffix=suffix)


def norm_weekend(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    """ "the weekend": the last one, or the coming one in a future clause."""
    if ctx.anchor is None:
        return Reading("DATE", None)
    current = Period.of(ctx.anchor, "weekend")
    if ctx.direction == "future" and current.end < ctx.anchor:
        current = current.shift(1)
    elif ctx.direction != "future" and current.start > ctx.anchor:
        current = current.shift(-1)
    return _date_reading(current, ctx)


def norm_ref(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    entry = g.references.get(_low(groups, "ref"))
    if entry is None:
        return None
    if entry.get("value"):
        value = entry["value"]
        if value == "PRESENT_REF" and ctx.anchor is not None:
            return Reading("DATE", value, Period(ctx.anchor, "day"))
        return Reading("DATE", value, future=value == "FUTURE_REF")
    offset = int(entry["offset"])
    offset += {"before": -1, "after": 1}.get(_low(groups, "around"), 0)
    suffix = _part_suffix(g, groups) or (f"T{entry['part']}" if entry.get("part") else "")
    if ctx.anchor is None:
        return Reading("TIME" if suffix else "DATE", None, future=offset > 0)
    return _date_reading(Period(ctx.anchor + dt.timedelta(days=offset), "day"), ctx, suffix=suffix)


def norm_part(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[_low(groups, "dir")]
    if _low(groups, "dir") == "last" and _low(groups, "part") != "night":
        return None  # "last morning" is not an expression of the day before
    if ctx.anchor is None:
        return Reading("TIME", None)
    return _date_reading(
        Period(ctx.anchor + dt.timedelta(days=offset), "day"), ctx, suffix=_part_suffix(g, groups)
    )


def norm_rel(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    unit = _unit(g, groups)
    d = _low(groups, "dir")
    mod = _mod(groups)
    if unit is None:
        return None
    if unit.unit in ("hour", "minute", "second", "day") or (
        unit.unit in ("decade", "century") and d in PAST_DIRS | NEXT_DIRS - {"next"}
    ):
        if unit.unit == "day" and d in ANAPHORIC_DIRS | {"the next", "next", "the previous", "previous"}:
            return norm_anaphor(groups, g, ctx)
        if d in THIS_DIRS or d in ANAPHORIC_DIRS:
            return None
        future = d in NEXT_DIRS
        return Reading("DURATION", duration_value(1, unit), future=future, mod=mod)
    if unit.unit in ("decade", "century"):
        period, anchor = _relative("decade" if unit.unit == "decade" else "century", d, ctx)
        return _with(_date_reading(period, ctx, anchor=anchor), mod=mod)
    gran = UNIT_GRAN[unit.unit]
    if d in ("the previous", "previous") and ctx.reference is not None:
        period, anchor = _relative(gran, "the preceding", ctx)
        if period is not None:
            return _with(_date_reading(period, ctx, anchor=anchor), mod=mod)
    period, anchor = _relative(gran, d, ctx)
    reading = _date_reading(period, ctx, anchor=anchor)
    return _with(reading, mod=mod, future=reading.future or d in NEXT_DIRS)


def norm_anaphor(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    """ "that day", "the next day", "the day before", "the following morning": from the reference time."""
    unit_word = _low(groups, "unit")
    d = _low(groups, "dir")
    step = {"before": -1, "after": 1}.get(_low(groups, "around"), 0)
    if d in ("the previous", "previous", "the preceding"):
        step = -1
    elif d in ("the following", "following", "the next", "next"):
        step = 1
    part = g.dayparts.get(unit_word)
    unit = g.units.get(unit_word)
    gran = "day" if part or unit is None else UNIT_GRAN.get(unit.unit, "day")
    ref = ctx.reference
    if ref is None or (
        ORDER.index(ref.gran) > ORDER.index(gran) and not (ref.gran == "weekend" and gran == "day")
    ):
        return Reading("TIME" if part else "DATE", None, anchor="reference")
    base = Period.of(ref.start, gran).shift(step)
    suffix = f"T{part}" if part else ""
    return _date_reading(base, ctx, suffix=suffix, anchor="reference")


def norm_ago(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    unit = _unit(g, groups)
    if unit is None:
        return None
    d = _low(groups, "dir")
    mod = _mod(groups)
    qty = parse_number(_low(groups, "num")) if groups.get("num") else None
    if qty is None or not qty.exact:  # "years ago", "a few weeks later": a vague past or future
        value = "FUTURE_REF" if d in ("later", "from now", "hence") else "PAST_REF"
        return Reading("DATE", value, mod=mod, future=value == "FUTURE_REF")
    n = qty.low
    gran = UNIT_GRAN.get(unit.unit, "day")
    sign = 1 if d in ("later", "from now", "hence") else -1
    if d in ("earlier", "later") and ctx.reference is not None:
        ref = ctx.reference
        if ORDER.index(ref.gran) > ORDER.index(gran):
            return Reading("DATE", None, mod=mod, anchor="reference")
        start = shift_date(ref.start, unit, sign * n)
        period = Period.of(start, ref.gran, ref.season)
        return _with(_date_reading(period, ctx, anchor="reference"), mod=mod)
    if d == "later" or ctx.anchor is None:
        return Reading("DATE", None, mod=mod, future=sign > 0 and d != "later")
    period = Period.of(shift_date(ctx.anchor, unit, sign * n), gran)
    return _with(_date_reading(period, ctx), mod=mod)


def norm_duration(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    unit = _unit(g, groups)
    if unit is None:
        return None
    qty = parse_number(_low(groups, "num"))
    if qty is None or qty.ordinal:
        return None
    mod = _mod(groups)
    det = _low(groups, "det")
    num_text = _low(groups, "num")
    if num_text in ("a", "an") and not det and _RATE_BEFORE.search(ctx.before):
        return Reading("SET", duration_value(1, unit))  # "$5 a year", "twice a week"
    amount: float | None = qty.low if qty.exact else None
    if amount is not None and re.fullmatch(r"\d+\.\d+", num_text):
        amount = float(num_text)
    value = duration_value(amount, unit)
    d = _low(groups, "dir")
    if d in ("past", "last", "previous", "preceding", "next", "coming") and ctx.anchor and qty.exact:
        gran = UNIT_GRAN.get(unit.unit, "day")
        if d in ("next", "coming"):
            start, end = ctx.anchor, shift_date(ctx.anchor, unit, qty.low)
        else:
            start, end = shift_date(ctx.anchor, unit, -qty.low), ctx.anchor
        first, last = Period.of(start, gran), Period.of(end, gran)
        future = d in ("next", "coming")
        return Reading("DURATION", value, first, last, future=future, mod=mod)
    return Reading("DURATION", value, mod=mod)


def norm_vague_duration(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    unit = _unit(g, groups, "unitp")
    d = _low(groups, "dir")
    if unit is None or not (d or groups.get("pre")):
        return None
    future = d in ("the coming", "the next", "coming")
    return Reading("DURATION", duration_value(None, unit), future=future)


def norm_set(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    if groups.get("freq"):
        return Reading("SET", _FREQ[_low(groups, "freq")])
    if groups.get("weekday"):
        wd = g.weekdays[_low(groups, "weekday").rstrip(".")]
        return Reading("SET", f"XXXX-WXX-{wd + 1}")
    if groups.get("part"):
        return Reading("SET", f"XXXX-XX-XXT{g.dayparts[_low(groups, 'part')]}")
    if groups.get("season"):
        return Reading("SET", f"XXXX-{g.seasons[_low(groups, 'season')]}")
    unit = _unit(g, groups)
    if unit is None:
        return None
    qty = parse_number(_low(groups, "num")) if groups.get("num") else None
    return Reading("SET", duration_value(qty.low if qty and qty.exact else 1, unit))


def norm_time(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    if groups.get("noon"):
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[_low(groups, "noon")]
    else:
        if groups.get("hourw"):
            qty = parse_number(_low(groups, "hourw"))
            hour = qty.low if qty and qty.exact else -1
        else:
            hour = int(groups["hour"])
        minute = int(groups.get("minute") or 0)
        ampm = _low(groups, "ampm").replace(".", "").replace(" ", "")
        if _low(groups, "part") in ("afternoon", "evening"):
            ampm = "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if not 0 <= hour <= 24:
            return None
        clock = f"{hour:02d}:{minute:02d}"
    base = ctx.reference if ctx.reference is not None and ctx.reference.gran == "day" else None
    if base is None and ctx.anchor is not None:
        base = Period(ctx.anchor, "day")
    if base is None:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return _date_reading(base, ctx, suffix=f"T{clock}")


def norm_vague(groups: Groups, g: Grammar, ctx: Context) -> Reading | None:
    value = {
        "the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "the present": "PRESENT_REF",
        "these days": "PRESENT_REF",
    }[_low(groups, "vref")]
    period = Period(ctx.anchor, "day") if value == "PRESENT_REF" and ctx.anchor else None
    return Reading("DATE", value, period, future=value == "FUTURE_REF")


NORMALISERS: dict[str, ResolveFn] = {
    "date": norm_date,
    "numeric": norm_numeric,
    "month": norm_month,
    "year": norm_year,
    "decade": norm_decade,
    "century": norm_century,
    "season": norm_season,
    "quarter": norm_quarter,
    "half": norm_half,
    "holiday": norm_holiday,
    "weekday": norm_weekday,
    "weekend": norm_weekend,
    "ref": norm_ref,
    "part": norm_part,
    "rel": norm_rel,
    "anaphor": norm_anaphor,
    "ago": norm_ago,
    "duration": norm_duration,
    "vague_duration": norm_vague_duration,
    "set": norm_set,
    "time": norm_time,
    "vague": norm_vague,
}
