"""A name no entry was chosen for keeps the country (and state) all its readings share."""

from __future__ import annotations

from facta.geo.gazetteer import Entry
from facta.geo.mention import Mention
from facta.geo.resolve import _shared_area, resolve

RESTON = Entry(4781530, "Reston", "city", "US", "US.VA", "US.VA.059", 38.97, -77.34, 58_000)
RESTON_FL = Entry(1, "Reston", "city", "US", "US.FL", None, 28.0, -82.0, 600, q=1)
MANILA = Entry(1701668, "Manila", "city", "PH", "PH.NCR", None, 14.6, 121.0, 1_600_000)
CEBU = Entry(1717512, "Cebu City", "city", "PH", "PH.07", None, 10.3, 123.9, 800_000)
DAVAO = Entry(1715348, "Davao", "city", "PH", "PH.11", None, 7.07, 125.6, 1_200_000)
MARBURG = Entry(2873759, "Marburg", "city", "DE", "DE.05", None, 50.8, 8.77, 72_000)
MARBURG_SI = Entry(3195506, "Maribor", "city", "SI", "SI.C2", None, 46.55, 15.65, 95_000, q=1)


def _m(text: str, *cands: Entry, qualifier: tuple[Entry, ...] = ()) -> Mention:
    return Mention(0, 1, 0, len(text), text, "literal", "GPE", cands, qualifier)


def test_readings_in_one_country_give_it() -> None:
    assert _shared_area([_m("Reston", RESTON)]) == ("US", "US.VA")
    assert _shared_area([_m("Reston", RESTON, RESTON_FL)]) == ("US", None)
    assert _shared_area([_m("Marburg", MARBURG, MARBURG_SI)]) == (None, None)
    assert _shared_area([_m("Nowhere")]) == (None, None)


def test_unchosen_name_keeps_its_readings_country_not_the_articles() -> None:
    # the article is all about the Philippines; "Reston" is left unresolved (a small place abroad
    # that nothing else points to), yet every reading of it is American
    ms = [_m(e.name, e) for e in (MANILA, CEBU, DAVAO) for _ in range(2)] + [_m("Reston", RESTON)]
    for i, m in enumerate(ms):
        m.start, m.end = 2 * i, 2 * i + 1
    resolve(ms)
    reston = ms[-1]
    assert reston.entry is None
    assert (reston.cc, reston.a1) == ("US", "US.VA")
