"""A state read with its own towns when the article is local news from its country (hand-made entries)."""

from __future__ import annotations

from facta.geo.gazetteer import Entry
from facta.geo.recognize import Mention
from facta.geo.resolve import resolve

GEORGIA_C = Entry(10, "Georgia", "country", "GE", None, None, 42.0, 43.5, 3_700_000)
GEORGIA_S = Entry(11, "Georgia", "admin1", "US", "US.GA", None, 32.7, -83.5, 4_800_000, nalt=3)
ATHENS_GR = Entry(12, "Athens", "city", "GR", "GR.I", "GR.I.1", 38.0, 23.7, 660_000, nalt=77)
ATHENS_GA = Entry(13, "Athens", "city", "US", "US.GA", "US.GA.059", 33.9, -83.4, 127_000, nalt=30)
ROME_IT = Entry(14, "Rome", "city", "IT", "IT.07", "IT.07.RM", 41.9, 12.5, 2_300_000, nalt=60)
ROME_GA = Entry(15, "Rome", "city", "US", "US.GA", "US.GA.115", 34.3, -85.2, 36_000, nalt=20)
FLORIDA = Entry(16, "Florida", "admin1", "US", "US.FL", None, 28.0, -81.7, 16_000_000, nalt=2)
JAX = Entry(17, "Jacksonville", "city", "US", "US.FL", "US.FL.031", 30.3, -81.7, 1_000_000, nalt=58)
USA = Entry(18, "United States", "country", "US", None, None, 39.8, -98.6, 327_000_000, nalt=300)
WASHINGTON = Entry(19, "Washington", "city", "US", "US.DC", None, 38.9, -77.0, 690_000, nalt=150)
UKRAINE = Entry(20, "Ukraine", "country", "UA", None, None, 49.0, 32.0, 40_000_000, nalt=300)
CAPITALS = frozenset({ATHENS_GR.gid, ROME_IT.gid, WASHINGTON.gid})


def mention(text: str, cands: tuple[Entry, ...], at: int) -> Mention:
    return Mention(at, at + 1, at * 10, at * 10 + len(text), text, "literal", "GPE", cands)


def georgia_athens_rome(at: int = 0) -> list[Mention]:
    return [
        mention("Georgia", (GEORGIA_C, GEORGIA_S), at),
        mention("Athens", (ATHENS_GR, ATHENS_GA), at + 1),
        mention("Rome", (ROME_IT, ROME_GA), at + 2),
    ]


def test_state_and_its_towns_in_local_news_of_its_country() -> None:
    # a college-football story: Florida and Jacksonville make it American local news, so Georgia
    # is the state and Athens and Rome its towns
    ms = [*georgia_athens_rome(), mention("Florida", (FLORIDA,), 3), mention("Jacksonville", (JAX,), 4)]
    resolve(ms, capitals=CAPITALS)
    assert [m.entry for m in ms[:3]] == [GEORGIA_S, ATHENS_GA, ROME_GA]


def test_national_news_of_the_country_does_not_make_it_local() -> None:
    # a summit story: the United States and its capital are named, but nothing local
    ms = [
        *georgia_athens_rome(),
        mention("Ukraine", (UKRAINE,), 3),
        mention("United States", (USA,), 4),
        mention("Washington", (WASHINGTON,), 5),
    ]
    resolve(ms, capitals=CAPITALS)
    assert [m.entry for m in ms[:3]] == [GEORGIA_C, ATHENS_GR, ROME_IT]


def test_towns_alone_do_not_make_the_state() -> None:
    ms = georgia_athens_rome()
    resolve(ms, capitals=CAPITALS)
    assert [m.entry for m in ms] == [GEORGIA_C, ATHENS_GR, ROME_IT]
