"""Disambiguation with hand-made gazetteer entries (no index, no model)."""

from __future__ import annotations

from facta.geo.gazetteer import Entry
from facta.geo.recognize import Mention
from facta.geo.resolve import Weights, prior, resolve

EGYPT_ALEX = Entry(361058, "Alexandria", "city", "EG", "EG.06", None, 31.2, 29.9, 5_000_000)
LA_ALEX = Entry(4314550, "Alexandria", "city", "US", "US.LA", None, 31.3, -92.4, 48_000)
VA_ALEX = Entry(4744091, "Alexandria", "city", "US", "US.VA", None, 38.8, -77.0, 159_000)
LOUISIANA = Entry(4331987, "Louisiana", "admin1", "US", "US.LA", None, 31.0, -92.0, 4_600_000)
RAPIDES = Entry(4338356, "Rapides Parish", "admin2", "US", "US.LA", "US.LA.079", 31.2, -92.5, 130_000)
GEORGIA_C = Entry(614540, "Georgia", "country", "GE", None, None, 42.0, 43.5, 3_700_000)
GEORGIA_S = Entry(4197000, "Georgia", "admin1", "US", "US.GA", None, 32.7, -83.5, 10_000_000)
ATLANTA = Entry(4180439, "Atlanta", "city", "US", "US.GA", None, 33.7, -84.4, 460_000)
TBILISI = Entry(611717, "Tbilisi", "city", "GE", "GE.51", None, 41.7, 44.8, 1_100_000)


def mention(text: str, cands: tuple[Entry, ...], at: int = 0, qualifier: tuple[Entry, ...] = ()) -> Mention:
    return Mention(at, at + 1, at * 10, at * 10 + len(text), text, "literal", "GPE", cands, qualifier)


def test_without_context_the_biggest_wins() -> None:
    m = mention("Alexandria", (EGYPT_ALEX, VA_ALEX, LA_ALEX))
    resolve([m])
    assert m.entry == EGYPT_ALEX


def test_other_places_in_the_article_decide() -> None:
    ms = [
        mention("Alexandria", (EGYPT_ALEX, VA_ALEX, LA_ALEX), 0),
        mention("Louisiana", (LOUISIANA,), 1),
        mention("Rapides Parish", (RAPIDES,), 2),
    ]
    resolve(ms)
    assert ms[0].entry == LA_ALEX


def test_qualifier_wins_over_population() -> None:
    m = mention("Alexandria", (EGYPT_ALEX, VA_ALEX, LA_ALEX), qualifier=(LOUISIANA,))
    resolve([m])
    assert m.entry == LA_ALEX


def test_country_reading_by_default_state_reading_in_us_context() -> None:
    alone = mention("Georgia", (GEORGIA_S, GEORGIA_C))
    resolve([alone])
    assert alone.entry == GEORGIA_C
    us = [mention("Georgia", (GEORGIA_S, GEORGIA_C), 0), mention("Atlanta", (ATLANTA,), 1)]
    resolve(us)
    assert us[0].entry == GEORGIA_S
    caucasus = [mention("Georgia", (GEORGIA_S, GEORGIA_C), 0), mention("Tbilisi", (TBILISI,), 1)]
    resolve(caucasus)
    assert caucasus[0].entry == GEORGIA_C


def test_one_sense_per_discourse() -> None:
    ms = [
        mention("Alexandria", (EGYPT_ALEX, VA_ALEX, LA_ALEX), 0, qualifier=(LOUISIANA,)),
        mention("Alexandria", (EGYPT_ALEX, VA_ALEX, LA_ALEX), 5),
    ]
    resolve(ms)
    assert ms[0].entry == ms[1].entry == LA_ALEX


def test_no_candidates_no_entry() -> None:
    m = mention("Nowhere", ())
    resolve([m])
    assert m.entry is None


def test_alternate_names_cost_something() -> None:
    w = Weights()
    alt = Entry(1, "X", "city", "US", None, None, 0, 0, 1000, q=1)
    main = Entry(2, "X", "city", "US", None, None, 0, 0, 1000, q=0)
    assert prior(main, w, frozenset()) > prior(alt, w, frozenset())
    assert prior(main, w, frozenset({2})) > prior(main, w, frozenset())  # capitals


def test_small_place_abroad_without_support_is_left_unresolved() -> None:
    wing = Entry(99, "Wing", "city", "GB", "GB.ENG", None, 52.0, -0.7, 1_500)
    ms = [mention("Wing", (wing,), 0)] + [mention("Atlanta", (ATLANTA,), i) for i in range(1, 5)]
    ms += [mention("Georgia", (GEORGIA_S,), 6), mention("Louisiana", (LOUISIANA,), 7)]
    resolve(ms)
    assert ms[0].entry is None
    assert ms[1].entry == ATLANTA
    alone = mention("Wing", (wing,))
    resolve([alone])
    assert alone.entry == wing  # nothing contradicts it
