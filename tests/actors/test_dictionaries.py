"""User actor dictionaries: the simple formats, the PETRARCH/TABARI format, errors, and matching."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facta.actors import actors_at
from facta.actors.dictionaries import load_dictionaries, phrase_words, read_dictionary
from facta.actors.phrases import PhraseIndex
from facta.errors import FactaError
from tests.actors.conftest import T, build

DATA = Path(__file__).parent / "data"


def entries(name: str) -> dict[str, Any]:
    return {phrase: entry for entry, phrases in read_dictionary(DATA / name) for phrase in phrases}


def test_petrarch_actors_synonyms_and_date_restrictions() -> None:
    got = entries("tiny.actors.txt")
    assert got["FREEDONIAN"] is got["FREEDONIA"] and got["FREEDONIA"].codes_on(None) == ("FRD",)
    assert got["SYLVANIAN"].codes_on(None) == ("SYL",)
    firefly = got["RUFUS_T._FIREFLY"]
    assert firefly.codes_on(19330601) == ("FRDGOV",)
    assert firefly.codes_on(19350101) == ("FRDELI",)
    assert firefly.codes_on(19320101) == ("FRD",) and firefly.codes_on(None) == ("FRD",)
    assert got["TRENTINO"].codes_on(19300101) == ("SYLGOV",)  # six-digit dates: 33 -> 1933
    assert got["TRENTINO"].codes_on(19400101) == ()
    assert got["MARX BROTHERS"].codes_on(None) == ("FRD", "SYL")


def test_petrarch_agents_plurals_markers_and_prefixes() -> None:
    got = entries("tiny.agents.txt")
    assert set(got) >= {"POLICE", "MINISTER", "MINISTERS", "CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"}
    assert "POLICES" not in got and "RIOT_POLICE" in got
    assert got["RELIEF_AGENCY"].prefix and "RELIEF_AGENCIES" in got
    assert got["MINISTER"].agent and got["MINISTER"].default == "GOV" and not got["MINISTER"].prefix


def test_phrase_connectors() -> None:
    assert phrase_words("RUFUS_T._FIREFLY") == (["rufus", "t.", "firefly"], [False, False])
    assert phrase_words("PEACE ACTIVIST") == (["peace", "activist"], [True])
    index: PhraseIndex[str] = PhraseIndex()
    index.add(["peace", "activist"], "OPP", [True])
    words = ["peace", "and", "justice", "activist"]
    assert [m.end for m in index.match_at(words, 0, lambda j: True)] == [4]
    assert index.match_at(words, 0, None) == []


def test_simple_table_and_json_formats() -> None:
    tsv = entries("tiny.tsv")
    assert tsv["blue helmets"] is tsv["Blue Berets"]
    assert (tsv["Blue Berets"].country, tsv["Blue Berets"].sector, tsv["Blue Berets"].default) == (
        "IGO",
        "MIL",
        "IGOMIL",
    )
    assert tsv["Tully Bascomb"].kind == "person" and tsv["Tully Bascomb"].default == "GFKGOV"
    js = entries("tiny.json")
    assert js["longbowmen"].agent and js["longbowmen"].default == "MIL"
    assert js["Duchy of Grand Fenwick"].kind == "country"


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("bad.tsv", "code\tcountry\nX\tY\n", "'phrase' column"),
        ("bad2.tsv", "phrase\tkind\nFoo\tplanet\n", "kind 'planet'"),
        ("bad3.tsv", "phrase\tkind\nFoo\tperson\n", "needs a code"),
        ("bad.json", "{not json", "invalid JSON"),
        ("bad.txt", "FOO [FOO\n", "without a closing"),
        ("bad2.txt", "FOO [FOO]\n\t[FOOGOV 1990-1991]\n", "date restriction"),
        ("bad3.txt", "+FOO\n", "synonym before any phrase"),
        ("bad4.txt", "# only a comment\n", "no entries"),
        ("bad5.txt", "X!NOPE! [~GOV]\n", "undefined substitution"),
    ],
)
def test_invalid_dictionaries_raise_f305(tmp_path: Path, name: str, text: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FactaError) as err:
        load_dictionaries(str(path))
    assert err.value.code == "F305" and reason in err.value.message and str(path) in err.value.message


def test_missing_dictionary_raises_f305(tmp_path: Path) -> None:
    with pytest.raises(FactaError) as err:
        load_dictionaries(str(tmp_path / "nope.txt"))
    assert err.value.code == "F305"


@pytest.fixture
def dictionaries() -> Any:
    return load_dictionaries(f"{DATA / 'tiny.actors.txt'}:{DATA / 'tiny.agents.txt'}")


def test_dictionary_actor_and_agent_codes(run_actors: Any, dictionaries: Any) -> None:
    doc = build([
        T("Freedonian", "ADJ", "amod", 1), T("police", "NOUN", "nsubj", 2), T("arrested", "VERB", "ROOT", 2),
        T("Sylvania", "PROPN", "compound", 4, "B-GPE"),
        T("ministers", "NOUN", "dobj", 2, tag="NNS", lemma="minister"),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    r = run_actors(doc, dictionaries=dictionaries)
    police, ministers = r.at("police"), r.at("ministers")
    assert (
        police is not None and police.code == "FRDCOP" and police.country == "FRD" and police.sector == "COP"
    )
    assert ministers is not None and ministers.code == "SYLGOV"
    assert "dictionary:tiny.agents.txt" in (police.source or "")


def test_dictionary_prefix_agent_and_compound_code(run_actors: Any, dictionaries: Any) -> None:
    doc = build([
        T("The", "DET", "det", 2), T("Marx", "PROPN", "compound", 2), T("Brothers", "PROPN", "nsubj", 3),
        T("thanked", "VERB", "ROOT", 3), T("the", "DET", "det", 7), T("relief", "NOUN", "compound", 6),
        T("agency", "NOUN", "compound", 7), T("Freedonia", "PROPN", "dobj", 3), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    r = run_actors(doc, dictionaries=dictionaries)
    assert sorted(a.code or "" for a in actors_at(r.state, 2)) == ["FRD", "SYL"]
    agency = r.at("Freedonia")
    assert agency is not None and agency.code == "NGOFRD"


def test_date_restricted_code_uses_the_publication_date(run_actors: Any, dictionaries: Any) -> None:
    doc = build([
        T("Rufus", "PROPN", "compound", 2, "B-PERSON"), T("T.", "PROPN", "compound", 2, "I-PERSON"),
        T("Firefly", "PROPN", "nsubj", 3, "I-PERSON"), T("resigned", "VERB", "ROOT", 3),
        T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    assert run_actors(doc, "1933-06-01", dictionaries).at("Firefly").code == "FRDGOV"
    assert run_actors(doc, "1936-06-01", dictionaries).at("Firefly").code == "FRDELI"
    firefly = run_actors(doc, "1936-06-01", dictionaries).at("Firefly")
    assert firefly is not None and firefly.kind == "person" and firefly.country == "FRD"


def test_without_dictionary_codes_come_from_country_and_sector(run_actors: Any) -> None:
    doc = build([
        T("Kenyan", "ADJ", "amod", 1), T("police", "NOUN", "nsubj", 2), T("arrested", "VERB", "ROOT", 2),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    police = run_actors(doc).at("police")
    assert police is not None and police.code == "KENCOP"


def test_case_insensitive_longest_match_on_token_boundaries(run_actors: Any, dictionaries: Any) -> None:
    doc = build([
        T("The", "DET", "det", 3), T("HOUSE", "PROPN", "compound", 3), T("of", "ADP", "prep", 1),
        T("Freedonia", "PROPN", "nsubj", 4), T("voted", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
    ])  # fmt: skip
    r = run_actors(doc, dictionaries=dictionaries)
    house = r.at("HOUSE")
    assert house is not None and house.code == "FRDGOV" and r.at("Freedonia") == house
