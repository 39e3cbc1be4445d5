"""`facta eval places` logic on small gold files we write here (never the public sets)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facta.errors import FactaError
from facta.evaluate.places import GoldToponym, Scorer, load_set, match
from facta.geo.gazetteer import Entry
from facta.geo.recognize import Mention

GWN = """<?xml version="1.0" ?>
<articles>
 <article file="0"><title>a</title><link>x</link><text>Shelling hit Kadugli in Sudan.</text><toponyms>
  <toponym><extractedName>Kadugli</extractedName><type>Literal</type><nonLocational>No</nonLocational>
   <start>13</start><end>20</end><geonamesID>373141</geonamesID><latitude>11.01</latitude>
   <longitude>29.72</longitude></toponym>
  <toponym><extractedName>Sudan</extractedName><type>Literal</type><nonLocational>No</nonLocational>
   <start>24</start><end>29</end><geonamesID>366755</geonamesID><latitude>15</latitude>
   <longitude>30</longitude></toponym>
 </toponyms></article>
 <article file="1"><title>b</title><link>y</link><text>Nothing here.</text><toponyms/></article>
</articles>
"""

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text>Police in Alexandria said.</text><toponyms>
 <toponym><start>10</start><end>20</end><phrase>Alexandria</phrase>
  <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.31</lat><lon>-92.44</lon>
  <country geonameid="6252001">United States</country></gaztag></toponym>
</toponyms></article></articles>
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "GeoWebNews_GWN.xml").write_text(GWN, encoding="utf-8")
    (tmp_path / "lgl.xml").write_text(LGL, encoding="utf-8")
    return tmp_path


def test_splits(data: Path) -> None:
    dev = load_set(data, "gwn", "dev")
    test = load_set(data, "gwn", "test")
    assert [a.index for a in dev] == [0] and [a.index for a in test] == [1]
    assert dev[0].toponyms[0] == GoldToponym(13, 20, "Kadugli", 373141, 11.01, 29.72, "Literal")
    lgl = load_set(data, "lgl", "test")
    assert lgl[0].toponyms[0].country_gid == 6252001
    with pytest.raises(FactaError) as err:
        load_set(data, "lgl", "dev")
    assert err.value.code == "F604"
    with pytest.raises(FactaError):
        load_set(data, "nope", "test")


def m(start: int, end: int, entry: Entry | None) -> Mention:
    return Mention(0, 1, start, end, "x", "literal", "GPE", (entry,) if entry else (), entry=entry)


def test_match_is_one_to_one_by_overlap() -> None:
    gold = [GoldToponym(0, 10, "a", 1, None, None), GoldToponym(12, 20, "b", 2, None, None)]
    pred = [m(5, 15, None), m(12, 19, None), m(30, 35, None)]
    assert match(gold, pred) == {0: 0, 1: 1}


def test_scorer(data: Path, gazetteer: Any) -> None:
    article = load_set(data, "gwn", "dev")[0]
    kadugli = gazetteer.get(373141)
    wrong_country = gazetteer.lookup("Khartoum")[0]
    sc = Scorer(gazetteer)
    sc.add(article, [m(13, 20, kadugli), m(24, 29, wrong_country), m(0, 8, None)])
    rep = sc.report()
    res = rep["resolution"]
    assert rep["recognition"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert res["recall"] == 1.0 and res["exact_match_all"] == 0.5
    assert res["country_accuracy_all"] == 1.0  # Khartoum is in Sudan too
    assert res["acc161_all"] == 0.5
    assert res["gold_ids_not_in_gazetteer"] == 0


def test_inferred_country_of_an_unknown_name_counts(data: Path, gazetteer: Any) -> None:
    article = load_set(data, "gwn", "dev")[0]
    unknown = m(13, 20, None)
    unknown.cc = "SD"  # the resolver's guess for a name no entry fits
    wrong = m(24, 29, None)
    wrong.cc = "EG"
    sc = Scorer(gazetteer)
    sc.add(article, [unknown, wrong])
    res = sc.report()["resolution"]
    assert res["country_accuracy_recognised"] == 0.5
    assert res["exact_match_recognised"] == 0.0 and res["recognised_unresolved"] == 2


def test_adjective_of_a_region_has_no_gold_country(gazetteer: Any) -> None:
    sc = Scorer(gazetteer)
    # a gold id we lack, near a populated place, but the text is an adjective of a multi-country region
    region = GoldToponym(0, 16, "Central American", 999_999_999, 15.0, -90.0, "Literal")
    assert sc._gold_cc(region) is None


# GeoVirus offsets are one past the character index; ours below follow that convention.
GEOVIRUS = """<articles>
 <article><source>u</source><text>Cases rose in Kadugli and Africa.</text><locations>
  <location><name>Kadugli</name><start>15</start><end>22</end><lat>11.01</lat><lon>29.72</lon>
   <page>p</page></location>
  <location><name>Africa</name><start>27</start><end>33</end><lat>2.0</lat><lon>16.0</lon>
   <page>p</page></location>
 </locations></article>
 <article><source>v</source><text>None.</text><locations/></article>
</articles>
"""


@pytest.fixture
def virus(tmp_path: Path) -> Path:
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS, encoding="utf-8")
    return tmp_path


def test_geovirus_offsets_and_split(virus: Path) -> None:
    dev = load_set(virus, "geovirus", "dev")
    assert [a.index for a in dev] == [0] and [a.index for a in load_set(virus, "geovirus", "test")] == [1]
    kadugli, africa = dev[0].toponyms
    assert dev[0].text[kadugli.start : kadugli.end] == "Kadugli" and kadugli.gid is None
    assert kadugli.scored and dev[0].text[africa.start : africa.end] == "Africa"


def test_geovirus_scoring_by_coordinates(virus: Path, gazetteer: Any) -> None:
    article = load_set(virus, "geovirus", "dev")[0]
    sc = Scorer(gazetteer)
    assert sc._gold_cc(article.toponyms[0]) == "SD"  # a populated place within 25 km
    assert sc._gold_cc(article.toponyms[1]) is None  # a continent: no country
    sc.add(article, [m(14, 21, gazetteer.get(373141)), m(26, 32, gazetteer.lookup("Khartoum")[0])])
    res = sc.report()["resolution"]
    assert res["recall"] == 1.0 and res["exact_match_all"] is None and res["exact_match_ceiling"] is None
    assert res["country_accuracy_all"] == 1.0 and res["gold_with_country"] == 1
    assert res["acc161_all"] == 0.5  # Khartoum is far from the continent's point


def test_country_of_a_point_far_from_towns(gazetteer: Any) -> None:
    sc = Scorer(gazetteer)
    # central Australia: no town within 25 km, but every populated place within 300 km is Australian
    outback = GoldToponym(0, 4, "Land", None, -25.0, 133.0, None, None, True)
    assert sc._gold_cc(outback) == "AU"
    assert gazetteer.within(-25.0, 133.0, 25.0) == []
