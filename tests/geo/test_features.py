"""Natural features the gazetteer lacks ("the Jordan River", "Lake Mead"): kept whole, never the
country they are named after, and not a small namesake town in another state."""

from __future__ import annotations

from typing import Any

import pytest

from facta.geo.gazetteer import Entry
from facta.geo.recognize import Mention
from facta.geo.resolve import resolve


def mention(text: str, cands: tuple[Entry, ...], at: int, evidence: str = "ner") -> Mention:
    return Mention(at, at + 1, at * 10, at * 10 + len(text), text, "literal", "GPE", cands, evidence=evidence)


def town(gid: int, name: str, a1: str, pop: int) -> Entry:
    return Entry(gid, name, "city", "US", a1, None, 36.0, -115.0, pop, nalt=10)


MEAD_WA = town(1, "Mead", "US.WA", 7_000)
LAS_VEGAS = town(2, "Las Vegas", "US.NV", 640_000)
HENDERSON = town(3, "Henderson", "US.NV", 320_000)
PHOENIX = town(4, "Phoenix", "US.AZ", 1_600_000)


def test_a_feature_is_not_a_small_town_of_another_state() -> None:
    ms = [
        mention("Lake Mead", (MEAD_WA,), 0, "feature"),
        mention("Las Vegas", (LAS_VEGAS,), 1),
        mention("Henderson", (HENDERSON,), 2),
        mention("Phoenix", (PHOENIX,), 3),
    ]
    resolve(ms)
    assert ms[0].entry is None and ms[0].cc == "US"
    town_ms = [mention("Mead", (MEAD_WA,), 0), *ms[1:]]
    resolve(town_ms)
    assert town_ms[0].entry == MEAD_WA  # the town itself, named without a feature word, stays
    near = [
        mention("Lake Mead", (MEAD_WA,), 0, "feature"),
        mention("Spokane", (town(5, "Spokane", "US.WA", 230_000),), 1),
    ]
    near += [mention("Seattle", (town(6, "Seattle", "US.WA", 700_000),), 2)]
    resolve(near)
    assert near[0].entry == MEAD_WA  # in a Washington story the lake may well lie by the town


@pytest.mark.model
def test_a_river_named_after_a_country_is_not_the_country(nlp: Any, geoparser: Any) -> None:
    doc = nlp(
        "The boat capsized on the Jordan River on Sunday, and rescuers searched the banks from "
        "Salt Lake City to Provo and Ogden."
    )
    found = {m.text: m for m in geoparser(doc)}
    river = found["Jordan River"]
    assert river.cc == "US"
    assert river.entry is None or river.entry.kind != "country"
