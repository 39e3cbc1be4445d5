"""Party names that many countries share ("Democratic Party", "Labour Party") keep their best-known
country only when the story names it; a story set elsewhere gives them its own country."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.actors.conftest import T, build

SEOUL = [T("SEOUL", "PROPN", "ROOT", 0, "B-GPE"), T("-", "PUNCT", "punct", 0)]  # fmt: skip


def _party(dateline: list[T], tail: Sequence[T] = ()) -> Any:
    n = len(dateline)
    return build([
        *dateline,
        # The Democratic Party protested [tail] .
        T("The", "DET", "det", n + 2), T("Democratic", "PROPN", "compound", n + 2, "B-ORG"),
        T("Party", "PROPN", "nsubj", n + 3, "I-ORG"), T("protested", "VERB", "ROOT", n + 3),
        *tail,
        T(".", "PUNCT", "punct", n + 3),
    ])  # fmt: skip


def test_a_shared_party_name_takes_the_country_of_a_story_set_elsewhere(run_actors: Any) -> None:
    party = run_actors(_party(SEOUL)).at("Party")
    assert party is not None and party.name == "Democratic Party" and party.country == "KOR"


def test_without_a_story_country_the_best_known_holder_stays(run_actors: Any) -> None:
    party = run_actors(_party([])).at("Party")
    assert party is not None and party.country == "USA"


def test_the_best_known_holder_stays_when_the_story_names_its_country(run_actors: Any) -> None:
    # SEOUL - The Democratic Party protested in Washington .
    tail = [T("in", "ADP", "prep", 5), T("Washington", "PROPN", "pobj", 6, "B-GPE")]
    party = run_actors(_party(SEOUL, tail)).at("Party")
    assert party is not None and party.country == "USA"
