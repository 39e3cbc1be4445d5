"""Round-2 resolution rules with hand-made gazetteer entries (no index, no model)."""

from __future__ import annotations

from dataclasses import replace

from facta.geo.gazetteer import Entry
from facta.geo.recognize import Mention
from facta.geo.resolve import Weights, resolve

FAMOUS = Entry(1, "Venice", "city", "IT", "IT.20", None, 45.4, 12.3, 51_000, nalt=66)
NAMESAKE = Entry(2, "Venice", "city", "US", "US.CA", None, 34.0, -118.5, 41_000, nalt=15)
KYIV = Entry(3, "Kyiv", "city", "UA", "UA.12", None, 50.4, 30.5, 2_900_000, nalt=90)
GEORGIA_C = Entry(614540, "Georgia", "country", "GE", None, None, 42.0, 43.5, 3_700_000)
GEORGIA_S = Entry(4197000, "Georgia", "admin1", "US", "US.GA", None, 32.7, -83.5, 10_000_000)
FLORIDA = Entry(4155751, "Florida", "admin1", "US", "US.FL", None, 28.0, -81.7, 20_000_000)
ALASKA = Entry(5879092, "Alaska", "admin1", "US", "US.AK", None, 64.0, -150.0, 730_000)
WASH_CITY = Entry(4140963, "Washington", "city", "US", "US.DC", None, 38.9, -77.0, 690_000, nalt=30)
WASH_STATE = Entry(5815135, "Washington", "admin1", "US", "US.WA", None, 47.5, -120.5, 7_000_000)
DC = Entry(4138106, "District of Columbia", "admin1", "US", "US.DC", None, 38.9, -77.0, 690_000)
SEATTLE = Entry(5809844, "Seattle", "city", "US", "US.WA", None, 47.6, -122.3, 680_000)
DUBLIN = Entry(2964574, "Dublin", "city", "IE", "IE.L", None, 53.3, -6.2, 1_000_000)
CORK = Entry(2965140, "Cork", "city", "IE", "IE.M", None, 51.9, -8.5, 190_000)
IRELAND = Entry(2963597, "Ireland", "country", "IE", None, None, 53.0, -8.0, 4_800_000)
CAPITALS = frozenset({4140963})
PARIS = Entry(2988507, "Paris", "city", "FR", "FR.11", None, 48.9, 2.3, 2_100_000)


def mention(
    text: str,
    cands: tuple[Entry, ...],
    at: int = 0,
    *,
    role: str = "literal",
    qualifier: tuple[Entry, ...] = (),
    hint: str | None = None,
) -> Mention:
    m = Mention(at, at + 1, at * 10, at * 10 + len(text), text, role, "GPE", cands, qualifier)
    m.kind_hint = hint
    return m


def test_prominent_namesake_wins_without_local_context() -> None:
    m = mention("Venice", (NAMESAKE, FAMOUS))
    resolve([m])
    assert m.entry == FAMOUS
    equal_pop = Entry(5, "Venice", "city", "US", "US.FL", None, 27.1, -82.4, 51_000, nalt=11)
    m2 = mention("Venice", (equal_pop, FAMOUS))
    resolve([m2])
    assert m2.entry == FAMOUS  # same population: the place with many names in many languages
    resolve([m2], Weights(prominence=0.0))
    assert m2.entry == equal_pop  # without prominence the tie goes to the first candidate


def test_subdivision_siblings_decide_state_against_country() -> None:
    ms = [
        mention("Georgia", (GEORGIA_C, GEORGIA_S), 0),
        mention("Florida", (FLORIDA,), 1),
        mention("Alaska", (ALASKA,), 2),
    ]
    resolve(ms)
    assert ms[0].entry == GEORGIA_S
    alone = mention("Georgia", (GEORGIA_C, GEORGIA_S))
    resolve([alone])
    assert alone.entry == GEORGIA_C


def test_same_entity_named_another_way_elsewhere() -> None:
    bare = mention("Washington", (WASH_CITY, WASH_STATE), 0)
    abbreviation = mention("Wash.", (WASH_STATE,), 1)
    resolve([bare, abbreviation])
    assert bare.entry == WASH_STATE
    alone = mention("Washington", (WASH_CITY, WASH_STATE), 0)
    resolve([alone], capitals=CAPITALS)
    assert alone.entry == WASH_CITY


def test_direction_before_a_name_asks_for_an_area() -> None:
    m = mention("Washington", (WASH_CITY, WASH_STATE), hint="area")
    resolve([m], capitals=CAPITALS)
    assert m.entry == WASH_STATE


def test_qualified_mention_does_not_force_the_bare_name() -> None:
    qualified = mention("Washington", (WASH_CITY, WASH_STATE), 0, qualifier=(DC,))
    bare = [mention("Washington", (WASH_CITY, WASH_STATE), i, hint="area") for i in (1, 2)]
    seattle = mention("Seattle", (SEATTLE,), 3)
    abbreviation = mention("Wash.", (WASH_STATE,), 4)
    resolve([qualified, *bare, seattle, abbreviation], capitals=CAPITALS)
    assert qualified.entry == WASH_CITY
    assert qualified.key != bare[0].key
    assert all(m.entry == WASH_STATE for m in bare)


def test_dateline_hint_keeps_the_city() -> None:
    ms = [
        mention("Washington", (WASH_CITY, WASH_STATE), 0, role="dateline", hint="city"),
        mention("Florida", (FLORIDA,), 1),
        mention("Alaska", (ALASKA,), 2),
    ]
    resolve(ms, capitals=CAPITALS)
    assert ms[0].entry == WASH_CITY


def test_unknown_name_gets_the_country_of_its_qualifier_or_of_the_article() -> None:
    qualified = mention("Rathbeggan", (), 0, qualifier=(IRELAND,))
    resolve([qualified])
    assert qualified.entry is None and qualified.cc == "IE"
    irish = [mention("Rathbeggan", (), 0), mention("Dublin", (DUBLIN,), 1), mention("Cork", (CORK,), 2)]
    resolve(irish)
    assert irish[0].entry is None and irish[0].cc == "IE"
    assert irish[1].cc == "IE"  # resolved mentions carry their entry's country
    mixed = [mention("Rathbeggan", (), 0), mention("Dublin", (DUBLIN,), 1), mention("Paris", (PARIS,), 2)]
    resolve(mixed)
    assert mixed[0].cc is None  # two countries hold as much of the article: no guess
    adjective = mention("Hibernian", (), 0, role="adjectival")
    resolve([adjective, mention("Dublin", (DUBLIN,), 1)])
    assert adjective.cc is None


def test_institution_names_lean_less_on_the_articles_places() -> None:
    la_town = Entry(2, "Venice", "city", "US", "US.CA", None, 34.0, -118.5, 41_000, nalt=15)
    us = Entry(6252001, "United States", "country", "US", None, None, 39.8, -98.5, 327_000_000)
    ukraine = Entry(690791, "Ukraine", "country", "UA", None, None, 49.0, 32.0, 44_000_000)

    def article(role: str) -> Mention:
        venice = mention("Venice", (la_town, FAMOUS), 0, role=role)
        others = [mention("U.S.", (us,), 1), mention("Ukraine", (ukraine,), 2), mention("Kyiv", (KYIV,), 3)]
        resolve([venice, *others])
        return venice

    assert article("literal").entry == la_town  # "in Venice", in an article about the US
    assert article("embedded").entry == FAMOUS  # "the Venice Commission"


def test_well_known_town_is_not_vetoed_for_lack_of_context() -> None:
    obscure = Entry(7, "Ostrava", "city", "CZ", "CZ.85", None, 49.8, 18.3, 60_000, nalt=10)
    known = Entry(8, "Ostrava", "city", "CZ", "CZ.85", None, 49.8, 18.3, 60_000, nalt=60)
    for entry, kept in ((obscure, False), (known, True)):
        ms = [mention("Ostrava", (entry,), 0)] + [mention("Dublin", (DUBLIN,), i) for i in range(1, 4)]
        ms += [mention("Cork", (CORK,), 4), mention("Ireland", (IRELAND,), 5)]
        resolve(ms)
        assert (ms[0].entry is not None) is kept


def test_a_towns_own_name_beats_another_towns_old_name() -> None:
    own = Entry(9, "Southold", "city", "US", "US.NY", None, 41.0, -72.4, 5_700, nalt=5)
    old_name = Entry(10, "South Bend", "city", "US", "US.IN", None, 41.7, -86.3, 1_000_000, nalt=40, q=1)
    m = mention("Southold", (own, old_name))
    resolve([m])
    assert m.entry == own
    resolve([m], Weights(alt_vs_main=0.0))
    assert m.entry == old_name


def test_abbreviation_inside_a_name_needs_its_country_in_the_article() -> None:
    bc = Entry(5909050, "British Columbia", "admin1", "CA", "CA.02", None, 54.0, -125.0, 4_600_000, q=3)
    nelson = Entry(6086871, "Nelson", "city", "CA", "CA.02", None, 49.5, -117.3, 10_000)
    canada = Entry(6251999, "Canada", "country", "CA", None, None, 60.0, -95.0, 37_000_000)
    seoul = Entry(1835848, "Seoul", "city", "KR", "KR.11", None, 37.6, 127.0, 10_000_000)
    korea = Entry(1835841, "South Korea", "country", "KR", None, None, 36.5, 127.8, 51_000_000)

    def article(*others: Mention) -> Mention:
        abbreviation = mention("BC", (bc,), 0, role="embedded")
        resolve([abbreviation, *others])
        return abbreviation

    assert article(mention("Nelson", (nelson,), 1), mention("Canada", (canada,), 2)).entry == bc
    assert article(mention("Seoul", (seoul,), 1), mention("Korea", (korea,), 2)).entry is None


def test_unknown_name_takes_the_country_holding_most_of_the_article() -> None:
    """A name no entry fits takes the country of more than 40 % of the article's other names
    (here half: two of four)."""
    from facta.geo.gazetteer import Entry
    from facta.geo.recognize import Mention
    from facta.geo.resolve import resolve

    def entry(gid: int, cc: str) -> Entry:
        return Entry(gid, f"p{gid}", "city", cc, f"{cc}.01", None, 0.0, 0.0, 200_000, q=0, nalt=5)

    def mention(text: str, cands: tuple[Entry, ...]) -> Mention:
        return Mention(0, 1, 0, 1, text, "literal", "GPE", candidates=cands)

    ms = [
        mention("Alpha", (entry(1, "EG"),)),
        mention("Beta", (entry(2, "EG"),)),
        mention("Gamma", (entry(3, "GB"),)),
        mention("Delta", (entry(4, "ES"),)),
        mention("Nowhere", ()),
    ]
    resolve(ms)
    assert ms[-1].entry is None and ms[-1].cc == "EG"


def test_town_in_a_county_the_article_names_beats_a_larger_namesake() -> None:
    from facta.geo.gazetteer import Entry
    from facta.geo.recognize import Mention
    from facta.geo.resolve import resolve

    def town(gid: int, a1: str, a2: str, pop: int, kind: str = "city") -> Entry:
        return Entry(gid, f"p{gid}", kind, "US", a1, a2, 40.0, -74.0, pop, q=0, nalt=8)

    def mention(text: str, cands: tuple[Entry, ...]) -> Mention:
        return Mention(0, 1, 0, 1, text, "literal", "GPE", candidates=cands)

    ny, nj = town(1, "US.NY", "US.NY.005", 9_000), town(2, "US.NJ", "US.NJ.027", 4_000)
    ms = [
        mention("Riverdale", (ny, nj)),
        mention("Morris County", (town(3, "US.NJ", "US.NJ.027", 340_000, "admin2"),)),
        mention("Albany", (town(4, "US.NY", "US.NY.001", 97_000),)),
    ]
    resolve(ms)
    assert ms[0].entry == nj
    resolve(ms[:1] + ms[2:])  # without the county, the larger town
    assert ms[0].entry == ny


def test_names_that_support_each_other_do_not_swap_readings_together() -> None:
    # two namesake readings of a county, each backed by one reading of a town named like it:
    # resolved round by round, the pair would swap together; the county that holds another
    # named town (Southold) is read with it
    county_ny = Entry(
        10, "Suffolk County", "admin2", "US", "US.NY", "US.NY.103", 40.9, -72.7, 1_500_000, nalt=2
    )
    county_ma = Entry(
        11, "Suffolk County", "admin2", "US", "US.MA", "US.MA.025", 42.3, -71.0, 2_000_000, nalt=2
    )
    town_va = Entry(12, "Suffolk", "city", "US", "US.VA", "US.VA.800", 36.7, -76.6, 88_000, nalt=21)
    southold = Entry(13, "Southold", "city", "US", "US.NY", "US.NY.103", 41.1, -72.4, 5_700, nalt=3)
    bare = (town_va, replace(county_ny, q=1), replace(county_ma, q=1))
    ms = [
        mention("Suffolk", bare, 0, role="embedded"),
        mention("Suffolk County", (county_ma, county_ny), 1, role="embedded"),
        mention("Southold", (southold,), 2),
        mention("Suffolk County", (county_ma, county_ny), 3),
    ]
    resolve(ms)
    assert ms[1].entry is not None and ms[0].entry is not None
    assert ms[1].entry.gid == ms[0].entry.gid == 10


def test_state_capital_outweighs_a_somewhat_larger_namesake() -> None:
    wv = Entry(4801859, "Charleston", "city", "US", "US.WV", None, 38.3, -81.6, 47_000, nalt=20)
    sc = Entry(4574324, "Charleston", "city", "US", "US.SC", None, 32.8, -79.9, 150_000, nalt=20)
    m = mention("Charleston", (sc, wv))
    resolve([m])
    assert m.entry == sc
    resolve([m], seats=frozenset({wv.gid}))
    assert m.entry == wv


def test_a_town_and_its_own_county_are_read_together() -> None:
    # Springfield, Ill. is the larger reading alone; with "Greene County" named, Missouri's pair
    # (Springfield lies in Greene County, Mo.) wins over the pair that only shares a state
    spr_il = Entry(20, "Springfield", "city", "US", "US.IL", "US.IL.167", 39.8, -89.6, 114_000, nalt=30)
    spr_mo = Entry(21, "Springfield", "city", "US", "US.MO", "US.MO.077", 37.2, -93.3, 110_000, nalt=30)
    greene_il = Entry(22, "Greene County", "admin2", "US", "US.IL", "US.IL.061", 39.4, -90.4, 13_000, nalt=2)
    greene_mo = Entry(23, "Greene County", "admin2", "US", "US.MO", "US.MO.077", 37.3, -93.3, 290_000, nalt=2)
    ms = [mention("Springfield", (spr_il, spr_mo), 0), mention("Greene County", (greene_il, greene_mo), 1)]
    resolve(ms, seats=frozenset({spr_il.gid}))
    assert [m.entry.gid for m in ms if m.entry is not None] == [21, 23]
    alone = mention("Springfield", (spr_il, spr_mo), 0)
    resolve([alone], seats=frozenset({spr_il.gid}))
    assert alone.entry == spr_il


def test_two_towns_of_one_county_are_read_as_neighbours() -> None:
    # a local paper's "Paris" beside "Reno": Lamar County, Texas, has both; London and Paris do not
    paris_tx = Entry(30, "Paris", "city", "US", "US.TX", "US.TX.277", 33.7, -95.6, 25_000, nalt=10)
    reno_tx = Entry(31, "Reno", "city", "US", "US.TX", "US.TX.277", 33.7, -95.5, 3_200, nalt=2)
    reno_nv = Entry(32, "Reno", "city", "US", "US.NV", "US.NV.031", 39.5, -119.8, 250_000, nalt=40)
    london = Entry(33, "London", "city", "GB", "GB.ENG", "GB.ENG.GLA", 51.5, -0.1, 8_900_000, nalt=200)
    paris_fr = Entry(2988507, "Paris", "city", "FR", "FR.11", "FR.11.75", 48.9, 2.3, 2_100_000, nalt=200)
    ms = [mention("Paris", (paris_fr, paris_tx), 0), mention("Reno", (reno_nv, reno_tx), 1)]
    resolve(ms, capitals=frozenset({paris_fr.gid}))
    assert [m.entry.gid for m in ms if m.entry is not None] == [30, 31]
    ms = [mention("Paris", (paris_fr, paris_tx), 0), mention("London", (london,), 1)]
    resolve(ms, capitals=frozenset({paris_fr.gid}))
    assert ms[0].entry == paris_fr
