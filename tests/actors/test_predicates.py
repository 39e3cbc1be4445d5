"""A role said of a named person ("Ann Marlow, who serves as a minister", "Marlow is a commander")
describes that person: it is no second actor. An intergovernmental body's organ sitting in a country
("the U.N. tribunal in Kenya") stays intergovernmental."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build


def test_a_role_in_a_relative_clause_describes_the_named_person(run_actors: Any) -> None:
    doc = build([
        # Ann Marlow , who serves as a minister , spoke .
        T("Ann", "PROPN", "compound", 1, "B-PERSON"), T("Marlow", "PROPN", "nsubj", 9, "I-PERSON"),
        T(",", "PUNCT", "punct", 1), T("who", "PRON", "nsubj", 4), T("serves", "VERB", "relcl", 1),
        T("as", "ADP", "prep", 4), T("a", "DET", "det", 7), T("minister", "NOUN", "pobj", 5),
        T(",", "PUNCT", "punct", 1), T("spoke", "VERB", "ROOT", 9), T(".", "PUNCT", "punct", 9),
    ])  # fmt: skip
    run = run_actors(doc)
    marlow = run.named("Ann Marlow")
    assert run.at("minister") == marlow
    assert marlow.role == "minister" and len(run.actors) == 1


def test_a_copular_role_describes_its_named_subject(run_actors: Any) -> None:
    doc = build([
        # Ann Marlow is a commander .
        T("Ann", "PROPN", "compound", 1, "B-PERSON"), T("Marlow", "PROPN", "nsubj", 2, "I-PERSON"),
        T("is", "AUX", "ROOT", 2), T("a", "DET", "det", 4), T("commander", "NOUN", "attr", 2),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    run = run_actors(doc)
    assert [a.name for a in run.actors] == ["Ann Marlow"]
    assert run.named("Ann Marlow").role == "commander"


def test_a_role_of_an_unnamed_subject_stays_its_own(run_actors: Any) -> None:
    doc = build([
        # The man is a commander .
        T("The", "DET", "det", 1), T("man", "NOUN", "nsubj", 2), T("is", "AUX", "ROOT", 2),
        T("a", "DET", "det", 4), T("commander", "NOUN", "attr", 2), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert run_actors(doc).at("commander") is not None


def test_an_intergovernmental_body_sitting_in_a_country_is_not_that_countrys(run_actors: Any) -> None:
    doc = build([
        # The U.N. tribunal in Kenya ruled .
        T("The", "DET", "det", 2), T("U.N.", "PROPN", "compound", 2, "B-ORG"),
        T("tribunal", "NOUN", "nsubj", 5),
        T("in", "ADP", "prep", 2), T("Kenya", "PROPN", "pobj", 3, "B-GPE"), T("ruled", "VERB", "ROOT", 5),
        T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    tribunal = run_actors(doc).at("tribunal")
    assert tribunal is not None and tribunal.country == "IGO"


def test_a_national_body_in_a_country_is_that_countrys(run_actors: Any) -> None:
    doc = build([
        # The army in Kenya ruled .
        T("The", "DET", "det", 1), T("army", "NOUN", "nsubj", 4), T("in", "ADP", "prep", 1),
        T("Kenya", "PROPN", "pobj", 2, "B-GPE"), T("ruled", "VERB", "ROOT", 4), T(".", "PUNCT", "punct", 4),
    ])  # fmt: skip
    army = run_actors(doc).at("army")
    assert army is not None and army.country == "KEN"
