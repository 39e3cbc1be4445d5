"""A country after a country's name is a list; a state after a town is the area that holds it."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def places(geoparser: Any, words: list[str], ents: list[str]) -> list[tuple[str, str, str | None]]:
    ms = geoparser(make_doc(words, ents=ents))
    return [(m.text, m.entry.kind, m.entry.cc) for m in ms if m.entry is not None]


def test_countries_in_a_list_are_countries(geoparser: Any) -> None:
    words = ["Officials", "in", "Mexico", ",", "China", ",", "Japan", "and", "Brazil", "agreed", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O"]
    assert ("China", "country", "CN") in places(geoparser, words, ents)


def test_a_state_that_shares_a_country_name_keeps_its_country_qualifier(geoparser: Any) -> None:
    words = ["He", "lives", "in", "Georgia", ",", "USA", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    assert ("Georgia", "admin1", "US") in places(geoparser, words, ents)


def test_the_state_after_a_town_is_the_one_holding_it(geoparser: Any) -> None:
    words = ["Researchers", "in", "Athens", ",", "Georgia", ",", "said", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    found = places(geoparser, words, ents)
    assert ("Athens", "city", "US") in found and ("Georgia", "admin1", "US") in found


def test_a_country_name_is_not_its_capital_named_city(geoparser: Any) -> None:
    words = ["Police", "in", "Mexico", "City", "said", "cases", "in", "Mexico", "rose", "."]
    ents = ["O", "O", "B-GPE", "I-GPE", "O", "O", "O", "B-GPE", "O", "O"]
    found = places(geoparser, words, ents)
    assert ("Mexico City", "city", "MX") in found and ("Mexico", "country", "MX") in found


def test_a_name_in_a_list_of_states_is_a_state(geoparser: Any) -> None:
    words = [
        "Cases",
        "in",
        "Alaska",
        ",",
        "Arizona",
        ",",
        "Virginia",
        ",",
        "Washington",
        "and",
        "Wyoming",
        ".",
    ]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"]
    assert ("Washington", "admin1", "US") in places(geoparser, words, ents)
    words = ["Talks", "with", "Russia", ",", "Georgia", ",", "Armenia", "and", "Turkey", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"]
    assert ("Georgia", "country", "GE") in places(geoparser, words, ents)


def test_a_qualified_name_in_a_list_keeps_its_qualifier(geoparser: Any) -> None:
    words = [
        "Guam",
        ",",
        "Alaska",
        ",",
        "Hawaii",
        ",",
        "Florida",
        "and",
        "Washington",
        ",",
        "D.C.",
        ",",
        "did",
        ".",
    ]
    ents = ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    assert ("Washington", "city", "US") in places(geoparser, words, ents)
