"""US local-news conventions on hand-built Docs with the real gazetteer (no spaCy model)."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def resolved(geoparser: Any, words: list[str], ents: list[str], **kw: Any) -> dict[str, tuple[str, str]]:
    ms = geoparser(make_doc(words, ents=ents, **kw))
    return {m.text: (m.entry.name, m.entry.a1) for m in ms if m.entry is not None}


def test_town_institution_takes_the_article_context(geoparser: Any) -> None:
    # a town's own police or council is local: its name follows the article's state, not the
    # famous namesake abroad (a toponym in other institutions' names takes half the context)
    words = ["The", "Peru", "Police", "Department", "in", "Miami", "County", ",", "Indiana", ",", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O"]
    assert resolved(geoparser, words, ents)["Peru"] == ("Peru", "US.IN")
    words = [
        "Vienna",
        "Town",
        "Council",
        "members",
        "in",
        "Fairfax",
        "County",
        ",",
        "Virginia",
        ",",
        "met",
        ".",
    ]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O"]
    assert resolved(geoparser, words, ents)["Vienna"] == ("Vienna", "US.VA")


def test_city_council_names_the_town_before_city(geoparser: Any) -> None:
    # "Columbia City Council": Columbia's council, although small towns called Columbia City exist
    words = [
        "The",
        "Columbia",
        "City",
        "Council",
        "met",
        ".",
        "Richland",
        "County",
        "and",
        "Irmo",
        "agreed",
        ".",
    ]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O"]
    assert resolved(geoparser, words, ents)["Columbia City"] == ("Columbia", "US.SC")
