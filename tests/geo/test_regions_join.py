"""Regions with GeoNames ids (oceans, the Middle East) and names spaCy cut after a known part."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def test_ocean_and_region_rows_carry_their_geonames_id(gazetteer: Any) -> None:
    atlantic = [e for e in gazetteer.lookup("Atlantic Ocean") if e.kind == "sea"]
    assert [e.gid for e in atlantic] == [3373405]
    assert atlantic[0].geonameid == 3373405 and atlantic[0].cc is None
    middle_east = [e for e in gazetteer.lookup("Middle East") if e.kind == "region"]
    assert [e.gid for e in middle_east] == [6269133]
    # a region without a known id keeps a negative one: no GeoNames id in the record
    sahel = [e for e in gazetteer.lookup("Sahel") if e.kind == "region"]
    assert sahel and sahel[0].gid < 0 and sahel[0].geonameid is None


def test_known_name_joined_with_following_proper_nouns(geoparser: Any) -> None:
    words = ["Tickets", "are", "sold", "in", "the", "U.S.", "Virgin", "Islands", "."]
    ms = geoparser(
        make_doc(
            words,
            heads=[2, 2, 2, 2, 7, 7, 7, 3, 2],
            deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "compound", "compound", "pobj", "punct"],
            pos=["NOUN", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"],
            ents=["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
        )
    )
    assert [(m.text, m.entry.cc) for m in ms] == [("U.S. Virgin Islands", "VI")]


def test_known_name_not_joined_with_a_following_word_that_is_no_place(geoparser: Any) -> None:
    words = ["Officials", "in", "Ohio", "Friday", "said", "so", "."]
    ms = geoparser(
        make_doc(
            words,
            heads=[4, 0, 1, 4, 4, 4, 4],
            deps=["nsubj", "prep", "pobj", "npadvmod", "ROOT", "advmod", "punct"],
            pos=["NOUN", "ADP", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
            ents=["O", "O", "B-GPE", "B-DATE", "O", "O", "O"],
        )
    )
    assert [(m.text, m.entry.kind) for m in ms] == [("Ohio", "admin1")]


def test_national_regions_carry_their_country(gazetteer: Any) -> None:
    west_coast = [e for e in gazetteer.lookup("the West Coast") if e.kind == "region"]
    assert [(e.cc, e.geonameid) for e in west_coast] == [("US", None)]
    assert [e.cc for e in gazetteer.lookup("Niger Delta") if e.kind == "region"] == ["NG"]


def test_hyphenated_name_joined_when_spacy_labels_only_its_first_part(geoparser: Any) -> None:
    words = ["Tourism", "in", "Gilgit", "-", "Baltistan", "grew", "."]
    ms = geoparser(
        make_doc(
            words,
            heads=[5, 0, 4, 4, 1, 5, 5],
            deps=["nsubj", "prep", "compound", "punct", "pobj", "ROOT", "punct"],
            pos=["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
            ents=["O", "O", "B-ORG", "O", "O", "O", "O"],
            spaces=[True, True, False, False, True, False, False],
        )
    )
    assert [(m.text, m.entry.kind) for m in ms] == [("Gilgit-Baltistan", "admin1")]
