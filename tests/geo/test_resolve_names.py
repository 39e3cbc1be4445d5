"""Which readings bear a name as their own, and nations that news treats as countries."""

from __future__ import annotations

from typing import Any

from facta.geo.gazetteer import Entry
from facta.geo.recognize import Mention
from facta.geo.resolve import _own_name, resolve

FRANKFURT_MAIN = Entry(1, "Frankfurt am Main", "city", "DE", "DE.05", None, 50.1, 8.7, 650_000, q=1, nalt=59)
FRANKFURT_ODER = Entry(2, "Frankfurt (Oder)", "city", "DE", "DE.11", None, 52.3, 14.6, 57_000, q=1, nalt=38)
FRANKFORT_KY = Entry(3, "Frankfort", "city", "US", "US.KY", None, 38.2, -84.9, 28_000, q=1, nalt=52)
ATLANTA = Entry(4, "Atlanta", "city", "US", "US.GA", None, 33.7, -84.4, 510_000, nalt=80)
MACON = Entry(5, "Macon", "city", "US", "US.GA", None, 32.8, -83.6, 91_000, nalt=20)
ENGLAND = Entry(6, "England", "admin1", "GB", "GB.ENG", None, 52.0, -1.0, 63_000_000, nalt=3)
ENGLAND_AR = Entry(7, "England", "city", "US", "US.AR", None, 34.5, -92.0, 2_800, nalt=21)


def mention(text: str, cands: tuple[Entry, ...], at: int) -> Mention:
    return Mention(at, at + 1, at * 10, at * 10 + len(text), text, "literal", "GPE", cands)


def test_a_towns_name_without_its_river_is_its_own() -> None:
    assert _own_name("Frankfurt", FRANKFURT_MAIN)
    assert _own_name("Frankfurt", FRANKFURT_ODER)
    assert not _own_name("Frankfurt", FRANKFORT_KY)
    assert _own_name("New York", Entry(8, "New York City", "city", "US", "US.NY", None, 0, 0, 8_000_000, q=1))
    assert not _own_name("Newcastle", Entry(9, "Newcastle Heights", "city", "AU", None, None, 0, 0, 10, q=1))


def test_frankfurt_is_the_german_city_even_in_an_american_story() -> None:
    ms = [
        mention("Atlanta", (ATLANTA,), 0),
        mention("Frankfurt", (FRANKFORT_KY, FRANKFURT_MAIN, FRANKFURT_ODER), 1),
        mention("Macon", (MACON,), 2),
    ]
    resolve(ms, seats=frozenset({FRANKFORT_KY.gid, ATLANTA.gid}))
    assert ms[1].entry == FRANKFURT_MAIN


def test_a_nation_outweighs_a_small_namesake_town_in_an_american_story() -> None:
    ms = [mention("Atlanta", (ATLANTA,), 0), mention("England", (ENGLAND, ENGLAND_AR), 1)]
    resolve(ms, nations=frozenset({ENGLAND.gid}))
    assert ms[1].entry == ENGLAND
    resolve(ms)
    assert ms[1].entry == ENGLAND_AR


def test_the_nations_file_names_subdivisions_of_the_index(geoparser: Any) -> None:
    names = {e.name for gid in geoparser.nations if (e := geoparser.gazetteer.get(gid)) is not None}
    assert {"England", "Scotland", "Wales", "Northern Ireland"} <= names
