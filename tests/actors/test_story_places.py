"""Where a story's generic actors are: a place named in their sentence, and the dateline only when the
story is not clearly set elsewhere (a story filed from abroad)."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build

FILED_ABROAD = [T("NAIROBI", "PROPN", "ROOT", 0, "B-GPE"), T("-", "PUNCT", "punct", 0)]  # fmt: skip


def test_a_place_set_beside_a_place_noun_is_where_the_sentence_happens(run_actors: Any) -> None:
    doc = build([
        *FILED_ABROAD,
        # Soldiers searched homes in the Malian capital Bamako .
        T("Soldiers", "NOUN", "nsubj", 3, lemma="soldier"), T("searched", "VERB", "ROOT", 3),
        T("homes", "NOUN", "dobj", 3), T("in", "ADP", "prep", 3), T("the", "DET", "det", 8),
        T("Malian", "ADJ", "amod", 8, "B-NORP"), T("capital", "NOUN", "pobj", 5),
        T("Bamako", "PROPN", "appos", 8, "B-GPE"), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    soldiers = run_actors(doc).at("Soldiers")
    assert soldiers is not None and soldiers.country == "MLI"


def test_through_a_city_is_a_locative_too(run_actors: Any) -> None:
    doc = build([
        *FILED_ABROAD,
        # Gunmen rampaged through Bamako .
        T("Gunmen", "NOUN", "nsubj", 3, lemma="gunman"), T("rampaged", "VERB", "ROOT", 3),
        T("through", "ADP", "prep", 3), T("Bamako", "PROPN", "pobj", 4, "B-GPE"), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    gunmen = run_actors(doc).at("Gunmen")
    assert gunmen is not None and gunmen.country == "MLI"


def _story(extra: list[T]) -> Any:
    n = len(extra)
    return build([
        *FILED_ABROAD,
        # Fighting raged in Bamako . [extra] Soldiers fired .
        T("Fighting", "NOUN", "nsubj", 3), T("raged", "VERB", "ROOT", 3), T("in", "ADP", "prep", 3),
        T("Bamako", "PROPN", "pobj", 4, "B-GPE"), T(".", "PUNCT", "punct", 3),
        *extra,
        T("Soldiers", "NOUN", "nsubj", 8 + n, lemma="soldier"), T("fired", "VERB", "ROOT", 8 + n),
        T(".", "PUNCT", "punct", 8 + n),
    ])  # fmt: skip


def test_a_story_filed_from_abroad_takes_the_country_it_is_set_in(run_actors: Any) -> None:
    soldiers = run_actors(_story([])).at("Soldiers")
    assert soldiers is not None and soldiers.country == "MLI"


def test_the_dateline_holds_when_its_country_takes_part_in_the_story(run_actors: Any) -> None:
    # Fighting raged in Bamako . Kenya sent doctors . Soldiers fired .
    extra = [
        T("Kenya", "PROPN", "nsubj", 8, "B-GPE"), T("sent", "VERB", "ROOT", 8),
        T("doctors", "NOUN", "dobj", 8),
        T(".", "PUNCT", "punct", 8),
    ]  # fmt: skip
    soldiers = run_actors(_story(extra)).at("Soldiers")
    assert soldiers is not None and soldiers.country == "KEN"
