"""Local-news forms found by the second local-news fixture (round 8), with the real spaCy model:
briefs opened by a spaced hyphen, title-case datelines, entities run on from a dateline, "a Truro
man", and places inside street names."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def found(nlp: Any, geoparser: Any, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {m.text: (m.cc, m.a1, m.role) for m in geoparser(nlp(text))}


def test_upper_case_brief_with_a_spaced_hyphen(nlp: Any, geoparser: Any) -> None:
    text = (
        "OCALA - A man was jailed Tuesday after deputies found stolen tools in his car.\n\n"
        "DUNNELLON - City council members on Monday delayed a vote on raising water rates."
    )
    got = found(nlp, geoparser, text)
    assert got["OCALA"][:2] == ("US", "US.FL")
    assert got["DUNNELLON"][:2] == ("US", "US.FL")


def test_hyphenated_dateline_name_is_kept_whole(nlp: Any, geoparser: Any) -> None:
    got = found(nlp, geoparser, "WINSTON-SALEM, N.C. (AP) - A fire destroyed a warehouse on Sunday.")
    assert got["WINSTON-SALEM"][:2] == ("US", "US.NC")


def test_title_case_dateline_with_postal_state(nlp: Any, geoparser: Any) -> None:
    text = "Salem, OR - Marion County deputies want to find the driver of a pickup."
    got = found(nlp, geoparser, text)
    assert got["Salem"] == ("US", "US.OR", "dateline")
    # without a state and a dash, a title-case opening name is no dateline
    opening = found(nlp, geoparser, "Salem police said on Monday that two cars were stolen.")
    assert all(role != "dateline" for _, _, role in opening.values())


def test_entity_run_on_from_a_dateline(nlp: Any, geoparser: Any) -> None:
    text = "HALIFAX - Nova Scotia RCMP say a man faces charges after a crash near Stewiacke."
    got = found(nlp, geoparser, text)
    assert got["HALIFAX"][:2] == ("CA", "CA.07")
    assert got["Nova Scotia"][:2] == ("CA", "CA.07")


def test_a_towns_people(nlp: Any, geoparser: Any) -> None:
    text = "A Joplin couple who drove to Branson for a show were hurt Saturday on Highway 65 in Missouri."
    assert found(nlp, geoparser, text)["Joplin"][:2] == ("US", "US.MO")
    text = (
        "A 32-year-old Belleview man was jailed Tuesday, the Marion County Sheriff's Office in Florida said."
    )
    assert found(nlp, geoparser, text)["Belleview"][:2] == ("US", "US.FL")


def test_place_inside_a_street_name_is_not_literal(nlp: Any, geoparser: Any) -> None:
    text = "A water main broke near Boston Avenue and Detroit Street in downtown Tulsa on Tuesday."
    got = found(nlp, geoparser, text)
    assert got["Tulsa"] == ("US", "US.OK", "literal")
    assert got.get("Detroit", (None, None, "embedded"))[2] == "embedded"
    assert got.get("Boston", (None, None, "embedded"))[2] == "embedded"
