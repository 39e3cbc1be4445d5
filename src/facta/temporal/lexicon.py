"""The temporal lexicons and the compiled pattern grammar (all data under ``facta/data/dates/``).

:func:`load_grammar` reads the word lists and ``rules.tsv``, fills the pattern macros and compiles
every rule once; the dates stage keeps the result in the pipeline's :class:`~facta.resources.Resources`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from facta.resources import read_data_tsv
from facta.tolls.numbers import number_pattern, number_words

# Words that introduce a bare month or year ("in May", "since 2019"); they stay out of the span.
PREPOSITIONS = (
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "through",
    "throughout",
    "from",
    "to",
    "before",
    "after",
    "of",
    "on",
    "between",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "around",
    "as of",
    "for",
)


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str  # facta unit name: day, week, weekend, month, quarter, year, decade, century, hour ...
    iso: str  # ISO 8601 duration designator ("D", "W", "M", "Y", "TH" ...)
    factor: int  # how many ISO units one of this unit is
    precision: str  # facta When precision for a date at this unit


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    type: str
    regex: re.Pattern[str]
    key: frozenset[str]  # every match contains one of these words ("DIGIT": any digit), see rules.tsv


@dataclass(frozen=True, slots=True)
class Grammar:
    """Lexicons (lower-cased keys) and compiled rules."""

    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, Unit]  # singular and plural forms
    seasons: dict[str, str]
    dayparts: dict[str, str]
    references: dict[str, dict[str, str]]
    holidays: dict[str, tuple[int, int]]
    rules: tuple[Rule, ...] = field(default=())


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first, with optional trailing period for abbreviations."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def load_grammar() -> Grammar:
    months = {r["word"].lower(): int(r["month"]) for r in read_data_tsv("dates/months.tsv")}
    weekdays = {r["word"].lower(): int(r["weekday"]) for r in read_data_tsv("dates/weekdays.tsv")}
    units: dict[str, Unit] = {}
    singular: list[str] = []
    plural: list[str] = []
    for r in read_data_tsv("dates/units.tsv"):
        unit = Unit(r["unit"], r["iso"], int(r["factor"]), r["precision"])
        units[r["word"]] = unit
        units[r["plural"]] = unit
        singular.append(r["word"])
        plural.append(r["plural"])
    seasons = {r["word"]: r["code"] for r in read_data_tsv("dates/seasons.tsv")}
    dayparts = {r["word"]: r["code"] for r in read_data_tsv("dates/dayparts.tsv")}
    references = {r["word"]: r for r in read_data_tsv("dates/references.tsv")}
    holidays = {
        r["word"].lower(): (int(r["month"]), int(r["day"])) for r in read_data_tsv("dates/holidays.tsv")
    }
    ordinals = [w for w, n in number_words().items() if n.kind == "ordinal"]
    macros = {
        "MONTH": rf"(?:{_alt(list(months))})",
        "WEEKDAY": rf"(?:{_alt(list(weekdays))})",
        "UNIT": rf"(?:{_alt(singular + plural)})",
        "UNITS": rf"(?:{_alt(plural)})",
        "UNIT1": rf"(?:{_alt(singular)})",
        "SEASON": rf"(?:{_alt(list(seasons))})",
        "PART": rf"(?:{_alt(list(dayparts))})",
        "HOLIDAY": rf"(?:{_alt(list(holidays))})",
        "NUM": rf"(?:a\s+couple\s+of|couple\s+of|a\s+few|few|a\s+dozen|several|a|an|{number_pattern()})",
        "ORD": rf"(?:{_alt(ordinals)}|\d{{1,2}}(?:st|nd|rd|th))",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d)",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "PREP": rf"(?:{_alt(list(PREPOSITIONS))})",
    }
    key_words = {
        "MONTH": set(months),
        "WEEKDAY": set(weekdays),
        "UNIT": set(units),
        "SEASON": set(seasons),
        "PART": set(dayparts),
        "HOLIDAY": {re.findall(r"\w+", h)[0] for h in holidays},
        "DIGIT": {"DIGIT"},
    }
    rules = []
    for r in read_data_tsv("dates/rules.tsv"):
        pattern = re.sub(r"\{([A-Z][A-Z0-9]*)\}", lambda m: macros[m.group(1)], r["pattern"])
        regex = re.compile(rf"(?<![\w/]){pattern}(?![\w/])", re.IGNORECASE)
        key: set[str] = set()
        for item in r["key"].split("|"):
            key.update(key_words.get(item, {item.lower()}))
        rules.append(Rule(r["name"], r["kind"], r["type"], regex, frozenset(key)))
    return Grammar(months, weekdays, units, seasons, dayparts, references, holidays, tuple(rules))
