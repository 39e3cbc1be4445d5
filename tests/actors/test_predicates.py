"""A role said of a named person ("Ann Marlow, who serves as a minister", "Marlow is a commander")
describes that person: it is no second actor."""

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
