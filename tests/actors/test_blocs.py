"""Definite descriptions of alliances and blocs: "the alliance" after NATO, "the bloc" after the European
Union, and a bare "the alliance" after "the opposition alliance"."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build


def _two(first: list[T], head: str) -> Any:
    n = len(first)
    return build([
        *first, T("met", "VERB", "ROOT", n), T(".", "PUNCT", "punct", n),
        # <first> met . The <head> warned .
        T("The", "DET", "det", n + 3), T(head, "NOUN", "nsubj", n + 4), T("warned", "VERB", "ROOT", n + 4),
        T(".", "PUNCT", "punct", n + 4),
    ])  # fmt: skip


def test_the_alliance_after_nato(run_actors: Any) -> None:
    r = run_actors(_two([T("NATO", "PROPN", "nsubj", 1, "B-ORG")], "alliance"))
    nato = r.at("NATO")
    assert nato is not None and nato.country == "IGO"
    assert r.at("alliance") == nato


def test_the_bloc_after_the_european_union(run_actors: Any) -> None:
    eu = [
        T("The", "DET", "det", 2), T("European", "PROPN", "compound", 2, "B-ORG"),
        T("Union", "PROPN", "nsubj", 3, "I-ORG"),
    ]  # fmt: skip
    r = run_actors(_two(eu, "bloc"))
    union = r.at("Union")
    assert union is not None and union.name == "European Union"
    assert r.at("bloc") == union


def test_the_alliance_after_an_alliance_described_since(run_actors: Any) -> None:
    # NATO warned . The opposition alliance met . The alliance warned .
    opposition = [
        T("NATO", "PROPN", "nsubj", 1, "B-ORG"), T("warned", "VERB", "ROOT", 1), T(".", "PUNCT", "punct", 1),
        T("The", "DET", "det", 5), T("opposition", "NOUN", "compound", 5),
        T("alliance", "NOUN", "nsubj", 6),
    ]  # fmt: skip
    r = run_actors(_two(opposition, "alliance"))
    first = r.at("alliance")
    assert first is not None and first.sector == "OPP"
    assert r.at("alliance", 1) == first  # the nearer description, not NATO
