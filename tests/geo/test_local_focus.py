"""Local news: the article's state as a prior for ambiguous names (real gazetteer, hand-built Docs)."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_doc


def _resolve(geoparser: Any, text: str, places: set[str]) -> dict[str, str | None]:
    words = text.split()
    ents = ["B-GPE" if w in places else "O" for w in words]
    ms = geoparser(make_doc(words, ents=ents))
    return {m.text: (m.entry.a1 if m.entry is not None else None) for m in ms}


def test_most_names_readable_in_one_state_take_it(geoparser: Any) -> None:
    # no state is named: Frankfort is Kentucky's capital, and Versailles, Paris and Georgetown can
    # all be read as Kentucky towns, so they are those, not France's or Guyana's
    text = (
        "Farms near Versailles and Paris are hiring , and a plant in Georgetown too ."
        " Officials in Frankfort agreed ."
    )
    got = _resolve(geoparser, text, {"Versailles", "Paris", "Georgetown", "Frankfort"})
    assert got == {"Versailles": "US.KY", "Paris": "US.KY", "Georgetown": "US.KY", "Frankfort": "US.KY"}


def test_big_cities_of_one_state_are_no_local_focus(geoparser: Any) -> None:
    # national news naming large Texas cities: Portland stays Oregon's (the focus needs a small
    # place of the state chosen elsewhere in the article)
    text = "Marches in Dallas , Houston and Austin were joined by crowds in Portland and Oakland ."
    got = _resolve(geoparser, text, {"Dallas", "Houston", "Austin", "Portland", "Oakland"})
    assert got["Portland"] == "US.OR"


def test_world_cities_are_not_pulled_to_a_state(geoparser: Any) -> None:
    # Ohio has towns called London, Berlin and Athens; nothing in the article is chosen there
    text = "Ministers flew from London to Berlin and then to Athens and Rome ."
    got = _resolve(geoparser, text, {"London", "Berlin", "Athens", "Rome"})
    assert got == {"London": "GB.ENG", "Berlin": "DE.16", "Athens": "GR.ESYE31", "Rome": "IT.07"}
